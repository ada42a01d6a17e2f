"""Every user option, described once (no Qt).

An ``Option`` holds its key, type (that of its default), bounds, step or ladder, choices, the
settings panel's label and unit, its group, what a change redraws, and its command-line flag.
Everything that deals with options is derived from this table: the settings service
(validation, typed values), the settings panel's rows, the command-line flags and their help,
the view's restyle and "Reset view", the kiosk configuration's [settings] section, the access
profiles, and the defaults of the exports. A stored value that is missing, of the wrong type or
out of range falls back to the option's default; other options are unaffected.

Labels and help texts are English here and translated through the "Options" context of the
message catalogue (``reader.texts``) where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Generic, NamedTuple, TypeVar

from reader.presentation.themes import SYSTEM, THEME_ORDER
from reader.texts import QT_TRANSLATE_NOOP, translate

T = TypeVar("T", bool, int, float, str)
CONTEXT = "Options"


class Group(Enum):
    """Where an option belongs: "Reset view" puts the VIEW group back; STATE is never shown.
    The settings panel shows the VIEW and ACCESS groups; ACCESS (how the app is used, e.g. its own
    voice) is kept by "Reset view" and by the access profiles."""

    GENERAL = "general"
    VIEW = "view"
    ACCESS = "access"
    SPEECH = "speech"
    STATE = "state"


class Restyle(Enum):
    """What a change of the option asks of the window's look."""

    NONE = "none"
    THEME = "theme"  # the colour theme
    INTERFACE = "interface"  # menus, buttons and dialogs
    TEXT = "text"  # the text pane's TextStyle


class Choice(NamedTuple):  # (a NamedTuple: a frozen dataclass costs a millisecond more at every start)
    value: str
    label: str = ""  # English; "" where the value is named elsewhere (a colour theme's own name)


class Flag(NamedTuple):
    """The command-line flag that sets an option before the window opens."""

    name: str  # "--font-size"
    metavar: str  # English, translated
    help: str  # English, translated; may use {low}, {high}, {default} and {choices}
    scale: float = 1.0  # the stored value is the flag's value times this (--line-height 1.5 -> 150)
    # (A switch option's flag takes no value: ``--self-voicing`` sets it on; its metavar is unused.)
    hidden: bool = False  # used by the window's own child processes, not listed in --help


@dataclass(frozen=True, eq=False)
class Option(Generic[T]):
    """One option. Its type is that of its default; ``validate`` converts a stored value to it."""

    key: str
    default: T
    group: Group = Group.STATE
    label: str = ""  # English with a mnemonic (&); the settings panel's row (or its check box)
    unit: str = ""  # English; after the label in brackets, e.g. "% of text size"
    suffix: str = ""  # after the number in a spin box, e.g. " %"
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None  # a spin box's step, or the step of the keys that change it
    shown_scale: float = 1.0  # a spin box shows the value times this (spacing in em shown as %)
    ladder: tuple[float, ...] = ()  # the sizes the larger/smaller commands walk, and the list offers
    choices: tuple[Choice, ...] = ()
    restyle: Restyle = Restyle.NONE
    flag: Flag | None = None

    def validate(self, raw: object) -> T:
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
        if self.choices and value not in self.values:
            raise ValueError(f"{self.key}: {value!r} is not one of {list(self.values)}")
        return value  # type: ignore[return-value]

    @property
    def values(self) -> tuple[str, ...]:
        """The values of a choice option (empty for the others)."""
        return tuple(choice.value for choice in self.choices)

    def clamp(self, number: float) -> float:
        """``number`` brought inside the option's bounds."""
        if self.minimum is not None:
            number = max(self.minimum, number)
        if self.maximum is not None:
            number = min(self.maximum, number)
        return number

    def choice_label(self, value: str) -> str:
        """A choice's label in the interface language ("" where it is named elsewhere)."""
        label = next((choice.label for choice in self.choices if choice.value == value), "")
        return translate(CONTEXT, label) if label else ""

    def shown_label(self) -> str:
        """The settings panel's label in the interface language, with its mnemonic and unit."""
        label = translate(CONTEXT, self.label)
        return f"{label} ({translate(CONTEXT, self.unit)})" if self.unit else label

    def name(self) -> str:
        """What a sentence calls the option, in the interface language ("text size")."""
        plain = translate(CONTEXT, self.label).replace("&&", "\0").replace("&", "").replace("\0", "&")
        return plain[:1].lower() + plain[1:]


