"""The window on the screen: it opens inside the screen's available area, comes back where it was
on that screen, and stays wholly on the screen when it grows.

``WindowPlacement`` is built in ``app.main()`` outside public-terminal mode (the terminal's window
is full screen). Before the window is first shown, ``show()`` chooses its place:

* the place it had when last used on this screen (``WINDOW_PLACES`` keeps one per screen, named
  by the screen's name and size), moved and shrunk inside the available area if the screen's
  panels or the window manager's frame have changed since;
* else the preferred size, 1280 x 800, centred, where that fits with the frame around it;
* else (a 1024 x 768 or 1280 x 800 screen) maximised, which fills exactly the available area.

Afterwards, whenever the window's size or frame changes (a larger interface makes its minimum
larger; the window manager adds a title bar after the first show) and when it is activated, the
whole frame is brought back inside the available area, and the window is maximised when it
cannot fit otherwise. A move by the user is not fought while it happens. The place is
remembered shortly after it changes and when the window closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from reader.presentation.options import WINDOW_PLACES
from reader.settings_service import Settings

PREFERRED_SIZE = QSize(1280, 800)
# The frame a window manager typically draws (title bar and borders), assumed until it has said.
ASSUMED_FRAME = QMargins(4, 32, 4, 4)
REMEMBER_DELAY_MS = 1000  # after the last move or resize
MAX_PLACES = 8  # screens remembered; the one used longest ago is forgotten first


@dataclass(frozen=True)
class Place:
    """Where the window was on one screen: its inner rectangle (without the frame), and whether it
    was maximised."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False

    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)


def parse_places(text: str) -> dict[str, Place]:
    """The places stored as ``screen=x,y,width,height,maximised;...``; anything malformed is skipped."""
    places: dict[str, Place] = {}
    for entry in text.split(";"):
        screen, _, numbers = entry.rpartition("=")
        parts = numbers.split(",")
        if not screen or len(parts) != 5:
            continue
        try:
            x, y, width, height, maximized = (int(part) for part in parts)
        except ValueError:
            continue
        if width > 0 and height > 0 and maximized in (0, 1) and max(abs(x), abs(y), width, height) < 100_000:
            places[screen] = Place(x, y, width, height, bool(maximized))
    return places


def format_places(places: dict[str, Place]) -> str:
    """The text ``parse_places`` reads (most recently used screen last; at most MAX_PLACES)."""
    kept = list(places.items())[-MAX_PLACES:]
    return ";".join(f"{screen}={p.x},{p.y},{p.width},{p.height},{int(p.maximized)}" for screen, p in kept)


def screen_key(screen: QScreen) -> str:
    """A screen's name and size, e.g. "HDMI-1 1920x1080" (a laptop docked or not gets two places)."""
    size = screen.geometry().size()
    name = "".join(character for character in screen.name() if character not in ";=") or "screen"
    return f"{name} {size.width()}x{size.height()}"


