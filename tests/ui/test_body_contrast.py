"""The body text, as it appears on screen, reaches 7:1 against its background in every theme
(WCAG 1.4.6), measured on the pixels of body paragraphs only: headings, quotes and lists are
drawn in their own colours and must not stand in for the running text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QTextCursor

from reader.document import BlockKind
from reader.paths import RESOURCES
from reader.presentation.themes import contrast_ratio, load_themes
from reader.ui.main_window import MainWindow

THEMES = load_themes(RESOURCES / "themes")
MIN_INK_PIXELS = 40  # a colour covering fewer pixels is an anti-aliased edge, not a stroke


def colours(image: QImage, rect: QRect) -> Counter[str]:
    """How many pixels of each colour ("#rrggbb") lie in ``rect`` of ``image``."""
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[str] = Counter()
    for y in range(part.height()):
        counts.update(part.constScanLine(y).cast("I")[: part.width()])  # type: ignore[attr-defined]
    return Counter({f"#{value & 0xFFFFFF:06x}": n for value, n in counts.items()})


def paragraph_rect(window: MainWindow, start: int, end: int) -> QRect:
    """The part of the text pane's viewport that shows the lines from ``start`` to ``end``, full width."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    top = view.cursorRect(cursor).top()
    cursor.setPosition(end)
    bottom = view.cursorRect(cursor).bottom()
    viewport = view.viewport().rect()
    return QRect(viewport.left(), top, viewport.width(), bottom - top + 1).intersected(viewport)


def scrolled_into_view(window: MainWindow, start: int) -> bool:
    """Scrolls the paragraph at ``start`` to the top of the pane; True once its first line is in view."""
    window.view.scroll_to_offset(start)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    return window.view.viewport().rect().contains(window.view.cursorRect(cursor))


def ink_on_background(counts: Counter[str]) -> tuple[str, str, float]:
    """The background (commonest colour) and, of the colours covering at least MIN_INK_PIXELS,
    the one contrasting most with it: the solid strokes of the text."""
    background = counts.most_common(1)[0][0]
    strokes = [colour for colour, n in counts.items() if n >= MIN_INK_PIXELS and colour != background]
    assert strokes, f"no text drawn on {background}"
    ink = max(strokes, key=lambda colour: contrast_ratio(colour, background))
    return ink, background, contrast_ratio(ink, background)


@pytest.mark.parametrize("theme_id", [*THEMES])
def test_every_body_paragraph_reaches_7_to_1_on_screen(make_window: Callable[..., MainWindow], settings, qtbot,
                                                       theme_id: str, monkeypatch) -> None:
    from reader.ui import theming

    monkeypatch.setattr(theming, "system_prefers_dark", lambda: theme_id == "system-dark")
    monkeypatch.setattr(theming, "system_prefers_high_contrast", lambda: False)
    settings.set("theme", "system" if theme_id.startswith("system") else theme_id)
    window = make_window()
    assert window.theme.id == theme_id
    window.contents.list.setFocus()  # no caret drawn in the text
    paragraphs = [block for block in window.document.blocks if block.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) > 20
    measured = []
    for block in paragraphs:
        # Qt lays the end of a long document out in idle moments, and the scroll range grows with it.
        qtbot.waitUntil(lambda block=block: scrolled_into_view(window, block.start))
        rect = paragraph_rect(window, block.start, block.end)
        ink, background, ratio = ink_on_background(colours(window.view.viewport().grab().toImage(), rect))
        measured.append((ratio, ink, background, block.text[:40]))
    worst = min(measured)
    assert worst[0] >= 7.0, f"{theme_id}: body text {worst[1]} on {worst[2]} is {worst[0]:.2f}:1 in {worst[3]!r}"