# -- the text size and the interface size walk ladders (75 % to 450 % of the 16 pt default) -----------
FONT_SIZES: tuple[float, ...] = (12.0, 14.0, 16.0, 18.0, 20.0, 24.0, 28.0, 32.0, 40.0, 48.0, 56.0, 64.0, 72.0)
INTERFACE_SIZES: tuple[float, ...] = (10.0, 12.0, 14.0, 16.0, 18.0, 20.0, 24.0)

LANGUAGE = Option(
    "language", "da", Group.GENERAL, QT_TRANSLATE_NOOP("Options", "Interface language"),
    choices=(Choice("da", QT_TRANSLATE_NOOP("Options", "Danish")), Choice("en", QT_TRANSLATE_NOOP("Options", "English"))),
)
START_SCREEN_SEEN = Option("start_screen_seen", False)  # the access profiles were offered once

# -- the view: colours, fonts, sizes, spacing (the spacing ranges cover WCAG 1.4.12's values) ----------
THEME = Option(
    "theme", SYSTEM, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Colour &theme"),
    choices=tuple(Choice(theme_id) for theme_id in THEME_ORDER), restyle=Restyle.THEME,
    flag=Flag("--theme", QT_TRANSLATE_NOOP("Options", "THEME"), QT_TRANSLATE_NOOP("Options", "colour theme: {choices}")),
)
FONT_SIZE = Option(
    "font_size", 16.0, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Text &size"),
    minimum=FONT_SIZES[0], maximum=FONT_SIZES[-1], ladder=FONT_SIZES, restyle=Restyle.TEXT,
    flag=Flag("--font-size", QT_TRANSLATE_NOOP("Options", "PT"),
              QT_TRANSLATE_NOOP("Options", "text size in points, {low}-{high} (default {default})")),
)
FONT = Option(
    "font", "system", Group.VIEW, QT_TRANSLATE_NOOP("Options", "&Font"),
    choices=(Choice("system", QT_TRANSLATE_NOOP("Options", "System default")),
             Choice("atkinson", "Atkinson Hyperlegible"),
             Choice("opendyslexic", "OpenDyslexic"),
             Choice("serif", QT_TRANSLATE_NOOP("Options", "Serif (DejaVu Serif)"))),
    restyle=Restyle.TEXT,
    flag=Flag("--font", QT_TRANSLATE_NOOP("Options", "FONT"), QT_TRANSLATE_NOOP("Options", "font: {choices}")),
)
PLAIN_EMPHASIS = Option("plain_emphasis", False, Group.VIEW, QT_TRANSLATE_NOOP("Options", "&No bold or italics"),
                        restyle=Restyle.TEXT)
