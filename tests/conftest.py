"""Shared fixtures. The offscreen platform is chosen before any QApplication exists."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from reader.paths import use_offscreen_fonts
from tests.waiting import run_captured, use_generous_deadlines

use_offscreen_fonts()  # on Windows, as the app does: the offscreen platform finds no fonts by itself
use_generous_deadlines()

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
POLICY = CONTENT / "boerne-og-ungepolitik.md"
# The published source text (Børne- og Ungepolitik 2019), which the policy must carry verbatim.
SOURCE_TEXT = ROOT / "tests" / "data" / "source-boerne-og-ungepolitik.txt"


# Tests of behaviour the platform cannot set up (the existing style: a skip condition with its reason).
needs_symlinks = pytest.mark.skipif(
    sys.platform == "win32",
    reason="symbolic links need an administrator or Developer Mode on Windows (Wine makes none and says nothing)")
needs_fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on Windows")


def run_main(*args: str, config_home: Path | None = None, platform: bool = True,
             timeout: int = 90) -> subprocess.CompletedProcess[str]:
    """Runs ``python main.py ARGS`` in a fresh process with no display.

    ``config_home`` keeps its settings out of the user's; ``platform=False`` also removes
    QT_QPA_PLATFORM, as on a machine where nobody chose one.
    """
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", *(() if platform else ("QT_QPA_PLATFORM",))):
        env.pop(name, None)
    if config_home is not None:
        env["XDG_CONFIG_HOME"] = str(config_home)
    return run_captured([sys.executable, "main.py", *args], cwd=ROOT, env=env, timeout=timeout)


# Lines for the "measured" section printed at the end of the run (figures CI shows). Tests may run in
# pytest-xdist's worker processes, so the lines go to a file that the controlling process names.
MEASURED = "READER_TEST_MEASURED"


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controlling process (the workers inherit the variable)
        handle, path = tempfile.mkstemp(prefix="reader-measured-", suffix=".txt")
        os.close(handle)
        os.environ[MEASURED] = path


def _add_measured(line: str) -> None:
    with open(os.environ[MEASURED], "a", encoding="utf-8") as measured:
        measured.write(line.replace("\n", " ") + "\n")


@pytest.fixture(scope="session")
def report() -> Callable[[str], None]:
    """Adds a line to the "measured" section printed at the end of the run (figures CI shows)."""
    return _add_measured


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    path = Path(os.environ.get(MEASURED, ""))
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        path.unlink()
        if lines:
            terminalreporter.section("measured")
            for line in lines:
                terminalreporter.write_line(line)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def machine_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine-wide configuration folder (``reader.paths.system_config_dir()``), made empty in
    ``tmp_path`` the way the platform moves it: $XDG_CONFIG_DIRS on Linux, %ProgramData% on Windows."""
    from reader.paths import system_config_dir

    if sys.platform == "win32":
        monkeypatch.setenv("ProgramData", str(tmp_path / "ProgramData"))
    elif sys.platform == "darwin":
        pytest.skip("the machine-wide folder on macOS is /Library/Application Support, which cannot be moved")
    else:
        monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
        (tmp_path / "xdg" / "herning-laeser").mkdir(parents=True)  # the first such folder is the one
    folder = system_config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    assert folder.is_relative_to(tmp_path)
    return folder


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Every test gets its own settings file; nothing touches the user's real one."""
    return tmp_path / "settings" / "settings.ini"


@pytest.fixture
def settings(settings_path: Path, qapp: object) -> object:
    from reader.settings_service import QSettingsStore, Settings

    return Settings(QSettingsStore(settings_path))


@pytest.fixture
def policy() -> object:
    from reader.document import load_document

    return load_document(POLICY)


@pytest.fixture
def make_window(qtbot: object, settings: object) -> Iterator[Callable[..., object]]:
    """Builds a MainWindow over a content folder, shown and focused like a real start."""
    from reader.document import load_folder
    from reader.ui.main_window import MainWindow

    def make(content: Path = CONTENT, *, size: tuple[int, int] = (1280, 720), speech: object = None) -> object:
        """``speech``: a SpeechService (e.g. over the fake engine) for the read-aloud commands."""
        documents, problems = load_folder(content)
        window = MainWindow(documents, problems, settings, speech=speech)  # type: ignore[arg-type]
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(*size)
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(painted))  # type: ignore[attr-defined]  # what waits for the first paint is done
        return window

    yield make


@pytest.fixture(scope="session", autouse=True)
def danish_interface(qapp: object) -> Iterator[object]:
    """The app's default interface language, installed once as app.main() does.

    Yields the ``InterfaceLanguage``; a test that switches it must switch back to "da"
    (the ``interface_language`` fixture does that).
    """
    from reader.i18n import InterfaceLanguage

    language = InterfaceLanguage(qapp, "da")  # type: ignore[arg-type]
    yield language
    language.uninstall()


@pytest.fixture(autouse=True)
def catalogue_language(danish_interface: object) -> Iterator[None]:
    """The message catalogue's language back to the interface's after each test (``cli.parse_args``
    chooses it for the process, as ``--lang`` does)."""
    yield
    from reader import texts

    texts.set_language(danish_interface.language)  # type: ignore[attr-defined]


@contextlib.contextmanager
def messages_in(language: str) -> Iterator[None]:
    """Inside the block, every message of ``reader.texts`` is in ``language`` (as ``--lang`` chooses it
    for the process); afterwards in the language it was in."""
    from reader import texts

    before = texts.language()
    texts.set_language(language)
    try:
        yield
    finally:
        texts.set_language(before)


@pytest.fixture
def english() -> Iterator[None]:
    """The messages of ``reader.texts`` in English for this test (Qt's widgets keep their language)."""
    with messages_in("en"):
        yield


@pytest.fixture
def interface_language(danish_interface: object, qapp: object) -> Iterator[object]:
    """The running InterfaceLanguage, put back to Danish after the test."""
    yield danish_interface
    danish_interface.switch("da")  # type: ignore[attr-defined]
    qapp.processEvents()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def sound_server() -> Iterator[object]:
    """A private PulseAudio daemon with a null sink for the whole session (None without pulseaudio)."""
    from tests.speech.soundserver import sound_server as start

    with start() as server:
        yield server
