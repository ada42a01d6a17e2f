"""The exports from the window: EPUB 3 with narration, MP3 with chapters, WAV.

``Exports`` (made by the main window, handed the binder, the announcer, the settings and the
document shown) binds "export.epub", "export.mp3" and "export.wav". Each export runs the app's own
command line (``python -m reader --export-epub FILE ...``; the app itself when frozen) in a child
process (reader/child_process.py), so the window stays responsive and memory stays the child's
business. The child
prints "Oplæsning: 37 %" lines on stderr: they drive a progress dialog with a Cancel button,
and 25/50/75 % and the outcome are announced through the Announcer, so screen
reader users hear how it goes. Cancel ends the child (SIGTERM, then kill); the file is
written atomically (reader/files.py), so a cancelled or failed export leaves the old file
exactly as it was and reports nothing as saved.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QWidget

from reader.actions import ActionBinder
from reader.child_process import ChildProcess, app_command
from reader.document import Document
from reader.presentation.options import LANGUAGE, SPEECH_RATE, SPEECH_VOICE
from reader.settings_service import Settings
from reader.ui.announcer import Announcer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QProgressDialog

translate = QCoreApplication.translate

KINDS = {"epub": "--export-epub", "mp3": "--export-mp3", "wav": "--speak-to-file"}
PROGRESS_LINE = re.compile(r"^\D*?(\d{1,3}) %$")
MILESTONES = (25, 50, 75)
GRACE_MS = 3000  # after SIGTERM, before the child is killed


def command_line(kind: str, path: Path, document: Document | None, settings: Settings) -> tuple[str, list[str]]:
    """The app's command line that writes ``path`` from ``document``, with the settings in use now."""
    arguments = [KINDS[kind], str(path), "--lang", settings.get(LANGUAGE)]
    for option in (SPEECH_RATE, SPEECH_VOICE):  # what the window uses now, saved or not
        assert option.flag is not None
        arguments += [option.flag.name, str(settings.value(option.key))]
    if document is not None:
        arguments += ["--content", str(document.source.parent), "--document", str(document.source)]
    return app_command(arguments)