LINE_HEIGHT = Option(
    "line_height", 150, Group.VIEW, QT_TRANSLATE_NOOP("Options", "&Line height"), suffix=" %",
    minimum=100, maximum=250, step=10, restyle=Restyle.TEXT,  # percent of the text size
    flag=Flag("--line-height", QT_TRANSLATE_NOOP("Options", "TIMES"),
              QT_TRANSLATE_NOOP("Options", "line height as times the text size, {low}-{high} (default {default})"),
              scale=100),
)
LETTER_SPACING = Option(
    "letter_spacing", 0.0, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Space between &letters"),
    unit=QT_TRANSLATE_NOOP("Options", "% of text size"), suffix=" %", minimum=0.0, maximum=0.3, step=0.02, shown_scale=100,
    restyle=Restyle.TEXT,  # em
)
WORD_SPACING = Option(
    "word_spacing", 0.0, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Space between &words"),
    unit=QT_TRANSLATE_NOOP("Options", "% of text size"), suffix=" %", minimum=0.0, maximum=0.5, step=0.04, shown_scale=100,
    restyle=Restyle.TEXT,  # em
)
PARAGRAPH_SPACING = Option(
    "paragraph_spacing", 1.0, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Space after &paragraphs"),
    unit=QT_TRANSLATE_NOOP("Options", "% of text size"), suffix=" %", minimum=0.5, maximum=3.0, step=0.25, shown_scale=100,
    restyle=Restyle.TEXT,  # em after a paragraph
)
LINE_LENGTH = Option(
    "line_length", 70, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Longest line"),
    unit=QT_TRANSLATE_NOOP("Options", "&characters"), suffix=QT_TRANSLATE_NOOP("Options", " characters"),
    minimum=40, maximum=120, step=5, restyle=Restyle.TEXT,  # the widest column, in average characters
)
INTERFACE_SIZE = Option(
    "interface_size", 12.0, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Size of &menus and buttons"),
    minimum=INTERFACE_SIZES[0], maximum=INTERFACE_SIZES[-1], ladder=INTERFACE_SIZES, restyle=Restyle.INTERFACE,
)
SHOW_NUMBERS = Option(
    "show_numbers", False, Group.VIEW, QT_TRANSLATE_NOOP("Options", "Show the n&umbers of commitments and quotes"),
    restyle=Restyle.TEXT,  # "2.3" before theme 2's third commitment, "C2.1" before its first quote
)
LINE_FOCUS = Option(
    "line_focus", "off", Group.VIEW, QT_TRANSLATE_NOOP("Options", "Line f&ocus"),
    choices=(Choice("off", QT_TRANSLATE_NOOP("Options", "Off")), Choice("1", QT_TRANSLATE_NOOP("Options", "1 line")),
             Choice("3", QT_TRANSLATE_NOOP("Options", "3 lines")), Choice("5", QT_TRANSLATE_NOOP("Options", "5 lines"))),
    restyle=Restyle.TEXT,  # every line but these, around the caret, is dimmed
    flag=Flag("--line-focus", QT_TRANSLATE_NOOP("Options", "LINES"),
              QT_TRANSLATE_NOOP("Options", "dim all but this many lines around the caret: {choices}")),
)

# -- read aloud -------------------------------------------------------------------------------------------
# Words per minute the faster/slower keys walk: steps of about 6-8 % around the normal 175, larger at
# the ends. espeak-ng speaks nothing slower than 80 (any lower rate sounds exactly as 80) and, through
# its sonic speed-up, ever faster above 450; 900 is about three times the normal speed, the most that
# fluent listeners of synthetic speech use (bench/speech_rates.py measures the engine's range).
SPEECH_RATES: tuple[float, ...] = (80, 90, 100, 110, 120, 130, 140, 150, 160, 175, 190, 205, 220, 240, 260, 280,
                                   300, 325, 350, 375, 400, 450, 500, 550, 600, 700, 800, 900)
SPEECH_RATE = Option(
    "speech_rate", 175, Group.SPEECH, QT_TRANSLATE_NOOP("Options", "Speed"), minimum=80, maximum=900,
    ladder=SPEECH_RATES,
    flag=Flag("--speech-rate", "WPM", "words per minute", hidden=True),  # words per minute
)
SPEECH_VOLUME = Option("speech_volume", 100, Group.SPEECH, QT_TRANSLATE_NOOP("Options", "Volume"),
                       minimum=0, maximum=100, step=5)  # percent
SPEECH_VOICE = Option(
    "speech_voice", "", Group.SPEECH, QT_TRANSLATE_NOOP("Options", "Voice"),  # a voice id; "" = the document's language
    flag=Flag("--speech-voice", "VOICE", "voice id", hidden=True),
)
HIGHLIGHT_BACKGROUND, HIGHLIGHT_UNDERLINE, HIGHLIGHT_NONE = "background", "underline", "none"
HIGHLIGHT_STYLE = Option(
    "highlight_style", HIGHLIGHT_BACKGROUND, Group.SPEECH, QT_TRANSLATE_NOOP("Options", "Highlight while reading"),
    choices=(Choice(HIGHLIGHT_BACKGROUND, QT_TRANSLATE_NOOP("Options", "Coloured background")),
             Choice(HIGHLIGHT_UNDERLINE, QT_TRANSLATE_NOOP("Options", "Underline")),
             Choice(HIGHLIGHT_NONE, QT_TRANSLATE_NOOP("Options", "None"))),
)
SPEAKER_BEFORE, SPEAKER_AFTER, SPEAKER_NOT_READ = "before", "after", "none"
QUOTE_SPEAKER = Option(
    "quote_speaker", SPEAKER_BEFORE, Group.SPEECH, QT_TRANSLATE_NOOP("Options", "Who said a quote"),
    choices=(Choice(SPEAKER_BEFORE, QT_TRANSLATE_NOOP("Options", "Before the quote")),
             Choice(SPEAKER_AFTER, QT_TRANSLATE_NOOP("Options", "After the quote")),
             Choice(SPEAKER_NOT_READ, QT_TRANSLATE_NOOP("Options", "Not read"))),
)
READ_COMMITMENT_LABEL = Option("read_commitment_label", True, Group.SPEECH,
                               QT_TRANSLATE_NOOP("Options", "Read the “We will:” headings"))
