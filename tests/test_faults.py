"""Faults around the settings file: the app keeps working and says what happened.

Tests run as root, for whom a chmod'ed folder is still writable, so "cannot be written" is made
in ways that fail for root too: a settings path whose folder is a regular file, a path inside
/proc (a file system that refuses new files), a path that is itself a folder, and a folder that
turns into a file while the app runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from reader.document import load_folder
from reader.settings_service import QSettingsStore, Settings
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, ROOT, run_main


@pytest.fixture
def open_window(qtbot: object) -> Callable[..., MainWindow]:
    """The window over the bundled policy, with settings stored at ``path`` (as ``--settings path``)."""

    def make(path: Path, *, own_file: bool = False) -> MainWindow:
        settings = Settings(QSettingsStore(path, keep_aside=own_file))
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


def test_a_corrupt_settings_file_is_put_aside_and_said(open_window: Callable[..., MainWindow],
                                                       tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff\xfe garbage \x00\x01" * 50)
    window = open_window(path, own_file=True)
    assert window.settings_notice.text().startswith("Indstillingsfilen kunne ikke læses")
    assert (tmp_path / "settings.ini.broken").exists()
    still_works(window)
    window.settings.flush()  # as when the app quits
    assert b"font_size" in path.read_bytes()
    reread = QSettings(str(path), QSettings.Format.IniFormat)
    assert reread.status() == QSettings.Status.NoError
    assert float(reread.value("font_size")) > 16  # type: ignore[arg-type]
    assert sorted(os.listdir(tmp_path)) == ["settings.ini", "settings.ini.broken"]  # no temporary file left


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


# -- a settings path that is not a file is refused, and never replaced --------------------------------
def a_fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on Windows")
    path = tmp_path / "settings.fifo"
    os.mkfifo(path)
    return path


def a_device(tmp_path: Path) -> Path:
    """A character device like /dev/null, made in the test's folder (never the real one)."""
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        pytest.skip("making a device node needs root")
    return path


@pytest.mark.parametrize("make_path", [a_fifo, a_device, path_is_a_folder])
def test_a_settings_path_that_is_not_a_regular_file_is_refused(tmp_path: Path,
                                                               make_path: Callable[[Path], Path]) -> None:
    path = make_path(tmp_path)
    kind = stat.S_IFMT(os.stat(path).st_mode)
    out = tmp_path / "shot.png"
    result = run_main("--settings", str(path), "--screenshot", str(out), config_home=tmp_path / "xdg", timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"{path}: det er ikke en almindelig fil, så den bruges ikke til indstillinger. "
                                     "Angiv en fil med --settings FIL.ini.")
    assert stat.S_IFMT(os.stat(path).st_mode) == kind  # still what it was
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == sorted({path.name, "xdg"} & {*os.listdir(tmp_path)})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on Windows")
def test_the_store_itself_never_opens_a_fifo(tmp_path: Path) -> None:
    """Even without the command line's check, the store does not read (and hang on) a FIFO.

    In a child process with a time limit, so that a regression fails instead of blocking the suite."""
    path = a_fifo(tmp_path)
    code = ("import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from reader.settings_service import QSettingsStore, Settings; "
            "settings = Settings(QSettingsStore(__import__('pathlib').Path(sys.argv[1]))); "
            "settings.set('font_size', 20.0); settings.flush(); print(settings.unsaved_path)")
    result = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(path)  # said: nothing can be saved there
    assert stat.S_ISFIFO(os.stat(path).st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need an administrator on Windows")
def test_a_settings_file_behind_a_link_is_written_and_the_link_kept(qapp: object, tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.ini"
    real.parent.mkdir()
    real.write_text("[General]\nfont_size=20\n", encoding="utf-8")
    link = tmp_path / "settings.ini"
    link.symlink_to(real)
    settings = Settings(QSettingsStore(link))
    assert settings.value("font_size") == 20.0
    settings.set("font_size", 24.0)
    settings.flush()
    assert link.is_symlink()
    assert "font_size=24" in real.read_text(encoding="utf-8")
    assert sorted(os.listdir(real.parent)) == ["settings.ini"]


# -- a full disk: the old file stays, no partial file, a non-zero exit and a Danish message ------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 320 kB file system (tmpfs), mounted for the test; needs root and permission to mount."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(disk)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, check=False)


def fill(disk: Path, leave: int) -> None:
    """Fills ``disk`` to the last byte, then frees about ``leave`` bytes."""
    filler = disk / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)
    os.truncate(filler, max(0, filler.stat().st_size - leave))


OLD = b"%PDF-1.4 the old copy\n%%EOF\n"


def test_a_full_disk_keeps_the_old_pdf(small_disk: Path, tmp_path: Path) -> None:
    target = small_disk / "politik.pdf"
    target.write_bytes(OLD)
    fill(small_disk, 40 * 1024)  # the copy needs about 57 kB
    result = run_main("--export-pdf", str(target), config_home=tmp_path / "xdg")
    assert result.returncode == 1
    assert result.stderr.strip() == f"{target}: filen kunne ikke gemmes (disken er fuld). Den tidligere fil er urørt."
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(small_disk)) == ["filler", "politik.pdf"]  # no partial file


