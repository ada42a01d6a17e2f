"""The table of contents can be hidden and shown by a key and from the View menu, is hidden by itself
where the text would get less than 60 % of the width, and stays as the reader left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.presentation.options import CONTENTS_SHOWN, FONT_SIZE
from reader.settings_service import QSettingsStore, Settings
from reader.ui.contents_toggle import TEXT_SHARE

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def heard(window) -> list[str]:
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    return said


def test_ctrl_shift_t_hides_and_shows_the_contents_and_the_text_takes_the_width(make_window, settings, qtbot) -> None:
    window = make_window()
    said = heard(window)
    item = window.binder.actions["view.contents"]
    assert window.contents.isVisible() and item.isChecked()
    window.view.setFocus()
    settings.set(FONT_SIZE, 32.0)  # lines as wide as the pane, so they flow anew when it widens
    qtbot.waitUntil(lambda: window.view.document().defaultFont().pointSizeF() == 32.0)
    paragraph = window.document.themes[1].blocks[1]  # the first paragraph of theme 2, its middle at the top
    window.view.scroll_to_offset(paragraph.start)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().value() + 60)
    top = window.view.first_visible_offset()
    assert paragraph.start < top < paragraph.end
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    assert not window.contents.isVisible() and not item.isChecked()
    assert said == ["Indholdsfortegnelsen er skjult."]
    assert window.statusBar().currentMessage() == "Indholdsfortegnelsen er skjult."
    qtbot.waitUntil(lambda: window.view.width() > 0.95 * window.splitter.width())
    # The text flowed anew into the width; the reader's line is still at the top.
    line = window.view.document().findBlock(top).layout().lineForTextPosition(
        top - window.view.document().findBlock(top).position())
    assert window.view.first_visible_offset() <= top
    assert top - window.view.first_visible_offset() <= line.textLength() + 1
    assert settings.get(CONTENTS_SHOWN) is False
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.contents.isVisible() and item.isChecked()
    assert said[-1] == "Indholdsfortegnelsen vises."
    assert settings.get(CONTENTS_SHOWN) is True
    assert window.contents.width() >= 250  # back at its width


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the menu, offscreen
def test_the_view_menu_item_hides_it_and_alt_1_brings_it_back_with_the_focus(make_window, settings, qtbot) -> None:
    window = make_window()
    said = heard(window)
    menu = window.menus["view"]
    item = window.binder.actions["view.contents"]
    assert item in menu.actions() and item.isCheckable()
    assert item.text() == "Vis indholdsfortegnelse"
    window.contents.list.setFocus()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    menu.setActiveAction(item)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert not window.contents.isVisible() and said == ["Indholdsfortegnelsen er skjult."]
    assert window.view.hasFocus()  # the focus was in the pane that went away
    qtbot.keyClick(window.view, Qt.Key.Key_F6)  # F6 goes round the panes shown: not into the hidden one
    assert not window.contents.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
    assert window.contents.isVisible() and window.contents.list.hasFocus()
    assert said[-1] == "Indholdsfortegnelsen vises." and settings.get(CONTENTS_SHOWN) is True


def test_a_narrow_window_hides_it_by_itself_and_a_wide_one_shows_it_again(make_window, settings, qtbot) -> None:
    window = make_window(size=(1280, 720))
    said = heard(window)
    window.resize(680, 720)  # 300 px of contents would leave the text less than 60 %
    qtbot.waitUntil(lambda: not window.contents.isVisible())
    qtbot.waitUntil(lambda: window.view.width() > TEXT_SHARE * window.splitter.width())
    assert said == ["Indholdsfortegnelsen er skjult for at give teksten plads. Ctrl+Skift+T viser den."]
    assert settings.get(CONTENTS_SHOWN) is True  # the reader's choice is unchanged
    assert not window.binder.actions["view.contents"].isChecked()
    window.resize(1280, 720)
    qtbot.waitUntil(window.contents.isVisible)
    assert said[-1] == "Indholdsfortegnelsen vises."
    # Asked for in a narrow window, it is shown all the same, until hidden again.
    window.resize(680, 720)
    qtbot.waitUntil(lambda: not window.contents.isVisible())
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.contents.isVisible()
    window.resize(690, 720)
    QApplication.processEvents()
    assert window.contents.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    assert not window.contents.isVisible() and settings.get(CONTENTS_SHOWN) is False
    window.resize(1280, 720)
    QApplication.processEvents()
    assert not window.contents.isVisible()  # hidden by the reader: room alone does not bring it back


def test_hidden_contents_stay_hidden_after_a_restart(make_window, settings, settings_path, qtbot) -> None:
    from reader.document import load_folder
    from reader.ui.main_window import MainWindow
    from tests.conftest import CONTENT

    window = make_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    window.close()
    settings.flush()
    assert "contents_shown=false" in settings_path.read_text(encoding="utf-8").splitlines()
    again = Settings(QSettingsStore(settings_path))
    documents, problems = load_folder(CONTENT)
    reopened = MainWindow(documents, problems, again)
    qtbot.addWidget(reopened)
    reopened.resize(1280, 720)
    reopened.show()
    qtbot.waitExposed(reopened)
    assert not reopened.contents.isVisible() and not reopened.binder.actions["view.contents"].isChecked()


def test_a_reset_of_the_settings_brings_it_back(make_window, settings, qtbot) -> None:
    """A public terminal's next visitor (``Settings.reset()``) finds the table of contents shown again."""
    window = make_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL_SHIFT)
    assert not window.contents.isVisible()
    settings.reset()
    assert window.contents.isVisible() and window.binder.actions["view.contents"].isChecked()
