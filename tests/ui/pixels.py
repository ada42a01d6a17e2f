"""Colours read from a grab of the window: what a person sees, measured (for the contrast tests)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage

from reader.presentation.themes import contrast_ratio


def as_rgb32(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage, rects: Iterable[QRectF | QRect], *, minus: Iterable[QRectF | QRect] = ()) -> Counter[str]:
    """How many pixels of each colour ("#rrggbb") ``rects`` hold in ``image`` (an RGB32 image),
    leaving out the pixels inside ``minus``."""
    left_out = [QRectF(rect).toAlignedRect() for rect in minus]
    counts: Counter[int] = Counter()
    bounds = image.rect()
    for rect in rects:
        area = QRectF(rect).toAlignedRect().intersected(bounds)
        for y in range(area.top(), area.bottom() + 1):
            row = image.constScanLine(y).cast("I")  # type: ignore[attr-defined]
            xs = range(area.left(), area.right() + 1)
            skip = [(r.left(), r.right()) for r in left_out if r.top() <= y <= r.bottom()]
            counts.update(row[x] for x in xs if not any(a <= x <= b for a, b in skip))
    return Counter({f"#{value & 0xFFFFFF:06x}": n for value, n in counts.items()})


def dominant(image: QImage, rects: Iterable[QRectF | QRect], *, minus: Iterable[QRectF | QRect] = ()) -> str:
    """The colour most pixels of ``rects`` have: the background of a run of text."""
    found = colours(image, rects, minus=minus)
    assert found, "no pixels in the region"
    return found.most_common(1)[0][0]


def strongest(image: QImage, rects: Iterable[QRectF | QRect], against: str) -> float:
    """The highest contrast any colour in ``rects`` has with ``against``: the text's, where text is."""
    return max(contrast_ratio(colour, against) for colour in colours(image, rects))
