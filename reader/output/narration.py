"""The narration every audio export shares: the policy (or one theme) spoken sentence by sentence.

No Qt. ``--speak-to-file`` (wav.py), ``--export-mp3`` (mp3.py) and ``--export-epub`` (epub.py) all
run in the process that was started with them; the window runs the same commands in a child
process (see reader/ui/exports.py). Every export streams: the text is spoken one sentence at a time
(``spoken.iter_sentences``; a very long paragraph is cut into pieces of at most
``spoken.WINDOW`` characters) and each sentence's audio goes to the file at once, so memory
stays the same for a short theme and for a book. Files are written through
``reader.files.atomic_output`` and checked before they replace anything.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reader.document import Document, Section
from reader.presentation.options import SPEECH_RATE
from reader.speech import spoken
from reader.speech.synthesis import EngineError, Synthesizer, engine_error, make_synthesizer, voice_for_language
from reader.texts import translate


def install_hint(platform: str | None = None) -> str:
    """Where this system's voices come from, in one sentence."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return translate("Narration", "Install the Danish voice Microsoft Helle (Settings ▸ Time & language ▸ Speech ▸ "
                                      "Add voices ▸ Danish).")
    if platform == "darwin":
        return translate("Narration", "Install the Danish voice Sara (System Settings ▸ Accessibility ▸ Spoken Content "
                                      "▸ System voice ▸ Manage voices).")
    return translate("Narration", "Install espeak-ng (Debian: apt install espeak-ng).")


def progress_line(percent: int) -> str:
    """The line an export prints on stderr as it goes (the window's progress dialog reads it)."""
    return translate("Narration", "Reading aloud: {percent} %").format(percent=percent)


class SpeakError(Exception):
    """An export could not be made; ``str()`` is one line for the user."""


def script_for(document: Document, theme: int | None) -> spoken.Script:
    """The whole reading of the document or theme ``theme`` (for short texts; exports stream)."""
    return spoken.Script(spoken.iter_sentences(block for section in sections_for(document, theme)
                                               for block in section.blocks))


def sections_for(document: Document, theme: int | None) -> list[Section]:
    """The sections an export covers: all of them, or theme number ``theme``."""
    if theme is None:
        return list(document.sections)
    themes = document.themes
    if not 1 <= theme <= len(themes):
        raise SpeakError(translate("Narration", "There is no theme number {number}; the document has themes "
                                                "1-{count}.").format(number=theme, count=len(themes)))
    return [themes[theme - 1]]


@dataclass
class Narrator:
    """The speech engine with the chosen voice and rate; speaks one sentence at a time."""

    synth: Synthesizer
    voice: str
    rate: int

    def speak(self, text: str) -> tuple[bytes, int]:
        """16-bit mono PCM of ``text`` and its sample rate."""
        try:
            audio = self.synth.synthesize(text, self.rate, self.voice)
        except Exception as error:  # the engine's own exceptions too (a COM error from SAPI5)
            detail = engine_error(error)
            raise SpeakError(translate("Narration", "The speech engine failed ({detail}).").format(detail=detail)) \
                from error
        return audio.pcm, audio.sample_rate


def open_narrator(document: Document, *, rate: int = SPEECH_RATE.default, voice: str = "",
                  synth: Synthesizer | None = None) -> Narrator:
    """Starts the speech engine and picks the voice (``voice``, or the document's language)."""
    if synth is None:
        try:
            synth = make_synthesizer()
        except EngineError as error:
            from reader import log

            log.detail(f"speech engine: {error.detail or error}")  # the user gets one clean sentence
            raise SpeakError(_no_engine(error.reason)) from error
    try:
        voices = synth.voices()
    except Exception as error:  # SAPI5 raising a COM error for its voice list (a broken voice, Wine)
        from reader import log

        log.detail(f"speech engine: {engine_error(error)}")
        raise SpeakError(translate("Narration", "There is no voice to read with because the speech engine could not "
                                                "list its voices. {install}").format(install=install_hint())) from error
    if voice:
        if voice not in {v.id for v in voices}:
            raise SpeakError(translate("Narration", "There is no voice \"{voice}\". Choose one of: {voices}.").format(
                voice=voice, voices=", ".join(sorted(v.id for v in voices))))
        return Narrator(synth, voice, rate)
    match = voice_for_language(voices, document.language or "da")
    if match is None:
        raise SpeakError(translate("Narration", "No voice for the language \"{language}\" is installed. {install}")
                         .format(language=document.language, install=install_hint()))
    return Narrator(synth, match.id, rate)


