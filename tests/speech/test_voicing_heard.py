"""The app's own voice as a visitor hears it: with self-voicing on, the start screen's welcome and the
answer to each of 19 keys are recorded from a real sound server (a private PulseAudio null sink, see
tests/speech/soundserver.py), and each answer is checked against what the screen shows after the key.
Without the option the same keys leave the sound card silent.

Key-to-sound figures are printed and recorded (``voicing_figures``), not asserted: a busy machine
must not decide a test. ``python -m bench.voicing`` reports them against their goals.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.presentation.options import SELF_VOICING, SPEECH_RATE
from reader.speech.service import SpeechService
from reader.ui import self_voicing
from tests.speech.soundserver import QUIET, RATE, Recorder, loud
from tests.speech.test_espeak import HAVE_ESPEAK
from tests.speech.voicing_steps import STEPS, Answer, drive
from tests.waiting import wait_for

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.sound,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
]


@pytest.fixture
def start(sound_server, make_window, settings, monkeypatch, qtbot) -> Iterator[object]:
    """Builds the window as app.main() does at a first start, the speech worker on the sound server."""
    if sound_server is None:
        pytest.skip("no sound server: apt install pulseaudio pulseaudio-utils")
    for name, value in sound_server.client_environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("HERNING_LAESER_AUDIO", raising=False)
    monkeypatch.setattr(self_voicing.ScreenReaderCheck, "running", lambda _self: False)  # whatever runs here
    made: list[SpeechService] = []

    def make(*, voiced: bool) -> tuple[object, SpeechService, Recorder]:
        settings.set(SELF_VOICING, voiced)  # as --self-voicing sets it
        settings.set(SPEECH_RATE, 300)  # the user's rate (5.1.3.12): shorter answers, a shorter test
        speech = SpeechService(settings)
        made.append(speech)
        recorder = Recorder(sound_server)
        qtbot.waitUntil(lambda: recorder.frames() > RATE // 2)  # parec is delivering
        window = make_window(speech=speech)
        window.access.show_start_screen()  # a first start
        speech.prepare()  # as the app does once the window has painted
        qtbot.waitUntil(lambda: speech.voices is not None)
        assert speech.sound is True  # the worker found the sound server, not the silent device
        return window, speech, recorder

    yield make
    for speech in made:
        speech.shutdown()


def wait_with(qtbot):
    def wait(ms: float, until) -> bool:
        wait_for(qtbot, until, int(ms))
        return bool(until())

    return wait


def onset_after(recording, moment: float, within_s: float = 3.0) -> float | None:
    """Ms from ``moment`` to the first sound in the recording (None: nothing within ``within_s``)."""
    recording = recording.near(moment)
    start = recording.index_at(moment)
    found = loud(recording.samples, start, start + int(within_s * RATE))
    return None if found is None else (recording.time_of(found) - moment) * 1000


@pytest.mark.timeout(300)
def test_with_self_voicing_every_key_is_answered_aloud_with_what_is_on_screen(start, qtbot,
                                                                                record_property) -> None:
    window, speech, recorder = start(voiced=True)
    wait = wait_with(qtbot)
    welcome_shown = time.monotonic()

    def silence_first() -> None:  # the recording's tail of the last answer is over before the next key
        frames = recorder.frames()
        qtbot.waitUntil(lambda: recorder.frames() > frames + RATE // 5)

    answers: list[Answer] = drive(window, speech, wait, silence_first)
    recording = recorder.stop()
    assert window.voicing.log[0].startswith("Indbygget tale er slået til. Kontrol Skift V slår den fra.")
    start_screen = window.access.start_screen
    welcome = next(text for text in window.voicing.log if start_screen.heading.text() in text)
    assert start_screen.intro.text() in welcome  # the start screen's welcome...
    for profile in window.access.profiles:
        assert profile.label() in welcome  # ... and every choice
    assert onset_after(recording, welcome_shown, within_s=20) is not None, "the welcome was not heard"
    latencies = []
    for answer in answers:
        assert answer.said, f"{answer.step}: nothing was said"
        assert answer.missing() == [], f"{answer.step}: said {answer.said}, not {answer.missing()}"
        latency = onset_after(recording, answer.pressed)
        assert latency is not None, f"{answer.step}: nothing was heard"
        latencies.append(latency)
    assert len(answers) == len(STEPS) >= 15
    figures = {"key_to_sound_ms": [round(x, 1) for x in latencies], "median_ms": round(statistics.median(latencies), 1),
               "max_ms": round(max(latencies), 1)}
    record_property("voicing_figures", figures)
    print(figures)
    for answer in answers:
        print(f"{answer.step}: {answer.said}")  # what a visitor hears (pytest -s)


@pytest.mark.timeout(300)
def test_without_self_voicing_the_same_keys_leave_the_sound_card_silent(start, qtbot) -> None:
    window, _speech, recorder = start(voiced=False)
    wait = wait_with(qtbot)
    first = time.monotonic()
    for step in STEPS:
        QTest.keyClick(QApplication.focusWidget() or window, step.key, step.modifiers)
        frames = recorder.frames()
        wait(5000, lambda frames=frames: recorder.frames() > frames + RATE // 10)  # time to say something
    recording = recorder.stop()
    assert list(window.voicing.log) == []
    start_index = recording.near(first).index_at(first)
    assert max((abs(s) for s in recording.samples[start_index:]), default=0) <= QUIET
    assert len(recording.samples) - start_index > RATE  # the recording did cover the keys
