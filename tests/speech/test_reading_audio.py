"""What a reading uses, measured from the audio the worker produces: the speed changed while reading,
the volume a reading starts at, the voice chosen.

The real worker runs in the window on miniaudio's silent NULL device, with
``HERNING_LAESER_STREAM_DUMP`` set: it keeps each sentence's audio as the engine made it and
everything it gave the device (volume applied), so a sentence's played audio is found in the output
from the moment the worker says it was heard to the next sentence's. Each sentence is compared with
the same text synthesised apart, in another process, at the speed and voice it should have and at the
one it should not: its length is that of the first, and its loudness envelope follows the first more
closely (espeak's output varies by a few samples between two syntheses of the same text; another speed
or voice changes the length by 8-30 %). The played audio's energy
against the engine's tells the volume; silence a busy machine adds changes no energy, so nothing here
depends on how busy the machine is.
"""

from __future__ import annotations

import array
import json
import math
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.speech.service import SpeechService
from reader.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.speech.test_espeak import HAVE_ESPEAK
from tests.speech.worker_window import window_with_worker

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
    pytest.mark.timeout(600),
]

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DANISH, ENGLISH = "gmq/da", "gmw/en"
ENVELOPE_MS = 10  # the loudness envelope: mean absolute sample per 10 ms
# Two syntheses of one text at one speed and voice differ in length by well under 1 % (a few samples) and
# their envelopes correlate at 0.7-1.0; another speed or voice differs in length by 8-30 % and correlates
# at about 0.1-0.3.
SAME_LENGTH = 0.03


@dataclass
class Reading:
    window: MainWindow
    speech: SpeechService
    folder: Path
    events: list[dict] = field(default_factory=list)
    number: int = 0  # the reading's number (the service counts on after a stop)

    def heard(self, kind: str, **fields: object) -> list[dict]:
        return [e for e in self.events if e["ev"] == kind and e.get("reading") == self.number
                and all(e.get(key) == value for key, value in fields.items())]

    def sentence_heard(self, index: int) -> bool:
        return any(e["index"] >= index for e in self.heard("sentence"))

    def made(self, index: int) -> array.array[int]:
        """Sentence ``index`` of this reading as the engine made it for the worker."""
        return samples((self.folder / f"{self.number}-{index}.raw").read_bytes())

    def played(self, index: int, rate: int) -> array.array[int]:
        """What the worker gave the device from sentence ``index``'s start to the next one's."""
        pid = self.speech.engine.pid()  # type: ignore[attr-defined]
        output = samples((self.folder / f"output-{pid}.raw").read_bytes())
        start = self.heard("sentence", index=index)[0]["due"]
        end = self.heard("sentence", index=index + 1)[0]["due"]
        return output[round(start * rate / 1000):round(end * rate / 1000)]


