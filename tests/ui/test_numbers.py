"""Numbered commitments and quotes in the window, by real key presses: shown on request (Ctrl+Shift+N),
said by where-am-I, reached with "Go to number…" (Ctrl+J), and kept for the next start."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.document.numbers import find_item
from reader.presentation.options import SELF_VOICING
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.main_window import MainWindow

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: MakeWindow, settings) -> Iterator[MainWindow]:
    engine = FakeEngine(speed=0.0)  # where-am-I is also spoken; the clock stands still
    window = make_window(speech=SpeechService(settings, engine=engine))
    window.view.setFocus()
    yield window
    window.speech.stop()


def shown_line(window: MainWindow) -> str:
    """The text of the line the caret is on, as the view shows it (and a screen reader reads it)."""
    return window.view.textCursor().block().text()


def announcements(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    return said


def test_ctrl_shift_n_shows_every_number_before_its_item_and_hides_them_again(window: MainWindow, qtbot,
                                                                                settings) -> None:
    policy = window.document
    item = find_item(policy, "2.3")
    window.view.move_to(item.start + 7)
    said = announcements(window)
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert said == ["Vis numre på tilsagn og citater: til"]
    assert settings.value("show_numbers") is True
    assert window.binder.actions["view.numbers"].isChecked()
    assert shown_line(window) == "2.3\u00a0" + item.text  # the number is shown, the text unchanged
    assert window.view.position() == item.start + 7  # the caret stays on the same letter
    quote = find_item(policy, "C2.1")
    window.view.move_to(quote.start)
    assert shown_line(window) == "C2.1\u00a0" + quote.block.lines[0]
    shown = window.view.toPlainText()  # (Qt gives the no-break space as a space here)
    assert [number for number in ("1.1", "1.2", "1.3", "C1.1", "C1.2", "4.3", "C4.3") if f"\n{number} " in shown] \
        == ["1.1", "1.2", "1.3", "C1.1", "C1.2", "4.3", "C4.3"]
    # Model offsets keep their meaning: a search hit and the caret land on the words themselves.
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar.field, "Støtte op om")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    cursor = window.view.textCursor()
    assert cursor.selectedText() == "Støtte op om" or window.view.extraSelections()[0].cursor.selectedText() == \
        "Støtte op om"
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert said[-1] == "Vis numre på tilsagn og citater: fra"
    assert "\n2.3 " not in window.view.toPlainText()
    assert window.view.toPlainText() == policy.text


def test_where_am_i_names_and_speaks_the_number(window: MainWindow, qtbot, settings) -> None:
    policy = window.document
    engine = window.speech.engine
    window.voicing.screen_reader_running = lambda: False
    settings.set(SELF_VOICING, True)  # where-am-I is heard through the app's own voice
    item = find_item(policy, "3.2")
    window.view.move_to(item.start + 10)
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    status = window.statusBar().currentMessage()
    assert "Nummer 3.2." in status and status.startswith("Tema 3 af 4: Forældre og netværk.")
    qtbot.waitUntil(lambda: any("Nummer 3 punkt 2" in text for text in engine.said))  # "3.2" said as a number
    quote = find_item(policy, "C4.3")
    window.view.move_to(quote.block.line_starts()[-1])  # on the speaker's line
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    assert "Nummer C4.3." in window.statusBar().currentMessage()
    window.view.move_to(policy.themes[0].blocks[1].start)  # a paragraph: no number
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    assert "Nummer" not in window.statusBar().currentMessage()


def test_go_to_number_takes_a_commitment_a_quote_or_a_theme(window: MainWindow, qtbot) -> None:
    policy = window.document
    said = announcements(window)

    def go(typed: str) -> None:
        qtbot.keyClick(window.view, Qt.Key.Key_J, CTRL)
        dialog = window.keyboard.go_to_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.field.hasFocus())
        qtbot.keyClicks(dialog.field, typed)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        if not dialog.isVisible():
            qtbot.waitUntil(window.view.hasFocus)  # back in the text, at the place gone to

    go("2.3")
    dialog = window.keyboard.go_to_dialog
    assert not dialog.isVisible()
    item = find_item(policy, "2.3")
    assert window.view.position() == item.start
    assert said[-1] == "“Vi vil” 2.3: " + item.text
    go("c4,1")  # a quote, typed as people type it
    assert window.view.position() == find_item(policy, "C4.1").start
    assert said[-1] == "Citat C4.1: Skoleelev, Det Fælles Elevråd"
    go("3")
    assert window.view.position() == policy.themes[2].start
    assert said[-1] == "Tema 3 af 4: Forældre og netværk"
    go("9.9")
    assert dialog.isVisible()  # told, and ready for another try
    problem = "Der er intet nummer “9.9”. Skriv nummeret på et tilsagn (1.1), et citat (C1.1) eller et tema."
    assert dialog.problem.text() == problem and dialog.problem.isVisible()
    assert said[-1] == problem
    assert dialog.field.selectedText() == "9.9"
    assert dialog.field.accessibleName() == "Nummer på et tilsagn (2.3), et citat (C2.1) eller et tema (2):"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.view.position() == policy.themes[2].start  # nothing moved


def test_numbers_shown_are_kept_for_the_next_start(make_window: MakeWindow, qtbot, settings, settings_path) -> None:
    window = make_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N, CTRL | SHIFT)
    settings.flush()
    window.close()
    again = MainWindow(window.documents, [], Settings(QSettingsStore(settings_path)))
    qtbot.addWidget(again)
    assert again.binder.actions["view.numbers"].isChecked()
    cursor = QTextCursor(again.view.document())
    cursor.setPosition(again.view.positions.model_to_qt(find_item(again.document, "1.1").start))
    assert cursor.block().text().startswith("1.1\u00a0")
    assert QApplication.instance() is not None
