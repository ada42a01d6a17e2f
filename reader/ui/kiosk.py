"""Public-terminal mode: locked down, nothing written, fresh for every visitor.

``Kiosk`` is built in ``app.main()`` for ``--kiosk`` (or ``enabled = true`` in the
configuration, see ``reader.kiosk_config``). It watches every event of the application:

* keys that would leave the app (Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+F4) and context menus
  are swallowed; a close request from the window manager is refused; links open
  nothing (every URL scheme is handled by a refusal); file and print dialogs are
  closed the moment they appear; "Quit" is disabled; large-print copies go to the
  configured printer without a dialog;
* the staff chord (``staff_chord``, default Ctrl+Alt+Shift+F12) opens the staff screen
  (reader/ui/staff_screen.py): how the terminal was configured and what could not be
  used; the chord again, or its button, closes the app;
* after ``idle_seconds`` without input (and only if someone has used it since the
  last reset) every dialog, menu and list closes, the window comes back full screen, and
  a large warning over it counts down ``warning_seconds``, spoken and announced to
  screen readers; any key or click cancels it; at zero everything a visitor can change
  returns to the start: speech and the key describer stop, the search is closed and
  emptied (its undo history too), every setting goes back to its starting value (the
  configuration's [settings], else the default: ``Settings.reset()``), the first document
  is shown from the top, the window is full screen with the focus in it, and the start
  screen greets the next visitor. Listening is use: while the app reads aloud the idle
  countdown does not run; it starts again when the reading ends or is paused.

Settings live in a ``MemoryStore`` (see ``app.main``), so nothing reaches the disk.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader import log
from reader.kiosk_config import DEFAULT_STAFF_CHORD, KioskConfig
from reader.presentation.options import LANGUAGE
from reader.speech.service import LOADING, SPEAKING
from reader.ui.announcer import screen_reader_active

if TYPE_CHECKING:
    from reader.actions import ActionBinder
    from reader.document import ContentProblem
    from reader.settings_service import Settings
    from reader.speech.service import SpeechService
    from reader.ui.access import AccessFeatures
    from reader.ui.announcer import Announcer
    from reader.ui.keyboard import KeyboardSupport
    from reader.ui.reading_view import ReadingView
    from reader.ui.search_bar import SearchBar
    from reader.ui.self_voicing import SelfVoicing
    from reader.ui.staff_screen import StaffScreen

translate = QCoreApplication.translate

URL_SCHEMES = ("http", "https", "file", "mailto", "ftp", "tel", "smb", "data")
# Commands disabled on a public terminal (the rest of the registry stays usable): leaving, and
# saving files (the large-print dialog hides its "Save as PDF" button itself).
DISABLED_ACTIONS = ("app.quit", "export.wav", "export.epub", "export.mp3")
# Dialogs that reach the file system or other programs.
BLOCKED_DIALOGS = (QFileDialog, QPrintDialog, QPageSetupDialog)
_INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.TabletPress)


def blocked_keys() -> list[QKeyCombination]:
    """Keys that close a window or the app on some desktop."""
    sequences = [QKeySequence("Alt+F4"), QKeySequence("Ctrl+Q"), QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4"),
                 QKeySequence("Ctrl+Shift+Q"), QKeySequence("Ctrl+Shift+W")]
    for standard in (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close):
        sequences += QKeySequence.keyBindings(standard)
    return [_first(sequence) for sequence in sequences if not sequence.isEmpty()]


def _first(sequence: QKeySequence) -> QKeyCombination:
    return sequence[0]  # type: ignore[index]


def parse_chord(text: str) -> QKeyCombination:
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.isEmpty() or _first(sequence).key() == Qt.Key.Key_unknown:
        sequence = QKeySequence(DEFAULT_STAFF_CHORD)
    return _first(sequence)


class IdleWarning(QFrame):
    """The countdown: large text over the window, with the time left."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle_warning")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        self.title = QLabel()
        self.title.setObjectName("idle_warning_title")
        self.prompt = QLabel()
        self.prompt.setObjectName("idle_warning_prompt")
        self.countdown = QLabel()
        self.countdown.setObjectName("idle_warning_countdown")
        for label, scale in ((self.title, 2.4), (self.prompt, 2.0), (self.countdown, 1.6)):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = QFont(label.font())
            font.setPointSizeF(max(font.pointSizeF(), 12.0) * scale)
            font.setBold(label is not self.countdown)
            label.setFont(font)
            layout.addWidget(label)
        self.seconds = 0
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Are you still there?"))
        self.prompt.setText(translate("Kiosk", "Press a key to continue."))
        if self.seconds == 1:
            self.countdown.setText(translate("Kiosk", "The screen starts afresh in 1 second."))
        else:
            self.countdown.setText(translate("Kiosk", "The screen starts afresh in {seconds} seconds.").format(
                seconds=self.seconds))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(f"{self.prompt.text()} {self.countdown.text()}")

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate()

    def spoken_text(self) -> str:
        return f"{self.title.text()} {self.prompt.text()} {self.countdown.text()}"

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        margin = min(parent.width(), parent.height()) // 10
        self.setGeometry(parent.rect().adjusted(margin, margin, -margin, -margin))
        self.show()
        self.raise_()


