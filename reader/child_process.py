"""The one way the window runs the app's own code in a child process: the speech worker and the exports.

``app_command(arguments)`` is the command line that runs the app with ``arguments``: this Python
with ``-m reader``, or the app itself when frozen (a bundle has no Python to run ``-m``). The
worker is the app started with the hidden first argument ``--speech-worker``.

``ChildProcess`` runs one command (``app_command(...)``, or a test's own) over QProcess and turns
its output into signals, a line at a time, so the window never blocks: ``output_line`` (stdout),
``error_line`` (stderr), and ``ended(code, crashed)`` once it is over (``failed_to_start`` when it never ran). ``stop()``
asks it to end (SIGTERM; on Windows, where that only asks windows to close, it is killed) and
kills it after a grace period; ``kill()`` ends it at once, with anything it started in its own
process group, and says nothing: an end the window asked for is not news.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # where ``import reader`` finds this package


def app_command(arguments: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run the app with ``arguments``."""
    if getattr(sys, "frozen", False):  # PyInstaller and friends: the app itself takes the options
        return sys.executable, list(arguments)
    return sys.executable, ["-m", "reader", *arguments]


class ChildProcess(QObject):
    """The app's own command line in a child process, its output as signals a line at a time."""

    output_line = Signal(str)
    error_line = Signal(str)
    ended = Signal(int, bool)  # exit code, crashed (killed by a signal, or the like)
    failed_to_start = Signal(str)  # why, in the system's words

    def __init__(self, command: tuple[str, list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program, self.arguments = command[0], list(command[1])
        self.process: QProcess | None = None
        self._buffers = {"out": b"", "err": b""}

    def start(self) -> None:
        """Starts the command (once; a process that is running is left alone)."""
        if self.running:
            return
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        existing = environment.value("PYTHONPATH")
        environment.insert("PYTHONPATH", str(PACKAGE_ROOT) + (os.pathsep + existing if existing else ""))
        environment.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(environment)
        process.setWorkingDirectory(str(PACKAGE_ROOT))
        process.readyReadStandardOutput.connect(lambda: self._read(process, "out"))
        process.readyReadStandardError.connect(lambda: self._read(process, "err"))
        process.finished.connect(lambda code, status: self._finished(process, code, status))
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        self.process = process
        self._buffers = {"out": b"", "err": b""}
        process.start(self.program, self.arguments)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def pid(self) -> int | None:
        pid = int(self.process.processId()) if self.process is not None else 0
        return pid or None

    def write_line(self, text: str, *, wait_ms: int = 20) -> None:
        """Sends one line to the child's stdin, and waits up to ``wait_ms`` for it to be written
        (now rather than when the event loop next runs: a stop or a jump is heard that much sooner)."""
        if self.process is None:
            return
        self.process.write((text + "\n").encode("utf-8"))
        if self.process.state() == QProcess.ProcessState.Running:
            self.process.waitForBytesWritten(wait_ms)

    def stop(self, grace_ms: int) -> None:
        """Asks the child to end; kills it if it has not after ``grace_ms``. ``ended`` follows."""
        process = self.process
        if process is None or not self.running:
            return
        if sys.platform == "win32":  # terminate() only asks programs with windows to close
            process.kill()
            return
        process.terminate()
        QTimer.singleShot(grace_ms, self, lambda: process.kill() if self.process is process and self.running else None)

    def wait(self, milliseconds: int) -> bool:
        """Blocks until the child has ended (True) or ``milliseconds`` have passed."""
        return self.process is None or self.process.waitForFinished(milliseconds)

    def kill(self) -> None:
        """Ends the child and its process group now; no signal is sent for this expected end."""
        process, self.process = self.process, None
        if process is None:
            return
        process.blockSignals(True)
        pid = int(process.processId())
        if pid and hasattr(os, "killpg"):
            import signal

            try:
                if os.getpgid(pid) == pid:  # the child made itself a group leader (the speech worker does)
                    os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)  # reaps it: a killed process ends in milliseconds
        process.deleteLater()

    # -- inside --------------------------------------------------------------------------------
    def _read(self, process: QProcess, stream: str) -> None:
        if process is not self.process:
            return
        data = process.readAllStandardOutput() if stream == "out" else process.readAllStandardError()
        self._buffers[stream] += bytes(data.data())
        *lines, self._buffers[stream] = self._buffers[stream].split(b"\n")
        self._emit_lines(stream, lines)

    def _emit_lines(self, stream: str, lines: list[bytes]) -> None:
        signal = self.output_line if stream == "out" else self.error_line
        for raw in lines:
            signal.emit(raw.decode("utf-8", "replace").rstrip("\r"))

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process is not self.process or not shiboken6.isValid(process):  # (ended as Qt tears it down)
            return
        self._read(process, "out")
        self._read(process, "err")
        for stream in ("out", "err"):  # a last line without its newline
            rest, self._buffers[stream] = self._buffers[stream], b""
            if rest:
                self._emit_lines(stream, [rest])
        self.process = None
        process.deleteLater()
        self.ended.emit(code, status != QProcess.ExitStatus.NormalExit)

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self.process and error == QProcess.ProcessError.FailedToStart:
            self.process = None
            process.deleteLater()
            self.failed_to_start.emit(process.errorString())
