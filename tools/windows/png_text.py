"""Does a PNG show real text, or empty boxes where letters should be? (tools/test-windows.sh)

A font-less Qt draws every letter as the same hollow rectangle. This finds the glyph shapes in a
picture (connected groups of pixels that differ from the background) and counts how many distinct
shapes there are and how many are hollow rectangles:

    python tools/windows/png_text.py window.png [--region X,Y,W,H]
    python tools/windows/png_text.py after.png --changed-from before.png --region X,Y,W,H

The first form prints the figures and exits 0 when the picture shows text (at least --min-shapes
distinct glyph shapes, fewer than a tenth of them boxes). The second counts the pixels of the
region that differ between two pictures (a message that appeared) and exits 0 when at least
--min-changed did. Runs with the Linux side's Python and PySide6; needs no display.
"""

from __future__ import annotations

import argparse
import sys
from collections import deque
from dataclasses import dataclass

from PySide6.QtGui import QImage

INK_CONTRAST = 60  # grey levels between a pixel and the background for it to count as ink


@dataclass
class Figures:
    ink: int  # pixels that differ from the background
    glyphs: int  # connected shapes of glyph size
    shapes: int  # distinct ones among them
    boxes: int  # hollow rectangles (what a missing font draws)

    def text_like(self, min_shapes: int) -> bool:
        return self.shapes >= min_shapes and self.boxes * 10 < max(self.glyphs, 1)

    def __str__(self) -> str:
        return f"{self.ink} ink pixels, {self.glyphs} glyphs, {self.shapes} distinct shapes, {self.boxes} empty boxes"


def grey(path: str, region: tuple[int, int, int, int] | None) -> tuple[bytes, int, int]:
    image = QImage(path)
    if image.isNull():
        raise ValueError(f"{path}: not a picture")
    if region is not None:
        image = image.copy(*region)
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    rows = b"".join(data[row * stride: row * stride + width] for row in range(height))
    return rows, width, height


def measure(path: str, region: tuple[int, int, int, int] | None = None) -> Figures:
    pixels, width, height = grey(path, region)
    counts = [0] * 256
    for value in pixels:
        counts[value] += 1
    background = counts.index(max(counts))
    ink = bytearray(1 if abs(value - background) > INK_CONTRAST else 0 for value in pixels)
    seen = bytearray(len(ink))
    glyphs = boxes = 0
    shapes: set[tuple[int, int, frozenset[tuple[int, int]]]] = set()
    for start in range(len(ink)):
        if not ink[start] or seen[start]:
            continue
        seen[start] = 1
        queue, members = deque([start]), []
        while queue:
            here = queue.popleft()
            members.append(here)
            x, y = here % width, here // width
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    nx, ny = x + dx, y + dy
                    if 0 <= nx < width and 0 <= ny < height:
                        there = ny * width + nx
                        if ink[there] and not seen[there]:
                            seen[there] = 1
                            queue.append(there)
        xs = [m % width for m in members]
        ys = [m // width for m in members]
        left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
        w, h = right - left + 1, bottom - top + 1
        if not (2 <= h <= 120 and 1 <= w <= 120) or len(members) < 3:
            continue  # a frame, a line, a speck: not a glyph
        glyphs += 1
        points = frozenset((x - left, y - top) for x, y in zip(xs, ys, strict=True))
        shapes.add((w, h, points))
        border = sum(1 for x, y in points if x in (0, w - 1) or y in (0, h - 1))
        if w >= 4 and h >= 6 and border == len(points) and len(points) >= 0.9 * (2 * (w + h) - 4):
            boxes += 1
    return Figures(sum(ink), glyphs, len(shapes), boxes)


def changed(path: str, before: str, region: tuple[int, int, int, int] | None) -> int:
    after_pixels, width, height = grey(path, region)
    before_pixels, before_width, before_height = grey(before, region)
    if (width, height) != (before_width, before_height):
        return width * height
    return sum(1 for a, b in zip(after_pixels, before_pixels, strict=True) if abs(a - b) > INK_CONTRAST)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("png")
    parser.add_argument("--region", help="X,Y,W,H: only this part of the picture")
    parser.add_argument("--min-shapes", type=int, default=25)
    parser.add_argument("--changed-from", metavar="BEFORE.png")
    parser.add_argument("--min-changed", type=int, default=200)
    args = parser.parse_args()
    region = None
    if args.region:
        x, y, w, h = (int(part) for part in args.region.split(","))
        region = (x, y, w, h)
    if args.changed_from:
        count = changed(args.png, args.changed_from, region)
        print(f"{count} pixels changed")
        return 0 if count >= args.min_changed else 1
    figures = measure(args.png, region)
    print(figures)
    return 0 if figures.text_like(args.min_shapes) else 1


if __name__ == "__main__":
    sys.exit(main())
