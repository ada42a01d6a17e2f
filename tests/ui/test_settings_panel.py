"""The display settings panel, used by keyboard: labels are names, changes apply at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPushButton, QSpinBox, QTextBrowser

from reader.presentation import options
from reader.ui.main_window import MainWindow
from reader.ui.settings_panel import SettingsPanel

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def open_panel(qtbot, window: MainWindow) -> SettingsPanel:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Comma, CTRL)  # "Display settings…"
    panel = window.view_commands.panel
    assert panel is not None
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: panel.isActiveWindow())
    return panel


def test_every_control_is_reached_by_tab_and_named_by_its_visible_label(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    panel = open_panel(qtbot, window)
    assert QApplication.focusWidget() is panel.controls["theme"]
    visited = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        if widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    controls = [w for w in visited if isinstance(w, (QComboBox, QSpinBox, QCheckBox, QPushButton, QTextBrowser))]
    assert set(panel.controls.values()) <= set(controls)
    assert {panel.reset_button, panel.close_button, panel.preview, panel.wcag_button} <= set(controls)
    labels = {label.buddy(): label.text().replace("&", "") for label in panel.findChildren(QLabel) if label.buddy()}
    for control in controls:
        interface = QAccessible.queryAccessibleInterface(control)
        assert interface.text(QAccessible.Text.Name), control.objectName()
        if control in labels:
            # The label you see is the name a screen reader says, and it is linked as the control's label.
            assert control.accessibleName() == labels[control]
            related = [other.text(QAccessible.Text.Name)
                       for other, _relation in interface.relations(QAccessible.Relation.Label)]
            assert labels[control] in related
    assert panel.wcag_button in labels or panel.wcag_button.text() == "Mere &luft (WCAG)"
    assert panel.controls["theme"].accessibleName() == "Farvetema"
    assert panel.controls["line_height"].accessibleName() == "Linjehøjde"
    assert panel.controls["plain_emphasis"].accessibleName() == "Ingen fed eller kursiv skrift"


def test_changes_apply_at_once_to_window_and_preview(make_window: MakeWindow, settings, qtbot, policy) -> None:
    window = make_window()
    panel = open_panel(qtbot, window)
    with qtbot.waitSignal(window.theme_changed):
        qtbot.keyClick(panel.controls["theme"], Qt.Key.Key_Down)
    assert window.theme.id == "black-on-white" == settings.value("theme")
    panel.controls["font_size"].setFocus()
    qtbot.keyClick(panel.controls["font_size"], Qt.Key.Key_Down)
    assert settings.value("font_size") == 18

    def size_at(browser: QTextBrowser, offset: int) -> float:
        cursor = QTextCursor(browser.document())
        cursor.setPosition(offset + 1)
        return cursor.charFormat().font().pointSizeF()

    paragraph = policy.sections[0].blocks[2].start
    assert size_at(window.view, paragraph) == 18 and size_at(panel.preview, paragraph) == 18
    spin = panel.controls["line_height"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert settings.value("line_height") == 160
    assert window.view.document().findBlock(paragraph).blockFormat().lineHeight() == 160
    assert panel.preview.document().findBlock(paragraph).blockFormat().lineHeight() == 160
    panel.controls["plain_emphasis"].setFocus()
    qtbot.keyClick(panel.controls["plain_emphasis"], Qt.Key.Key_Space)
    assert settings.value("plain_emphasis") is True


def test_wcag_spacing_button_and_reset_view(make_window: MakeWindow, settings, qtbot) -> None:
    window = make_window()
    panel = open_panel(qtbot, window)
    panel.wcag_button.setFocus()
    qtbot.keyClick(panel.wcag_button, Qt.Key.Key_Space)
    assert [settings.value(k) for k in ("line_height", "letter_spacing", "word_spacing", "paragraph_spacing")] == [
        150, 0.12, 0.16, 2.0]
    assert panel.controls["letter_spacing"].value() == 12  # shown as % of the text size
    settings.set("theme", "yellow-on-black")
    settings.set("font_size", 40.0)
    panel.reset_button.setFocus()
    assert panel.reset_button.text().replace("&", "") == "Nulstil visning"
    with qtbot.waitSignal(window.theme_changed):
        qtbot.keyClick(panel.reset_button, Qt.Key.Key_Space)
    assert all(settings.value(key) == default for key, default in (
        ("theme", "system"), ("font_size", 16.0), ("letter_spacing", 0.0), ("paragraph_spacing", 1.0)))
    assert panel.controls["theme"].currentData() == "system" and panel.controls["font_size"].currentData() == 16.0
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_reset_view_from_the_menu_keeps_other_settings(make_window: MakeWindow, settings) -> None:
    window = make_window()
    settings.set("speech_volume", 60)
    settings.set("font", "serif")
    settings.set("interface_size", 20.0)
    window.binder.actions["view.reset"].trigger()
    assert settings.value("font") == "system" and settings.value("interface_size") == options.INTERFACE_SIZE.default
    assert settings.value("speech_volume") == 60  # not a view setting


def test_the_panel_follows_a_change_of_interface_language(make_window: MakeWindow, qtbot,
                                                          interface_language) -> None:
    window = make_window()
    panel = open_panel(qtbot, window)
    assert panel.windowTitle() == "Visning"
    assert panel.controls["theme"].currentText() == "Standard (følg systemet)"
    interface_language.switch("en")
    qtbot.waitUntil(lambda: panel.windowTitle() == "Display settings")
    assert panel.controls["line_height"].accessibleName() == "Line height"
    assert panel.controls["theme"].currentText() == "Standard (follow the system)"
    assert panel.reset_button.text() == "&Reset view"
