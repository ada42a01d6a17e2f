"""Starting the app from the command line, as a user or a library's shortcut does."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=90,
                          env=env, check=False)


def no_display_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_without_a_display_it_says_how_to_run_and_exits_non_zero() -> None:
    result = run("main.py", env=no_display_env())
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "kan ikke finde en skærm" in lines[0] and "--screenshot" in lines[0]
    assert "Traceback" not in result.stderr


def test_screenshot_writes_a_png_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = no_display_env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = run("main.py", "--screenshot", str(out), env=env)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 800)


def test_python_dash_m_reader_is_the_same_app() -> None:
    result = run("-m", "reader", "--check")
    assert result.returncode == 0
    assert "indholdet er i orden" in result.stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "herning-laeser"
    assert script.exists()
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert "tilgængelig læser" in result.stdout


def test_help_and_option_errors_are_in_danish() -> None:
    help_text = run("main.py", "--help").stdout
    assert help_text.startswith("brug: herning-laeser")
    assert "tilvalg:" in help_text and "vis denne hjælp og afslut" in help_text
    result = run("main.py", "--lang", "xx")
    assert result.returncode == 2
    assert "herning-laeser: fejl: tilvalget --lang: ugyldigt valg 'xx'" in result.stderr
    unknown = run("main.py", "--bogus")
    assert unknown.returncode == 2 and "fejl: ukendte tilvalg: --bogus" in unknown.stderr


def test_option_errors_in_english_with_lang_en() -> None:
    result = run("main.py", "--lang", "en", "--bogus")
    assert result.returncode == 2
    assert "herning-laeser: error: unrecognized arguments: --bogus" in result.stderr
