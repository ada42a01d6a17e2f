"""The real worker (espeak-ng, miniaudio's silent NULL device that keeps time like a sound card): the
interface's voice holds a reading, is heard to its end, and the reading goes on; a new utterance cuts
the one being said; hush silences it."""

from __future__ import annotations

import pytest

from tests.speech.test_espeak import HAVE_ESPEAK
from tests.speech.test_stream import SENTENCES, Worker, worker  # noqa: F401 - the fixture

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
]


def test_the_interface_voice_holds_the_reading_and_lets_it_go_on(worker: Worker) -> None:  # noqa: F811
    worker.wait_for(lambda e: e["ev"] == "ready")
    worker.send(op="read", reading=1, texts=SENTENCES, start=0, rate=350, voice="gmq/da")
    worker.wait_for(lambda e: e["ev"] == "sentence" and e["index"] == 1)
    worker.send(op="say", utterance=1, parts=[["Indhold, liste", "gmq/da"], ["Contents", "gmw/en"]], rate=350,
                volume=1.0, cut=True)
    end = worker.wait_for(lambda e: e["ev"] == "talk-end")
    worker.wait_for(lambda e: e["ev"] == "end" and e.get("reading") == 1)
    events = [e for _t, e in worker.events]
    sound = next(e for e in events if e["ev"] == "talk-sound")
    words_before = [e for e in events[:events.index(sound)] if e["ev"] == "word" and e["index"] == 1]
    words_during = [e for e in events if e["ev"] == "word" and sound["due"] < e["due"] < end["due"]]
    words_after = [e for e in events[events.index(end):] if e["ev"] == "word" and e["index"] == 1]
    assert words_during == []  # held: not a word of the reading while the interface speaks
    assert words_before and words_after  # ... and the sentence went on where it was held
    positions = [e["position"] for e in words_before + words_after]
    assert positions == sorted(set(positions))  # no word said twice, none skipped backwards
    assert end["due"] - sound["due"] > 500  # both parts were heard (about a second at 350 words a minute)


def test_a_new_utterance_cuts_and_hush_silences(worker: Worker) -> None:  # noqa: F811
    worker.wait_for(lambda e: e["ev"] == "ready")
    long = "Dannelse er populært det, som vi ved og kan, når vi har glemt, det vi har lært."
    worker.send(op="say", utterance=1, parts=[[long, "gmq/da"]], rate=175, volume=1.0, cut=True)
    worker.wait_for(lambda e: e["ev"] == "talk-sound" and e["utterance"] == 1)
    worker.send(op="say", utterance=2, parts=[[long, "gmq/da"]], rate=175, volume=1.0, cut=True)
    cut = worker.wait_for(lambda e: e["ev"] == "talk-cut" and e["utterance"] == 1)
    second = worker.wait_for(lambda e: e["ev"] == "talk-sound" and e["utterance"] == 2)
    assert second["due"] >= cut["due"]
    worker.send(op="hush")
    worker.wait_for(lambda e: e["ev"] == "talk-cut" and e["utterance"] == 2)
    assert not [e for _t, e in worker.events if e["ev"] == "talk-end"]  # neither was said to its end
    worker.send(op="say", utterance=3, parts=[["Hej", "nobody"]], rate=175, volume=1.0, cut=True)
    error = worker.wait_for(lambda e: e["ev"] == "error")
    assert error["code"] == "voice"