def samples(pcm: bytes) -> array.array[int]:
    values = array.array("h")
    values.frombytes(pcm[: len(pcm) // 2 * 2])
    if sys.byteorder != "little":
        values.byteswap()
    return values


def synthesized_apart(texts: list[tuple[str, int, str]]) -> tuple[int, list[array.array[int]]]:
    """Each (text, words per minute, voice) synthesised in a fresh process; (sample rate, audio of each)."""
    program = ("import json, sys\n"
               "from reader.speech.synthesis import make_synthesizer\n"
               "synth = make_synthesizer('espeak')\n"
               "made = [synth.synthesize(t, r, v) for t, r, v in json.load(sys.stdin)]\n"
               "sys.stdout.write(json.dumps([made[0].sample_rate] + [a.pcm.hex() for a in made]))\n")
    result = subprocess.run([sys.executable, "-c", program], input=json.dumps(texts), cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    rate, *made = json.loads(result.stdout)
    return rate, [samples(bytes.fromhex(pcm)) for pcm in made]


def envelope(audio: array.array[int], rate: int) -> list[float]:
    step = rate * ENVELOPE_MS // 1000
    return [sum(abs(s) for s in audio[i:i + step]) / step for i in range(0, len(audio) - step + 1, step)]


def correlation(a: list[float], b: list[float]) -> float:
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    mean_a, mean_b = sum(a) / n, sum(b) / n
    covariance = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    spread = math.sqrt(sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b))
    return covariance / spread if spread else 0.0


def matches(audio: array.array[int], expected: array.array[int], other: array.array[int], rate: int) -> str:
    """"" when ``audio`` is the engine's audio of ``expected`` rather than of ``other``, else what differs:
    its length is that of ``expected`` (within SAME_LENGTH) and its loudness envelope follows ``expected``'s
    more closely than ``other``'s."""
    length, length_other = len(audio) / len(expected), len(audio) / len(other)
    shape = correlation(envelope(audio, rate), envelope(expected, rate))
    shape_other = correlation(envelope(audio, rate), envelope(other, rate))
    if abs(length - 1) <= SAME_LENGTH and abs(length - 1) < abs(length_other - 1) and shape > shape_other:
        return ""
    return (f"length {length:.3f} of the expected, {length_other:.3f} of the other; envelope correlation "
            f"{shape:.2f} with the expected, {shape_other:.2f} with the other")


def energy(audio: array.array[int]) -> float:
    return float(sum(s * s for s in audio))


@pytest.fixture
def reading(make_window, settings, monkeypatch, qtbot, tmp_path) -> Iterator[Reading]:
    monkeypatch.setenv("HERNING_LAESER_AUDIO", "null")
    monkeypatch.setenv("HERNING_LAESER_STREAM_DUMP", str(tmp_path))
    window, speech = window_with_worker(make_window, settings, qtbot)
    started = Reading(window, speech, tmp_path)
    speech.heard.connect(started.events.append)
    yield started
    speech.shutdown()


def read_from_the_first_paragraph(reading: Reading, qtbot) -> None:
    """Shift+F5 at theme 1's first paragraph: the reading starts with a long sentence, not a heading."""
    window = reading.window
    window.view.move_to(window.document.themes[0].blocks[1].start)
    qtbot.keyClick(window.view, Qt.Key.Key_F5, SHIFT)
    reading.number = reading.speech.reading
    qtbot.waitUntil(lambda: reading.sentence_heard(0))


def stop(reading: Reading, qtbot) -> None:
    qtbot.keyClick(reading.window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(reading.heard("silent")))


def test_a_speed_changed_while_reading_is_used_by_the_next_sentences(reading: Reading, qtbot) -> None:
    settings = reading.window.settings
    assert settings.value("speech_rate") == 175
    read_from_the_first_paragraph(reading, qtbot)
    playing = reading.speech.index  # the sentence being heard when the keys are pressed
    for _ in range(3):
        qtbot.keyClick(reading.window.view, Qt.Key.Key_Plus, ALT)  # faster: a ladder step a press (190, 205, 220)
    assert settings.value("speech_rate") == 220
    # Up to three sentences after the one playing were made ahead at the old speed; they must be made
    # again. The one playing plays on as it was made, and the next may have begun before the change came.
    later = [playing + 2, playing + 3]
    qtbot.waitUntil(lambda: reading.sentence_heard(later[-1] + 1))
    stop(reading, qtbot)
    texts = [sentence.text for sentence in reading.speech.script]
    rate, made = synthesized_apart([(texts[i], speed, DANISH) for i in [playing, *later] for speed in (175, 220)])
    old, new = made[0::2], made[1::2]
    assert matches(reading.made(playing), old[0], new[0], rate) == "", "the sentence playing at the change"
    for number, index in enumerate(later, start=1):
        problem = matches(reading.made(index), new[number], old[number], rate)
        assert problem == "", f"sentence {index} (the change came in sentence {playing}) is not at 220: {problem}"
        # ... and that is what was played (at full volume: the same energy as the engine's).
        assert energy(reading.played(index, rate)) == pytest.approx(energy(reading.made(index)), rel=0.02)


def test_a_reading_starts_at_the_volume_set(reading: Reading, qtbot) -> None:
    reading.window.settings.set("speech_volume", 40)
    read_from_the_first_paragraph(reading, qtbot)
    qtbot.waitUntil(lambda: reading.sentence_heard(1))
    stop(reading, qtbot)
    rate, _made = synthesized_apart([("Hej.", 175, DANISH)])
    first = reading.heard("sentence")[0]["index"]
    ratio = energy(reading.played(first, rate)) / energy(reading.made(first))
    assert math.sqrt(ratio) == pytest.approx(0.40, abs=0.01), "the first sentence's loudness against the engine's"


def test_the_voice_chosen_reads(reading: Reading, qtbot) -> None:
    assert any(voice["id"] == ENGLISH for voice in reading.speech.voices or []), "espeak-ng has no English voice"
    reading.window.settings.set("speech_voice", ENGLISH)
    read_from_the_first_paragraph(reading, qtbot)
    qtbot.waitUntil(lambda: reading.sentence_heard(1))
    stop(reading, qtbot)
    first = reading.heard("sentence")[0]["index"]
    text = reading.speech.script[first].text
    rate, (english, danish) = synthesized_apart([(text, 175, ENGLISH), (text, 175, DANISH)])
    problem = matches(reading.made(first), english, danish, rate)
    assert problem == "", f"the first sentence is not in the English voice: {problem}"
    assert energy(reading.played(first, rate)) == pytest.approx(energy(reading.made(first)), rel=0.02)