def test_a_full_disk_keeps_the_old_screenshot(small_disk: Path, tmp_path: Path) -> None:
    target = small_disk / "skaerm.png"
    target.write_bytes(b"\x89PNG old")
    fill(small_disk, 40 * 1024)  # the picture needs about 120 kB
    result = run_main("--screenshot", str(target), config_home=tmp_path / "xdg")
    assert result.returncode == 1
    assert result.stderr.strip() == f"{target}: filen kunne ikke gemmes (disken er fuld). Den tidligere fil er urørt."
    assert target.read_bytes() == b"\x89PNG old"
    assert sorted(os.listdir(small_disk)) == ["filler", "skaerm.png"]


def test_a_full_disk_keeps_the_old_settings_and_says_so(qapp: object, small_disk: Path) -> None:
    path = small_disk / "settings.ini"
    path.write_text("[General]\nfont_size=20\n", encoding="utf-8")
    before = path.read_bytes()
    settings = Settings(QSettingsStore(path))
    fill(small_disk, 0)
    failed: list[str] = []
    settings.save_failed.connect(failed.append)
    settings.set("font_size", 24.0)
    settings.flush()
    assert failed == [str(path)]
    assert settings.value("font_size") == 24.0  # it still applies
    assert path.read_bytes() == before
    assert sorted(os.listdir(small_disk)) == ["filler", "settings.ini"]


def test_a_file_size_limit_keeps_the_old_pdf(tmp_path: Path) -> None:
    """The same without root: the process may write only 20 kB per file (RLIMIT_FSIZE)."""
    resource = pytest.importorskip("resource")
    target = tmp_path / "politik.pdf"
    target.write_bytes(OLD)

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "xdg"), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, "main.py", "--export-pdf", str(target)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=90, check=False, preexec_fn=limited)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{target}: filen kunne ikke gemmes (filen er større end programmet må skrive). "
                                     "Den tidligere fil er urørt.")
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == ["politik.pdf", "xdg"] or sorted(os.listdir(tmp_path)) == ["politik.pdf"]


def test_a_file_that_is_not_settings_is_said_on_the_command_line_too(tmp_path: Path) -> None:
    notes = tmp_path / "noter.txt"
    notes.write_text("Husk: ring til skolen\n", encoding="utf-8")
    result = run_main("--settings", str(notes), "--lang", "en", "--screenshot", str(tmp_path / "s.png"),
                      config_home=tmp_path / "xdg")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (f"{notes} is not a settings file this program can read. It is left as it is; "
                                     "the program uses the standard settings and does not save them.")
    assert notes.read_text(encoding="utf-8") == "Husk: ring til skolen\n"
    assert sorted(os.listdir(tmp_path)) == ["noter.txt", "s.png"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on Windows")
def test_reading_aloud_to_a_file_refuses_a_settings_fifo_too(tmp_path: Path) -> None:
    fifo = a_fifo(tmp_path)
    result = run_main("--settings", str(fifo), "--speak-to-file", str(tmp_path / "x.wav"), timeout=60)
    assert result.returncode == 2
    assert "det er ikke en almindelig fil" in result.stderr
    assert not (tmp_path / "x.wav").exists()
