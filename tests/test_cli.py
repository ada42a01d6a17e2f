"""Starting the app from the command line, as a user or a library's shortcut does."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, needs_fifos, run_main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=90,
                          env=env, check=False)


def no_display_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland: Windows always has its display")
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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="looks in the Linux venv's bin folder")
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


# -- the command line speaks the interface language chosen in the window (the settings file) ---------------
def chosen_in_the_window(home: Path, text: str = "[General]\nlanguage=en\nstart_screen_seen=true\n") -> Path:
    """A settings file as the window writes it after the reader chose English."""
    settings = home / "herning-laeser" / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(text, encoding="utf-8")
    return settings


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the user's folder is moved with XDG_CONFIG_HOME (Linux); a /tmp path over NAME_MAX")
def test_with_english_chosen_in_the_window_help_check_and_errors_are_english(tmp_path: Path) -> None:
    chosen_in_the_window(tmp_path)
    help_text = run_main("--help", config_home=tmp_path).stdout
    assert help_text.startswith("usage: herning-laeser")
    assert "options:" in help_text and "show this help message and exit" in help_text
    assert "interface language: da or en" in help_text and "text size in points, 12-72 (default 16)" in help_text
    check = run_main("--check", config_home=tmp_path)
    assert check.returncode == 0 and "the content is in order (1 document(s))." in check.stdout
    unknown = run_main("--bogus", config_home=tmp_path)
    assert unknown.returncode == 2 and "herning-laeser: error: unrecognized arguments: --bogus" in unknown.stderr
    bad_value = run_main("--font-size", "3", config_home=tmp_path)
    assert bad_value.returncode == 2
    assert bad_value.stderr.strip() == ('herning-laeser: --font-size: "3" cannot be used. '
                                        "Valid values: a number from 12 to 72.")
    refused = run_main("--check", "/tmp/" + "a" * 300, config_home=tmp_path)
    assert "the folder of documents cannot be used" in refused.stderr
    # --lang still decides for this one run
    danish = run_main("--lang", "da", "--bogus", config_home=tmp_path)
    assert "herning-laeser: fejl: ukendte tilvalg: --bogus" in danish.stderr


def test_the_settings_file_named_with_settings_counts_too(tmp_path: Path) -> None:
    named = chosen_in_the_window(tmp_path / "elsewhere")
    danish_home = tmp_path / "home"
    assert "indholdet er i orden" in run_main("--check", config_home=danish_home).stdout
    assert "the content is in order" in run_main("--settings", str(named), "--check", config_home=danish_home).stdout
    assert "the content is in order" in run_main(f"--settings={named}", "--check", config_home=danish_home).stdout


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe binary",  # not text
    b"[General]\nlanguage=xx\n",  # not a language of the app
    b"[Other]\nlanguage=en\n",  # another program's section
    b"language" * 40_000,  # too large to be settings
])
def test_a_settings_file_that_says_nothing_usable_leaves_the_command_line_danish(tmp_path: Path,
                                                                                  content: bytes) -> None:
    settings = tmp_path / "herning-laeser" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(content)
    result = run_main("--bogus", config_home=tmp_path)
    assert result.returncode == 2 and "fejl: ukendte tilvalg: --bogus" in result.stderr
    assert "Traceback" not in result.stderr
    assert settings.read_bytes() == content  # only read


@needs_fifos
def test_a_fifo_named_as_settings_is_never_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "settings.ini"
    os.mkfifo(fifo)
    result = run_main("--settings", str(fifo), "--help", config_home=tmp_path, timeout=60)  # a hang fails here
    assert result.returncode == 0 and result.stdout.startswith("brug: herning-laeser")


# -- a path too long for the file system: a Danish line, never a traceback ----------------------------
TOO_LONG = "/tmp/" + "a" * 300


@pytest.mark.parametrize(("args", "expected"), [
    (("--check", TOO_LONG), f"{TOO_LONG}: mappen med dokumenter kan ikke bruges (navnet er for langt til filsystemet)."),
    (("--content", TOO_LONG, "--check"),
     f"{TOO_LONG}: mappen med dokumenter kan ikke bruges (navnet er for langt til filsystemet)."),
    (("--content", TOO_LONG, "--screenshot", "OUT"),
     f"{TOO_LONG}: mappen med dokumenter kan ikke bruges (navnet er for langt til filsystemet)."),
    (("--settings", TOO_LONG, "--screenshot", "OUT"),
     f"{TOO_LONG}: filen med indstillinger kan ikke bruges (navnet er for langt til filsystemet). "
     "Angiv en anden fil med --settings FIL.ini."),
    (("--export-pdf", TOO_LONG + ".pdf"),
     f"{TOO_LONG}.pdf: filen kunne ikke gemmes (navnet er for langt til filsystemet). Den tidligere fil er urørt."),
    (("--screenshot", TOO_LONG + ".png"),
     f"{TOO_LONG}.png: filen kunne ikke gemmes (navnet er for langt til filsystemet). Den tidligere fil er urørt."),
])  # (a --kiosk-config path too long starts the locked terminal: tests/ui/test_kiosk_fail_closed.py)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a /tmp path over Linux's NAME_MAX")
def test_a_path_too_long_for_the_file_system_is_one_danish_line(tmp_path: Path, args: tuple[str, ...],
                                                                 expected: str) -> None:
    out = tmp_path / "x.png"
    result = run_main(*(str(out) if arg == "OUT" else arg for arg in args), config_home=tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip() == expected
    assert not out.exists()


# -- a display that is set but does not answer, or a platform Qt does not have ------------------------
def display_env(**variables: str) -> dict[str, str]:
    env = no_display_env()
    env.update(variables)
    return env


@pytest.mark.parametrize(("variables", "reason"), [
    ({"DISPLAY": ":4321"}, "DISPLAY=:4321 svarer ikke"),
    ({"WAYLAND_DISPLAY": "ingen-her", "XDG_RUNTIME_DIR": "/tmp"}, "WAYLAND_DISPLAY=ingen-her svarer ikke"),
    ({"DISPLAY": ":4321", "WAYLAND_DISPLAY": "ingen-her", "XDG_RUNTIME_DIR": "/tmp"},
     "WAYLAND_DISPLAY=ingen-her, DISPLAY=:4321 svarer ikke"),
    ({"QT_QPA_PLATFORM": "xcb"}, "QT_QPA_PLATFORM=xcb: DISPLAY= svarer ikke"),
    ({"QT_QPA_PLATFORM": "bogus"}, "QT_QPA_PLATFORM=bogus er ikke en platform, Qt har her; mulige: "),
    ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "ingen-her", "XDG_RUNTIME_DIR": "/tmp"},
     "QT_QPA_PLATFORM=wayland-egl: WAYLAND_DISPLAY=ingen-her svarer ikke"),  # a name libqwayland serves
])
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland: Windows always has its display")
def test_an_unreachable_display_is_the_same_one_line_as_none(tmp_path: Path, variables: dict[str, str],
                                                             reason: str) -> None:
    env = display_env(XDG_CONFIG_HOME=str(tmp_path), **variables)
    result = run("main.py", env=env)
    assert result.returncode == 2  # not 134: Qt never got to abort
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Herning Læser kan ikke finde en skærm ({reason}")
    assert lines[0].endswith("eller brug --screenshot FIL for et billede uden skærm.")


def test_a_display_that_answers_is_accepted(tmp_path: Path) -> None:
    """The counterpart: a real X server (Xvfb, on a display number it picks) passes the check."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as ready:
            number = ready.readline().strip()  # written once the server accepts connections
        assert number, "Xvfb did not start"
        code = "import sys; from reader.display import display_problem; sys.exit(0 if display_problem() is None else 1)"
        env = display_env(DISPLAY=f":{number}")
        assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=False).returncode == 0
        env = display_env(DISPLAY=f":{number}", WAYLAND_DISPLAY="ingen-her", XDG_RUNTIME_DIR="/tmp")
        code = ("import os, sys; from reader.display import display_problem; "
                "sys.exit(0 if display_problem() is None and os.environ['QT_QPA_PLATFORM'] == 'xcb' else 1)")
        assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=False).returncode == 0
    finally:
        server.terminate()
        server.wait(timeout=10)
