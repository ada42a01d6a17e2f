"""The WAV export: the policy (or one theme) read aloud into a WAV file, written as it is spoken (no Qt).

``--speak-to-file`` and the window's "Save as sound file…" (through the command line in a child
process) end here; the narration comes from ``narration.narrate``.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

from reader.document import Document
from reader.files import IncompleteOutputError, OutputError, atomic_output
from reader.output.narration import (
    Progress,
    SpeakError,
    as_progress,
    duration_text,
    narrate,
    nothing_to_say,
    open_narrator,
    sections_for,
)
from reader.presentation.options import SPEECH_RATE
from reader.speech.synthesis import Synthesizer
from reader.texts import translate

# A RIFF file counts its size in 32 bits.
WAV_LIMIT = 0xFFFFFFFF - 36


class WavStream:
    """A WAV file written as the audio comes; the header is completed on ``close()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._wav: wave.Wave_write | None = None
        self.sample_rate = 22050
        self.frames = 0

    def write(self, pcm: bytes, sample_rate: int) -> None:
        if self._wav is None:
            self._wav = wave.open(self._file, "wb")  # noqa: SIM115 - closed in close()
            self._wav.setnchannels(1)
            self._wav.setsampwidth(2)
            self._wav.setframerate(sample_rate)
            self.sample_rate = sample_rate
        if (self.frames + len(pcm) // 2) * 2 > WAV_LIMIT:
            raise SpeakError(translate("Narration", "The reading is too long for a WAV file (over 4 GB). Save it as MP3 "
                                                    "or EPUB instead."))
        self._wav.writeframesraw(pcm)
        self.frames += len(pcm) // 2

    def close(self) -> None:
        try:
            if self._wav is not None:
                self._wav.close()  # writes the sizes into the header
        finally:
            self._file.close()


def verify_wav(path: Path) -> None:
    """Raises IncompleteOutputError unless ``path`` is a whole 16-bit mono WAV file with sound."""
    size = path.stat().st_size
    header = translate("Narration", "the WAV header does not match the sound")
    try:
        with wave.open(str(path), "rb") as wav:
            frames, width, channels = wav.getnframes(), wav.getsampwidth(), wav.getnchannels()
    except (wave.Error, EOFError) as error:
        raise IncompleteOutputError(f"{header}: {error}") from error
    if width != 2 or channels != 1 or 44 + frames * 2 != size:
        raise IncompleteOutputError(header)
    if frames == 0:
        raise IncompleteOutputError(translate("Narration", "the WAV file has no sound"))


def speak_to_file(document: Document, path: Path, *, theme: int | None = None, rate: int = SPEECH_RATE.default,
                  voice: str = "", progress: Progress | Callable[[int], None] | None = None,
                  synth: Synthesizer | None = None) -> str:
    """Writes the document (or theme number ``theme``) spoken to the WAV file ``path``; returns a line to print."""
    sections = sections_for(document, theme)
    narrator = open_narrator(document, rate=rate, voice=voice, synth=synth)
    try:
        with atomic_output(path, verify=verify_wav) as temporary:
            stream = WavStream(temporary)
            try:
                for _spoken in narrate(narrator, sections, stream.write, as_progress(sections, progress)):
                    pass
            finally:
                stream.close()
            if stream.frames == 0:
                raise nothing_to_say(theme)
    except OutputError as error:
        raise SpeakError(str(error)) from error
    minutes, seconds = duration_text(round(stream.frames * 1000 / stream.sample_rate))
    return translate("Narration", "{path}: {minutes} min {seconds} s of speech written.").format(
        path=path, minutes=minutes, seconds=seconds)

