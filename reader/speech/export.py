"""The audio take-away without a window: the policy (or one theme) spoken into a WAV file.

No Qt: ``--speak-to-file`` runs the synthesiser in this process (the GUI's "Save as sound
file…" command does the same in its worker process, see worker.py).
"""

from __future__ import annotations

from pathlib import Path

from reader.document import Document
from reader.speech import spoken
from reader.speech.worker import EngineError, export, make_synthesizer, voice_for_language

MESSAGES = {
    "da": {
        "no_theme": "Der er intet tema nummer {number}; dokumentet har tema 1-{count}.",
        "no_engine": "Talesyntesen kunne ikke startes ({detail}). Installér espeak-ng (Debian: apt install espeak-ng).",
        "no_voice": "Der er ingen stemme til sproget »{language}« installeret.",
        "unknown_voice": "Stemmen »{voice}« findes ikke. Vælg en af: {voices}.",
        "write": "{path}: filen kunne ikke skrives ({detail}).",
        "done": "{path}: {minutes} min. {seconds} s oplæsning skrevet.",
    },
    "en": {
        "no_theme": "There is no theme number {number}; the document has themes 1-{count}.",
        "no_engine": "The speech engine could not be started ({detail}). Install espeak-ng (Debian: apt install espeak-ng).",
        "no_voice": "No voice for the language \"{language}\" is installed.",
        "unknown_voice": "There is no voice \"{voice}\". Choose one of: {voices}.",
        "write": "{path}: the file could not be written ({detail}).",
        "done": "{path}: {minutes} min {seconds} s of speech written.",
    },
}


class SpeakError(Exception):
    pass


def script_for(document: Document, theme: int | None, language: str = "da") -> spoken.Script:
    t = MESSAGES["en" if language == "en" else "da"]
    if theme is None:
        return spoken.document_script(document)
    themes = document.themes
    if not 1 <= theme <= len(themes):
        raise SpeakError(t["no_theme"].format(number=theme, count=len(themes)))
    return spoken.section_script(themes[theme - 1])


def speak_to_file(document: Document, path: Path, *, theme: int | None = None, rate: int = 175,
                  voice: str = "", language: str = "da") -> str:
    """Writes the document (or theme number ``theme``) spoken to ``path``; returns a line to print."""
    t = MESSAGES["en" if language == "en" else "da"]
    script = script_for(document, theme, language)
    try:
        synth = make_synthesizer()
    except EngineError as error:
        raise SpeakError(t["no_engine"].format(detail=error)) from error
    voices = synth.voices()
    if voice:
        if voice not in {v.id for v in voices}:
            raise SpeakError(t["unknown_voice"].format(voice=voice, voices=", ".join(sorted(v.id for v in voices))))
        chosen = voice
    else:
        match = voice_for_language(voices, document.language or "da")
        if match is None:
            raise SpeakError(t["no_voice"].format(language=document.language))
        chosen = match.id
    try:
        duration = export(synth, [sentence.text for sentence in script], rate, chosen, path)
    except OSError as error:
        raise SpeakError(t["write"].format(path=path, detail=error.strerror or error)) from error
    minutes, seconds = divmod(round(duration / 1000), 60)
    return t["done"].format(path=path, minutes=minutes, seconds=seconds)
