"""The real worker on miniaudio's silent NULL device: it keeps time like a sound card, so what the
worker says is heard can be checked against the audio without one.

Every word event must carry the engine's own audio time for that word, have its place in the stream
(the sentence's place plus the word's time), and be sent only once the device's clock (frames consumed
minus buffered, tested by itself in test_stream_pull.py) has reached it: a highlight running ahead of
the voice fails here. How late after that each event is sent depends on how busy the machine is: it
is printed in the run's "measured" section, not asserted (``python -m bench.speech`` measures it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from tests.speech.test_espeak import HAVE_ESPEAK

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
]

SENTENCES = ["Dannelse.", "Dannelse er populært det, som vi ved og kan, når vi har glemt, det vi har lært."]


class Worker:
    """The worker process on the NULL device; events kept with their arrival time."""

    def __init__(self, **environment: str) -> None:
        env = dict(os.environ, HERNING_LAESER_AUDIO="null", **environment)
        self.process = subprocess.Popen([sys.executable, "-m", "reader.speech.worker"], cwd=ROOT, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.events: list[tuple[float, dict]] = []
        self._changed = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.events.append((time.monotonic(), json.loads(line)))
                self._changed.notify_all()

    def send(self, **command: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()

    def wait_for(self, test, timeout: float = 30, since: int = 0) -> dict:
        """The first event from number ``since`` on that passes ``test``."""
        with self._changed:
            found = self._changed.wait_for(lambda: next((e for _t, e in self.events[since:] if test(e)), None),
                                           timeout)
        assert found, f"no such event; got {[e['ev'] for _t, e in self.events]}"
        return found

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def worker() -> Iterator[Worker]:
    started = Worker()
    yield started
    started.close()


def own_words(text: str, rate: int) -> list[tuple[int, int, int]]:
    from reader.speech.synthesis import EspeakSynthesizer

    return EspeakSynthesizer().synthesize(text, rate, "gmq/da").words


@pytest.mark.parametrize("rate", [80, 175, 350])
def test_word_events_are_in_step_with_the_audio(worker: Worker, rate: int, report) -> None:
    ready = worker.wait_for(lambda e: e["ev"] == "ready")
    assert ready["sound"] is False and ready["backend"].lower() == "null"  # the silent device, in real time
    worker.send(op="read", reading=1, texts=SENTENCES, start=0, rate=rate, voice="gmq/da")
    worker.wait_for(lambda e: e["ev"] == "end")
    reading = [(t, e) for t, e in worker.events if e.get("reading") == 1]
    for index, text in enumerate(SENTENCES):
        sentence = next(e for _t, e in reading if e["ev"] == "sentence" and e["index"] == index)
        words = [(t, e) for t, e in reading if e["ev"] == "word" and e["index"] == index]
        # The engine's own words and audio times (to its rounding), each once, in order.
        own = own_words(text, rate)
        assert [(e["position"], e["length"]) for _t, e in words] == [(p, n) for p, n, _ms in own]
        assert [e["ms"] for _t, e in words] == pytest.approx([ms for _p, _n, ms in own], abs=15)
        for _t, event in words:
            assert event["due"] == pytest.approx(sentence["due"] + event["ms"], abs=0.2)  # its place in the stream
            assert event["at"] >= event["due"]  # sent only once the device has played it
    ends = [e for _t, e in reading if e["ev"] == "end"]
    assert len(ends) == 1
    lateness = sorted(e["at"] - e["due"] for _t, e in reading if e["ev"] == "word")
    report(f"word events at {rate} words/min, sent after the device played them: median "
           f"{lateness[len(lateness) // 2]:.1f} ms, most {lateness[-1]:.1f} ms; silence the worker had to add "
           f"{ends[0]['underrun_ms']} ms")


def test_pause_resume_and_jumps_lose_and_repeat_nothing(worker: Worker) -> None:
    worker.wait_for(lambda e: e["ev"] == "ready")
    texts = [*SENTENCES, "Det er med andre ord vigtigt.", "Vi vil lytte."]
    worker.send(op="read", reading=2, texts=texts, start=1, rate=350, voice="gmq/da")
    worker.wait_for(lambda e: e["ev"] == "word" and e["index"] == 1 and e["ms"] > 500)
    worker.send(op="pause")
    worker.send(op="resume")
    worker.wait_for(lambda e: e["ev"] == "sentence" and e["index"] == 2)
    since = len(worker.events)
    worker.send(op="seek", index=1)  # back to the sentence before
    worker.wait_for(lambda e: e["ev"] == "word" and e["index"] == 1 and e["position"] > 40, since=since)
    worker.send(op="seek", index=3)  # on past sentence 2
    worker.wait_for(lambda e: e["ev"] == "end")
    sentences = [e["index"] for _t, e in worker.events if e["ev"] == "sentence"]
    assert sentences == [1, 2, 1, 3]
    first_pass = []
    for _t, event in worker.events:
        if event["ev"] == "sentence" and event["index"] == 2:
            break
        if event["ev"] == "word":
            first_pass.append((event["position"], event["ms"]))
    assert [p for p, _ms in first_pass] == [p for p, _n, _ms in own_words(SENTENCES[1], 350)]  # all, once
    last = [e for _t, e in worker.events if e["ev"] == "word" and e["index"] == 3]
    assert [e["position"] for e in last] == [p for p, _n, _ms in own_words(texts[3], 350)]


def test_stop_fades_to_silence_and_the_worker_stays_ready(worker: Worker) -> None:
    worker.wait_for(lambda e: e["ev"] == "ready")
    worker.send(op="read", reading=3, texts=SENTENCES, start=1, rate=175, voice="gmq/da")
    worker.wait_for(lambda e: e["ev"] == "word" and e["ms"] > 300)
    worker.send(op="stop")
    silent = worker.wait_for(lambda e: e["ev"] == "silent")
    said = [e for _t, e in worker.events if e["ev"] == "word" and e["reading"] == 3]
    assert all(e["due"] <= silent["due"] for e in said)  # nothing of the reading after the silence
    worker.send(op="read", reading=4, texts=["Hej."], start=0, rate=175, voice="gmq/da")
    worker.wait_for(lambda e: e["ev"] == "end" and e["reading"] == 4)


def test_a_missing_espeak_data_folder_is_an_engine_error_not_an_exit(tmp_path) -> None:
    """libespeak-ng ends the process when its data is missing: the worker looks first and says so in Danish."""
    broken = Worker(ESPEAK_DATA_PATH=str(tmp_path))
    error = broken.wait_for(lambda e: e["ev"] == "error")
    broken.close()
    assert error["code"] == "engine"
    assert "sprogdata mangler" in error["message"] and str(tmp_path) in error["message"]
    assert broken.process.returncode == 0
