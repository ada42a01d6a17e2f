"""Waiting on a condition, not for a time, and counting work, not timing it: how long the machine takes
does not decide the outcome."""

from __future__ import annotations

import contextlib
import locale
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pytestqt.exceptions import TimeoutError as WaitTimeout

T = TypeVar("T")

# The deadline of every wait on a condition (pytest-qt's waits default to it, see tests/conftest.py): a
# deadline for a hang, not a measure. A condition that holds ends the wait at once, so a generous
# deadline costs a quiet machine nothing and keeps a busy one from failing a test that would pass.
DEADLINE_MS = 60_000
DEADLINE_S = DEADLINE_MS / 1000


def use_generous_deadlines() -> None:
    """Makes DEADLINE_MS the default ``timeout`` of pytest-qt's waits (its own default is 5 s)."""
    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive", "waitCallback"):
        defaults = getattr(QtBot, name).__kwdefaults__
        if defaults is not None and "timeout" in defaults:
            defaults["timeout"] = DEADLINE_MS


def drain_events(qtbot: object) -> None:
    """Runs the event loop until everything already posted to it (zero-timers, queued calls, deferred
    deletes) has run: a zero-timer posted now runs after them. For asserting that something did NOT
    happen, instead of waiting a fixed time."""
    from PySide6.QtCore import QTimer

    done: list[bool] = []
    QTimer.singleShot(0, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))  # type: ignore[attr-defined]


def wait_for(qtbot: object, condition: Callable[[], object], timeout_ms: int = DEADLINE_MS) -> None:
    """Runs the event loop until ``condition()`` is true (at most ``timeout_ms``, a deadline for a hang,
    not a measure). Returns either way: the test then asserts the condition itself, so a failure says
    what is wrong rather than "timed out"."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)  # type: ignore[attr-defined]


def count_calls(work: Callable[[], T]) -> tuple[T, int]:
    """Runs ``work()`` and counts the Python and C function calls it makes: work that no machine load changes."""
    count = 0

    def count_call(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(count_call)
    try:
        result = work()
    finally:
        sys.setprofile(None)
    return result, count


def run_captured(args: list[str], *, timeout: float, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``subprocess.run(args, capture_output=True, text=True, timeout=timeout)``, with the output taken
    through files instead of pipes: a child's own children that outlive it (a speech worker) cannot keep
    the run waiting for the end of a pipe (on Windows, a timed-out run reads its pipes to their end).
    ``timeout`` is a deadline for a hang; the child is killed and TimeoutExpired raised after it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, **kwargs)
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        encoding = locale.getpreferredencoding(False)
        texts = []
        for stream in (out, err):
            stream.seek(0)
            texts.append(stream.read().decode(encoding).replace("\r\n", "\n").replace("\r", "\n"))
    return subprocess.CompletedProcess(args, code, texts[0], texts[1])


def end_process(process: subprocess.Popen[bytes] | subprocess.Popen[str], grace_s: float) -> None:
    """Ends ``process`` if it still runs: TERM, up to ``grace_s`` to go, then KILL (a deadline, not a measure)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(grace_s)


class Lines:
    """The lines a child process writes, read on a thread of their own, so that waiting for the next one
    has a deadline: a silent child fails the test that waits, not the whole run (on Windows, pytest-timeout
    ends the run at the first test that reaches it)."""

    def __init__(self, stream: Iterable[str]) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), name="child-lines", daemon=True)
        self._thread.start()

    def _read(self, stream: Iterable[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put("")  # the end, as readline() says it

    def next(self, timeout: float = DEADLINE_S) -> str:
        """The next line, "" at the end of the output; AssertionError if none comes within ``timeout``."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the child process wrote nothing more in {timeout:.0f} s") from None

    def join(self, timeout: float = DEADLINE_S) -> None:
        self._thread.join(timeout)


def end_input_and_wait(process: subprocess.Popen[str], lines: Lines) -> str:
    """Closes ``process``'s input (a worker ends at its end), waits for it to end (TERM, then KILL, after a
    deadline for a hang) and for ``lines`` to be read, and returns what it wrote on stderr."""
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.close()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(DEADLINE_S)
    end_process(process, grace_s=DEADLINE_S)
    lines.join()
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return errors
