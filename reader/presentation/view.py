"""How the text is presented: the size ladders' steps and the fonts' families (no Qt).

The options themselves (the ladders, the spacing ranges, the font choices) are described in
``options.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.presentation.options import FONT_SIZE

# Font choice -> the family registered from resources/fonts, or "" for the system's.
FONT_FAMILIES: dict[str, str] = {
    "system": "",
    "atkinson": "Atkinson Hyperlegible",
    "opendyslexic": "OpenDyslexic",
    "serif": "DejaVu Serif",
}


def step(ladder: Sequence[float], current: float, direction: int) -> float:
    """The next step up (direction > 0) or down from ``current``, which need not be on the ladder."""
    if direction > 0:
        return next((size for size in ladder if size > current + 1e-9), ladder[-1])
    return next((size for size in reversed(ladder) if size < current - 1e-9), ladder[0])


def percent(point_size: float) -> int:
    """A text size as the percentage of the default that the interface shows."""
    return int(point_size / FONT_SIZE.default * 100 + 0.5)
