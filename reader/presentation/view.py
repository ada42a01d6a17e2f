"""How the text is presented: the size ladders, fonts and spacing ranges (no Qt).

Text size walks a fixed ladder of point sizes (75% to 450% of the 16 pt default);
the interface around the text has its own, shorter ladder. The spacing ranges cover
at least the WCAG 1.4.12 values: line height 1.5, letters 0.12 em, words 0.16 em,
paragraphs 2 em.
"""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_FONT_SIZE = 16.0
FONT_SIZES: tuple[float, ...] = (12.0, 14.0, 16.0, 18.0, 20.0, 24.0, 28.0, 32.0, 40.0, 48.0, 56.0, 64.0, 72.0)
DEFAULT_INTERFACE_SIZE = 12.0
INTERFACE_SIZES: tuple[float, ...] = (10.0, 12.0, 14.0, 16.0, 18.0, 20.0, 24.0)

# Font choices: setting value -> (English label, family registered from resources/fonts, or "" for the system's).
FONTS: dict[str, tuple[str, str]] = {
    "system": ("System default", ""),
    "atkinson": ("Atkinson Hyperlegible", "Atkinson Hyperlegible"),
    "opendyslexic": ("OpenDyslexic", "OpenDyslexic"),
    "serif": ("Serif (DejaVu Serif)", "DejaVu Serif"),
}

LINE_HEIGHT = (100, 250, 150)  # percent of the font size: minimum, maximum, default
LETTER_SPACING = (0.0, 0.3, 0.0)  # em
WORD_SPACING = (0.0, 0.5, 0.0)  # em
PARAGRAPH_SPACING = (0.5, 3.0, 1.0)  # em after a paragraph
LINE_LENGTH = (40, 120, 70)  # the widest column, in average characters

# Every option that "Reset view" puts back to its default.
VIEW_KEYS: tuple[str, ...] = (
    "theme", "font_size", "interface_size", "font", "line_height", "letter_spacing", "word_spacing",
    "paragraph_spacing", "line_length", "plain_emphasis",
)


def step(ladder: Sequence[float], current: float, direction: int) -> float:
    """The next step up (direction > 0) or down from ``current``, which need not be on the ladder."""
    if direction > 0:
        return next((size for size in ladder if size > current + 1e-9), ladder[-1])
    return next((size for size in reversed(ladder) if size < current - 1e-9), ladder[0])


def percent(point_size: float) -> int:
    """A text size as the percentage of the default that the interface shows."""
    return int(point_size / DEFAULT_FONT_SIZE * 100 + 0.5)
