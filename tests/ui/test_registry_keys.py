"""Every key of every registry command, pressed for real, reaches exactly that command.

Catches keys two commands share (Qt then runs neither and says "Ambiguous shortcut
overload"), keys a widget swallows, and keys scoped to the wrong widget. What each command
then does is tested with its feature (tests/ui/test_keyboard.py for moving around and help).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QShortcutEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.actions import ACTIONS
from reader.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


class ShortcutRecorder(QObject):
    """Swallows the Shortcut events sent to actions (so no command runs) and records them."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[tuple[str, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Shortcut and isinstance(watched, QAction):
            assert isinstance(event, QShortcutEvent)
            self.hits.append((watched.objectName().removesuffix(".local"), event.isAmbiguous()))
            return True
        return False


# QTest only complains that multimedia keys (Play/Pause, Zoom In...) have no ASCII letter.
@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")
def test_every_key_reaches_its_command(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    binder = window.binder
    recorder = ShortcutRecorder()
    actions = list(binder.actions.values()) + list(binder.local_actions.values())
    for action in actions:
        action.setEnabled(True)  # also commands whose feature is idle (e.g. "stop reading")
        action.installEventFilter(recorder)
    places: dict[str, QWidget] = {"view": window.view, "search": window.search_bar.field}
    window.search_bar.open()
    problems = []
    pressed = 0
    for spec in ACTIONS:
        for local, sequences in ((False, spec.key_sequences()), (True, spec.local_key_sequences())):
            for sequence in sequences:
                target = places[spec.local_to] if local else window.view
                target.setFocus()
                qtbot.waitUntil(target.hasFocus)
                combination = sequence[0]
                recorder.hits.clear()
                triggered: list[bool] = []
                action = binder.local_actions[spec.id] if local else binder.actions[spec.id]
                connection = action.triggered.connect(lambda _checked=False, seen=triggered: seen.append(True))
                qtbot.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())
                action.triggered.disconnect(connection)
                pressed += 1
                key = sequence.toString()
                if triggered:  # a widget's own keys (Esc in the search bar) trigger the action directly
                    continue
                if recorder.hits != [(spec.id, False)]:
                    problems.append(f"{key} for {spec.id}: reached {recorder.hits or 'nothing'}")
                if not window.isVisible():
                    window.show()
    assert pressed >= 50
    assert problems == []