class TerminalParts(NamedTuple):
    """What the public terminal works with, handed to it by the window (``MainWindow.terminal_parts``)."""

    window: QMainWindow  # full screen, in front; the idle warning and the staff screen lie over it
    settings: Settings
    speech: SpeechService | None
    voicing: SelfVoicing | None  # the app's own voice (it says the idle warning where it is heard)
    announcer: Announcer
    binder: ActionBinder
    access: AccessFeatures  # the start screen, the large-print printer, the profiles file's problems
    keyboard: KeyboardSupport  # the key describer
    search_bar: SearchBar
    view: ReadingView
    problems: list[ContentProblem]  # the content's, for the staff
    use_terminal: Callable[[tuple[str, ...]], None]  # hides these commands, and every path, from visitors
    start_afresh: Callable[[], None]  # the first document from its top


class Kiosk(QObject):
    idle_warning_started = Signal()
    idle_warning_cancelled = Signal()
    reset_done = Signal()
    staff_screen_opened = Signal()
    staff_exit = Signal()
    refused = Signal(str)  # what was held back: "key", "close", "context menu", "link", "dialog"

    def __init__(self, app: QApplication, parts: TerminalParts, config: KioskConfig) -> None:
        window = parts.window
        super().__init__(window)
        self.app = app
        self.parts = parts
        self.window = window
        self.config = config
        self.staff_chord = parse_chord(config.staff_chord)
        self._blocked = blocked_keys()
        self._leaving = False
        self.used_since_reset = False
        self.warning = IdleWarning(window)
        self._seconds_left = 0
        self.read_at = time.strftime("%H:%M")  # when the configuration was read: this start
        self._staff_screen: StaffScreen | None = None

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(round(config.idle_seconds * 1000))
        self.idle_timer.timeout.connect(self.start_warning)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        if parts.speech is not None:
            parts.speech.state_changed.connect(self._speech_state_changed)

        parts.use_terminal(DISABLED_ACTIONS)  # gone from menus, help and key descriptions; no paths shown
        for problem in parts.problems:  # for the staff: in the log now, on the staff screen when asked
            log.detail(problem.describe())
        parts.access.send_copies_to(config.printer)
        # The key describer filters every key while it runs; this filter must still come first, so
        # the staff chord and the blocked keys are never described instead.
        parts.keyboard.describer.active_changed.connect(self._stay_first)
        for scheme in URL_SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]
        app.installEventFilter(self)

    # -- starting and leaving ---------------------------------------------------------------
    def start(self) -> None:
        """Full screen, starting settings, and the start screen when configured."""
        self.parts.settings.set_starting(self.config.settings)  # what every reset returns to
        self.window.showFullScreen()
        if self.config.start_screen:
            self.parts.access.show_start_screen()

    def _stay_first(self) -> None:
        self.app.removeEventFilter(self)
        self.app.installEventFilter(self)  # the filter installed last is asked first

    @property
    def staff_screen(self) -> StaffScreen:
        if self._staff_screen is None:
            from reader.ui.staff_screen import StaffScreen

            source = str(self.config.path) if self.config.path is not None else translate(
                "Kiosk", "the command line (--kiosk; no configuration file)")
            self._staff_screen = StaffScreen(self.window, source, self.read_at, self.staff_problems)
            self._staff_screen.close_requested.connect(self.leave)
            self._staff_screen.dismissed.connect(self.close_staff_screen)
        return self._staff_screen

    def staff_problems(self) -> list[str]:
        """What the staff screen lists: the configuration's problems, the content's and the profiles file's."""
        return [*self.config.problems, *(p.describe() for p in self.parts.problems),
                *self.parts.access.problems]

    def staff_chord_pressed(self) -> None:
        """The first press opens the staff screen; a press while it is open closes the app."""
        if self._staff_screen is not None and self._staff_screen.isVisible():
            self.leave()
            return
        self.cancel_warning()
        self.close_windows()
        self.staff_screen.open()
        self._announce(self.staff_screen.text())
        self.staff_screen_opened.emit()

    def close_staff_screen(self) -> None:
        if self._staff_screen is not None and self._staff_screen.isVisible():
            self._staff_screen.hide()
            self.parts.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        """Closes the window (and with it the app), and says so in the log."""
        self._leaving = True
        self.stop()
        print(translate("Kiosk", "The public terminal was closed with the staff chord."), file=sys.stderr, flush=True)
        self.staff_exit.emit()
        self.window.close()

    def stop(self) -> None:
        self.app.removeEventFilter(self)
        self.idle_timer.stop()
        self.tick.stop()
        for scheme in URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        self.refused.emit("link")

    # -- the event filter --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            combination = event.keyCombination()
            if combination == self.staff_chord:
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    QTimer.singleShot(0, self.staff_chord_pressed)
                event.accept()
                return True
            if combination in self._blocked:
                event.accept()  # for ShortcutOverride: no shortcut fires
                if kind == QEvent.Type.KeyPress:
                    self._activity(cancel=True)
                    self.refused.emit("key")
                return True
            if kind == QEvent.Type.ShortcutOverride and self.warning.isVisible():
                event.accept()  # the key that cancels the warning triggers no command
                return True
        if kind in _INPUT:
            if self.warning.isVisible():
                self._activity(cancel=True)
                return True  # the key or click that cancels the warning does nothing else
            self._activity(cancel=True)
        elif kind == QEvent.Type.MouseMove and not self.warning.isVisible():
            self._activity(cancel=False)
        elif kind == QEvent.Type.ContextMenu:
            self.refused.emit("context menu")
            return True
        elif kind == QEvent.Type.Close and watched is self.window and not self._leaving:
            event.ignore()
            self.refused.emit("close")
            return True
        elif kind == QEvent.Type.Show and isinstance(watched, BLOCKED_DIALOGS):
            QTimer.singleShot(0, watched.reject)
            self.refused.emit("dialog")
        return False

    # -- idle reset ---------------------------------------------------------------------------
    def _activity(self, *, cancel: bool) -> None:
        self.used_since_reset = True
        if self.warning.isVisible():
            if not cancel:
                return
            self.cancel_warning()
        self._restart_idle_countdown()

    def listening(self) -> bool:
        """True while the app reads aloud to the visitor (not while paused)."""
        speech = self.parts.speech
        return speech is not None and speech.state in (LOADING, SPEAKING)

    def _restart_idle_countdown(self) -> None:
        if self.listening():
            self.idle_timer.stop()  # listening is use: the countdown starts when the reading stops
        else:
            self.idle_timer.start()

    def _speech_state_changed(self, state: str) -> None:
        if self.warning.isVisible() or not self.used_since_reset:
            return  # the warning's own words, or nobody here: nothing to restart
        self._restart_idle_countdown()

    def start_warning(self) -> None:
        if not self.used_since_reset or self.listening():
            return  # nobody has been here since the last reset, or someone is listening
        # Nothing may hide the warning: every other window closes, and this one comes back to the front.
        self.close_windows()
        self.close_staff_screen()
        self.bring_to_front()
        self._seconds_left = max(1, round(self.config.warning_seconds))
        self.warning.set_seconds(self._seconds_left)
        self.warning.cover()
        self.tick.start()
        text = self.warning.spoken_text()
        self._announce(text)
        self._speak(text)
        self.idle_warning_started.emit()

    def cancel_warning(self) -> None:
        if not self.warning.isVisible() and not self.tick.isActive():
            return
        self.tick.stop()
        self.warning.hide()
        self._stop_speech()
        self.idle_warning_cancelled.emit()

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.reset()
            return
        self.warning.set_seconds(self._seconds_left)
        if self._seconds_left in (10, 5):
            self._announce(self.warning.countdown.text())

    def reset(self) -> None:
        """Everything a visitor can change back to how the next visitor should find it."""
        self.used_since_reset = False
        self.tick.stop()
        self.idle_timer.stop()
        self.warning.hide()
        self._stop_speech()
        self.close_windows()
        self.close_staff_screen()
        parts = self.parts
        parts.keyboard.stop_describing()
        parts.search_bar.forget()
        parts.settings.reset()  # to the configuration's [settings], else the defaults
        # Nothing of the last visitor's left for a screen reader, on screen or in the air: also what
        # putting their settings back made the app say.
        self._stop_speech()
        parts.announcer.drop_notices()
        self.window.statusBar().clearMessage()
        parts.start_afresh()  # from the top, nothing selected, the contents at the start
        self.bring_to_front()
        parts.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.config.start_screen:
            parts.access.show_start_screen()
        self.reset_done.emit()

    def close_windows(self) -> None:
        """Closes every dialog, menu, list, popup and tooltip over the window (the About box too)."""
        QToolTip.hideText()
        for _ in range(50):  # popups stack (a menu's submenu, a list's popup): the top one first
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # also ends a dialog's own event loop (QMessageBox.about)
            else:
                widget.close()

    def bring_to_front(self) -> None:
        """The window full screen (also after the window manager minimised it), in front, with the focus."""
        window = self.window
        state = window.windowState()
        if state & Qt.WindowState.WindowMinimized or not state & Qt.WindowState.WindowFullScreen:
            window.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        if not window.isActiveWindow():  # something else is in front of it
            window.raise_()
            window.activateWindow()

    # -- speech, where the read-aloud service is present ---------------------------------------
    def _announce(self, text: str) -> None:
        self.parts.announcer.announce(text, assertive=True, status=False)

    def _speak(self, text: str) -> None:
        """The read-aloud voice, only where no screen reader is speaking already, and the app's own voice
        (self-voicing) is not heard: either says the announcement already."""
        voicing = self.parts.voicing
        if voicing is not None and voicing.audible():
            return
        speech = self.parts.speech
        if speech is not None and not screen_reader_active():
            speech.say(text, language=self.parts.settings.get(LANGUAGE))

    def _stop_speech(self) -> None:
        """Stops a reading and silences the interface's own voice."""
        speech = self.parts.speech
        if speech is not None:
            speech.stop()
            speech.hush()

    def _trigger(self, action_id: str) -> None:
        action = self.parts.binder.actions.get(action_id)
        if action is not None and action.isEnabled():
            action.trigger()
