"""View settings survive a restart; a bad stored value falls back alone, and the user is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.document import load_folder
from reader.settings_service import QSettingsStore, Settings
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT

CTRL = Qt.KeyboardModifier.ControlModifier


def start(qtbot, path: Path) -> MainWindow:
    """A fresh start of the app on the settings file at ``path``."""
    documents, problems = load_folder(CONTENT)
    window = MainWindow(documents, problems, Settings(QSettingsStore(path)))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_view_settings_are_remembered_between_visits(qtbot, settings_path: Path) -> None:
    window = start(qtbot, settings_path)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    window.settings.set("font", "atkinson")
    window.settings.set("letter_spacing", 0.12)
    window.close()

    again = start(qtbot, settings_path)
    assert again.settings.rejected == []
    assert again.settings.value("font_size") == 20.0
    assert again.theme.id == "black-on-white"
    assert again.settings.value("font") == "atkinson"
    assert again.settings.value("letter_spacing") == pytest.approx(0.12)
    assert again.text_style().point_size == 20.0
    assert again.statusBar().currentMessage() == ""


GOOD = "theme=yellow-on-black\nline_height=180\n"


@pytest.mark.parametrize(("bad_line", "name"), [
    ("font_size=enorm", "tekststørrelse"),  # wrong type
    ("font_size=500", "tekststørrelse"),  # out of range
    ("font_size=", "tekststørrelse"),  # empty
    ("font=comic-sans", "skrifttype"),  # not one of the choices
    ("plain_emphasis=maybe", "ingen fed eller kursiv skrift"),  # not a boolean
    ("line_length=12.5", "længste linje"),  # not a whole number, and too small
    ("letter_spacing=@Point(1 2)", "afstand mellem bogstaver"),  # a value of another type
])
def test_a_bad_stored_value_falls_back_alone_and_the_user_is_told(qtbot, settings_path: Path, bad_line: str,
                                                                   name: str) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(f"[General]\n{GOOD}{bad_line}\n", encoding="utf-8")
    window = start(qtbot, settings_path)
    key = bad_line.split("=")[0]
    from reader.presentation.settings import OPTIONS

    assert window.settings.value(key) == OPTIONS[key].default
    assert window.theme.id == "yellow-on-black"  # the other settings are kept
    assert window.settings.value("line_height") == 180
    message = window.statusBar().currentMessage()
    assert message.startswith("Nogle gemte indstillinger kunne ikke bruges")
    assert name in message and "Dine andre indstillinger er bevaret." in message


def test_missing_values_are_the_defaults_without_a_message(qtbot, settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(f"[General]\n{GOOD}", encoding="utf-8")
    window = start(qtbot, settings_path)
    assert window.settings.value("font_size") == 16.0 and window.theme.id == "yellow-on-black"
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("content", [b"\x00\xff\xfe\x89PNG garbage \xc3\x28", b"\xff" * 64, b"no settings here\n"])
def test_a_corrupt_settings_file_is_put_aside_not_a_crash(qtbot, settings_path: Path, content: bytes) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(content)
    window = start(qtbot, settings_path)
    assert window.settings.value("theme") == "system"
    assert "indstillingsfilen" in window.statusBar().currentMessage()
    backup = settings_path.with_name("settings.ini.broken")
    assert backup.read_bytes() == content  # kept for whoever wants to look
    window.settings.set("theme", "dark-blue")  # and new settings are saved again
    window.close()
    assert start(qtbot, settings_path).theme.id == "dark-blue"
