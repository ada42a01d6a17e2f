"""The stream itself, pulled by hand as a sound device would (no device, no espeak): what comes out is
exactly the engine's samples, end to end; stop and pause fade; volume scales; nothing is lost or repeated."""

from __future__ import annotations

import array
import itertools
import threading
import time

import pytest

from reader.speech.stream import FADE_MS, Stream
from reader.speech.synthesis import Voice
from tests.waiting import DEADLINE_S

RATE = 22050
FADE = FADE_MS * RATE // 1000
SENTENCE = 20 * (RATE // 100)  # samples per sentence of CountingSynth


class CountingSynth:
    """Each sentence is 20 pieces of 10 ms at a constant level: 1000 times the sentence's text."""

    name = "counting"
    timing = True
    sample_rate = RATE

    def voices(self) -> list[Voice]:
        return [Voice("v", "Voice", "da")]

    def stream(self, text: str, rate: int, voice: str, on_pcm, on_word) -> None:
        level = 1000 * int(text)
        on_word(0, len(text), 0)
        piece = array.array("h", [level] * (RATE // 100)).tobytes()
        for _ in range(20):
            if on_pcm(piece):
                return

    def synthesize(self, text: str, rate: int, voice: str):
        raise NotImplementedError


@pytest.fixture
def stream():
    events: list[dict] = []
    made = Stream(CountingSynth(), events.append, buffer_ms=0)  # type: ignore[arg-type]
    made.events = events  # type: ignore[attr-defined]
    yield made
    made.close()


def pull(stream: Stream, frames: int, step: int = 256) -> list[int]:
    out = array.array("h")
    while len(out) < frames:
        out.frombytes(stream.pull(min(step, frames - len(out))))
    return list(out)


def ready(stream: Stream, count: int) -> None:
    deadline = time.monotonic() + DEADLINE_S  # a deadline for a hang: the producer thread makes them
    while sum(1 for s in stream.segments.values() if s.done) < count:
        assert time.monotonic() < deadline
        time.sleep(0.005)


def test_sentences_follow_each_other_with_nothing_added(stream: Stream) -> None:
    stream.read(1, ["1", "2", "3"], 0, 175, "v", 1.0)
    ready(stream, 3)
    out = pull(stream, RATE)  # one second: 0.6 s of speech, then silence
    assert out[:3 * SENTENCE] == [1000] * SENTENCE + [2000] * SENTENCE + [3000] * SENTENCE
    assert set(out[3 * SENTENCE:]) == {0}
    assert stream.mode == "idle"


def test_stop_fades_out_then_silence(stream: Stream) -> None:
    stream.read(1, ["2"], 0, 175, "v", 1.0)
    ready(stream, 1)
    before = pull(stream, 1000)
    stream.stop()
    after = pull(stream, 2000)
    assert set(before) == {2000}
    fade = [s for s in after if s]
    assert 5 * RATE // 1000 <= len(fade) <= 10 * RATE // 1000  # a 5-10 ms fade
    assert after[:len(fade)] == fade
    assert fade[0] < 2000 and all(a >= b for a, b in itertools.pairwise(fade))  # down, never up
    assert max(abs(a - b) for a, b in itertools.pairwise(fade)) <= 2000 / FADE + 1  # no step: no click
    assert set(after[len(fade):]) == {0}


def test_pause_and_resume_lose_nothing_and_volume_scales(stream: Stream) -> None:
    stream.read(1, ["1", "2"], 0, 175, "v", 0.5)
    ready(stream, 2)
    first = pull(stream, 1000)
    assert set(first) == {500}  # half the volume
    stream.pause()
    paused = pull(stream, 3000)
    assert set(paused[FADE:]) == {0}
    stream.resume()
    rest = pull(stream, RATE)
    heard = [s for s in first + paused + rest if s]
    # Everything of both sentences, once: the faded and faded-in samples stand for themselves.
    assert len(heard) == 2 * SENTENCE
    assert heard[-SENTENCE:] == [1000] * SENTENCE


def test_a_jump_fades_and_starts_the_sentence_from_its_beginning(stream: Stream) -> None:
    stream.read(1, ["1", "2", "3"], 0, 175, "v", 1.0)
    ready(stream, 3)
    pull(stream, 500)
    stream.seek(2)
    out = pull(stream, FADE + SENTENCE)
    assert out[FADE:] == [3000] * SENTENCE


def test_what_is_heard_is_what_the_device_took_less_its_buffer_moving_on_in_real_time(monkeypatch) -> None:
    """The clock every word event waits for: never ahead of the sound, whatever the machine's load."""
    now = [1000.0]
    monkeypatch.setattr("reader.speech.stream.time.monotonic", lambda: now[0])
    stream = Stream(CountingSynth(), lambda _event: None, buffer_ms=15)  # type: ignore[arg-type]
    try:
        buffered = 15 * RATE // 1000
        assert stream.heard() == -1.0  # the device has taken nothing yet
        stream.pull(1000)
        assert stream.heard() == 1000 - buffered  # what it took, less what is still in its buffer
        now[0] += 0.01
        assert stream.heard() == pytest.approx(1000 - buffered + RATE / 100)  # moving on with the clock
        now[0] += 1.0
        assert stream.heard() == 1000  # but never past what the device took
    finally:
        stream.close()


class FailingSynth(CountingSynth):
    """The engine raises on the sentence "x", as a broken voice does."""

    def stream(self, text: str, rate: int, voice: str, on_pcm, on_word) -> None:
        if text == "x":
            raise RuntimeError("the voice broke")
        super().stream(text, rate, voice, on_pcm, on_word)


def test_the_next_reading_asked_for_the_moment_an_engine_error_is_told_is_heard() -> None:
    """The window answers an error with the next reading at once: the failed one must not take it down."""
    events: list[dict] = []
    answered = []

    def send(event: dict) -> None:
        events.append(event)
        if event["ev"] == "error" and not answered:  # on the producer's thread, as the pipe would deliver it
            answered.append(True)
            stream.read(2, ["1"], 0, 175, "v", 1.0)

    stream = Stream(FailingSynth(), send, buffer_ms=0)  # type: ignore[arg-type]
    try:
        stream.read(1, ["x"], 0, 175, "v", 1.0)
        deadline = time.monotonic() + DEADLINE_S
        while not any(s.done and s.reading == 2 for s in stream.segments.values()):
            assert time.monotonic() < deadline, f"reading 2 was never made: {events}"
            time.sleep(0.005)
        out = pull(stream, FADE + 2 * SENTENCE)
        assert [e["reading"] for e in events if e["ev"] == "error"] == [1]
        assert [s for s in out if s] == [1000] * SENTENCE  # reading 2, whole
    finally:
        stream.close()


def test_a_reading_asked_for_while_the_engine_is_failing_the_previous_one_is_heard() -> None:
    """The engine raises on reading 1 only after reading 2 was asked for (F5 pressed again at that moment)."""
    failing, asked = threading.Event(), threading.Event()

    class SlowFailingSynth(FailingSynth):
        def stream(self, text: str, rate: int, voice: str, on_pcm, on_word) -> None:
            if text == "x":
                failing.set()
                assert asked.wait(DEADLINE_S)
            super().stream(text, rate, voice, on_pcm, on_word)

    events: list[dict] = []
    stream = Stream(SlowFailingSynth(), events.append, buffer_ms=0)  # type: ignore[arg-type]
    try:
        stream.read(1, ["x"], 0, 175, "v", 1.0)
        assert failing.wait(DEADLINE_S)
        stream.read(2, ["1"], 0, 175, "v", 1.0)  # reading 1 is playing: reading 2 begins after its fade
        asked.set()
        deadline = time.monotonic() + DEADLINE_S
        while not any(s.done and s.reading == 2 for s in stream.segments.values()):
            assert time.monotonic() < deadline, f"reading 2 was never made: {events}"
            time.sleep(0.005)
        out = pull(stream, FADE + 2 * SENTENCE)
        assert [s for s in out if s] == [1000] * SENTENCE  # reading 2, whole
    finally:
        stream.close()


def test_an_engine_error_ends_the_reading_that_was_playing_with_a_fade(stream: Stream) -> None:
    stream.synth = FailingSynth()
    stream.read(1, ["1", "x", "2"], 0, 175, "v", 1.0)
    deadline = time.monotonic() + DEADLINE_S
    while not any(e["ev"] == "error" for e in stream.events):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline
        time.sleep(0.005)
    out = pull(stream, 2 * SENTENCE)  # the first sentence was sounding when the second failed
    fade = [s for s in out if s]
    assert 0 < len(fade) <= FADE and out[:len(fade)] == fade  # faded out, no click
    assert fade[0] < 1000 and all(a >= b for a, b in itertools.pairwise(fade))
    assert set(out[len(fade):]) == {0}
    assert stream.mode == "idle" and stream.want_reading == -1
