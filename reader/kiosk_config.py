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

from reader.paths import system_kiosk_config
from reader.presentation.settings import OPTIONS

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
    },
    "en": {
        "missing": "{path}: the file does not exist.",
        "unreadable": "{path}: the file cannot be read: {error}",
        "number": "{path}: [kiosk] {key} must be a number from {low} to {high}, not '{value}'; using {default}.",
        "boolean": "{path}: [kiosk] {key} must be true or false, not '{value}'; using {default}.",
        "unknown_key": "{path}: [{section}] {key} is not a known setting; it is ignored.",
        "bad_setting": "{path}: [settings] {key} = '{value}' cannot be used; using the default.",
        "warning_too_long": "{path}: [kiosk] warning_seconds must be shorter than idle_seconds; using {default}.",
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
    settings: dict[str, object] = field(default_factory=dict)  # starting values, validated
    path: Path | None = None


class KioskConfigError(Exception):
    """The configuration file named on the command line cannot be used at all."""


_NUMBERS = {"idle_seconds": (10.0, 86400.0), "warning_seconds": (3.0, 600.0)}
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
    if not path.is_file():
        if required:
            raise KioskConfigError(t["missing"].format(path=path))
        return KioskConfig(), []
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
        elif key in _TEXT:
            values[key] = raw or (DEFAULT_STAFF_CHORD if key == "staff_chord" else "")
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
