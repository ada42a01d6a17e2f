"""Runs an installed or bundled Herning Læser as a user would, from a folder of its own.

Shared by tests/test_install.py (the wheel in a fresh venv and in a ``--target`` folder) and
tests/test_bundle.py (the PyInstaller one-folder app). Every run gets no display, its own
settings folder and a working folder far from the checkout, so nothing can come from it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import wave
from pathlib import Path

from tests.conftest import ROOT

TITLE = "Børne- og Ungepolitik"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's session without a display, with its own config folder."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_CONFIG_DIRS=str(home / "etc-xdg"), PYTHONIOENCODING="utf-8")
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_commands(command: list[str], cwd: Path, env: dict[str, str]) -> dict[str, str]:
    """--check, --screenshot, --export-pdf and --speak-to-file; returns what each printed (first line)."""
    shown: dict[str, str] = {}
    cwd.mkdir(parents=True, exist_ok=True)

    result = run([*command, "--check"], cwd, env)
    assert result.returncode == 0, result.stderr
    assert "indholdet er i orden (1 dokument(er))" in result.stdout, result.stdout
    assert str(ROOT) not in result.stdout, "the content came from the checkout, not the installation"
    shown["--check"] = result.stdout.strip()

    result = run([*command, "--screenshot", "window.png"], cwd, env)
    assert result.returncode == 0, result.stderr
    assert png_size(cwd / "window.png") == (1280, 800)
    shown["--screenshot"] = f"{result.stdout.strip()} ({(cwd / 'window.png').stat().st_size} bytes, 1280x800)"

    result = run([*command, "--export-pdf", "policy.pdf"], cwd, env)
    assert result.returncode == 0, result.stderr
    pdf = cwd / "policy.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert TITLE in text and "Dannelse" in text
    shown["--export-pdf"] = result.stdout.strip()

    result = run([*command, "--speak-to-file", "theme1.wav", "--section", "1"], cwd, env)
    assert result.returncode == 0, result.stderr
    with wave.open(str(cwd / "theme1.wav")) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert seconds > 20, seconds  # theme 1 spoken, not a click
    shown["--speak-to-file"] = result.stdout.strip()
    return shown
