"""A desktop to start the app on: Xvfb with one screen of a chosen size, the openbox window manager,
and the app in its own process with a fresh settings folder. The window's place is read from
the window manager (the frame window openbox puts around it, through xwininfo), not from Qt;
keys are pressed with xdotool; the screen is photographed with Qt in a process of its own.

Every process started here ends with the desktop (``Desktop`` is a context manager), and every
wait has a deadline.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from tests.conftest import ROOT
from tests.desktop import end, start, start_xvfb
from tests.waiting import end_process

DEADLINE_S = 60.0  # for the window to appear, settle or close (a deadline for a hang, not a measure)
TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop")
_CORNER = re.compile(r"Absolute upper-left ([XY]):\s+(-?\d+)")
_SIZE = re.compile(r"^\s+(Width|Height):\s+(\d+)", re.MULTILINE)
_PARENT = re.compile(r"Parent window id: (0x[0-9a-f]+)")
_ROOT = re.compile(r"Root window id: (0x[0-9a-f]+)")

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    def inside(self, other: Rect) -> bool:
        return (self.x >= other.x and self.y >= other.y and self.x + self.width <= other.x + other.width
                and self.y + self.height <= other.y + other.height)

    def __str__(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


class Desktop:
    """Xvfb at ``width`` x ``height`` with openbox; ``start_app()`` starts Herning Læser on it."""

    def __init__(self, width: int, height: int, home: Path) -> None:
        self.screen = Rect(0, 0, width, height)
        self.home = home
        self.settings = home / "config" / "herning-laeser" / "settings.ini"
        self._processes: list[subprocess.Popen[bytes]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.window = ""
        self.env: dict[str, str] = {}

    def __enter__(self) -> Desktop:
        try:
            xvfb, display = start_xvfb(screen=f"{self.screen.width}x{self.screen.height}x24")
            self._processes.append(xvfb)
            runtime = self.home / "runtime"
            runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.env = dict(os.environ, DISPLAY=display, HOME=str(self.home), XDG_RUNTIME_DIR=str(runtime),
                            XDG_CONFIG_HOME=str(self.home / "config"), XDG_CACHE_HOME=str(self.home / "cache"),
                            XDG_DATA_HOME=str(self.home / "data"), QT_QPA_PLATFORM="xcb", LANG="C.UTF-8",
                            LC_ALL="C.UTF-8")
            for name in ("WAYLAND_DISPLAY", "LANGUAGE", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "QT_ACCESSIBILITY"):
                self.env.pop(name, None)
            self._processes.append(start(["openbox"], env=self.env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL))
            self.wait(lambda: self._x(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"]).count("window id") > 0,
                       "openbox to manage the screen")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.app is not None:
            end_process(self.app, 10)
        for process in reversed(self._processes):
            end(process)

    # -- the app --------------------------------------------------------------------------------
    def start_app(self, *args: str) -> str:
        """Starts the app and waits for its main window; returns the window's X id."""
        self.log = self.home / f"app-{len(list(self.home.glob('app-*.log')))}.log"
        with self.log.open("wb") as log:
            self.app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT)
        found: list[str] = []

        def window_shown() -> bool:
            assert self.app is not None
            if self.app.poll() is not None:
                raise AssertionError(f"the app ended: {self.log.read_text(errors='replace')[-2000:]}")
            ids = self._x(["xdotool", "search", "--onlyvisible", "--name", "Herning Læser"]).split()
            found[:] = [window for window in ids if self._parent(window) != self._root()]  # framed by openbox
            return bool(found)

        self.wait(window_shown, "the main window")
        self.window = found[0]
        return self.window

    def quit_app(self) -> None:
        """Ctrl+Q, as a user quits; waits for the app to end."""
        assert self.app is not None
        self.key("ctrl+q")
        self.wait(lambda: self.app is not None and self.app.poll() is not None, "the app to quit")
        self.app = None

    def place_window(self, x: int, y: int, width: int, height: int) -> None:
        """Resizes and moves the window through the window manager, as a user's mouse would."""
        self._x(["xdotool", "windowsize", self.window, str(width), str(height)])
        self._x(["xdotool", "windowmove", self.window, str(x), str(y)])

    def key(self, *keys: str) -> None:
        """Presses ``keys`` (xdotool names) in the app's window, one after the other."""
        self._x(["xdotool", "windowactivate", "--sync", self.window])
        for key in keys:
            self._x(["xdotool", "key", "--clearmodifiers", key])

    # -- what the window manager says ------------------------------------------------------------
    def frame(self) -> Rect:
        """The window's frame (title bar and borders included), as openbox placed it."""
        return self._geometry(self._parent(self.window))

    def inner(self) -> Rect:
        """The window without its frame, on the screen."""
        return self._geometry(self.window)

    def maximized(self) -> bool:
        state = self._x(["xprop", "-id", self.window, "_NET_WM_STATE"])
        return "_NET_WM_STATE_MAXIMIZED_VERT" in state and "_NET_WM_STATE_MAXIMIZED_HORZ" in state

    def frame_when(self, condition: str, check: object, deadline_s: float = DEADLINE_S) -> Rect:
        """The frame, once ``check(frame)`` holds (or at the deadline: the caller asserts it)."""
        deadline = time.monotonic() + deadline_s
        frame = self.frame()
        while not check(frame) and time.monotonic() < deadline:  # type: ignore[operator]
            time.sleep(0.1)
            frame = self.frame()
        return frame

    def settings_hold(self, *lines: str) -> bool:
        try:
            text = self.settings.read_text(encoding="utf-8")
        except OSError:
            return False
        return all(line in text.splitlines() for line in lines)

    def wait_for_settings(self, *lines: str) -> None:
        """Waits until the app has written every one of ``lines`` ("key=value") to its settings file."""
        self.wait(lambda: self.settings_hold(*lines), f"settings {lines}")

    def screenshot(self, path: Path) -> Path:
        subprocess.run([sys.executable, "-c", GRAB, str(path)], env=dict(self.env, QT_QPA_PLATFORM="xcb"),
                       check=True, timeout=DEADLINE_S, capture_output=True)
        return path

    # -- helpers ---------------------------------------------------------------------------------
    def _x(self, args: list[str]) -> str:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=DEADLINE_S,
                              check=False).stdout

    def _parent(self, window: str) -> str:
        found = _PARENT.search(self._x(["xwininfo", "-id", window, "-tree"]))
        return found.group(1) if found else ""

    def _root(self) -> str:
        found = _ROOT.search(self._x(["xwininfo", "-root", "-tree"]))
        return found.group(1) if found else ""

    def _geometry(self, window: str) -> Rect:
        info = self._x(["xwininfo", "-id", window])
        corner = dict(_CORNER.findall(info))
        size = dict(_SIZE.findall(info))
        return Rect(int(corner["X"]), int(corner["Y"]), int(size["Width"]), int(size["Height"]))

    def wait(self, condition: object, what: str) -> None:
        """Polls ``condition()`` until it holds; fails after DEADLINE_S."""
        deadline = time.monotonic() + DEADLINE_S
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {DEADLINE_S:.0f} s for {what}")
            time.sleep(0.1)
