"""A lasting note in the status bar when the settings cannot be saved.

The app keeps working with the values chosen (they apply until it closes); the note says so and
where the file should have been. It stays, unlike the status bar's passing messages, because
the next command's message would otherwise wipe it out before anyone read it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.settings_service import Settings


class SettingsNotice(QLabel):
    """Hidden until the settings cannot be written; then names the file, in the interface language."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("settings_notice")
        self._path = ""
        window.statusBar().addPermanentWidget(self)
        settings.save_failed.connect(self.show_problem)
        self.hide()
        if settings.unsaved_path:
            self.show_problem(settings.unsaved_path)

    def show_problem(self, path: str) -> None:
        self._path = path
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """Called by the main window when the interface language changes."""
        if not self._path:
            return
        text = QCoreApplication.translate(
            "SettingsNotice", "Your settings cannot be saved ({path}). They apply until the program is closed."
        ).format(path=self._path)
        self.setText(text)
        self.setAccessibleName(text)

