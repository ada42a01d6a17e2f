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

Values that cannot be used are reported (``problems``) and replaced by the defaults,
so a terminal always comes up locked.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import describe_os_error
from reader.paths import system_kiosk_config
from reader.presentation.options import OPTIONS

DEFAULT_STAFF_CHORD = "Ctrl+Alt+Shift+F12"

_TEXTS = {
    "da": {
        "missing": "{path}: filen findes ikke.",
        "unreadable": "{path}: filen kan ikke læses: {error}",
        "number": "{path}: [kiosk] {key} skal være et tal fra {low} til {high}, ikke »{value}«; bruger {default}.",
        "boolean": "{path}: [kiosk] {key} skal være true eller false, ikke »{value}«; bruger {default}.",
        "unknown_key": "{path}: [{section}] {key} er ikke en kendt indstilling; den ignoreres.",
        "bad_setting": "{path}: [settings] {key} = »{value}« kan ikke bruges; bruger standardværdien.",
        "warning_too_long": "{path}: [kiosk] warning_seconds skal være kortere end idle_seconds; bruger {default}.",
        "chord": "{path}: [kiosk] staff_chord = »{value}« kan ikke bruges: en besøgende kunne ramme den. "
                 "Brug mindst to af Ctrl, Alt, Shift og Meta med en tast (fx Ctrl+Alt+Shift+F12), eller én af dem "
                 "med en funktionstast F1-F35, Pause, Print eller ScrollLock (fx Ctrl+F12); bruger {default}.",
        "not_file": "{path}: det er ikke en almindelig fil.",
        "path": "{path}: filen kan ikke læses ({reason}).",
        "self_voicing": "{path}: [kiosk] self_voicing skal være on, key eller off, ikke »{value}«; bruger {default}.",
    },
    "en": {
        "missing": "{path}: the file does not exist.",
        "unreadable": "{path}: the file cannot be read: {error}",
        "number": "{path}: [kiosk] {key} must be a number from {low} to {high}, not '{value}'; using {default}.",
        "boolean": "{path}: [kiosk] {key} must be true or false, not '{value}'; using {default}.",
        "unknown_key": "{path}: [{section}] {key} is not a known setting; it is ignored.",
        "bad_setting": "{path}: [settings] {key} = '{value}' cannot be used; using the default.",
        "warning_too_long": "{path}: [kiosk] warning_seconds must be shorter than idle_seconds; using {default}.",
        "chord": "{path}: [kiosk] staff_chord = '{value}' cannot be used: a visitor could press it. "
                 "Use at least two of Ctrl, Alt, Shift and Meta with a key (e.g. Ctrl+Alt+Shift+F12), or one of "
                 "them with a function key F1-F35, Pause, Print or ScrollLock (e.g. Ctrl+F12); using {default}.",
        "not_file": "{path}: it is not a regular file.",
        "path": "{path}: the file cannot be read ({reason}).",
        "self_voicing": "{path}: [kiosk] self_voicing must be on, key or off, not '{value}'; using {default}.",
    },
}


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


class KioskConfigError(Exception):
    """The configuration file named on the command line cannot be used at all."""


_NUMBERS = {"idle_seconds": (10.0, 86400.0), "warning_seconds": (3.0, 600.0)}
SELF_VOICING_MODES = ("on", "key", "off")  # the app's own voice at the start of each visit
_CHOICES = {"self_voicing": SELF_VOICING_MODES}  # [kiosk] keys that take one of a few words
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


def load_kiosk_config(path: Path | None, language: str = "da", *, required: bool = False
                      ) -> tuple[KioskConfig, list[str]]:
    """Reads ``path`` (or the system file); returns the configuration and a message per problem.

    A missing file gives the defaults, unless ``required`` (a path the user named), which
    raises KioskConfigError.
    """
    t = _TEXTS["en" if language == "en" else "da"]
    path = path or system_kiosk_config()
    problem = None
    try:
        if not path.exists():
            problem = t["missing"].format(path=path)
        elif not path.is_file():  # a folder, a device, a FIFO: never opened
            problem = t["not_file"].format(path=path)
    except OSError as error:  # too long a name, no permission to look
        problem = t["path"].format(path=path, reason=describe_os_error(error, language))
    if problem is not None:
        if required:
            raise KioskConfigError(problem)
        quiet = path == system_kiosk_config() and problem == t["missing"].format(path=path)  # no machine-wide file
        return KioskConfig(), [] if quiet else [problem]
    parser = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        message = t["unreadable"].format(path=path, error=str(error).splitlines()[0])
        if required:
            raise KioskConfigError(message) from None
        return KioskConfig(path=path), [message]

    problems: list[str] = []
    defaults = KioskConfig()
    values: dict[str, object] = {}
    section = parser["kiosk"] if parser.has_section("kiosk") else {}
    for key, raw in section.items():
        raw = raw.strip()
        default = getattr(defaults, key, 0)
        if key in _NUMBERS:
            low, high = _NUMBERS[key]
            try:
                number = float(raw)
                if not low <= number <= high:
                    raise ValueError
                values[key] = number
            except ValueError:
                problems.append(t["number"].format(path=path, key=key, low=int(low), high=int(high), value=raw,
                                                   default=int(default)))
        elif key in _BOOLEANS:
            if raw.lower() in ("true", "yes", "1", "on", "ja"):
                values[key] = True
            elif raw.lower() in ("false", "no", "0", "off", "nej"):
                values[key] = False
            else:
                problems.append(t["boolean"].format(path=path, key=key, value=raw, default=str(default).lower()))
        elif key == "staff_chord":
            if raw and not staff_chord_is_safe(raw):
                problems.append(t["chord"].format(path=path, value=raw, default=DEFAULT_STAFF_CHORD))
            else:
                values[key] = raw or DEFAULT_STAFF_CHORD
        elif key in _CHOICES:
            if raw.lower() in _CHOICES[key]:
                values[key] = raw.lower()
            else:
                problems.append(t[key].format(path=path, value=raw, default=getattr(defaults, key)))
        elif key in _TEXT:
            values[key] = raw
        else:
            problems.append(t["unknown_key"].format(path=path, section="kiosk", key=key))
    idle = float(values.get("idle_seconds", defaults.idle_seconds))  # type: ignore[arg-type]
    warning = float(values.get("warning_seconds", defaults.warning_seconds))  # type: ignore[arg-type]
    if warning >= idle:
        problems.append(t["warning_too_long"].format(path=path, default=int(min(defaults.warning_seconds, idle / 2))))
        values["warning_seconds"] = min(defaults.warning_seconds, idle / 2)

    starting: dict[str, object] = {}
    if parser.has_section("settings"):
        for key, raw in parser["settings"].items():
            option = OPTIONS.get(key)
            if option is None:
                problems.append(t["unknown_key"].format(path=path, section="settings", key=key))
                continue
            try:
                starting[key] = option.validate(raw.strip())
            except ValueError:
                problems.append(t["bad_setting"].format(path=path, key=key, value=raw.strip()))
    return KioskConfig(**values, settings=starting, path=path), problems  # type: ignore[arg-type]


def kiosk_from_command_line(kiosk: bool, path: Path | None, language: str = "da"
                            ) -> tuple[KioskConfig | None, list[str]]:
    """The configuration when public-terminal mode is on (``--kiosk`` or ``enabled = true``), else None.

    Raises KioskConfigError for a ``--kiosk-config`` file that does not exist or cannot be read.
    """
    config, problems = load_kiosk_config(path, language, required=path is not None)
    return (config if kiosk or config.enabled else None), problems
