"""A speech engine's own exceptions (a COM error from SAPI5, an Objective-C error from NSSpeechSynthesizer,
a driver's RuntimeError) take the engine-error path in the real worker process: told as an error event,
never a traceback, and the worker answers the next command. Portable: a stand-in engine raises them, so
this runs on Linux and on Windows alike (tools/test-windows.sh); tests/speech/test_windows_speech.py
meets Windows' real SAPI5.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.speech.synthesis import EngineError, engine_error
from tests.waiting import Lines, end_input_and_wait

# Runs the worker module as the window does, with make_synthesizer giving an engine that raises where told.
RUN_WORKER = """
import sys, runpy
import reader.speech.synthesis as synthesis

class COMError(Exception):
    "Shaped like comtypes' COMError: (hresult, text, details)."

FAIL = sys.argv[1]

class Broken:
    name, timing, sample_rate = "broken", True, 22050

    def voices(self):
        if FAIL == "voices":
            raise COMError(-2147467263, "Not implemented.", (None, None, None, 0, None))
        return [synthesis.Voice("da-voice", "Dansk", "da")]

    def synthesize(self, text, rate, voice):
        raise RuntimeError("the voice broke")

    def stream(self, text, rate, voice, on_pcm, on_word):
        raise RuntimeError("the voice broke")

synthesis.make_synthesizer = lambda kind=None: Broken()
if FAIL == "close":
    import reader.speech.worker as worker

    def close(self):
        raise RuntimeError("the device would not close")

    worker.Worker.close = close
    sys.exit(worker.main())
runpy.run_module("reader.speech.worker", run_name="__main__")
"""


def run_worker(fail: str, *commands: dict[str, object], tmp_path: Path) -> tuple[list[dict[str, object]], int, str]:
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-c", RUN_WORKER, fail], cwd=tmp_path, env=env, timeout=120,
                            input="".join(json.dumps(c) + "\n" for c in commands), capture_output=True,
                            text=True, encoding="utf-8", check=False)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], result.returncode, result.stderr


READ = {"op": "read", "reading": 1, "texts": ["Hej."], "start": 0, "rate": 175, "voice": "da-voice"}


def test_a_com_error_listing_voices_is_an_engine_error_and_every_command_is_answered(tmp_path: Path) -> None:
    events, status, _ = run_worker("voices", READ, {"op": "stop"}, tmp_path=tmp_path)
    assert status == 0
    assert events[0] == {"ev": "error", "id": None, "code": "engine", "message": "Not implemented. (0x80004001)",
                         "reason": "", "detail": "Not implemented. (0x80004001)"}
    assert [(e["ev"], e["code"]) for e in events[1:]] == [("error", "engine"), ("error", "engine")]


def test_an_exception_while_reading_aloud_ends_the_reading_not_the_worker(tmp_path: Path) -> None:
    """The sentence is made on the stream's own thread: its failure is told with the reading's number, and
    the next reading, asked for the moment the error is read, is answered too."""
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", PYTHONIOENCODING="utf-8")
    worker = subprocess.Popen([sys.executable, "-c", RUN_WORKER, "speaking"], cwd=tmp_path, env=env, text=True,
                              encoding="utf-8", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert worker.stdin is not None and worker.stdout is not None
    lines = Lines(worker.stdout)

    def next_event() -> dict[str, object]:
        line = lines.next()
        assert line, "the worker ended"
        return json.loads(line)

    try:
        assert next_event()["ev"] == "ready"
        read = {"op": "read", "reading": 1, "texts": ["Hej."], "start": 0, "rate": 175, "voice": "da-voice"}
        worker.stdin.write(json.dumps(read) + "\n")
        worker.stdin.flush()
        error = next_event()
        assert error == {"ev": "error", "id": None, "reading": 1, "code": "engine", "message": "the voice broke"}
        worker.stdin.write(json.dumps({**read, "reading": 2}) + "\n")  # told, and still answering
        worker.stdin.flush()
        later = next_event()
        while later.get("reading") != 2:  # (what else reading 1 still says)
            later = next_event()
        assert later == {**error, "reading": 2}
    finally:
        errors = end_input_and_wait(worker, lines)
    assert worker.returncode == 0
    assert "Traceback" not in errors, errors[-3000:]


def test_nothing_escapes_the_worker_even_at_its_end(tmp_path: Path) -> None:
    """A frozen app without a console would show an escaped exception in a message box and stay running."""
    events, status, _ = run_worker("close", tmp_path=tmp_path)
    assert status == 1
    assert events[-1] == {"ev": "error", "id": None, "code": "engine", "message": "the device would not close"}


def test_engine_error_keeps_what_the_engine_said() -> None:
    assert str(engine_error(RuntimeError("no voice"))) == "no voice"
    assert engine_error(RuntimeError("no voice")).code == "engine"
    assert str(engine_error(OSError())) == "OSError"
    original = EngineError("voice", "ukendt stemme: x")
    assert engine_error(original) is original
