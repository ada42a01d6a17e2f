"""WCAG 2.4.7 / 2.4.13: every control shows focus with >= 2 px at >= 3:1 against its unfocused look.

Measured on pixels: each control is grabbed unfocused and focused, in every colour theme,
and the focused pixels are compared with the same pixels unfocused, inward from each edge.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from reader.presentation.themes import THEME_ORDER, contrast_ratio
from reader.ui.main_window import MainWindow
from tests.ui.test_focus_order import window_with_read_aloud

DEPTH = 6  # px inward from the edge in which the indicator is looked for
CORNER = 6  # px left out at each corner (rounded corners)
STEP = 5  # every fifth pixel along each edge


def hex_of(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def indicator_depths(unfocused: QImage, focused: QImage) -> dict[str, list[int]]:
    """For sample points along each edge: how many pixels change at >= 3:1 within DEPTH of the edge."""
    width, height = focused.width(), focused.height()
    edges: dict[str, list[int]] = {"left": [], "right": [], "top": [], "bottom": []}

    def count(points: list[tuple[int, int]]) -> int:
        return sum(contrast_ratio(hex_of(unfocused, x, y), hex_of(focused, x, y)) >= 3.0 for x, y in points)

    for y in range(CORNER, height - CORNER, STEP):
        edges["left"].append(count([(x, y) for x in range(DEPTH)]))
        edges["right"].append(count([(width - 1 - x, y) for x in range(DEPTH)]))
    for x in range(CORNER, width - CORNER, STEP):
        edges["top"].append(count([(x, y) for y in range(DEPTH)]))
        edges["bottom"].append(count([(x, height - 1 - y) for y in range(DEPTH)]))
    return edges


def as_seen(window: MainWindow, widget: QWidget) -> QImage:
    """The widget's area of the window as drawn on screen (a see-through control shows what is behind it)."""
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


def controls(window: MainWindow) -> list[QWidget]:
    found = [w for w in window.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window]
    return sorted(found, key=lambda w: w.objectName() or w.accessibleName())


@pytest.mark.parametrize("theme_id", THEME_ORDER)
def test_every_control_has_a_visible_focus_indicator(make_window, settings, qtbot, theme_id: str) -> None:
    settings.set("theme", theme_id)
    window = window_with_read_aloud(make_window, settings)  # every control the app has, the read-aloud bar's too
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search bar's controls too
    widgets = controls(window)
    assert window.view in widgets and window.search_bar.next_button in widgets
    problems = []
    for widget in widgets:
        other = window.view if widget is not window.view else window.contents.list
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        unfocused = as_seen(window, widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        focused = as_seen(window, widget)
        for edge, depths in indicator_depths(unfocused, focused).items():
            thin = [depth for depth in depths if depth < 2]
            if thin:
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
                problems.append(f"{name}: {edge} edge, {len(thin)} of {len(depths)} points under 2 px at 3:1")
    assert problems == [], f"theme {theme_id}: " + "; ".join(problems)
    assert QApplication.focusWidget() is widgets[-1]
