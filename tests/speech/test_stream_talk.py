"""The interface's own voice in the stream, pulled by hand as a sound device would (no device, no espeak):
an utterance holds a reading and lets it go on, a new one cuts the old one or waits its turn, hush silences
it, and nothing of the reading is lost or repeated on the way."""

from __future__ import annotations

import itertools
import time

import pytest

from reader.speech.stream import FADE_MS, NO_TALK, Stream
from tests.speech.test_stream_pull import RATE, SENTENCE, CountingSynth, pull, ready

FADE = FADE_MS * RATE // 1000


@pytest.fixture
def stream():
    events: list[dict] = []
    made = Stream(CountingSynth(), events.append, buffer_ms=0)  # type: ignore[arg-type]
    made.events = events  # type: ignore[attr-defined]
    yield made
    made.close()


def said_ready(stream: Stream) -> None:
    """Waits until every part of every utterance waiting has been made."""
    deadline = time.monotonic() + 10
    while not all(len(t.segments) == len(t.parts) and all(s.done for s in t.segments) for t in stream.talks):
        assert time.monotonic() < deadline
        time.sleep(0.005)


def events(stream: Stream, kind: str, count: int = 1) -> list[dict]:
    deadline = time.monotonic() + 10
    while True:
        found = [e for e in stream.events if e["ev"] == kind]  # type: ignore[attr-defined]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.005)


def runs(samples: list[int]) -> list[tuple[int, int]]:
    """(level, how many samples) of each run of equal samples."""
    return [(level, len(list(group))) for level, group in itertools.groupby(samples)]


def test_an_utterance_holds_the_reading_and_the_reading_goes_on_where_it_was(stream: Stream) -> None:
    stream.read(1, ["1", "2"], 0, 175, "v", 1.0)
    ready(stream, 2)
    before = pull(stream, 1000)
    stream.say(1, [("7", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    during = pull(stream, FADE + SENTENCE)
    after = pull(stream, 2 * SENTENCE)
    assert set(before) == {1000}
    assert during[:FADE][0] < 1000 and all(a >= b for a, b in itertools.pairwise(during[:FADE]))  # faded out
    assert during[FADE:] == [7000] * SENTENCE  # the utterance, whole, at once
    # The reading fades back in from the sample it was held at: each sentence heard once, whole.
    reading = [s for s in before + during[:FADE] + after if s and s != 7000]
    assert len(reading) == 2 * SENTENCE
    assert reading[-SENTENCE:] == [2000] * SENTENCE
    assert 0 < after[0] < 1000  # faded in, not cut in
    assert [e["utterance"] for e in events(stream, "talk-end")] == [1]
    assert stream.talk_state == NO_TALK


def test_a_new_utterance_cuts_the_one_being_said(stream: Stream) -> None:
    stream.say(1, [("3", "v"), ("4", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    first = pull(stream, 500)
    stream.say(2, [("5", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    rest = pull(stream, FADE + 2 * SENTENCE)
    assert set(first) == {3000}
    fade = rest[:FADE]
    assert fade[0] < 3000 and all(a >= b for a, b in itertools.pairwise(fade))  # no click
    assert runs(rest[FADE:]) == [(5000, SENTENCE), (0, SENTENCE)]  # the new one from its start; nothing of "4"
    assert [e["utterance"] for e in events(stream, "talk-cut")] == [1]
    assert [e["utterance"] for e in events(stream, "talk-end")] == [2]


def test_an_utterance_that_does_not_cut_waits_its_turn(stream: Stream) -> None:
    stream.say(1, [("3", "v")], 175, 1.0, cut=True)
    stream.say(2, [("6", "v")], 175, 1.0, cut=False)
    said_ready(stream)
    out = pull(stream, 3 * SENTENCE)
    assert runs(out) == [(3000, SENTENCE), (6000, SENTENCE), (0, SENTENCE)]
    assert [e["utterance"] for e in events(stream, "talk-end", 2)] == [1, 2]


def test_hush_fades_the_voice_out_and_the_held_reading_goes_on(stream: Stream) -> None:
    stream.read(1, ["2"], 0, 175, "v", 1.0)
    ready(stream, 1)
    before = pull(stream, 700)
    stream.say(1, [("8", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    talk = pull(stream, FADE + 1000)
    stream.hush()
    after = pull(stream, FADE + SENTENCE)
    assert set(talk[FADE:]) == {8000}
    fade = after[:FADE]
    assert fade[0] < 8000 and all(a >= b for a, b in itertools.pairwise(fade)) and fade[-1] < 2000
    reading = [s for s in before + talk[:FADE] + after[FADE:] if s]
    assert len(reading) == SENTENCE and reading[-1] == 2000  # all of the reading, once, to its end
    assert [e["utterance"] for e in events(stream, "talk-cut")] == [1]


def test_a_reading_paused_while_the_interface_speaks_stays_paused(stream: Stream) -> None:
    stream.read(1, ["1"], 0, 175, "v", 1.0)
    ready(stream, 1)
    pull(stream, 500)
    stream.say(1, [("4", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    pull(stream, FADE + 100)
    stream.pause()  # Space while the interface speaks
    out = pull(stream, 2 * SENTENCE)
    assert runs(out)[0][0] == 4000 and set(out[SENTENCE:]) == {0}  # the utterance ends; the reading stays quiet
    stream.resume()
    rest = pull(stream, SENTENCE - 500 - FADE)  # what is left after the 500 heard and the fade that held it
    assert set(rest[FADE:]) == {1000} and 0 not in rest  # it goes on where it was held
    assert set(pull(stream, 500)) == {0}


def test_the_interface_is_made_before_the_reading_still_to_come(stream: Stream) -> None:
    """The producer makes the utterance before any sentence of the reading it has not made yet."""
    stream.read(1, ["1", "2", "3", "4", "5", "6"], 0, 175, "v", 1.0)
    ready(stream, 4)
    stream.say(1, [("9", "v")], 175, 1.0, cut=True)
    said_ready(stream)
    out = pull(stream, FADE + SENTENCE)
    assert out[FADE:] == [9000] * SENTENCE
