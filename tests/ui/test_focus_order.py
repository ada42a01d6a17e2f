"""Tab and Shift+Tab visit every control and come back round: nothing skipped, nothing traps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def tab_controls(window: MainWindow) -> set[QWidget]:
    """Every control a keyboard user should reach with Tab: visible, enabled, taking Tab focus."""
    return {
        widget for widget in window.findChildren(QWidget)
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is window and widget.focusProxy() is None
    }


def name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def walk(qtbot, window: MainWindow, modifiers: Qt.KeyboardModifier, limit: int) -> list[QWidget]:
    """Presses Tab (or Shift+Tab) until the focus is back where it started; returns the round."""
    start = QApplication.focusWidget()
    assert start is not None
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifiers)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is window, "the focus left the window"
        if focus is start:
            return visited
        assert focus not in visited, f"Tab went round without reaching the start again: {[name(w) for w in visited]}"
        visited.append(focus)
    pytest.fail(f"no way back to the first control after {limit} presses: {[name(w) for w in visited]}")


def window_with_read_aloud(make_window, settings) -> MainWindow:
    """The window as app.main() builds it, with the read-aloud bar (over the fake speech engine)."""
    from reader.speech.fake import FakeEngine
    from reader.speech.service import SpeechService

    return make_window(speech=SpeechService(settings, engine=FakeEngine()))


@pytest.mark.parametrize("search_open, read_aloud", [(False, False), (True, False), (True, True)],
                         ids=["plain", "search open", "search and read-aloud"])
def test_tab_and_shift_tab_visit_every_control_and_come_back(make_window: MakeWindow, qtbot, settings,
                                                             search_open: bool, read_aloud: bool) -> None:
    window = window_with_read_aloud(make_window, settings) if read_aloud else make_window()
    if search_open:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.contents.list.setFocus()
    expected = tab_controls(window)
    assert window.view in expected and window.contents.list in expected

    forward = walk(qtbot, window, Qt.KeyboardModifier.NoModifier, len(expected) + 2)
    print("Tab order:", [name(w) for w in forward])
    assert set(forward) == expected, f"skipped: {[name(w) for w in expected - set(forward)]}"
    assert forward[:2] == [window.contents.list, window.view]  # contents, then the text: reading order
    bars = [window.toolbar, *([window.read_aloud.bar] if read_aloud and window.read_aloud else [])]
    buttons = [button for bar in bars for button in bar.command_buttons() if button.isVisible() and button.isEnabled()]
    assert len(buttons) >= 3 and not [name(b) for b in buttons if b not in forward], "a bar's button is out of Tab's reach"
    if search_open:
        search = [window.search_bar.field, window.search_bar.previous_button, window.search_bar.next_button,
                  window.search_bar.close_button]
        start = forward.index(search[0])
        assert forward[start:start + 4] == search

    backward = walk(qtbot, window, Qt.KeyboardModifier.ShiftModifier, len(expected) + 2)
    assert backward == [forward[0], *reversed(forward[1:])]


def test_the_text_pane_does_not_swallow_tab(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    window.view.setFocus()
    text = window.view.toPlainText()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus()
    assert window.view.toPlainText() == text
