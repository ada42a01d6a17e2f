"""Faults around the settings file: the app keeps working and says what happened.

Tests run as root, for whom a chmod'ed folder is still writable, so "cannot be written" is made
in ways that fail for root too: a settings path whose folder is a regular file, a path inside
/proc (a file system that refuses new files), a path that is itself a folder, and a folder that
turns into a file while the app runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from reader.document import load_folder
from reader.settings_service import QSettingsStore, Settings
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, ROOT


@pytest.fixture
def open_window(qtbot: object) -> Callable[[Path], MainWindow]:
    """The window over the bundled policy, with settings stored at ``path`` (as ``--settings path``)."""

    def make(path: Path) -> MainWindow:
        settings = Settings(QSettingsStore(path))
        documents, problems = load_folder(CONTENT)
        window = MainWindow(documents, problems, settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        return window

    return make


def body_point_size(window: MainWindow) -> float:
    paragraph = window.document.sections[0].blocks[2]  # type: ignore[union-attr]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(paragraph.start + 1)
    return cursor.charFormat().font().pointSizeF()


def still_works(window: MainWindow) -> None:
    """Text size and navigation still answer after the fault."""
    before = body_point_size(window)
    window.binder.actions["view.zoom_in"].trigger()
    assert body_point_size(window) > before
    window.binder.actions["nav.next_theme"].trigger()
    assert window.document.section_at(window.view.position()).title == "Dannelse"  # type: ignore[union-attr]


def notice(window: MainWindow) -> str:
    return window.settings_notice.text() if window.settings_notice.isVisible() else ""


def test_a_corrupt_settings_file_is_put_aside_and_said(open_window: Callable[[Path], MainWindow],
                                                       tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff\xfe garbage \x00\x01" * 50)
    window = open_window(path)
    assert "indstillingsfilen" in window.statusBar().currentMessage()
    assert (tmp_path / "settings.ini.broken").exists()
    assert notice(window) == ""  # the new file can be written
    still_works(window)
    window.settings.flush()  # as when the app quits
    assert b"font_size" in path.read_bytes()
    reread = QSettings(str(path), QSettings.Format.IniFormat)
    assert reread.status() == QSettings.Status.NoError
    assert float(reread.value("font_size")) > 16  # type: ignore[arg-type]


def folder_is_a_file(tmp_path: Path) -> Path:
    (tmp_path / "config").write_text("not a folder", encoding="utf-8")
    return tmp_path / "config" / "settings.ini"


def path_is_a_folder(tmp_path: Path) -> Path:
    path = tmp_path / "settings.ini"
    path.mkdir()
    return path


def read_only_file_system(tmp_path: Path) -> Path:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux's /proc, a file system where nobody may create files")
    return Path("/proc/herning-laeser-test/settings.ini")


@pytest.mark.parametrize("make_path", [folder_is_a_file, path_is_a_folder, read_only_file_system])
def test_settings_that_cannot_be_saved_are_said_at_start(
    open_window: Callable[[Path], MainWindow], tmp_path: Path, make_path: Callable[[Path], Path]
) -> None:
    path = make_path(tmp_path)
    window = open_window(path)
    text = notice(window)
    assert text.startswith("Dine indstillinger kan ikke gemmes")
    assert str(path) in text
    assert window.settings_notice.accessibleName() == text
    still_works(window)
    assert window.settings.value("font_size") > 16  # type: ignore[operator]
    assert notice(window) == text


def test_a_settings_folder_that_goes_away_is_said_at_the_next_change(
    open_window: Callable[[Path], MainWindow], tmp_path: Path, qtbot: object
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    window = open_window(folder / "settings.ini")
    window.binder.actions["view.zoom_in"].trigger()
    # Written a moment after the change (WRITE_DELAY_MS), whenever the machine gets round to it.
    qtbot.waitUntil((folder / "settings.ini").is_file)  # type: ignore[attr-defined]
    assert (folder / "settings.ini").is_file()
    assert notice(window) == ""
    shutil.rmtree(folder)
    folder.write_text("the folder is now a file", encoding="utf-8")
    still_works(window)
    qtbot.waitUntil(lambda: str(folder / "settings.ini") in notice(window))  # type: ignore[attr-defined]
    window.binder.actions["view.zoom_out"].trigger()  # and it keeps working, saying it once
    assert body_point_size(window) > 0


def test_the_app_starts_with_an_unwritable_settings_path(tmp_path: Path) -> None:
    """The real start-up (``main.py``) with ``--settings`` where nothing can be written."""
    path = folder_is_a_file(tmp_path)
    out = tmp_path / "shot.png"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    result = subprocess.run([sys.executable, "main.py", "--settings", str(path), "--screenshot", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=90, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
