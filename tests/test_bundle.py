"""The PyInstaller one-folder app (packaging/herning-laeser.spec), built and run as a user would.

Built once per run (~30 s), then run from a folder of its own with no display: --check,
--screenshot, --export-pdf, --speak-to-file; the worker option answers; and the window,
started under Xvfb, starts its read-aloud worker (the bundle's own executable with
``--speech-worker``) when F5 is pressed. Slow: marker ``bundle``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.installed import check_commands, clean_env, run
from tests.waiting import end_process

# One worker builds the bundle once for all of this module's tests (pytest-xdist's --dist loadgroup).
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(900), pytest.mark.xdist_group("bundle"),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test runs on Linux")]

SIZE_BUDGET_MB = 300  # one folder with Python, Qt (Core, Gui, Widgets, Svg, PrintSupport, DBus) and the app


@pytest.fixture(scope="session")  # built once, whichever way the tests using it are ordered
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = tmp_path_factory.mktemp("pyinstaller")
    # PyInstaller's cache of its own, which --clean empties: not the one other builds on this machine use.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(build / "pyinstaller-cache"))
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(build / "dist"), "--workpath", str(build / "work"),
         str(ROOT / "packaging" / "herning-laeser.spec")],
        cwd=build, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return build / "dist" / "herning-laeser"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def test_the_bundle_has_both_executables_and_nothing_for_development(bundle: Path,
                                                                     report: Callable[[str], None]) -> None:
    assert os.access(bundle / "herning-laeser", os.X_OK) and os.access(bundle / "herning-laeser-cli", os.X_OK)
    names = {path.name for path in bundle.rglob("*")}
    for unwanted in ("tests", "bench", "pytest", "_pytest", "conftest.py", "libQt6Test.so.6", "QtTest.abi3.so",
                     "libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libQt6WebEngineCore.so.6"):
        assert unwanted not in names, unwanted
    internal = bundle / "_internal" / "reader"
    assert (internal / "content" / "boerne-og-ungepolitik.md").is_file()
    assert (internal / "resources" / "themes" / "system.toml").is_file()
    assert not list(internal.rglob("*.ts"))
    megabytes = folder_size(bundle) / 1_000_000
    report(f"PyInstaller one-folder bundle: {megabytes:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files "
           f"({bundle})")
    assert megabytes < SIZE_BUDGET_MB


def test_the_bundle_runs_the_headless_commands_from_another_folder(bundle: Path, tmp_path: Path,
                                                                   report: Callable[[str], None]) -> None:
    shown = check_commands([str(bundle / "herning-laeser-cli")], tmp_path / "work", clean_env(tmp_path))
    for option, line in shown.items():
        report(f"  bundle herning-laeser-cli {option}: {line}")


def test_the_hidden_worker_option_starts_the_speech_engine(bundle: Path, tmp_path: Path) -> None:
    """What the window runs for read aloud: the bundle's executable, not ``python -m``."""
    result = run([str(bundle / "herning-laeser"), "--speech-worker"], tmp_path, clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])
    assert first["ev"] == "ready", first
    assert any(voice["language"].startswith("da") for voice in first["voices"]), first["voices"]


def _children(pid: int) -> Iterator[int]:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            yield int(stat.parent.name)


def _worker_of(pid: int) -> int | None:
    """The child of ``pid`` running ``--speech-worker`` once it has loaded espeak-ng, else None."""
    for child in _children(pid):
        try:
            arguments = (Path("/proc") / str(child) / "cmdline").read_bytes().split(b"\0")
            maps = (Path("/proc") / str(child) / "maps").read_text()
        except OSError:
            continue
        if arguments[1:2] == [b"--speech-worker"] and "libespeak-ng" in maps:
            return child
    return None


def test_the_window_starts_its_read_aloud_worker(bundle: Path, tmp_path: Path,
                                                 report: Callable[[str], None]) -> None:
    """The bundled app's window on a private X server: once painted it starts its read-aloud worker (the app
    itself with --speech-worker, espeak-ng loaded), and F5 reads with it."""
    missing = [tool for tool in ("Xvfb", "xdotool", "xdpyinfo") if shutil.which(tool) is None]
    assert not missing, f"install {missing} (tools/setup.sh --test lists them)"
    from tests.desktop import ServiceNotReadyError, check_display, end, start_xvfb, wait_for_window, wait_until

    xvfb, display = start_xvfb()
    settings = tmp_path / "config" / "herning-laeser" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    env = clean_env(tmp_path, DISPLAY=display)
    log = (tmp_path / "app.log").open("wb")
    app: subprocess.Popen[bytes] | None = None
    worker = None
    try:
        check_display(env)
        app = subprocess.Popen([str(bundle / "herning-laeser")], cwd=tmp_path, env=env, stdout=log, stderr=log)
        try:
            wait_for_window(env, "Herning Læser", app)
        except ServiceNotReadyError as error:
            pytest.fail(f"{error}; the app said: {(tmp_path / 'app.log').read_text(errors='replace')[-2000:]}")
        started = app
        wait_until(lambda: _worker_of(started.pid) is not None, process=started)
        worker = _worker_of(app.pid)
        assert worker is not None, f"no worker started; the app said: {(tmp_path / 'app.log').read_text()[-2000:]}"
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Herning Læser"], env=env,
                                capture_output=True, text=True, timeout=60, check=False).stdout.split()[0]
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, timeout=60, check=False)
        subprocess.run(["xdotool", "key", "F5"], env=env, timeout=60, check=True)  # read the theme aloud
        assert app.poll() is None, (tmp_path / "app.log").read_text()[-2000:]
        assert _worker_of(app.pid) == worker  # the same worker reads: it was started before it was needed
        report(f"  bundle window: its worker started once painted, pid {worker}: herning-laeser --speech-worker "
               "(espeak-ng loaded)")
    finally:
        if worker is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker, signal.SIGKILL)
        if app is not None:
            end_process(app, 10)
        log.close()
        end(xvfb)
