"""Telling the user what just happened: in the status bar and to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QStatusBar, QWidget


class Announcer(QObject):
    """Shows a short message in the status bar and sends it to screen readers.

    The message goes out as a Qt accessibility announcement (Qt 6.8+: UIA notification on
    Windows, NSAccessibility announcement on macOS, AT-SPI "announcement" on Linux), so a
    screen reader speaks it even though the focus did not move.
    """

    announced = Signal(str)

    def __init__(self, source: QWidget, status_bar: QStatusBar) -> None:
        super().__init__(source)
        self._source = source
        self._status_bar = status_bar

    def announce(self, text: str, *, assertive: bool = False) -> None:
        self._status_bar.showMessage(text)
        event = QAccessibleAnnouncementEvent(self._source, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)
