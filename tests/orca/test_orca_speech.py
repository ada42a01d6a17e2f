"""A real screen reader in CI: what Orca (Debian 12's Orca 43) says at each step of a session.

Xvfb, openbox, the AT-SPI bus, Orca with no speech server (every utterance in its debug log)
and the app run in one D-Bus session (orca_session.py); xdotool presses the keys; after each
step the speech log is polled until the expected words came and Orca fell quiet. The asserts
name the app's own (Danish) words: a screen-reader user must hear where every command lands,
and hear each message once. Skipped, with the reason, only where a Debian package is missing
(tools/setup.sh installs them all).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.orca.orca_session import FAST  # a key pressed with no pause between its key events

HERE = Path(__file__).resolve().parent
SESSION_TIMEOUT = 900  # seconds for the whole session (a deadline for a hang); a normal run takes about 40 s
NOTICE = "notification "  # how Orca 43 starts an object with the role notification
MENU_BAR = "Filer"  # the first menu: what Orca says when the focus lands in the menu bar

# (step, keys, text to type, what Orca must say: the app's own words)
STEPS: list[tuple[str, list[str], str, list[str]]] = [
    ("start screen", [], "", ["Startskærm", "Velkommen til Herning Læser", "Standard push button"]),
    ("Escape into the text", ["Escape"], "", ["Dokumentets tekst read only text", "Børne- og Ungepolitik"]),
    ("Tab", ["Tab"], "", ["push button"]),
    ("Tab again", ["Tab"], "", ["push button"]),
    ("Shift+Tab back to the text", ["shift+Tab", "shift+Tab"], "", ["Dokumentets tekst read only text"]),
    # Chords pressed fast: the app gets them before Orca has answered for the Alt key (orca_session.py).
    ("Alt+1: the contents", [FAST + "alt+1"], "", ["Indhold", "List with", "Indledning"]),
    ("Alt+2: the text", [FAST + "alt+2"], "", ["Dokumentets tekst read only text"]),
    ("Alt alone: the menu bar", [FAST + "alt"], "", ["Filer"]),
    ("Esc leaves the menu bar", ["Escape"], "", ["Dokumentets tekst read only text"]),
    ("T", ["t"], "", [NOTICE + "Tema 1 af 4: Dannelse"]),
    ("Q", ["q"], "", [NOTICE + "Citat 1 af 2 i Dannelse: "]),
    ("L", ["l"], "", [NOTICE + "Listen “Vi vil” 1 af 1 i Leg, læring og trivsel"]),
    ("1", ["1"], "", [NOTICE + "Tema 1 af 4: Dannelse"]),
    ("2", ["2"], "", [NOTICE + "Tema 2 af 4: Leg, læring og trivsel"]),
    ("S: the next sentence", ["s"], "", [NOTICE + "Alle børn og unge er forskellige."]),
    ("S again", ["s"], "", [NOTICE + "Alle skal have mulighed for at indgå i fællesskaber og venskaber"]),
    ("Shift+S: the sentence before", ["shift+s"], "", [NOTICE + "Alle børn og unge er forskellige."]),
    ("3", ["3"], "", [NOTICE + "Tema 3 af 4: "]),
    ("4", ["4"], "", [NOTICE + "Tema 4 af 4: "]),
    ("Ctrl+Shift+I", ["ctrl+shift+i"], "",
     [NOTICE + "Tema 4 af 4", "Overskrift 1 af 8, niveau 2", "procent inde i dokumentet"]),
    ("Ctrl+F", ["ctrl+f"], "", ["Søg: text", "F3: næste fund"]),
    ("a word: the hit count", [], "barn", [" af 10."]),  # counted from the caret (in theme 4)
    ("Enter: the next hit", ["Return"], "", [" af 10."]),
    ("Esc closes the search", ["Escape"], "", [NOTICE + "Søgningen er lukket.", "Dokumentets tekst read only text"]),
    ("F1", ["F1"], "", ["Tastaturkommandoer dialog"]),
    ("Esc closes the help", ["Escape"], "", ["Dokumentets tekst read only text"]),
    ("F5", ["F5"], "", [NOTICE + "Læser op."]),
    ("Esc stops reading", ["Escape"], "", [NOTICE + "Oplæsningen er stoppet."]),
    ("Ctrl+Shift+A: the start screen again", ["ctrl+shift+a"], "", ["Startskærm panel", "Standard push button"]),
    ("2: a profile chosen", ["2"], "", [NOTICE + "Profil valgt: Stor tekst", "Dokumentets tekst read only text"]),
]
INTRO = "Vælg hvordan teksten skal vises"


def missing_packages() -> list[str]:
    missing = [f"{tool} (Debian {package})" for tool, package in
               (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"), ("openbox", "openbox"), ("xdotool", "xdotool"),
                ("gsettings", "libglib2.0-bin"), ("xprop", "x11-utils"), ("xdpyinfo", "x11-utils"))
               if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("/usr/libexec/at-spi-bus-launcher (Debian at-spi2-core)")
    python = Path("/usr/bin/python3")
    for module, package in (("pyatspi", "python3-pyatspi"), ("orca.orca_platform", "orca")):
        if not python.exists() or subprocess.run([str(python), "-c", f"import {module}"], capture_output=True, timeout=30,
                                                 env={"PATH": os.environ.get("PATH", "")}).returncode:
            missing.append(f"{module} for /usr/bin/python3 (Debian {package})")
    return missing


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Runs one Orca session over all the steps and returns what Orca said at each."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Orca is the Linux screen reader")
    missing = missing_packages()
    if missing:
        pytest.skip("the Orca test needs: " + ", ".join(missing) + " (bash tools/setup.sh installs them)")
    folder = tmp_path_factory.mktemp("orca")
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY")}
    steps = [{"name": name, "keys": keys, "type": text, "expect": expect} for name, keys, text, expect in STEPS]
    return run_session(folder, steps, "[General]\nlanguage=da\n", env)  # a first start: the start screen shows


def run_session(folder: Path, steps: object, settings_text: str, env: dict[str, str],
                timeout: int = SESSION_TIMEOUT) -> dict[str, object]:
    """Runs orca_session.py over ``steps`` (its STEPS.json) in a D-Bus session of its own, with a settings
    file holding ``settings_text``; returns what it wrote (what Orca said at each step)."""
    settings = folder / "settings.ini"
    settings.write_text(settings_text, encoding="utf-8")
    steps_file = folder / "steps.json"
    steps_file.write_text(json.dumps(steps, ensure_ascii=False), encoding="utf-8")
    out = folder / "out.json"
    home = folder / "home"
    home.mkdir(exist_ok=True)
    command = ["dbus-run-session", "--", sys.executable, str(HERE / "orca_session.py"), str(steps_file), str(out),
               str(settings), str(home)]
    process = subprocess.Popen(command, start_new_session=True, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    timed_out = False
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
    finally:
        # Whatever is left of the session (D-Bus daemons, Xvfb, openbox, Orca, the app) is in this group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        if timed_out:
            output, _ = process.communicate(timeout=30)  # drains and closes the pipe
        process.wait(10)
    if timed_out:
        pytest.fail(f"the Orca session did not end within {timeout} s")
    assert out.exists(), output.decode(errors="replace")[-3000:]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    app_log = out.with_suffix(".app.log")
    if "error" in result:
        app = app_log.read_text(errors="replace")[-3000:] if app_log.exists() else "(not started)"
        pytest.fail(f"the Orca session could not run: {result['error']}\napp: {app}")
    return result


pytestmark = [pytest.mark.orca, pytest.mark.timeout(SESSION_TIMEOUT + 30)]


@pytest.mark.parametrize("index", range(len(STEPS)), ids=[step[0] for step in STEPS])
def test_orca_says_where_each_command_lands(session: dict[str, object], index: int) -> None:
    step = session["steps"][index]  # type: ignore[index]
    name, _keys, _text, expected = STEPS[index]
    assert step["name"] == name
    said = " | ".join(step["said"])
    for phrase in expected:
        assert phrase in said, f"{name}: Orca said {step['said']!r}, not {phrase!r}"


def test_alt_commands_leave_the_menu_bar_closed(session: dict[str, object]) -> None:
    """Alt+1 and Alt+2 land where they say, and the focus stays there (not in the menu bar)."""
    for step in session["steps"]:  # type: ignore[attr-defined]
        if step["name"] in ("Alt+1: the contents", "Alt+2: the text"):
            assert not any(said.startswith(MENU_BAR) for said in step["said"]), step["said"]


def hit_counts(step: dict[str, object]) -> list[int]:
    return [int(said.split()[1]) for said in step["said"]  # type: ignore[attr-defined]
            if re.fullmatch(r"notification \d+ af 10\.", said)]


def test_enter_in_the_search_says_the_next_hit(session: dict[str, object]) -> None:
    steps = {step["name"]: step for step in session["steps"]}  # type: ignore[attr-defined]
    typed, entered = hit_counts(steps["a word: the hit count"]), hit_counts(steps["Enter: the next hit"])
    assert typed and entered, (typed, entered)
    assert entered == [typed[-1] % 10 + 1]


def test_every_message_is_spoken_once(session: dict[str, object]) -> None:
    for step in session["steps"]:  # type: ignore[attr-defined]
        repeated = [said for said, count in Counter(s for s in step["said"] if s.startswith(NOTICE)).items()
                    if count > 1 and not said.split(NOTICE, 1)[1][0].isdigit()]  # search counts may repeat
        assert repeated == [], f"{step['name']}: {step['said']!r}"


def test_the_start_screen_is_introduced_once(session: dict[str, object]) -> None:
    for step in session["steps"]:  # type: ignore[attr-defined]
        if step["name"] in ("start screen", "Ctrl+Shift+A: the start screen again"):
            assert " | ".join(step["said"]).count(INTRO) == 1, step["said"]


def test_the_where_am_i_is_not_spoken_by_the_apps_own_voice_too(session: dict[str, object]) -> None:
    """With a screen reader running, Ctrl+Shift+I is told once, by the screen reader."""
    step = next(s for s in session["steps"] if s["name"] == "Ctrl+Shift+I")  # type: ignore[attr-defined]
    assert NOTICE + "Læser op." not in step["said"]  # the app did not start reading aloud on its own
