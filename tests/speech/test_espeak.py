"""Against the real espeak-ng: the voice, the audio, the word events and the rate.

Skipped, with the reason, only where espeak-ng's library is not installed.
"""

from __future__ import annotations

import array
import ctypes.util
import itertools
import math
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.document import Document
from reader.output.wav import speak_to_file
from reader.speech import spoken
from reader.speech.synthesis import EspeakSynthesizer, voice_for_language

HAVE_ESPEAK = bool(ctypes.util.find_library("espeak-ng"))
pytestmark = [
    pytest.mark.espeak,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
]


@pytest.fixture(scope="module")
def synth() -> Iterator[EspeakSynthesizer]:
    yield EspeakSynthesizer()  # espeak initialises once per process


@pytest.fixture(scope="module")
def danish(synth: EspeakSynthesizer) -> str:
    voice = voice_for_language(synth.voices(), "da")
    assert voice is not None
    return voice.id


def measure(path: Path) -> tuple[float, float]:
    """(seconds, RMS amplitude 0..1) of a 16-bit mono WAV file."""
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        samples = array.array("h", wav.readframes(wav.getnframes()))
        seconds = wav.getnframes() / wav.getframerate()
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768
    return seconds, rms


def test_the_danish_voice_is_chosen_for_da(synth: EspeakSynthesizer, danish: str) -> None:
    assert danish == "gmq/da"
    assert {"name": "Danish", "language": "da"}.items() <= {
        "name": next(v.name for v in synth.voices() if v.id == danish), "language": "da"}.items()


def test_the_dannelse_theme_is_spoken_audibly_at_a_plausible_length(synth: EspeakSynthesizer, danish: str,
                                                                       policy: Document, tmp_path: Path) -> None:
    script = spoken.section_script(policy.themes[0])
    words = sum(len(sentence.words) for sentence in script)
    out = tmp_path / "dannelse.wav"
    said = speak_to_file(policy, out, theme=1, rate=175, voice=danish, synth=synth)
    seconds, rms = measure(out)
    minutes, rest = divmod(round(seconds), 60)
    assert said.endswith(f"{minutes} min. {rest} s oplæsning skrevet."), said
    assert rms > 0.02  # speech, not silence
    expected = words / 175 * 60  # at 175 words per minute, plus the pauses between sentences
    assert 0.7 * expected < seconds < 1.6 * expected, (seconds, expected)


def test_every_word_event_maps_onto_a_displayed_word(synth: EspeakSynthesizer, danish: str, policy: Document) -> None:
    events = mapped_danish = 0
    for sentence in spoken.document_script(policy):
        audio = synth.synthesize(sentence.text, 175, danish)
        assert audio.words, sentence.text
        times = [ms for _p, _l, ms in audio.words]
        assert times == sorted(times)  # audio positions run forward
        mapped = sentence.map_events(p for p, _l, _ms in audio.words)
        assert len(mapped) == len(audio.words), sentence.text  # none dropped
        assert mapped == sorted(mapped)  # never backwards
        for index in mapped:
            word = sentence.words[index]
            shown = policy.text[word.start:word.end]
            assert re.search(r"\w|@|\.", shown), (sentence.text, shown)
            if not sentence.text.startswith("Citat fra"):
                assert sentence.start <= word.start < word.end <= sentence.end
            mapped_danish += bool(re.search("[æøåÆØÅ]", shown))
        events += len(audio.words)
    assert events > 1000
    assert mapped_danish > 100  # words with æ, ø, å are found, counted in characters, not bytes


def test_word_events_land_on_the_words_spoken(synth: EspeakSynthesizer, danish: str) -> None:
    sentence = spoken.text_script("Børn og unge skal have det godt i fællesskabet på skolen.")[0]
    audio = synth.synthesize(sentence.text, 175, danish)
    mapped = sentence.map_events(p for p, _l, _ms in audio.words)
    assert [sentence.text[sentence.words[i].spoken_start:sentence.words[i].spoken_end] for i in mapped] == [
        "Børn", "og", "unge", "skal", "have", "det", "godt", "i", "fællesskabet", "på", "skolen"]


def test_rate_changes_change_the_duration(synth: EspeakSynthesizer, danish: str, policy: Document) -> None:
    text = " ".join(s.text for s in spoken.section_script(policy.themes[1])[:4])
    durations = {rate: synth.synthesize(text, rate, danish).duration_ms for rate in (175, 80, 350)}
    assert durations[80] > durations[175] > durations[350]
    assert 1.6 < durations[80] / durations[175] < 2.6  # 175/80 = 2.19
    assert 1.4 < durations[175] / durations[350] < 2.4  # 350/175 = 2
    again = synth.synthesize(text, 175, danish).duration_ms
    assert abs(again - durations[175]) < 0.02 * again  # the rate is never lost between utterances (pyttsx3's path loses it)


def test_an_unknown_voice_is_an_error_not_silence(synth: EspeakSynthesizer) -> None:
    from reader.speech.synthesis import EngineError

    with pytest.raises(EngineError) as caught:
        synth.synthesize("Hej", 175, "no-such-voice")
    assert caught.value.code == "voice"


# Runs in a process of its own: once espeak-ng has spoken above 450 words per minute (its sonic
# speed-up) it keeps some state, and later readings at 80 come out about 0.2 % longer than from a
# fresh engine, which would put other tests comparing with a fresh worker out of step.
LADDER_SCRIPT = """
import json, sys
from reader.presentation.options import SPEECH_RATE
from reader.speech.synthesis import EspeakSynthesizer
synth = EspeakSynthesizer()
text = sys.argv[1]
rates = [int(rate) for rate in SPEECH_RATE.ladder] + [int(SPEECH_RATE.minimum) - 30]
print(json.dumps([[rate, *(lambda a: (a.duration_ms, len(a.words)))(synth.synthesize(text, rate, "gmq/da"))]
                  for rate in rates]))
"""


def test_every_step_of_the_speed_ladder_is_faster_and_keeps_its_word_events(danish: str) -> None:
    """The ladder (reader/presentation/options.py) stays inside what espeak-ng can do: it clamps
    anything below 80 words per minute to 80, and every step up to 900 (its sonic speed-up takes over
    above 450) is heard faster, with an event for every word for the highlight."""
    import json
    import subprocess
    import sys

    from reader.presentation.options import SPEECH_RATE
    from tests.conftest import ROOT

    assert danish == "gmq/da"
    text = "Børne- og Ungepolitikken sætter retning for dialog og handling både centralt og lokalt."
    words = len(re.findall(r"\w+(?:-\w+)?", text))
    result = subprocess.run([sys.executable, "-c", LADDER_SCRIPT, text], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=True)
    *ladder, (_below, below_ms, _events) = json.loads(result.stdout)
    assert [rate for rate, _ms, _events in ladder] == [int(rate) for rate in SPEECH_RATE.ladder]
    for rate, _ms, events in ladder:
        assert events >= words - 1, rate  # "Ungepolitikken" may come as one event with its hyphen
    lengths = [ms for _rate, ms, _events in ladder]
    assert all(later < earlier * 0.97 for earlier, later in itertools.pairwise(lengths)), lengths
    assert abs(below_ms - lengths[0]) <= lengths[0] * 0.005  # nothing slower exists: a lower bound would be a lie
    assert lengths[-1] < lengths[SPEECH_RATE.ladder.index(175)] / 3.5  # 900: over 3.5 times as fast as 175
