"""espeak-ng's usable speaking rates: ``python -m bench.speech_rates [RATE ...]``.

Speaks one Danish passage of the policy at each rate (the speed ladder's, and a few outside it)
with the reader's own synthesiser and prints, for each: the audio's length, the voiced time (from
the first to the last sample louder than the noise floor), the words per minute that gives, how
many word events espeak sent (the highlight needs one per word), and whether the audio is as long
as that of the rate before, give or take half a per cent (then espeak clamped the rate: it sounds the
same).

Not a test: the figures depend on the voice data. tests/speech/test_espeak.py holds the rules the
ladder relies on (every step a little faster, nothing below 80, word events at every rate).
"""

from __future__ import annotations

import array
import sys

from reader.presentation.options import SPEECH_RATE
from reader.speech.synthesis import EspeakSynthesizer, voice_for_language

PASSAGE = ("Børne- og Ungepolitikken i Herning Kommune bygger på vores fælles Børne- og Ungesyn, og den sætter "
           "retning for dialog og handling både centralt og lokalt. Alle skal have et godt liv.")
NOISE_FLOOR = 300  # of 32767: anything quieter counts as silence
OUTSIDE = (1, 40, 79, 1000, 1500, 2000)


def voiced_seconds(pcm: bytes, sample_rate: int) -> float:
    samples = array.array("h")
    samples.frombytes(pcm)
    loud = [index for index, sample in enumerate(samples) if abs(sample) > NOISE_FLOOR]
    return (loud[-1] - loud[0]) / sample_rate if loud else 0.0


def main(argv: list[str]) -> int:
    rates = [int(rate) for rate in argv] or sorted({*(int(r) for r in SPEECH_RATE.ladder), *OUTSIDE})
    synth = EspeakSynthesizer()
    voice = voice_for_language(synth.voices(), "da")
    if voice is None:
        print("no Danish voice installed")
        return 1
    words = len(PASSAGE.split())
    print(f"espeak-ng, voice {voice.id}; {words} words: {PASSAGE[:60]}...")
    print(f"{'asked':>6} {'audio ms':>9} {'voiced s':>9} {'words/min':>10} {'events':>7}  note")
    previous = 0
    for rate in rates:
        audio = synth.synthesize(PASSAGE, rate, voice.id)
        seconds = voiced_seconds(audio.pcm, audio.sample_rate)
        measured = words / seconds * 60 if seconds else 0.0
        notes = []
        if previous and abs(audio.duration_ms - previous) <= previous * 0.005:
            notes.append("as long as the rate before: clamped")
        if rate in SPEECH_RATE.ladder:
            notes.append("on the ladder")
        print(f"{rate:>6} {audio.duration_ms:>9} {seconds:>9.2f} {measured:>10.0f} {len(audio.words):>7}  "
              + ", ".join(notes))
        previous = audio.duration_ms
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
