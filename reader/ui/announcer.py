"""Telling the user what just happened: in the status bar and to assistive technology.

Every status message of the app goes through one ``Announcer`` (``MainWindow.announcer``);
``announcer_for(widget)`` finds it from any widget of the window or of its dialogs.

Screen readers are told in the one way each platform's screen readers speak, and only once:

* Windows and macOS: a Qt accessibility announcement (``QAccessibleAnnouncementEvent``), which
  Qt turns into a UI Automation notification (NVDA, JAWS, Narrator) or an NSAccessibility
  announcement (VoiceOver).
* Linux (AT-SPI): a notification object. Qt sends its announcement as the AT-SPI event
  ``object:announcement``, which Orca 43 (Debian 12) has no listener for; every Orca, old and
  new, speaks an object with the role *notification* that becomes showing
  (``object:state-changed:showing``). Orca 45 and later also speak ``object:announcement``, so
  sending both would be heard twice: on AT-SPI only the notification is sent. Each message gets
  its own small, mouse-transparent, unfocusable notice widget named with the message; it is hidden
  when the next message comes (or after a few seconds) and deleted later, so nothing stale is
  showing when the focus moves and nothing is read on the next focus.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface

# QtGui's accessibility classes are imported where they are used: their Python types and enums
# cost a millisecond or two to make, paid only when something is first announced.

# A widget property: what the app's own voice says when the keyboard focus enters the widget (a panel
# that introduces itself, e.g. the start screen's welcome and choices; see reader/ui/self_voicing.py).
SPOKEN_INTRODUCTION = "spoken_introduction"

# How long a notice stays showing, and how long it lives (a screen reader reads its name after
# the "showing" event arrives, possibly a moment later).
NOTICE_SHOWN_MS = 3_000
NOTICE_LIFETIME_MS = 20_000


def platform_uses_notices(platform: str = sys.platform) -> bool:
    """True where screen readers listen on AT-SPI (Linux and the BSDs), not on Windows or macOS."""
    return not platform.startswith(("win", "cygwin", "darwin"))


def screen_reader_active() -> bool:
    """True while assistive technology (a screen reader) is using the app's accessibility tree."""
    from PySide6.QtGui import QAccessible

    return QAccessible.isActive()


class AnnouncementNotice(QWidget):
    """An invisible object screen readers see as a notification whose name is the message."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("announcement_notice")
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(0, 0, 1, 1)  # nothing to see: it paints nothing and lies under everything


def _notice_factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name == "AnnouncementNotice" and isinstance(obj, QWidget):
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QAccessibleWidget

        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    return None


_factory_installed = False


def _install_notice_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        from PySide6.QtGui import QAccessible

        QAccessible.installFactory(_notice_factory)
        _factory_installed = True


class Announcer(QObject):
    """Shows a short message in the status bar and has screen readers speak it, focus unmoved.

    ``announced`` tells every message; ``voiced`` those the app's own voice (reader/ui/self_voicing.py)
    says: all but the ones whose news is heard anyway (a reading that starts is its own news)."""

    announced = Signal(str)
    voiced = Signal(str)

    def __init__(self, source: QWidget, status_bar: QStatusBar | None, *, notices: bool | None = None) -> None:
        super().__init__(source)
        self._source = source
        self._status_bar = status_bar
        self.uses_notices = platform_uses_notices() if notices is None else notices
        self._notices: list[AnnouncementNotice] = []
        source.installEventFilter(self)  # a new interface language makes the notices shown so far stale

    def announce(self, text: str, *, assertive: bool = False, status: bool = True, voice: bool = True,
                 spoken: str = "") -> None:
        """Tells ``text``; ``assertive`` interrupts the screen reader where it can tell the difference.
        ``status=False`` leaves the status bar as it is (for messages shown elsewhere); ``voice=False``
        keeps it from the app's own voice (what it tells is heard anyway); ``spoken``: the words that voice
        says instead (a number said as words)."""
        if status and self._status_bar is not None:
            self._status_bar.showMessage(text)
        if self.uses_notices:
            self._show_notice(text)
        else:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            event = QAccessibleAnnouncementEvent(self._source, text)
            if assertive:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)
        self.announced.emit(text)
        if voice:
            self.voiced.emit(spoken or text)

    def clear_status(self) -> None:
        """Empties the status bar, whose message no longer says where the caret is."""
        if self._status_bar is not None:
            self._status_bar.clearMessage()

    # -- the AT-SPI notices --------------------------------------------------------------------
    def _show_notice(self, text: str) -> None:
        _install_notice_factory()  # before the first notice: screen readers see it as a notification
        for old in self._notices:
            old.hide()
        host = QApplication.activeWindow()
        if host is None or not host.isVisible():
            host = self._source.window()
        notice = AnnouncementNotice(text, host)
        notice.lower()
        notice.show()
        self._notices.append(notice)
        notice.destroyed.connect(lambda _obj=None, n=notice: self._forget(n))
        QTimer.singleShot(NOTICE_SHOWN_MS, notice, notice.hide)
        QTimer.singleShot(NOTICE_LIFETIME_MS, notice, notice.deleteLater)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._source and event.type() == QEvent.Type.LanguageChange:
            self.drop_notices()
        return False

    def drop_notices(self) -> None:
        """Takes every notice out of the window at once (and deletes it)."""
        for notice in list(self._notices):
            notice.hide()
            notice.setParent(None)
            notice.deleteLater()
        self._notices.clear()

    def _forget(self, notice: AnnouncementNotice) -> None:
        if notice in self._notices:
            self._notices.remove(notice)

    def showing_notices(self) -> list[str]:
        """The messages whose notices are showing now (what a screen reader could still find)."""
        return [notice.accessibleName() for notice in self._notices if notice.isVisible()]


def announcer_for(widget: QWidget | None) -> Announcer | None:
    """The Announcer of the window ``widget`` is in (also from a dialog of that window)."""
    while widget is not None:
        found = widget.findChild(Announcer, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        widget = widget.parentWidget()
    return None
