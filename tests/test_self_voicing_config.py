"""Turning the app's own voice on from outside the window: the command line, kiosk.ini, and the flag
screen readers set (AT-SPI's ScreenReaderEnabled, read over a real D-Bus session; Windows' flag through
a stand-in for user32)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.kiosk_config import load_kiosk_config
from reader.presentation.options import SELF_VOICING
from reader.ui import screen_reader
from tests.conftest import ROOT, messages_in, run_main


def test_the_command_line_switch_turns_the_option_on() -> None:
    assert cli.parse_args(["--self-voicing"]).option_values == {SELF_VOICING.key: True}
    assert cli.parse_args([]).option_values == {}


def test_the_switch_is_in_the_help_in_both_languages() -> None:
    danish = run_main("--help")
    english = run_main("--lang", "en", "--help")
    assert "--self-voicing" in danish.stdout and "indbygget tale" in danish.stdout
    assert "--self-voicing" in english.stdout and "built-in speech" in english.stdout
    assert "SELF_VOICING" not in danish.stdout  # a switch: no value to give


@pytest.mark.parametrize(("written", "mode"), [("on", "on"), ("KEY", "key"), ("off", "off"), (None, "key")])
def test_kiosk_ini_chooses_how_each_visit_starts(tmp_path: Path, written: str | None, mode: str) -> None:
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nenabled = true\n" + (f"self_voicing = {written}\n" if written else ""), encoding="utf-8")
    config, problems = load_kiosk_config(ini, required=True)
    assert (config.self_voicing, problems) == (mode, [])


def test_a_kiosk_ini_value_that_cannot_be_used_is_named_and_the_default_kept(tmp_path: Path) -> None:
    ini = tmp_path / "kiosk.ini"
    ini.write_text("[kiosk]\nself_voicing = loud\n", encoding="utf-8")
    config, problems = load_kiosk_config(ini, required=True)
    assert config.self_voicing == "key"
    assert problems == [f"{ini}: [kiosk] self_voicing skal være on, key eller off, ikke »loud«; bruger key."]
    with messages_in("en"):
        _config, english = load_kiosk_config(ini, required=True)
    assert english == [f"{ini}: [kiosk] self_voicing must be on, key or off, not 'loud'; using key."]


# -- is a screen reader running? ----------------------------------------------------------------------
class User32:
    """Stands in for Windows' user32: SystemParametersInfoW(SPI_GETSCREENREADER) writes the flag."""

    def __init__(self, running: bool, works: bool = True) -> None:
        self.running, self.works = running, works
        self.asked: list[int] = []

    def SystemParametersInfoW(self, action: int, _param: int, flag: object, _winini: int) -> int:
        import ctypes

        self.asked.append(action)
        ctypes.cast(flag, ctypes.POINTER(ctypes.c_int)).contents.value = int(self.running)
        return int(self.works)


def test_windows_screen_readers_flag_is_read() -> None:
    running, idle, broken = User32(True), User32(False), User32(True, works=False)
    assert screen_reader.windows_screen_reader_running(running) is True
    assert screen_reader.windows_screen_reader_running(idle) is False
    assert screen_reader.windows_screen_reader_running(broken) is False
    assert running.asked == [0x0046]  # SPI_GETSCREENREADER
    assert screen_reader.platform_probe("win32") is screen_reader.windows_screen_reader_running
    assert screen_reader.platform_probe("linux") is screen_reader.atspi_screen_reader_enabled


def test_the_answer_is_kept_for_a_moment(monkeypatch) -> None:
    asked: list[bool] = []
    check = screen_reader.ScreenReaderCheck(lambda: asked.append(True) or True)
    assert check.running() and check.running()
    assert len(asked) == 1
    broken = screen_reader.ScreenReaderCheck(lambda: (_ for _ in ()).throw(OSError("no bus")))
    assert broken.running() is False


LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from reader.ui.screen_reader import atspi_screen_reader_enabled
print(atspi_screen_reader_enabled())
"""
SESSION = """
set -e
"$PYTHON" -c "$PROBE"                     # no accessibility bus at all
"$LAUNCHER" --launch-immediately & launcher=$!
for i in $(seq 100); do
  gdbus introspect --session --dest org.a11y.Bus --object-path /org/a11y/bus >/dev/null 2>&1 && break
  sleep 0.1
done
"$PYTHON" -c "$PROBE"                     # the bus, no screen reader
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus --method org.freedesktop.DBus.Properties.Set \
  org.a11y.Status ScreenReaderEnabled "<true>" >/dev/null
"$PYTHON" -c "$PROBE"                     # a screen reader started
kill $launcher
"""


@pytest.mark.atspi
@pytest.mark.timeout(120)
def test_atspi_screen_reader_flag_is_read_over_d_bus(tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gdbus") and LAUNCHER.exists()):
        pytest.skip("needs dbus-run-session, gdbus and at-spi2-core (bash tools/setup.sh installs them)")
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    # The whole session, its settings daemon included, keeps its settings in this private home: the flag
    # set here is written to the screen-reader-enabled setting and must not reach the user's own.
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_RUNTIME_DIR=str(runtime),
               GSETTINGS_BACKEND="memory", PYTHON=sys.executable, PROBE=PROBE, LAUNCHER=str(LAUNCHER),
               PYTHONPATH=str(ROOT))
    result = subprocess.run(["dbus-run-session", "--", "bash", "-c", SESSION], env=env, capture_output=True,
                            text=True, timeout=100, check=False)
    assert result.stdout.split() == ["False", "False", "True"], result.stderr[-2000:]
