"""Text positions at the boundary between the model and Qt.

The model (``Document.text``, search, navigation, speech) counts Python code points; a
QTextDocument counts UTF-16 code units, in which every character outside the Basic
Multilingual Plane (most emoji, some CJK, mathematical letters) takes two. Combining
marks and right-to-left text are one unit in both. The reading view converts with a
``PositionMap`` wherever a position crosses into or out of Qt, so nothing above it needs
to know; everything else in the app speaks model offsets.

Plain Python (no Qt), so it can be tested on its own.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Model offsets <-> Qt positions for one text."""

    def __init__(self, text: str) -> None:
        # Model offsets of the characters that take two UTF-16 units, and where each starts in Qt.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._qt_starts = [offset + index for index, offset in enumerate(self._astral)]
        self.model_length = len(text)

    @property
    def identical(self) -> bool:
        """True when both count alike (no character outside the BMP)."""
        return not self._astral

    def model_to_qt(self, offset: int) -> int:
        """The Qt position of model offset ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)

    def qt_to_model(self, position: int) -> int:
        """The model offset of Qt position ``position``; the middle of a surrogate pair maps to its character."""
        index = bisect.bisect_left(self._qt_starts, position - 1)
        if index < len(self._qt_starts) and self._qt_starts[index] == position - 1:
            return self._astral[index]  # between the two halves of one character
        return position - index

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.model_to_qt(start), self.model_to_qt(end)

    def range_to_model(self, start: int, end: int) -> tuple[int, int]:
        return self.qt_to_model(start), self.qt_to_model(end)
