"""The speech worker process: owns the synthesiser and the sound device, and says what is being heard.

Started by the GUI as the app with the hidden first argument ``--speech-worker`` (``python -m reader
--speech-worker``, or the frozen app itself; see reader/child_process.py). It reads one JSON command per
line on stdin and writes one JSON event per line on stdout.

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

On start: {"ev": "ready", "engine": "espeak", "timing": true, "voices": [...], "sound": true,
"backend": "PulseAudio"} once the voice is loaded and the device is open ("sound": false: the
silent NULL device keeps time, nothing can be heard). Anything wrong: {"ev": "error", "id": ...,
"code": "voice" | "engine" | "sound" | "command", "message": ...}.

The worker makes itself a process-group leader so the GUI can end it, and anything it
might start, at once. The engines themselves are in synthesis.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from typing import Any

from reader.speech.synthesis import EngineError, Synthesizer, engine_error, make_synthesizer


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
        except Exception as error:  # whatever the platform's engine raises (SAPI's COM errors too)
            self.synth = None
            failure = engine_error(error)
            self.send(ev="error", id=None, code=failure.code, message=str(failure), reason=failure.reason,
                      detail=failure.detail)
            return
        sound, backend = False, ""
        try:
            from reader.speech.stream import Output, Stream

            self.stream = Stream(self.synth, self.send_event)
            self.output = Output(self.stream)
            sound, backend = self.output.sound, self.output.backend
        except Exception as error:
            self.send(ev="error", id=None, code="sound", message=str(engine_error(error)))
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
            elif op == "crash":  # used by the recovery test and the benchmark: dies like a broken engine would
                os._exit(3)
            else:
                self.send(ev="error", id=ident, code="command", message=f"unknown op: {op}")
        except EngineError as error:
            self.send(ev="error", id=ident, code=error.code, message=str(error))
        except (KeyError, ValueError, TypeError) as error:
            self.send(ev="error", id=ident, code="command", message=f"bad command: {error}")
        except Exception as error:  # the engine's own exception while listing voices or speaking
            failure = engine_error(error)
            self.send(ev="error", id=ident, code=failure.code, message=str(failure))

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


def end_with_parent() -> None:
    """Ends this process as soon as the window's process has ended, however it ended.

    The GUI ends its worker when it closes; this covers a GUI that was killed or crashed, and a
    worker busy in a long export that would read the end of its input only afterwards. Windows
    waits on the parent's process handle; elsewhere the parent is looked at once a second."""
    parent = os.getppid()
    if sys.platform == "win32":
        import ctypes

        synchronize, infinite = 0x00100000, 0xFFFFFFFF
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.OpenProcess.restype = ctypes.c_void_p
        kernel32.WaitForSingleObject.argtypes = (ctypes.c_void_p, ctypes.c_uint32)
        handle = kernel32.OpenProcess(synchronize, False, parent)
        if not handle:  # already gone, or not ours to watch
            return

        def wait() -> None:
            kernel32.WaitForSingleObject(handle, infinite)
            os._exit(0)
    else:
        import time

        def wait() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(0)

    threading.Thread(target=wait, name="parent-watch", daemon=True).start()


def main() -> int:
    """Serves the window on stdin/stdout. Nothing escapes: whatever goes wrong is told as an error event
    and the exit status, never as a traceback (in a frozen app without a console, its bootloader would
    show that in a message box nobody sees, and the process would stay)."""
    try:
        return _serve()
    except Exception as error:
        with contextlib.suppress(Exception):
            failure = engine_error(error)
            sys.__stdout__.write(json.dumps({"ev": "error", "id": None, "code": failure.code,  # type: ignore[union-attr]
                                             "message": str(failure)}) + "\n")
            sys.__stdout__.flush()  # type: ignore[union-attr]
        return 1


def _serve() -> int:
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)  # own process group: the GUI ends it (and any child) with one kill
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            # Where allowed (root, or a raised RLIMIT_NICE): every thread that may hold the interpreter
            # lock the device's thread needs gets the CPU before ordinary work, so a busy machine does
            # not open holes in the sound. Synthesis is a few per cent of one core.
            os.nice(-10)
    end_with_parent()
    # The device's thread needs the interpreter lock for every buffer (10 ms of sound): hand it over
    # within half a millisecond rather than Python's default 5 ms.
    sys.setswitchinterval(0.0005)
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115 - the process's stdin
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
