"""One typed schema for every user setting: default, valid values, and validation.

A stored value that is missing, of the wrong type or out of range falls back to the
option's default; other settings are unaffected. No Qt here: the store is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.presentation import themes, view


@dataclass(frozen=True)
class Option:
    """One setting: its key, default value and what values it accepts."""

    key: str
    default: object
    minimum: float | None = None
    maximum: float | None = None
    choices: Sequence[object] | None = None

    def validate(self, raw: object) -> object:
        """Returns ``raw`` converted to the option's type, or raises ValueError."""
        kind = type(self.default)
        value: object
        if kind is bool:
            if isinstance(raw, bool):
                value = raw
            elif isinstance(raw, str) and raw.lower() in ("true", "false", "1", "0"):
                value = raw.lower() in ("true", "1")
            else:
                raise ValueError(f"{self.key}: not a boolean: {raw!r}")
        elif kind in (int, float):
            if isinstance(raw, bool):
                raise ValueError(f"{self.key}: not a number: {raw!r}")
            try:
                number = float(raw)  # type: ignore[arg-type]
                value = int(number) if kind is int else number
                if kind is int and number != int(number):
                    raise ValueError
            except (TypeError, ValueError, OverflowError):
                raise ValueError(f"{self.key}: not a number: {raw!r}") from None
            if value != value:  # NaN
                raise ValueError(f"{self.key}: not a number: {raw!r}")
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key}: {value} is below {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key}: {value} is above {self.maximum}")
        else:
            if not isinstance(raw, str):
                raise ValueError(f"{self.key}: not text: {raw!r}")
            value = raw
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {list(self.choices)}")
        return value


OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        Option("language", "da", choices=("da", "en")),
        Option("start_screen_seen", False),  # the access profiles were offered once
        Option("font_size", view.DEFAULT_FONT_SIZE, minimum=view.FONT_SIZES[0], maximum=view.FONT_SIZES[-1]),
        # -- view: colours, fonts, spacing (ranges in presentation/view.py) --
        Option("theme", themes.SYSTEM, choices=themes.THEME_ORDER),
        Option("interface_size", view.DEFAULT_INTERFACE_SIZE, minimum=view.INTERFACE_SIZES[0],
               maximum=view.INTERFACE_SIZES[-1]),
        Option("font", "system", choices=tuple(view.FONTS)),
        Option("line_height", view.LINE_HEIGHT[2], minimum=view.LINE_HEIGHT[0], maximum=view.LINE_HEIGHT[1]),
        Option("letter_spacing", view.LETTER_SPACING[2], minimum=view.LETTER_SPACING[0],
               maximum=view.LETTER_SPACING[1]),
        Option("word_spacing", view.WORD_SPACING[2], minimum=view.WORD_SPACING[0], maximum=view.WORD_SPACING[1]),
        Option("paragraph_spacing", view.PARAGRAPH_SPACING[2], minimum=view.PARAGRAPH_SPACING[0],
               maximum=view.PARAGRAPH_SPACING[1]),
        Option("line_length", view.LINE_LENGTH[2], minimum=view.LINE_LENGTH[0], maximum=view.LINE_LENGTH[1]),
        Option("plain_emphasis", False),
        # -- read aloud: words per minute, percent, voice id ("" = the document's language) --
        Option("speech_rate", 175, minimum=80, maximum=350),
        Option("speech_volume", 100, minimum=0, maximum=100),
        Option("speech_voice", ""),
        Option("speech_highlight", True),
    )
}


class SettingsStore(Protocol):
    """Where settings live: QSettings on disk, or memory for kiosk mode and tests."""

    def load(self) -> dict[str, object]: ...

    def save(self, key: str, value: object) -> None: ...

    def remove(self, key: str) -> None: ...


class MemoryStore:
    """A store that keeps nothing beyond the process: used where nothing may be written."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.values = dict(values or {})

    def load(self) -> dict[str, object]:
        return dict(self.values)

    def save(self, key: str, value: object) -> None:
        self.values[key] = value

    def remove(self, key: str) -> None:
        self.values.pop(key, None)


def validated(raw_values: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    """Every option's value from stored raw values, with a note for each one rejected."""
    values: dict[str, object] = {}
    rejected: list[str] = []
    for key, option in OPTIONS.items():
        if key not in raw_values:
            values[key] = option.default
            continue
        try:
            values[key] = option.validate(raw_values[key])
        except ValueError as error:
            values[key] = option.default
            rejected.append(str(error))
    return values, rejected
