"""Is a screen reader running? The flag each platform's screen readers set for applications to read.

* Linux (AT-SPI): the accessibility bus launcher's D-Bus property ``ScreenReaderEnabled`` of
  ``org.a11y.Status`` (service ``org.a11y.Bus``, object ``/org/a11y/bus`` on the session bus). Desktops
  set it when they start a screen reader (GNOME, MATE: the ``screen-reader-enabled`` setting); Orca
  reads it. ``IsEnabled`` is not used: magnifiers and the desktop's own helpers set that one too.
* Windows: ``SystemParametersInfo(SPI_GETSCREENREADER)``, which NVDA, JAWS and Narrator set while they
  run (written from Microsoft's documentation; this project's machines run Linux).
* elsewhere: no flag is read (macOS's VoiceOver has no public one): False.

The answer is kept for ``CACHE_S`` so a key press costs at most one quick question a second.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

CACHE_S = 1.0
DBUS_TIMEOUT_MS = 200
SPI_GETSCREENREADER = 0x0046


def atspi_screen_reader_enabled() -> bool:
    """AT-SPI's ScreenReaderEnabled; False without a session bus or an accessibility bus."""
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    message = QDBusMessage.createMethodCall("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Get")
    message.setArguments(["org.a11y.Status", "ScreenReaderEnabled"])
    message.setAutoStartService(False)  # asking does not start the accessibility bus
    reply = bus.call(message, QDBus.CallMode.Block, DBUS_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return False
    value = reply.arguments()[0]
    value = value.variant() if hasattr(value, "variant") else value
    return value is True


def windows_screen_reader_running(user32: Any = None) -> bool:
    """SPI_GETSCREENREADER through ``user32`` (ctypes' windll.user32 unless given)."""
    import ctypes

    if user32 is None:
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    flag = ctypes.c_int(0)
    if not user32.SystemParametersInfoW(SPI_GETSCREENREADER, 0, ctypes.byref(flag), 0):
        return False
    return bool(flag.value)


def platform_probe(platform: str = sys.platform) -> Callable[[], bool]:
    """The check for ``platform``."""
    if platform.startswith("win"):
        return windows_screen_reader_running
    if platform.startswith("darwin"):
        return lambda: False
    return atspi_screen_reader_enabled


class ScreenReaderCheck:
    """``running()``: whether a screen reader runs, asked at most once per ``CACHE_S``."""

    def __init__(self, probe: Callable[[], bool] | None = None) -> None:
        self._probe = probe or platform_probe()
        self._asked = -CACHE_S
        self._running = False

    def running(self) -> bool:
        now = time.monotonic()
        if now - self._asked >= CACHE_S:
            self._asked = now
            try:
                self._running = bool(self._probe())
            except (OSError, AttributeError, ImportError):  # no bus library, no user32: nothing tells us
                self._running = False
        return self._running