READ_NUMBERS = Option("read_numbers", False, Group.SPEECH,
                      QT_TRANSLATE_NOOP("Options", "Read list numbers"))  # numbered lists, "2.3", "C2.1"

# -- the window and the reading position, kept between visits (never on a public terminal) --------------
WINDOW_PLACES = Option("window_places", "")  # the window's place on each screen (reader/ui/placement.py)
CONTENTS_SHOWN = Option("contents_shown", True)  # the table of contents beside the text (where there is room)
READING_DOCUMENT = Option("reading_document", "")  # the file name of the document last read
READING_POSITION = Option("reading_position", 0, minimum=0)  # the caret's offset in it (reader/ui/resume.py)

# -- the app's own voice (self-voicing, reader/ui/self_voicing.py) ------------------------------------------
SELF_VOICING = Option(
    "self_voicing", False, Group.ACCESS, QT_TRANSLATE_NOOP("Options", "&Built-in speech: the app speaks what it shows"),
    flag=Flag("--self-voicing", "", QT_TRANSLATE_NOOP(
        "Options", "built-in speech: the app itself speaks every control, message and line of text (for use "
                   "without a screen reader)")),
)

OPTIONS: dict[str, Option] = {
    option.key: option
    for option in (
        LANGUAGE, START_SCREEN_SEEN, THEME, FONT_SIZE, FONT, PLAIN_EMPHASIS, LINE_HEIGHT, LETTER_SPACING,
        WORD_SPACING, PARAGRAPH_SPACING, LINE_LENGTH, INTERFACE_SIZE, SPEECH_RATE, SPEECH_VOLUME, SPEECH_VOICE,
        SHOW_NUMBERS, LINE_FOCUS, HIGHLIGHT_STYLE, QUOTE_SPEAKER, READ_COMMITMENT_LABEL, READ_NUMBERS, SELF_VOICING,
        WINDOW_PLACES, CONTENTS_SHOWN, READING_DOCUMENT, READING_POSITION,
    )
}
# Keys of earlier versions, read once into today's options (the old value -> {key: new value}).
RETIRED: dict[str, dict[str, dict[str, object]]] = {
    "speech_highlight": {"false": {HIGHLIGHT_STYLE.key: HIGHLIGHT_NONE}, "true": {}},  # now one of three styles
}
# WCAG 1.4.12's text spacing: line height 1.5, letters 0.12 em, words 0.16 em, paragraphs 2 em.
WCAG_SPACING: tuple[tuple[Option, float], ...] = (
    (LINE_HEIGHT, 150), (LETTER_SPACING, 0.12), (WORD_SPACING, 0.16), (PARAGRAPH_SPACING, 2.0),
)
# Every option that "Reset view" (and an access profile, before its own values) puts back to its default.
VIEW_KEYS: tuple[str, ...] = tuple(key for key, option in OPTIONS.items() if option.group is Group.VIEW)


def focused_lines(value: str) -> int:
    """The lines line focus leaves undimmed for a LINE_FOCUS value (0: no line focus)."""
    return int(value) if value.isdigit() else 0


def retired_values(raw_values: dict[str, object]) -> tuple[list[str], dict[str, object]]:
    """The retired keys among stored raw values, and the values of today's options they stand for
    (where those are not stored themselves)."""
    found = [key for key in RETIRED if key in raw_values]
    updates: dict[str, object] = {}
    for old_key in found:
        for key, value in RETIRED[old_key].get(str(raw_values[old_key]).lower(), {}).items():
            if key not in raw_values:
                updates[key] = value
    return found, updates


def options_with_flags() -> list[Option]:
    return [option for option in OPTIONS.values() if option.flag is not None]


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
