"""The speech worker process: owns the synthesiser and the sound device, and says what is being heard.

Started by the GUI as ``python -m reader.speech.worker`` (in a frozen app: the app itself with
the hidden first argument ``--speech-worker``, see ``worker_command``). It reads one JSON
command per line on stdin and writes one JSON event per line on stdout.

Reading aloud (one continuous stream per reading, see stream.py):

    {"op": "read", "reading": 3, "texts": [...], "start": 0, "rate": 175, "voice": "gmq/da", "volume": 1.0}
    {"op": "pause"} {"op": "resume"} {"op": "stop"} {"op": "seek", "index": 4}
    {"op": "rate", "rate": 200, "voice": "gmq/da"} {"op": "volume", "volume": 0.8}
      -> {"ev": "sentence", "reading": 3, "index": 0, "due": ms, "at": ms}   (when it is heard)
         {"ev": "word", "reading": 3, "index": 0, "position": 5, "length": 2, "ms": 310, "due": ..., "at": ...}
         {"ev": "sound", ...} (the first sound of a reading) {"ev": "end", ...} {"ev": "silent", ...} (after stop)

``due`` is the event's place in the stream and ``at`` the heard position (frames the device
consumed minus its buffer) when it was sent, both in ms of the stream.

The interface's own voice (self-voicing), through the same stream: a reading is held while it speaks.

    {"op": "say", "utterance": 5, "parts": [["Indhold, liste", "gmq/da"], ...], "rate": 175, "volume": 1.0,
     "cut": true}      (cut: what it is saying stops; otherwise this follows it)
    {"op": "hush"}
      -> {"ev": "talk-sound", "utterance": 5, ...} (first sound heard) {"ev": "talk-end", ...} (said to its end)
         {"ev": "talk-cut", ...} (silent after a cut or hush)

Synthesis only (exports):

    {"op": "synth", "id": 7, "text": "...", "rate": 175, "voice": "gmq/da", "path": "/tmp/x.wav"}
      -> {"ev": "done", "id": 7, "path": ..., "duration_ms": 2310, "words": [[position, length, ms], ...]}
    {"op": "export", "id": 8, "texts": [...], "rate": 175, "voice": "gmq/da", "path": "out.wav"}
      -> {"ev": "progress", "id": 8, "done": 3, "total": 40} ... {"ev": "exported", "id": 8, ...}
    {"op": "voices"} -> {"ev": "voices", "voices": [...]}

On start: {"ev": "ready", "engine": "espeak", "timing": true, "voices": [...], "sound": true,
"backend": "PulseAudio"} once the voice is loaded and the device is open ("sound": false: the
silent NULL device keeps time, nothing can be heard). Anything wrong: {"ev": "error", "id": ...,
"code": "voice" | "engine" | "file" | "command", "message": ...}.

The worker makes itself a process-group leader so the GUI can end it, and anything it
might start, at once. The synthesis API (``make_synthesizer``, ``voice_for_language``,
``EngineError``, ``Audio``...) lives in synthesis.py and is importable from here.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

from reader.speech.command import worker_command
from reader.speech.synthesis import (
    Audio,
    EngineError,
    EspeakSynthesizer,
    Pyttsx3Synthesizer,
    Synthesizer,
    Voice,
    export,
    make_synthesizer,
    voice_for_language,
    write_wav,
)

__all__ = ["Audio", "EngineError", "EspeakSynthesizer", "Pyttsx3Synthesizer", "Synthesizer", "Voice", "Worker",
           "export", "main", "make_synthesizer", "voice_for_language", "worker_command", "write_wav"]

class Worker:
    def __init__(self, out: Any) -> None:
        self.out = out
        self.synth: Synthesizer | None = None
        self.stream: Any = None
        self.output: Any = None
        self.voice_ids: set[str] = set()  # listed once: espeak takes ~10 ms to list its voices
        self._lock = threading.Lock()

    def send(self, **event: object) -> None:
        self.send_event(event)

    def send_event(self, event: dict[str, object]) -> None:
        line = json.dumps(event) + "\n"
        with self._lock:
            self.out.write(line)
            self.out.flush()

    def start(self) -> None:
        try:
            self.synth = make_synthesizer()
            voices = [v.as_json() for v in self.synth.voices()]
            self.voice_ids = {voice["id"] for voice in voices}
        except EngineError as error:
            self.send(ev="error", id=None, code=error.code, message=str(error))
            return
        sound, backend = False, ""
        try:
            from reader.speech.stream import Output, Stream

            self.stream = Stream(self.synth, self.send_event)
            self.output = Output(self.stream)
            sound, backend = self.output.sound, self.output.backend
        except EngineError as error:
            self.send(ev="error", id=None, code="sound", message=str(error))
        self.send(ev="ready", engine=self.synth.name, timing=self.synth.timing, voices=voices, pid=os.getpid(),
                  sound=sound, backend=backend)

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
            if op in ("read", "pause", "resume", "stop", "seek", "rate", "volume", "say", "hush"):
                self._stream_command(op, command)
            elif op == "voices":
                voices = [v.as_json() for v in self.synth.voices()]
                self.voice_ids = {voice["id"] for voice in voices}
                self.send(ev="voices", voices=voices)
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
        except (KeyError, ValueError, TypeError) as error:
            self.send(ev="error", id=ident, code="command", message=f"bad command: {error}")

    def _stream_command(self, op: str, command: dict[str, Any]) -> None:
        stream = self.stream
        if stream is None:
            self.send(ev="error", id=None, code="sound", message="no sound device")
            return
        if op == "read":
            voice = str(command["voice"])
            if voice not in self.voice_ids:
                raise EngineError("voice", f"unknown voice: {voice}")
            stream.read(int(command["reading"]), [str(t) for t in command["texts"]], int(command.get("start", 0)),
                        int(command["rate"]), voice, float(command.get("volume", 1.0)))
        elif op == "pause":
            stream.pause()
        elif op == "resume":
            stream.resume()
        elif op == "stop":
            stream.stop()
        elif op == "seek":
            stream.seek(int(command["index"]))
        elif op == "rate":
            stream.set_rate(int(command["rate"]), str(command.get("voice", stream.voice)))
        elif op == "volume":
            stream.set_volume(float(command["volume"]))
        elif op == "say":
            parts = [(str(text), str(voice)) for text, voice in command["parts"]]
            unknown = sorted({voice for _text, voice in parts if voice not in self.voice_ids})
            if unknown:
                raise EngineError("voice", f"unknown voice: {unknown[0]}")
            stream.say(int(command["utterance"]), parts, int(command["rate"]), float(command.get("volume", 1.0)),
                       cut=bool(command.get("cut", True)))
        elif op == "hush":
            stream.hush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()
        if self.output is not None:
            self.output.close()


def main() -> int:
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)  # own process group: the GUI ends it (and any child) with one kill
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            # Where allowed (root, or a raised RLIMIT_NICE): every thread that may hold the interpreter
            # lock the device's thread needs gets the CPU before ordinary work, so a busy machine does
            # not open holes in the sound. Synthesis is a few per cent of one core.
            os.nice(-10)
    # The device's thread needs the interpreter lock for every buffer (10 ms of sound): hand it over
    # within half a millisecond rather than Python's default 5 ms.
    sys.setswitchinterval(0.0005)
    stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's stdin
    protocol = sys.stdout
    sys.stdout = sys.stderr  # stray prints (pyttsx3's drivers print) must not mix with the JSON lines
    worker = Worker(protocol)
    worker.start()
    for line in stdin:
        if line.strip():
            worker.handle(line)
    worker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
