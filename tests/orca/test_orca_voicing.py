"""No double speech: with a real screen reader running (Orca 43 under Xvfb, as in test_orca_speech.py) and
AT-SPI's ScreenReaderEnabled set, as a desktop sets it when it starts one, the app's own voice stays
quiet although the option is on, while Orca narrates the app as usual; only when the user asks for the
voice (Ctrl+Shift+V) is it heard. What the app's voice does is recorded from a private PulseAudio null
sink (tests/speech/soundserver.py) all through the session.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.orca.orca_session import FAST
from tests.orca.test_orca_speech import NOTICE, missing_packages, run_session
from tests.speech.soundserver import QUIET, RATE, Recorder, loud

SESSION_TIMEOUT = 240
ASKED = "Ctrl+Shift+V: the user asks for the app's own voice"
STEPS: list[tuple[str, list[str], list[str]]] = [
    ("start screen", [], ["Startskærm", "Velkommen til Herning Læser"]),
    ("Tab", ["Tab"], ["push button"]),
    ("Escape into the text", ["Escape"], ["Dokumentets tekst read only text"]),
    ("Alt+1: the contents", [FAST + "alt+1"], ["Indhold"]),
    ("Down in the contents", ["Down"], ["Tema 1: Dannelse"]),
    ("Alt+2: the text", [FAST + "alt+2"], ["Dokumentets tekst read only text"]),
    ("T", ["t"], [NOTICE + "Tema 2 af 4: Leg, læring og trivsel"]),  # (the contents put the caret at theme 1)
    ("Ctrl+Shift+I", ["ctrl+shift+i"], ["procent inde i dokumentet"]),
    ("F1", ["F1"], ["Tastaturkommandoer dialog"]),
    ("Esc closes the help", ["Escape"], ["Dokumentets tekst read only text"]),
    (ASKED, ["ctrl+shift+v"], [NOTICE + "Indbygget tale er slået til."]),
    ("Down, with the app's own voice", ["Down"], []),
]

pytestmark = [pytest.mark.orca, pytest.mark.sound, pytest.mark.timeout(SESSION_TIMEOUT + 60)]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory, sound_server) -> tuple[dict[str, object], object]:
    """One Orca session over the steps, recorded; returns what Orca said and what the sink played."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Orca is the Linux screen reader")
    missing = missing_packages()
    if missing:
        pytest.skip("the Orca test needs: " + ", ".join(missing) + " (bash tools/setup.sh installs them)")
    if sound_server is None:
        pytest.skip("no sound server: apt install pulseaudio pulseaudio-utils")
    folder = tmp_path_factory.mktemp("orca-voicing")
    home = folder / "home"
    (home / "config").mkdir(parents=True)
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "HERNING_LAESER_AUDIO")}
    # The session's settings daemon writes the screen-reader flag into this private home, not the user's.
    env.update(sound_server.client_environment, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    steps = {"screen_reader_flag": True, "sound": True,
             "steps": [{"name": name, "keys": keys, "expect": expect} for name, keys, expect in STEPS]}
    recorder = Recorder(sound_server)
    try:
        # A first start (the start screen), with the app's own voice on from an earlier session: not asked for now.
        result = run_session(folder, steps, "[General]\nlanguage=da\nself_voicing=true\n", env, SESSION_TIMEOUT)
    finally:
        recording = recorder.stop()
    return result, recording


def step(session: tuple[dict[str, object], object], name: str) -> dict[str, object]:
    return next(s for s in session[0]["steps"] if s["name"] == name)  # type: ignore[attr-defined, index]


@pytest.mark.parametrize("index", range(len(STEPS) - 1), ids=[name for name, _keys, _expect in STEPS[:-1]])
def test_orca_narrates_as_usual(session, index: int) -> None:
    name, _keys, expected = STEPS[index]
    said = " | ".join(step(session, name)["said"])  # type: ignore[arg-type]
    for phrase in expected:
        assert phrase in said, f"{name}: Orca said {step(session, name)['said']!r}, not {phrase!r}"


def test_the_app_does_not_speak_over_the_screen_reader_until_asked(session) -> None:
    recording = session[1]
    first = float(step(session, STEPS[0][0])["pressed"])  # type: ignore[arg-type]
    asked = float(step(session, ASKED)["pressed"])  # type: ignore[arg-type]
    local = recording.near(asked)
    before = recording.samples[local.index_at(first - 5):local.index_at(asked)]
    assert len(before) > 10 * RATE  # the recording covers the app's start and every step before
    assert max((abs(sample) for sample in before), default=0) <= QUIET  # silent while Orca speaks
    start = local.index_at(asked)
    assert loud(recording.samples, start) is not None  # asked for: the app's own voice is heard