def _no_engine(reason: str) -> str:
    """Why reading aloud is not possible, when the speech engine could not start for ``reason``."""
    if reason == "missing_library":
        return translate("Narration", "Reading aloud is not possible because the speech engine espeak-ng is not "
                                      "installed (Debian: apt install espeak-ng).")
    if reason == "missing_data":
        return translate("Narration", "Reading aloud is not possible because the language data of espeak-ng are "
                                      "missing (Debian: apt install --reinstall espeak-ng-data).")
    return translate("Narration", "Reading aloud is not possible because the speech engine could not be started. "
                                  "{install}").format(install=install_hint())


@dataclass(frozen=True)
class Spoken:
    """One sentence as it was written: its place in the text and in the audio (in samples)."""

    sentence: spoken.Sentence
    section: int  # index into the exported sections
    begin: int
    end: int


class CancelledError(Exception):
    """The export was asked to stop (SIGTERM or Ctrl+C); nothing was saved."""


class Progress:
    """Turns sentences done into whole percentages of the text, and reports each new one.

    ``cancelled`` may be set at any time (from a signal handler): the export stops before
    the next sentence, raising ``CancelledError``, and the old file stays as it was."""

    def __init__(self, report: Callable[[int], None] | None = None) -> None:
        self.report = report
        self.cancelled = False
        self.first = 0
        self.length = 1
        self.percent = -1

    def cover(self, sections: list[Section]) -> Progress:
        """Measures from the start of the first to the end of the last of ``sections``."""
        self.first = sections[0].start if sections else 0
        self.length = max(1, (sections[-1].end - self.first) if sections else 1)
        self.percent = -1
        return self

    def check(self) -> None:
        if self.cancelled:
            raise CancelledError()

    def at(self, offset: int) -> None:
        percent = max(0, min(100, (offset - self.first) * 100 // self.length))
        if self.report is not None and percent > self.percent:
            self.percent = percent
            self.report(percent)


def narrate(narrator: Narrator, sections: list[Section], write: Callable[[bytes, int], None],
            progress: Progress | None = None) -> Iterator[Spoken]:
    """Speaks ``sections`` sentence by sentence; ``write(pcm, sample_rate)`` gets the audio as it comes.

    Yields each sentence with its place in the audio once its audio has been written."""
    position = 0
    for index, section in enumerate(sections):
        for sentence in spoken.iter_sentences(section.blocks):
            if progress is not None:
                progress.check()
            pcm, sample_rate = narrator.speak(sentence.text)
            samples = len(pcm) // 2
            if samples:
                write(pcm, sample_rate)
            yield Spoken(sentence, index, position, position + samples)
            position += samples
            if progress is not None:
                progress.at(sentence.end)


def as_progress(sections: list[Section], progress: Progress | Callable[[int], None] | None) -> Progress:
    """``progress`` as a Progress over ``sections`` (a plain function gets each new percentage)."""
    if not isinstance(progress, Progress):
        progress = Progress(progress)
    return progress.cover(sections)


def duration_text(milliseconds: int) -> tuple[int, int]:
    """(minutes, seconds) of a duration, for the line an export prints."""
    return divmod(round(milliseconds / 1000), 60)


def nothing_to_say(theme: int | None) -> SpeakError:
    what = translate("Narration", "The document") if theme is None else translate("Narration", "Theme {number}").format(
        number=theme)
    return SpeakError(translate("Narration", "{what} has no words to read aloud, so no file was saved.").format(
        what=what))
