"""The public-terminal configuration an administrator fixes in an INI file (no Qt).

    # kiosk.ini in the machine-wide folder (reader.paths: /etc/xdg/herning-laeser on Linux,
    # %ProgramData%\\Herning Læser on Windows), or the file given with --kiosk-config
    [kiosk]
    enabled = true                    ; public-terminal mode even without --kiosk
    staff_chord = Ctrl+Alt+Shift+F12  ; the keys that close the app
    idle_seconds = 180                ; quiet time before the reset warning
    warning_seconds = 20              ; length of the warning's countdown
    printer =                         ; printer for large-print copies (empty: no printing)
    start_screen = true               ; show the access profiles to each new visitor
    self_voicing = key                ; the app's own voice: on, off, or key (the first key press of a
                                      ; visit turns it on with a welcome; each reset returns to this)

    [settings]                        ; the starting values of any setting, e.g.
    language = da
    font_size = 20

Values that cannot be used are reported (``problems``) and replaced by the defaults. The file fails
closed: one that exists but cannot be read or parsed in full (a key or section written twice, a line
saved in another encoding, a line that is not ``key = value``) starts the locked public terminal, as
does a readable one that does not say ``enabled = false``. The file is read once, at start.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import FileTooLargeError, NotRegularFileError, describe_os_error, read_regular_file
from reader.paths import system_kiosk_config
from reader.presentation.options import OPTIONS
from reader.texts import translate

DEFAULT_STAFF_CHORD = "Ctrl+Alt+Shift+F12"

@dataclass(frozen=True)
class KioskConfig:
    enabled: bool = False
    staff_chord: str = DEFAULT_STAFF_CHORD
    idle_seconds: float = 180.0
    warning_seconds: float = 20.0
    printer: str = ""
    start_screen: bool = True
    self_voicing: str = "key"  # one of SELF_VOICING_MODES
    settings: dict[str, object] = field(default_factory=dict)  # starting values, validated
    path: Path | None = None
    problems: tuple[str, ...] = ()  # what could not be used, for the staff screen and the log


_NUMBERS = {"idle_seconds": (10.0, 86400.0), "warning_seconds": (3.0, 600.0)}
SELF_VOICING_MODES = ("on", "key", "off")  # the app's own voice at the start of each visit
_CHOICES = {"self_voicing": SELF_VOICING_MODES}  # [kiosk] keys that take one of a few words
_CHOICE_PROBLEMS = {"self_voicing": lambda: translate(
    "KioskConfig", "{path}: [kiosk] self_voicing must be on, key or off, not '{value}'; using {default}.")}
_MODIFIERS = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta"}
# Keys that type nothing and move nothing: safe with a single modifier. (Insert is not among them:
# Shift+Insert pastes; arrows, Home, End, Tab and Enter move or act in the reader.)
_QUIET_KEYS = {f"f{number}" for number in range(1, 36)} | {"pause", "print", "scrolllock", "sysreq"}
# Other named keys Qt's portable text knows, usable with two or more modifiers.
_NAMED_KEYS = _QUIET_KEYS | {
    "esc", "escape", "tab", "backtab", "backspace", "return", "enter", "ins", "insert", "del", "delete", "home",
    "end", "left", "up", "right", "down", "pgup", "pgdown", "pageup", "pagedown", "space", "menu", "help",
}


def staff_chord_is_safe(text: str) -> bool:
    """True for a chord no visitor presses by chance: two or more of Ctrl/Alt/Shift/Meta with any key,
    or one of them with a function key (F1-F35), Pause, Print, ScrollLock or SysReq.

    A plain key (Space, a letter), one modifier with a key that types or moves, or text that is
    not a key chord at all is refused."""
    parts = text.strip().split("+")
    if text.strip().endswith("++"):  # "Ctrl+Alt++": the plus key
        parts = [*parts[:-2], "+"]
    if len(parts) < 2 or any(not part.strip() for part in parts):
        return False
    *modifiers, key = (part.strip() for part in parts)
    names = [_MODIFIERS.get(modifier.lower()) for modifier in modifiers]
    if None in names or len(set(names)) != len(names):
        return False
    key = key.lower()
    printable = len(key) == 1 and key.isprintable() and not key.isspace()
    if not printable and key not in _NAMED_KEYS:
        return False
    return len(names) >= 2 or key in _QUIET_KEYS
_BOOLEANS = ("enabled", "start_screen")
_TEXT = ("staff_chord", "printer")


def load_kiosk_config(path: Path | None, *, required: bool = False) -> tuple[KioskConfig, list[str]]:
    """Reads ``path`` (or the machine-wide file); returns the configuration and a message per problem.

    Fails closed: a file that exists (or, with ``required``, a file named on the command line) but
    cannot be read or parsed in full gives a locked configuration (``enabled``) with the defaults for
    whatever could not be read, and says so. A readable file that does not say ``enabled = false``
    also asks for the public terminal. Only a missing machine-wide file gives the unlocked defaults
    without a word.
    """
    path = path or system_kiosk_config()
    text, problem, missing = _read_text(path)
    if text is None:
        if missing and not required:  # no machine-wide file: an ordinary PC
            return KioskConfig(), []
        problems = [problem or "", _locked(path)]
        return KioskConfig(enabled=True, path=path, problems=tuple(problems)), problems
    sections, problems, complete = _parse_ini(text, path)
    values, starting = _values(sections, path, problems)
    enabled = values.pop("enabled", None)
    if not complete:
        problems.append(_locked(path))
    locked = enabled is not False or not complete  # only a readable "enabled = false" unlocks
    config = KioskConfig(**values, enabled=locked, settings=starting, path=path,  # type: ignore[arg-type]
                         problems=tuple(problems))
    return config, problems


def _locked(path: Path) -> str:
    return translate("KioskConfig", "{path}: the file could not be read in full, so the program starts locked as a "
                                    "public terminal, with the defaults for what could not be read.").format(path=path)


_MAX_BYTES = 64 * 1024  # far more than any kiosk.ini; a larger file is not one


def _read_text(path: Path) -> tuple[str | None, str | None, bool]:
    """(text, None, False), the file's text with each line that is not UTF-8 replaced by a marker
    (see _parse_ini); or (None, problem, missing). A folder, a FIFO or a device is refused, never read."""
    missing = translate("KioskConfig", "{path}: the file does not exist.")
    unreadable = translate("KioskConfig", "{path}: the file cannot be read ({reason}).")
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None, missing.format(path=path), True
    except OSError as error:  # too long a name, no permission to look, a loop of links
        return None, unreadable.format(path=path, reason=describe_os_error(error)), False
    try:
        data = read_regular_file(path, _MAX_BYTES)
    except FileNotFoundError:  # a link to nothing
        return None, missing.format(path=path), False
    except NotRegularFileError:
        return None, translate("KioskConfig", "{path}: it is not a regular file.").format(path=path), False
    except FileTooLargeError:
        return None, translate("KioskConfig", "{path}: the file is too large to be a kiosk.ini (over {limit} kB).").format(
            path=path, limit=_MAX_BYTES // 1024), False
    except OSError as error:
        return None, unreadable.format(path=path, reason=describe_os_error(error)), False
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # Decoded line by line, so one line saved in another encoding costs only that line.
    lines = []
    for line in data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_NOT_UTF8)
    return "\n".join(lines), None, False


_NOT_UTF8 = "\x00not utf-8\x00"  # stands for a line that could not be decoded (no text line holds NUL)
_SECTION = re.compile(r"\[([^\]]*)\]\s*(?:[;#].*)?")
# The key is everything before the first = or : (stripped after); the value keeps its leading space for
# the comment rule. (No blanks are matched before the = : a long run of them would be scanned once per blank.)
_ENTRY = re.compile(r"([^=:]+)[=:](.*)")
_INLINE_COMMENT = re.compile(r"\s[;#].*")
_SECTIONS = ("kiosk", "settings")


def _parse_ini(text: str, path: Path) -> tuple[dict[str, dict[str, tuple[str, int]]], list[str], bool]:
    """The INI file's [kiosk] and [settings] entries as {section: {key: (value, line)}}, the problems,
    and whether every line was understood.

    The same forms configparser reads (``key = value`` or ``key: value``, ``;`` and ``#`` comments,
    also after a value), but every line that is not understood is named with its number instead
    of the whole file failing at the first one, and a key written twice is never guessed: it
    takes its default.
    """
    sections: dict[str, dict[str, tuple[str, int]]] = {name: {} for name in _SECTIONS}
    problems: list[str] = []
    complete = True
    seen_sections: set[str] = set()
    doubled: set[tuple[str, str]] = set()
    section: str | None = None
    entry_indent: int | None = None  # the indentation of the last entry, which deeper lines would continue
    for number, line in enumerate(text.split("\n"), start=1):
        if line == _NOT_UTF8:
            problems.append(translate("KioskConfig", "{path}:{line}: the line is not saved as UTF-8 and is skipped. Save "
                                                     "the file as UTF-8.").format(path=path, line=number))
            complete = False
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";")):
            continue
        indent = len(line) - len(line.lstrip())
        if entry_indent is not None and indent > entry_indent:  # configparser would join it to the value above
            problems.append(_not_understood(path, number))
            complete = False
            continue
        entry_indent = None
        if match := _SECTION.fullmatch(stripped):
            name = match.group(1).strip().lower()
            if name not in _SECTIONS:
                problems.append(translate("KioskConfig", "{path}:{line}: the section [{section}] is unknown and is skipped. "
                                                         "Use [kiosk] or [settings].").format(
                    path=path, line=number, section=match.group(1).strip()))
                complete = False
                section = ""
            else:
                if name in seen_sections:
                    problems.append(translate("KioskConfig", "{path}:{line}: the section [{section}] appears more than "
                                                             "once. Join it into one.").format(
                        path=path, line=number, section=name))
                    complete = False
                seen_sections.add(name)
                section = name
            continue
        match = _ENTRY.fullmatch(stripped)
        if match is None:
            problems.append(_not_understood(path, number))
            complete = False
            continue
        key = match.group(1).strip().lower()
        value = _INLINE_COMMENT.sub("", match.group(2)).strip()
        entry_indent = indent
        if section is None:
            problems.append(translate("KioskConfig", "{path}:{line}: {key} stands outside a section and is skipped. Write "
                                                     "it under [kiosk] or [settings].").format(
                path=path, line=number, key=key))
            complete = False
            continue
        if not section:
            continue  # in an unknown section, already named
        entries = sections[section]
        if key in entries or (section, key) in doubled:
            if (section, key) not in doubled:
                problems.append(translate("KioskConfig", "{path}:{line}: [{section}] {key} appears more than once; using "
                                                         "the default. Delete one of the lines.").format(
                    path=path, line=number, section=section, key=key))
            doubled.add((section, key))
            entries.pop(key, None)  # which one was meant is not known: the default
            complete = False
            continue
        entries[key] = (value, number)
    return sections, problems, complete


def _not_understood(path: Path, line: int) -> str:
    return translate("KioskConfig", "{path}:{line}: the line cannot be understood and is skipped. Write 'name = value' "
                                    "or '[section]'.").format(path=path, line=line)


def _values(sections: dict[str, dict[str, tuple[str, int]]], path: Path,
            problems: list[str]) -> tuple[dict[str, object], dict[str, object]]:
    """The [kiosk] values that can be used (``enabled`` only when it is a clear yes or no) and the
    validated [settings]; a message in ``problems`` for each that cannot."""
    defaults = KioskConfig()
    values: dict[str, object] = {}
    for key, (raw, _line) in sections["kiosk"].items():
        default = getattr(defaults, key, 0)
        if key in _NUMBERS:
            low, high = _NUMBERS[key]
            try:
                number = float(raw)
                if not low <= number <= high:
                    raise ValueError
                values[key] = number
            except ValueError:
                problems.append(translate("KioskConfig", "{path}: [kiosk] {key} must be a number from {low} to {high}, "
                                                         "not '{value}'; using {default}.").format(
                    path=path, key=key, low=int(low), high=int(high), value=raw, default=int(default)))
        elif key in _BOOLEANS:
            if raw.lower() in ("true", "yes", "1", "on", "ja"):
                values[key] = True
            elif raw.lower() in ("false", "no", "0", "off", "nej"):
                values[key] = False
            elif key == "enabled":
                problems.append(translate("KioskConfig", "{path}: [kiosk] enabled must be true or false, not '{value}'; "
                                                         "the program starts locked.").format(path=path, value=raw))
            else:
                problems.append(translate("KioskConfig", "{path}: [kiosk] {key} must be true or false, not '{value}'; "
                                                         "using {default}.").format(
                    path=path, key=key, value=raw, default=str(default).lower()))
        elif key == "staff_chord":
            if raw and not staff_chord_is_safe(raw):
                problems.append(translate(
                    "KioskConfig",
                    "{path}: [kiosk] staff_chord = '{value}' cannot be used: a visitor could press it. Use at least two "
                    "of Ctrl, Alt, Shift and Meta with a key (e.g. Ctrl+Alt+Shift+F12), or one of them with a function "
                    "key F1-F35, Pause, Print or ScrollLock (e.g. Ctrl+F12); using {default}.").format(
                    path=path, value=raw, default=DEFAULT_STAFF_CHORD))
            else:
                values[key] = raw or DEFAULT_STAFF_CHORD
        elif key in _CHOICES:
            if raw.lower() in _CHOICES[key]:
                values[key] = raw.lower()
            else:
                problems.append(_CHOICE_PROBLEMS[key]().format(path=path, value=raw, default=getattr(defaults, key)))
        elif key in _TEXT:
            values[key] = raw
        else:
            problems.append(_unknown_key(path, "kiosk", key))
    idle = float(values.get("idle_seconds", defaults.idle_seconds))  # type: ignore[arg-type]
    warning = float(values.get("warning_seconds", defaults.warning_seconds))  # type: ignore[arg-type]
    if warning >= idle:
        problems.append(translate("KioskConfig", "{path}: [kiosk] warning_seconds must be shorter than idle_seconds; "
                                                 "using {default}.").format(
            path=path, default=int(min(defaults.warning_seconds, idle / 2))))
        values["warning_seconds"] = min(defaults.warning_seconds, idle / 2)

    starting: dict[str, object] = {}
    for key, (raw, _line) in sections["settings"].items():
        option = OPTIONS.get(key)
        if option is None:
            problems.append(_unknown_key(path, "settings", key))
            continue
        try:
            starting[key] = option.validate(raw)
        except ValueError:
            problems.append(translate("KioskConfig", "{path}: [settings] {key} = '{value}' cannot be used; using the "
                                                     "default.").format(path=path, key=key, value=raw))
    return values, starting


def _unknown_key(path: Path, section: str, key: str) -> str:
    return translate("KioskConfig", "{path}: [{section}] {key} is not a known setting; it is ignored.").format(
        path=path, section=section, key=key)


def kiosk_from_command_line(kiosk: bool, path: Path | None) -> tuple[KioskConfig | None, list[str]]:
    """The configuration when public-terminal mode is on, else None.

    On with ``--kiosk``, with a configuration that asks for it, and whenever the configuration
    (the machine-wide file, or the one named with ``--kiosk-config``) exists but cannot be read in full.
    """
    config, problems = load_kiosk_config(path, required=path is not None)
    return (config if kiosk or config.enabled else None), problems
