"""The speech worker process: owns the synthesiser, turns text into WAV files and word timings.

Run as ``python -m reader.speech.worker``. It reads one JSON command per line on stdin and
writes one JSON event per line on stdout:

    {"op": "synth", "id": 7, "text": "...", "rate": 175, "voice": "gmq/da", "path": "/tmp/x.wav"}
      -> {"ev": "done", "id": 7, "path": ..., "duration_ms": 2310, "words": [[position, length, ms], ...]}
    {"op": "export", "id": 8, "texts": [...], "rate": 175, "voice": "gmq/da", "path": "out.wav"}
      -> {"ev": "progress", "id": 8, "done": 3, "total": 40} ... {"ev": "exported", "id": 8, ...}
    {"op": "voices"} -> {"ev": "voices", "voices": [...]}
    on start -> {"ev": "ready", "engine": "espeak", "timing": true, "voices": [...]}
    anything wrong -> {"ev": "error", "id": ..., "code": "voice" | "engine" | "file" | "command", "message": ...}

Why a process: espeak initialises once per process and pyttsx3's own playback cannot be
stopped (see PLATFORM.md). Here espeak runs in synchronous mode through pyttsx3's ctypes
binding, so each call returns the PCM *and* word events with their audio positions; the
GUI plays the WAV and highlights by the playback position. The worker makes itself a
process-group leader so the GUI can end it, and anything it might start, at once.

Windows and macOS: the same protocol over pyttsx3's SAPI5 / NSSpeechSynthesizer drivers
(``save_to_file``), which give no word timing: the GUI then highlights by sentence.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import wave
from ctypes import string_at
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


@dataclass
class Voice:
    id: str
    name: str
    language: str

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "language": self.language}


@dataclass
class Audio:
    pcm: bytes  # 16-bit mono little-endian
    sample_rate: int
    words: list[tuple[int, int, int]] = field(default_factory=list)  # (0-based char position, length, ms)

    @property
    def duration_ms(self) -> int:
        return round(len(self.pcm) / 2 * 1000 / self.sample_rate)


class EngineError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Synthesizer(Protocol):
    name: str
    timing: bool

    def voices(self) -> list[Voice]: ...

    def synthesize(self, text: str, rate: int, voice: str) -> Audio: ...


class EspeakSynthesizer:
    """espeak-ng through pyttsx3's ctypes binding, synchronous mode: PCM + word events."""

    name = "espeak"
    timing = True

    def __init__(self) -> None:
        try:
            from pyttsx3.drivers import _espeak
        except Exception as error:  # the binding raises RuntimeError (or OSError) without the library
            raise EngineError("engine", f"espeak-ng: {error}") from error
        self._espeak = _espeak
        self.sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 500)
        if self.sample_rate <= 0:
            raise EngineError("engine", "espeak-ng could not be initialised")
        self._pcm = bytearray()
        self._words: list[tuple[int, int, int]] = []
        _espeak.SetSynthCallback(self._callback)
        self._voice = ""

    def _callback(self, wav: Any, samples: int, events: Any) -> int:
        if samples > 0 and wav:
            self._pcm.extend(string_at(wav, samples * 2))
        index = 0
        while events[index].type != self._espeak.EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == self._espeak.EVENT_WORD and event.length > 0:
                self._words.append((event.text_position - 1, event.length, event.audio_position))
            index += 1
        return 0

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._espeak.ListVoices():
            languages = voice.languages or b""
            found.append(Voice(
                id=(voice.identifier or b"").decode("utf-8", "replace"),
                name=(voice.name or b"").decode("utf-8", "replace"),
                language=languages[1:].decode("utf-8", "replace"),
            ))
        return found

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        espeak = self._espeak
        if voice != self._voice:
            if espeak.SetVoiceByName(voice.encode("utf-8")) != espeak.EE_OK:
                raise EngineError("voice", f"unknown voice: {voice}")
            self._voice = voice
        espeak.SetParameter(espeak.RATE, int(rate), 0)
        self._pcm = bytearray()
        self._words = []
        espeak.Synth(text.encode("utf-8"), flags=espeak.CHARS_UTF8 | espeak.ENDPAUSE)
        return Audio(bytes(self._pcm), self.sample_rate, list(self._words))