class ExportJob(QObject):
    """One export in a child process; ``finished(ok, message)`` tells how it ended."""

    progress = Signal(int)
    finished = Signal(bool, str)

    def __init__(self, kind: str, path: Path, command: tuple[str, list[str]], parent: QObject) -> None:
        super().__init__(parent)
        self.kind = kind
        self.path = path
        self.cancelled = False
        self.started_at = time.time()
        self._errors: list[str] = []
        self._output: list[str] = []
        self._done = False
        self.child = ChildProcess(command, self)
        self.child.error_line.connect(self._error_line)
        self.child.output_line.connect(self._output.append)
        self.child.ended.connect(self._ended)
        self.child.failed_to_start.connect(self._failed)

    def start(self) -> None:
        self.child.start()

    @property
    def running(self) -> bool:
        return self.child.running

    def cancel(self) -> None:
        """Ends the child: it stops before its next sentence and saves nothing."""
        if not self.running or self.cancelled:
            return
        self.cancelled = True
        self.child.stop(GRACE_MS)

    def _error_line(self, raw: str) -> None:
        line = raw.strip()
        match = PROGRESS_LINE.match(line)
        if match:
            self.progress.emit(min(100, int(match.group(1))))
        elif line:
            self._errors.append(line)

    def _ended(self, code: int, crashed: bool) -> None:
        output = [line for line in self._output if line.strip()]
        if self.cancelled:
            self._remove_leftovers()
            self._finish(False, translate("Exports", "Cancelled: {path} was not saved, and an earlier file is "
                                                     "untouched.").format(path=self.path))
        elif not crashed and code == 0 and self.path.is_file():
            self._finish(True, output[-1].strip() if output else str(self.path))
        else:
            self._remove_leftovers()
            self._finish(False, self._errors[-1] if self._errors else translate(
                "Exports", "{path} was not saved: the export stopped unexpectedly (exit status {code}).").format(
                path=self.path, code=code))

    def _failed(self, reason: str) -> None:
        self._finish(False, translate("Exports", "{path} was not saved: the export could not be started "
                                                 "({detail}).").format(path=self.path, detail=reason))

    def _finish(self, ok: bool, message: str) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(ok, message)

    def _remove_leftovers(self) -> None:
        """A killed child cannot clean up: drop the temporary file it was writing (reader/files.py names it)."""
        for leftover in self.path.parent.glob(f".{self.path.name[:100]}.*.part"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime >= self.started_at - 1:
                    leftover.unlink()


class Exports(QObject):
    """The export commands of the window, one export at a time."""

    job_finished = Signal(bool, str)

    def __init__(self, window: QWidget, binder: ActionBinder, announcer: Announcer, settings: Settings,
                 document: Callable[[], Document | None]) -> None:
        """``window``: where the dialogs open."""
        super().__init__(window)
        self.window = window
        self.announcer = announcer
        self.settings = settings
        self._document = document
        self.job: ExportJob | None = None
        self.dialog: QProgressDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._announced: set[int] = set()
        binder.bind("export.epub", lambda: self.choose_file("epub"))
        binder.bind("export.mp3", lambda: self.choose_file("mp3"))
        binder.bind("export.wav", lambda: self.choose_file("wav"))

    def announce(self, text: str, *, assertive: bool = False) -> None:
        self.announcer.announce(text, assertive=assertive)

    # -- choosing the file --------------------------------------------------------------
    def choose_file(self, kind: str) -> None:
        document = self._document()
        if document is None:
            return
        if kind == "epub":
            title = translate("Exports", "Save the policy as a talking book (EPUB)")
            name_filter = translate("Exports", "EPUB books (*.epub)")
            location = QStandardPaths.StandardLocation.DocumentsLocation
        elif kind == "wav":
            title = translate("Exports", "Save the policy as a sound file")
            name_filter = translate("Exports", "WAV sound (*.wav)")
            location = QStandardPaths.StandardLocation.MusicLocation
        else:
            title = translate("Exports", "Save the policy as an MP3 audiobook")
            name_filter = translate("Exports", "MP3 sound (*.mp3)")
            location = QStandardPaths.StandardLocation.MusicLocation
        folder = QStandardPaths.writableLocation(location) or str(Path.home())
        from PySide6.QtWidgets import QFileDialog  # here: the dialogs' enums cost time at start-up

        dialog = QFileDialog(self.window, title, str(Path(folder) / f"{document.source.stem}.{kind}"), name_filter)
        dialog.setObjectName(f"export_{kind}_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.export(kind, Path(path)))
        if self.file_dialog is not None:  # one at a time; the old one goes (and no longer answers to its name)
            self.file_dialog.setObjectName("")
            self.file_dialog.deleteLater()
        self.file_dialog = dialog
        dialog.open()

    # -- running it -----------------------------------------------------------------------
    def command(self, kind: str, path: Path) -> tuple[str, list[str]]:
        return command_line(kind, path, self._document(), self.settings)

    def export(self, kind: str, path: Path) -> bool:
        """Starts writing ``path`` (``kind``: "epub", "mp3" or "wav"); False when another export is running."""
        if self.job is not None and self.job.running:
            self.announce(translate("Exports", "Another file is still being saved. Wait for it, or cancel it "
                                                "first."), assertive=True)
            return False
        job = ExportJob(kind, path, self.command(kind, path), self)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        self.job = job
        self._announced = set()
        self._show_dialog(path)
        job.start()
        self.announce(translate("Exports", "Saving {name}…").format(name=path.name))
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _show_dialog(self, path: Path) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(translate("Exports", "Saving {name}…").format(name=path.name),
                                 translate("Exports", "Cancel"), 0, 100, self.window)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(translate("Exports", "Saving"))
        dialog.setAccessibleName(translate("Exports", "Saving {name}").format(name=path.name))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # reading goes on while it saves
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog

    def _progress(self, percent: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(percent)
        for milestone in MILESTONES:
            if percent >= milestone and milestone not in self._announced:
                self._announced.add(milestone)
                if self.job is not None:
                    self.announce(translate("Exports", "Saving {name}: {percent} %").format(
                        name=self.job.path.name, percent=milestone))

    def _finished(self, ok: bool, message: str) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        self.announce(message, assertive=not ok)
        self.job_finished.emit(ok, message)

    def shutdown(self) -> None:
        """The window closes: an export still running is cancelled, and waited for briefly."""
        job = self.job
        if job is not None and job.running:
            job.cancel()
            if not job.child.wait(GRACE_MS):
                job.child.kill()