def fit_inside(frame: QRect, available: QRect) -> QRect:
    """``frame`` moved (and, where larger, shrunk) to lie wholly inside ``available``."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def _grown(rect: QRect, margins: QMargins) -> QRect:
    return rect.marginsAdded(margins)


class WindowPlacement(QObject):
    """Chooses where ``window`` opens and keeps it on the screen (see the module's docstring)."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._frame = QMargins()  # the frame last seen; a change means the window manager has framed it
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(REMEMBER_DELAY_MS)
        self._remember_timer.timeout.connect(self.remember)
        self._adjusting = False
        window.installEventFilter(self)

    # -- opening ---------------------------------------------------------------------------------
    def show(self) -> None:
        """Shows the window at its place on the screen it opens on."""
        screen = self._opening_screen()
        available = screen.availableGeometry()
        place = parse_places(self.settings.get(WINDOW_PLACES)).get(screen_key(screen))
        if place is not None:
            inner = self._inside(place.rect(), available, ASSUMED_FRAME)
            maximize = place.maximized or inner is None
        else:
            preferred = QRect(0, 0, PREFERRED_SIZE.width(), PREFERRED_SIZE.height())
            preferred.moveCenter(available.center())
            inner = self._inside(preferred, available, ASSUMED_FRAME, shrink=False)
            maximize = inner is None
        if inner is None:  # the size it comes back to from maximised: what fits with an assumed frame
            inner = fit_inside(available.marginsRemoved(ASSUMED_FRAME), available)
        self.window.setGeometry(inner)
        if maximize:
            self.window.showMaximized()
        else:
            self.window.show()

    def _opening_screen(self) -> QScreen:
        """The screen the window was last used on, where it is still connected; else the primary one."""
        screens = {screen_key(screen): screen for screen in QGuiApplication.screens()}
        for key in reversed(parse_places(self.settings.get(WINDOW_PLACES))):
            if key in screens:
                return screens[key]
        screen = QGuiApplication.primaryScreen()
        assert screen is not None  # a QApplication has a screen (display_problem() checked the display)
        return screen

    def _inside(self, inner: QRect, available: QRect, frame: QMargins, *, shrink: bool = True) -> QRect | None:
        """``inner`` placed so that it and ``frame`` lie inside ``available``; None where it does not
        fit (``shrink``: a smaller size is acceptable, down to the window's minimum)."""
        outer = _grown(inner, frame)
        fitted = fit_inside(outer, available)
        if fitted.size() != outer.size() and not shrink:
            return None
        result = fitted.marginsRemoved(frame)
        minimum = self.window.minimumSizeHint().expandedTo(self.window.minimumSize())
        if result.width() < minimum.width() or result.height() < minimum.height():
            return None
        return result

    # -- staying on the screen -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            # The window manager's frame becomes known with a move or only by the first paint.
            if kind in (QEvent.Type.Resize, QEvent.Type.WindowActivate) or (
                    kind in (QEvent.Type.Move, QEvent.Type.Paint) and self._frame_changed()):
                QTimer.singleShot(0, self, self.keep_on_screen)
            if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange):
                self._remember_timer.start()
            elif kind == QEvent.Type.Close:
                self.remember()
        return False

    def _frame_changed(self) -> bool:
        frame = self.frame_margins()
        changed = frame != self._frame
        self._frame = frame
        return changed

    def frame_margins(self) -> QMargins:
        """The window manager's frame around the window, as far as it has said."""
        outer, inner = self.window.frameGeometry(), self.window.geometry()
        return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                        outer.right() - inner.right(), outer.bottom() - inner.bottom())

    def keep_on_screen(self) -> None:
        """Brings the whole frame inside the available area; maximises where it cannot fit."""
        window = self.window
        if self._adjusting or not window.isVisible() or window.windowState() & (
                Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMinimized):
            return
        screen = window.screen()
        available = screen.availableGeometry()
        frame = window.frameGeometry()
        if available.contains(frame):
            return
        self._adjusting = True
        try:
            inner = self._inside(window.geometry(), available, self.frame_margins())
            if inner is None:
                window.showMaximized()
            else:
                window.setGeometry(inner)
        finally:
            self._adjusting = False

    # -- remembering -----------------------------------------------------------------------------
    def remember(self) -> None:
        """Stores the window's place on its screen now."""
        self._remember_timer.stop()
        window = self.window
        if not window.isVisible() or window.windowState() & (
                Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMinimized):
            return
        normal = window.normalGeometry() if window.isMaximized() else window.geometry()
        if normal.isEmpty():
            normal = window.geometry()
        places = parse_places(self.settings.get(WINDOW_PLACES))
        key = screen_key(window.screen())
        places.pop(key, None)  # to the end: the most recently used
        places[key] = Place(normal.x(), normal.y(), normal.width(), normal.height(), window.isMaximized())
        self.settings.set(WINDOW_PLACES, format_places(places))
