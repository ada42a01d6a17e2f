"""Text positions at the boundary between the model and Qt.

The model (``Document.text``, search, navigation, speech) counts Python code points; a
QTextDocument counts UTF-16 code units, in which every character outside the Basic
Multilingual Plane (most emoji, some CJK, mathematical letters) takes two. Combining
marks and right-to-left text are one unit in both. The reading view converts with a
``PositionMap`` wherever a position crosses into or out of Qt, so nothing above it needs
to know; everything else in the app speaks model offsets.

The view may also show text that is not in the model: the numbers of the commitments and
quotes ("2.3 "), inserted before a model offset. Such an insertion takes Qt positions of its
own; a Qt position inside it maps to the model offset it stands before, and that offset maps
to the Qt position just after it (the caret lands on the item's text, not on its number).

Plain Python (no Qt), so it can be tested on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Model offsets <-> Qt positions for one text, and any text shown before some of its offsets."""

    def __init__(self, text: str, insertions: Sequence[tuple[int, int]] = ()) -> None:
        """``insertions``: (model offset, length in Qt positions) of text shown before that offset."""
        # Model offsets of the characters that take two UTF-16 units.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._inserted_at: list[int] = []
        self._inserted_total: list[int] = [0]  # Qt positions inserted before and at each of _inserted_at
        for offset, length in sorted(insertions):
            self._inserted_at.append(offset)
            self._inserted_total.append(self._inserted_total[-1] + length)
        self.model_length = len(text)

    @property
    def identical(self) -> bool:
        """True when both count alike (no character outside the BMP, nothing inserted)."""
        return not self._astral and not self._inserted_at

    def model_to_qt(self, offset: int) -> int:
        """The Qt position of model offset ``offset`` (after any text inserted before it)."""
        return (offset + bisect.bisect_left(self._astral, offset)
                + self._inserted_total[bisect.bisect_right(self._inserted_at, offset)])

    def qt_to_model(self, position: int) -> int:
        """The model offset of Qt position ``position``; the middle of a surrogate pair maps to its
        character, a position inside inserted text to the offset the text stands before."""
        if self.identical:
            return position
        low, high = 0, self.model_length  # the last offset whose Qt position is at or before ``position``
        if position < self.model_to_qt(0):
            return 0  # inside text inserted at the very start
        while low < high:
            middle = (low + high + 1) // 2
            if self.model_to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        start = self.model_to_qt(low)
        if position == start or low == self.model_length:
            return low + max(0, position - start) if low == self.model_length else low
        width = 2 if self._is_astral(low) else 1
        return low if position < start + width else low + 1  # a pair's second half, or inserted text after it

    def _is_astral(self, offset: int) -> bool:
        index = bisect.bisect_left(self._astral, offset)
        return index < len(self._astral) and self._astral[index] == offset

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.model_to_qt(start), self.model_to_qt(end)

    def range_to_model(self, start: int, end: int) -> tuple[int, int]:
        return self.qt_to_model(start), self.qt_to_model(end)
