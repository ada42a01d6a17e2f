"""A public terminal fails closed: a machine-wide kiosk.ini that asks for the terminal, or that cannot be
read or parsed in full, starts the locked app, with the defaults for what could not be read, and the
staff are told on the staff screen and in the log. Only an explicit, readable ``enabled = false`` (or
no file at all) starts the ordinary, unlocked app.

The last test starts the app as a library PC does, in a real X window (Xvfb), presses Ctrl+Q with
xdotool, and sees the app stay until the staff chord closes it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.kiosk_config import kiosk_from_command_line
from tests.conftest import ROOT, needs_fifos, needs_symlinks
from tests.waiting import DEADLINE_S

LOCKED = ("{path}: filen kunne ikke læses helt, så programmet starter låst som offentlig skærm med "
          "standardværdierne for det, der ikke kunne læses.")

SYNTAX = "{{path}}:{line}: linjen kan ikke forstås og springes over. Skriv »navn = værdi« eller »[afsnit]«."


@pytest.fixture
def machine(machine_folder: Path) -> Path:
    """The machine-wide configuration folder, where the app looks for kiosk.ini without --kiosk-config."""
    return machine_folder


# (what is in kiosk.ini, the problems said (with {path}), and a value that must be its default)
BROKEN = {
    "a key written twice": (
        b"[kiosk]\nenabled = true\nidle_seconds = 60\nidle_seconds = 90\n",
        ["{path}:4: [kiosk] idle_seconds står der mere end én gang; bruger standardværdien. "
         "Slet den ene af linjerne.", LOCKED],
        ("idle_seconds", 180.0)),
    "enabled written twice, false and true": (
        b"[kiosk]\nenabled = false\nenabled = true\n",
        ["{path}:3: [kiosk] enabled står der mere end én gang; bruger standardværdien. "
         "Slet den ene af linjerne.", LOCKED],
        ("idle_seconds", 180.0)),
    "a section written twice": (
        b"[kiosk]\nenabled = false\n[settings]\nfont_size = 20\n[kiosk]\nprinter = Stue\n",
        ["{path}:5: afsnittet [kiosk] står der mere end én gang. Saml det i ét afsnit.", LOCKED],
        ("warning_seconds", 20.0)),
    "a Latin-1 letter": (
        "[kiosk]\nenabled = false\nprinter = Læsesal\n".encode("latin-1"),
        ["{path}:3: linjen er ikke gemt som UTF-8 og springes over. Gem filen som UTF-8.", LOCKED],
        ("printer", "")),
    "a line that is not key = value": (
        b"[kiosk]\nenabled = false\nidle_seconds 60\n",
        [SYNTAX.format(line=3), LOCKED],
        ("idle_seconds", 180.0)),
    "a value continued on an indented line": (
        b"[kiosk]\nenabled = false\nprinter = Stue\n  nummer 2\n",
        [SYNTAX.format(line=4), LOCKED],
        ("idle_seconds", 180.0)),
    "a misspelt section": (
        b"[kiosc]\nenabled = false\n",
        ["{path}:1: afsnittet [kiosc] er ukendt og springes over. Brug [kiosk] eller [settings].", LOCKED],
        ("idle_seconds", 180.0)),
    "a key outside any section": (
        b"enabled = false\n[kiosk]\n",
        ["{path}:1: enabled står uden for et afsnit og springes over. Skriv den under [kiosk] eller [settings].",
         LOCKED],
        ("idle_seconds", 180.0)),
    "enabled neither true nor false": (
        b"[kiosk]\nenabled = maybe\n",
        ["{path}: [kiosk] enabled skal være true eller false, ikke »maybe«; programmet starter låst."],
        ("idle_seconds", 180.0)),
    "no word about enabled": (b"[kiosk]\nidle_seconds = 60\n", [], ("warning_seconds", 20.0)),
    "an empty file": (b"", [], ("idle_seconds", 180.0)),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_machine_wide_kiosk_ini_that_is_not_clearly_off_starts_the_locked_terminal(machine: Path,
                                                                                     case: str) -> None:
    content, problems, (key, default) = BROKEN[case]
    path = machine / "kiosk.ini"
    path.write_bytes(content)
    config, said = kiosk_from_command_line(False, None)
    assert config is not None and config.enabled, "the ordinary, unlocked app would start"
    assert said == [problem.format(path=path) for problem in problems]
    assert list(config.problems) == said  # what the staff screen shows
    assert getattr(config, key) == default


def test_the_shipped_example_is_read_as_written() -> None:
    """packaging/kiosk.ini.example, comments after empty values and all."""
    from reader.kiosk_config import load_kiosk_config

    config, problems = load_kiosk_config(ROOT / "packaging" / "kiosk.ini.example")
    assert problems == []
    assert (config.enabled, config.staff_chord, config.idle_seconds, config.warning_seconds, config.printer,
            config.start_screen, config.settings) == (True, "Ctrl+Alt+Shift+F12", 180.0, 20.0, "", True,
                                                      {"language": "da"})


@pytest.mark.parametrize(("line", "value"), [("printer =    ; none", ""), ("printer = Stue 1 # the big one", "Stue 1"),
                                             ("printer: Stue;2", "Stue;2"), ("printer=", "")])
def test_values_and_comments_are_read_as_configparser_reads_them(tmp_path: Path, line: str, value: str) -> None:
    from reader.kiosk_config import load_kiosk_config

    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nenabled = true\n{line}\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert (config.printer, problems) == (value, [])


def test_only_a_readable_enabled_false_or_no_file_starts_unlocked(machine: Path) -> None:
    assert kiosk_from_command_line(False, None) == (None, [])  # no file: an ordinary PC
    (machine / "kiosk.ini").write_text("[kiosk]\nenabled = false  ; staff PC\nidle_seconds = snart\n",
                                       encoding="utf-8")
    config, problems = kiosk_from_command_line(False, None)
    assert config is None
    assert problems == [f"{machine / 'kiosk.ini'}: [kiosk] idle_seconds skal være et tal fra 10 til 86400, "
                        "ikke »snart«; bruger 180."]


@pytest.mark.parametrize("kind", ["folder", pytest.param("fifo", marks=needs_fifos),
                                  pytest.param("dangling link", marks=needs_symlinks),
                                  pytest.param("loop of links", marks=needs_symlinks), "too large"])
def test_a_kiosk_ini_that_cannot_be_read_at_all_starts_locked_with_the_defaults(machine: Path, kind: str) -> None:
    path = machine / "kiosk.ini"
    reason = {
        "folder": "det er ikke en almindelig fil.",
        "fifo": "det er ikke en almindelig fil.",
        "dangling link": "filen findes ikke.",
        "loop of links": "filen kan ikke læses (for mange symbolske links i stien).",
        "too large": "filen er for stor til at være en kiosk.ini (over 64 kB).",
    }[kind]
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would wait for ever
    elif kind == "dangling link":
        path.symlink_to(machine / "nowhere.ini")
    elif kind == "loop of links":
        path.symlink_to(path)
    else:
        path.write_text("[kiosk]\nenabled = false\n" + "; comment\n" * 10_000, encoding="utf-8")
    config, problems = kiosk_from_command_line(False, None)
    assert config is not None and config.enabled
    assert problems == [f"{path}: {reason}", LOCKED.format(path=path)]
    assert (config.idle_seconds, config.staff_chord, config.printer) == (180.0, "Ctrl+Alt+Shift+F12", "")


def test_a_named_kiosk_configuration_that_cannot_be_read_starts_locked_too(tmp_path: Path) -> None:
    too_long = tmp_path / ("a" * 300)
    config, problems = kiosk_from_command_line(False, too_long)
    assert config is not None and config.enabled
    assert problems[0].startswith(f"{too_long}: ") and problems[1:] == [LOCKED.format(path=too_long)]
    if sys.platform.startswith("linux"):  # (Wine reports a name over 255 characters as not found)
        assert problems[0] == f"{too_long}: filen kan ikke læses (navnet er for langt til filsystemet)."
    config, problems = kiosk_from_command_line(True, tmp_path / "nope.ini")
    assert config is not None and config.enabled
    assert problems == [f"{tmp_path / 'nope.ini'}: filen findes ikke.", LOCKED.format(path=tmp_path / "nope.ini")]


def test_the_app_starts_locked_and_says_why_in_the_log(machine: Path, tmp_path: Path) -> None:
    """The whole start: the window is the locked terminal (nothing written), and stderr says why."""
    path = machine / "kiosk.ini"
    path.write_bytes(b"[kiosk]\nenabled = false\nenabled = false\n")
    home = tmp_path / "home"
    env = dict(os.environ, XDG_CONFIG_HOME=str(home))
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "k.png")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"{path}:3: [kiosk] enabled står der mere end én gang; bruger standardværdien. Slet den ene af linjerne.",
        LOCKED.format(path=path)]
    assert not home.exists(), "the locked terminal writes no settings"


def _xvfb_and_xdotool() -> str | None:
    missing = [name for name in ("Xvfb", "xdotool") if shutil.which(name) is None]
    return f"needs {' and '.join(missing)} (Debian: xvfb xdotool)" if missing else None


@pytest.mark.skipif(_xvfb_and_xdotool() is not None, reason=str(_xvfb_and_xdotool()))
def test_in_a_real_window_ctrl_q_is_refused_when_kiosk_ini_is_broken(machine: Path, tmp_path: Path) -> None:
    """Xvfb, the app as a library PC starts it (no option), a kiosk.ini with a key written twice; xdotool
    presses Ctrl+Q, then the staff chord twice. The app is still there after Ctrl+Q and ends only with
    the chord, saying so in the log."""
    from tests.desktop import end, start_xvfb, wait_until

    (machine / "kiosk.ini").write_bytes(b"[kiosk]\nenabled = false\nidle_seconds = 60\nidle_seconds = 60\n")
    xvfb, display = start_xvfb()
    app = None
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "home"),
                   HERNING_LAESER_AUDIO="null")
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen([sys.executable, "main.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)

        def xdotool(*args: str) -> str:
            return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30,
                                  check=False).stdout

        def app_window() -> str:
            return xdotool("search", "--onlyvisible", "--name", "Herning Læser").split("\n")[0]

        # A deadline for a hang: the first start of the app on a busy machine can take long.
        assert wait_until(app_window, deadline_s=2 * DEADLINE_S, process=app), "the window did not appear"
        window = app_window()
        xdotool("windowfocus", "--sync", window)
        xdotool("key", "--window", window, "ctrl+q")
        xdotool("key", "--window", window, "ctrl+alt+shift+F12")  # the staff screen
        assert app.poll() is None, "Ctrl+Q closed the public terminal"
        xdotool("key", "--window", window, "ctrl+alt+shift+F12")  # on the staff screen: close
        try:
            _out, err = app.communicate(timeout=DEADLINE_S)
        except subprocess.TimeoutExpired:
            pytest.fail("the staff chord did not close the app")
        assert app.returncode == 0
        assert err.splitlines()[-1] == "Den offentlige skærm blev lukket med personalets tastekombination."
        assert LOCKED.format(path=machine / "kiosk.ini") in err.splitlines()
    finally:
        if app is not None and app.poll() is None:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()
        end(xvfb)


@pytest.mark.parametrize("blank", [" ", "\t"])
def test_a_long_run_of_blanks_in_a_line_is_named_without_stalling_the_start(tmp_path: Path, blank: str) -> None:
    """A line of 60,000 blanks between two letters (under the 64 kB limit): one line named, the terminal
    locked, and reading it costs well under 10 s of CPU time (the line is not scanned again for each blank)."""
    import time

    from reader.kiosk_config import load_kiosk_config

    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = false\na" + blank * 60_000 + "b\n", encoding="utf-8")
    started = time.process_time()
    config, problems = load_kiosk_config(path)
    took = time.process_time() - started
    assert config.enabled
    assert problems == [SYNTAX.format(line=3).format(path=path), LOCKED.format(path=path)]
    assert took < 10, f"reading the file took {took:.1f} s of CPU time"


@pytest.mark.skipif(sys.platform == "win32",
                    reason="XDG_CONFIG_DIRS names the machine folder on Linux; Windows' is %ProgramData%")
def test_a_machine_folder_that_cannot_be_examined_starts_locked_with_one_line(tmp_path: Path) -> None:
    """$XDG_CONFIG_DIRS names a folder the system refuses to look into (here: a name too long for the
    file system; an unreadable folder does the same for a user): the start is not a traceback, and as
    the machine-wide kiosk.ini might be there, the terminal starts locked and says why."""
    folder = tmp_path / ("a" * 300)
    env = dict(os.environ, XDG_CONFIG_DIRS=str(folder), XDG_CONFIG_HOME=str(tmp_path / "home"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "k.png")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=90, check=False)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    path = folder / "herning-laeser" / "kiosk.ini"
    assert result.stderr.splitlines() == [
        f"{path}: filen kan ikke læses (navnet er for langt til filsystemet).", LOCKED.format(path=path)]
    assert not (tmp_path / "home").exists(), "the locked terminal writes no settings"
