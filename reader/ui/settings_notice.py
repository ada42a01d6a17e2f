"""A lasting note in the status bar about the settings file.

Two things are said here, in the interface language, and stay (unlike the status bar's passing
messages, which the next command would wipe out before anyone read them):

* the settings cannot be saved: the values chosen still apply until the app closes, and the note
  names where the file should have been;
* the settings file could not be read: the app's own file was put aside under a backup name and
  the app starts on the standard settings, or a file the user named is not a settings file and
  is left exactly as it was, the app running on the standard settings in memory.

The window also says the file notice to screen readers once it is painted, together with any
other problem found while starting (``MainWindow._tell_start_problems``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.settings_service import KEPT_ASIDE, UNTOUCHED, Settings


class SettingsNotice(QLabel):
    """Hidden until there is something to say about the settings file."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("settings_notice")
        self.setWordWrap(True)
        self._path = ""
        self._file_notice = settings.file_notice
        window.statusBar().addPermanentWidget(self)
        settings.save_failed.connect(self.show_problem)
        self.hide()
        if self._file_notice is not None:
            self.retranslate()
            self.show()
        elif settings.unsaved_path:
            self.show_problem(settings.unsaved_path)

    def show_problem(self, path: str) -> None:
        if self._file_notice is not None and self._file_notice[0] == UNTOUCHED:
            return  # already said: nothing is saved
        self._path = path
        self._file_notice = None
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """Called by the main window when the interface language changes."""
        if self._file_notice is not None:
            text = file_notice_text(self._file_notice)
        elif self._path:
            text = QCoreApplication.translate(
                "SettingsNotice", "Your settings cannot be saved ({path}). They apply until the program is closed."
            ).format(path=self._path)
        else:
            return
        self.setText(text)
        self.setAccessibleName(text)


def file_notice_text(notice: tuple[str, str]) -> str:
    """What became of an unreadable settings file (``Settings.file_notice``), in the interface language."""
    kind, path = notice
    if kind == KEPT_ASIDE:
        return QCoreApplication.translate(
            "SettingsNotice", "The settings file could not be read, so it was put aside as {backup}. "
            "The program starts with the standard settings.").format(backup=path)
    return QCoreApplication.translate(
        "SettingsNotice", "{path} is not a settings file this program can read. It is left as it is; "
        "the program uses the standard settings and does not save them.").format(path=path)
