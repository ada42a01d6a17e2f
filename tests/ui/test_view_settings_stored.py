"""View settings survive a restart; a bad stored value falls back alone, and the user is told."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.document import load_folder
from reader.settings_service import QSettingsStore, Settings
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT
from tests.seen import seen

CTRL = Qt.KeyboardModifier.ControlModifier


def start(qtbot, path: Path, *, own_file: bool = False) -> MainWindow:
    """A fresh start of the app on the settings file at ``path`` (``own_file``: the default location)."""
    documents, problems = load_folder(CONTENT)
    window = MainWindow(documents, problems, Settings(QSettingsStore(path, keep_aside=own_file)))
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
    window.settings.flush()  # as when the app quits

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
    from reader.presentation.options import OPTIONS

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


CORRUPT = [b"\x00\xff\xfe\x89PNG garbage \xc3\x28", b"\xff" * 64, b"no settings here\n",
           b"# ~/.bashrc\nexport PATH=$HOME/bin:$PATH\nalias ll='ls -l'\n", b"[user]\nname = Someone\n"]


@pytest.mark.parametrize("content", CORRUPT)
def test_the_apps_own_corrupt_settings_file_is_put_aside_not_a_crash(qtbot, settings_path: Path,
                                                                      content: bytes) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(content)
    window = start(qtbot, settings_path, own_file=True)
    assert window.settings.value("theme") == "system"
    backup = settings_path.with_name("settings.ini.broken")
    message = (f"Indstillingsfilen kunne ikke læses, så den er lagt til side som {backup}. "
               "Programmet starter med standardindstillingerne.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)  # said, and to screen readers
    assert window.settings_notice.text() == message and seen(window.settings_notice)
    assert backup.read_bytes() == content  # kept for whoever wants to look
    window.settings.set("theme", "dark-blue")  # and new settings are saved again
    window.close()
    window.settings.flush()
    assert start(qtbot, settings_path, own_file=True).theme.id == "dark-blue"


def test_backups_of_the_own_file_are_numbered_and_never_overwritten(qtbot, settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    for content in (b"first \xff", b"second \xff", b"third \xff"):
        settings_path.write_bytes(content)
        window = start(qtbot, settings_path, own_file=True)
        assert seen(window.settings_notice)
        window.close()
    folder = settings_path.parent
    assert (folder / "settings.ini.broken").read_bytes() == b"first \xff"
    assert (folder / "settings.ini.broken.1").read_bytes() == b"second \xff"
    assert (folder / "settings.ini.broken.2").read_bytes() == b"third \xff"


@pytest.mark.parametrize("content", CORRUPT)
def test_a_named_file_that_is_not_settings_is_left_exactly_as_it_was(qtbot, tmp_path: Path, content: bytes) -> None:
    """``--settings notes.txt``: the file is never renamed nor rewritten; the app runs on defaults in memory."""
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    os.utime(path, (1_000_000, 1_000_000))
    window = start(qtbot, path)
    message = (f"{path} er ikke en indstillingsfil, som programmet kan læse. Filen er ikke ændret; "
               "programmet bruger standardindstillingerne og gemmer dem ikke.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert window.settings_notice.text() == message
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)  # changes still apply, in memory
    assert window.settings.value("font_size") == 18.0
    window.close()
    window.settings.flush()
    assert path.read_bytes() == content and path.stat().st_mtime == 1_000_000
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]