class Pyttsx3Synthesizer:
    """pyttsx3's own driver (SAPI5 on Windows, NSSpeechSynthesizer on macOS): audio, no word timing."""

    name = "pyttsx3"
    timing = False

    def __init__(self) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as error:
            raise EngineError("engine", f"pyttsx3: {error}") from error
        self._temporary = tempfile.TemporaryDirectory(prefix="herning-laeser-tts-")
        self._folder = Path(self._temporary.name)

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = [lang.decode() if isinstance(lang, bytes) else str(lang) for lang in (voice.languages or [])]
            found.append(Voice(id=str(voice.id), name=str(voice.name), language=(languages[0] if languages else "")
                               .replace("_", "-").lower()))
        return found

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        if voice not in {v.id for v in self.voices()}:
            raise EngineError("voice", f"unknown voice: {voice}")
        self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", int(rate))
        path = self._folder / "utterance.wav"
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()
        with wave.open(str(path), "rb") as wav:
            frames = wav.readframes(wav.getnframes())
            if wav.getnchannels() != 1 or wav.getsampwidth() != 2:
                raise EngineError("engine", "unexpected audio format from the speech driver")
            return Audio(frames, wav.getframerate())


def make_synthesizer(kind: str | None = None) -> Synthesizer:
    """espeak-ng where its library is (Linux, and elsewhere when installed), else pyttsx3's driver."""
    kind = kind or os.environ.get("HERNING_LAESER_TTS", "")
    if kind != "pyttsx3" and (sys.platform.startswith("linux") or kind == "espeak"):
        return EspeakSynthesizer()
    return Pyttsx3Synthesizer()


def voice_for_language(voices: list[Voice], language: str) -> Voice | None:
    language = language.lower()
    exact = [v for v in voices if v.language.lower() == language]
    if exact:
        return exact[0]
    close = [v for v in voices if v.language.lower().split("-")[0] == language.split("-")[0]]
    return close[0] if close else None


def write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file, wave.open(file, "wb") as wav:  # open() first: it raises cleanly
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)


def export(synth: Synthesizer, texts: list[str], rate: int, voice: str, path: Path,
           progress: Any = None) -> int:
    """Speaks ``texts`` one after the other into one WAV file; returns its length in ms."""
    pcm = bytearray()
    sample_rate = 22050
    for index, text in enumerate(texts):
        audio = synth.synthesize(text, rate, voice)
        sample_rate = audio.sample_rate
        pcm.extend(audio.pcm)
        if progress is not None:
            progress(index + 1, len(texts))
    write_wav(path, bytes(pcm), sample_rate)
    return round(len(pcm) / 2 * 1000 / sample_rate)


class Worker:
    def __init__(self, out: Any) -> None:
        self.out = out
        self.synth: Synthesizer | None = None

    def send(self, **event: object) -> None:
        self.out.write(json.dumps(event) + "\n")
        self.out.flush()

    def start(self) -> None:
        try:
            self.synth = make_synthesizer()
        except EngineError as error:
            self.send(ev="error", id=None, code=error.code, message=str(error))
            return
        self.send(ev="ready", engine=self.synth.name, timing=self.synth.timing,
                  voices=[v.as_json() for v in self.synth.voices()], pid=os.getpid())

    def handle(self, line: str) -> None:
        try:
            command = json.loads(line)
            op = command["op"]
        except (ValueError, KeyError, TypeError):
            self.send(ev="error", id=None, code="command", message=f"bad command: {line[:80]!r}")
            return
        ident = command.get("id")
        if self.synth is None:
            self.send(ev="error", id=ident, code="engine", message="no speech engine")
            return
        try:
            if op == "voices":
                self.send(ev="voices", voices=[v.as_json() for v in self.synth.voices()])
            elif op == "synth":
                audio = self.synth.synthesize(command["text"], int(command["rate"]), command["voice"])
                write_wav(Path(command["path"]), audio.pcm, audio.sample_rate)
                self.send(ev="done", id=ident, path=command["path"], duration_ms=audio.duration_ms,
                          words=audio.words, timing=self.synth.timing)
            elif op == "export":
                duration = export(self.synth, list(command["texts"]), int(command["rate"]), command["voice"],
                                  Path(command["path"]),
                                  lambda done, total: self.send(ev="progress", id=ident, done=done, total=total))
                self.send(ev="exported", id=ident, path=command["path"], duration_ms=duration)
            elif op == "crash":  # used by the recovery test and the benchmark: dies like a broken engine would
                os._exit(3)
            else:
                self.send(ev="error", id=ident, code="command", message=f"unknown op: {op}")
        except EngineError as error:
            self.send(ev="error", id=ident, code=error.code, message=str(error))
        except OSError as error:
            self.send(ev="error", id=ident, code="file", message=str(error))


def main() -> int:
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)  # own process group: the GUI ends it (and any child) with one kill
    stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's stdin
    protocol = sys.stdout
    sys.stdout = sys.stderr  # stray prints (pyttsx3's drivers print) must not mix with the JSON lines
    worker = Worker(protocol)
    worker.start()
    for line in stdin:
        if line.strip():
            worker.handle(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
