"""Can Qt open a window here? Answered before Qt starts, because Qt answers "no" by aborting.

Qt's platform plugin aborts the process (SIGABRT, exit 134) when it cannot connect: no
display, a DISPLAY or WAYLAND_DISPLAY that nobody answers, or a QT_QPA_PLATFORM naming a
plugin that does not exist. ``display_problem()`` makes the same connection Qt would make
(libxcb's ``xcb_connect`` for X11, the socket for Wayland) and checks the platform name
against the plugins installed with PySide6, so the app can print one line and exit 2.
No Qt here. Windows and macOS always have their one platform (only QT_QPA_PLATFORM is checked).
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

from reader.texts import translate


def platform_plugins() -> set[str] | None:
    """The names of the installed Qt platform plugins (xcb, wayland, offscreen, ...), or None if unknown."""
    folders: list[Path] = []
    for variable in ("QT_QPA_PLATFORM_PLUGIN_PATH",):
        folders += [Path(part) for part in os.environ.get(variable, "").split(os.pathsep) if part]
    folders += [Path(part) / "platforms" for part in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if part]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        folders += [package / "Qt" / "plugins" / "platforms", package / "plugins" / "platforms"]
    names: set[str] = set()
    found = False
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        found = True
        for entry in entries:
            match = re.match(r"^(?:lib)?q(\w+?)(?:_debug)?\.(?:so|dll|dylib)$", entry.name)
            if match:
                names.add(match.group(1))
    return names if found else None


def x11_reachable(display: str) -> bool:
    """True when an X server accepts a connection on ``display``, as Qt's xcb plugin would make it."""
    if not display:
        return False
    import ctypes  # here, not at the top: with the offscreen or Wayland platform it is not needed

    xcb = _load_xcb()
    if xcb is not None:
        try:
            xcb.xcb_connect.restype = ctypes.c_void_p
            xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
            xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
            xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
            connection = xcb.xcb_connect(display.encode(), None)
            try:
                return connection is not None and xcb.xcb_connection_has_error(connection) == 0
            finally:
                if connection is not None:
                    xcb.xcb_disconnect(connection)
        except (OSError, AttributeError):
            pass
    return _x11_socket(display)  # no libxcb to ask: at least someone listens


def _load_xcb() -> Any:
    """libxcb, by its soname first: ``ctypes.util.find_library`` runs ``ldconfig -p`` (tens of ms)."""
    import ctypes

    try:
        return ctypes.CDLL("libxcb.so.1")
    except OSError:
        pass
    import ctypes.util

    library = ctypes.util.find_library("xcb")
    try:
        return ctypes.CDLL(library) if library is not None else None
    except OSError:
        return None


def _x11_socket(display: str) -> bool:
    import socket

    match = re.match(r"^(?:unix)?(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$", display)
    if match is None:
        return False
    number = int(match.group("number"))
    host = match.group("host")
    try:
        if host and host != "unix":
            with socket.create_connection((host, 6000 + number), timeout=2):
                return True
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(f"/tmp/.X11-unix/X{number}")
            return True
    except OSError:
        return False


def wayland_reachable(name: str) -> bool:
    """True when a Wayland compositor listens on the socket ``name`` (WAYLAND_DISPLAY)."""
    if not name:
        return False
    path = name if os.path.isabs(name) else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), name)
    if not os.path.isabs(path):
        return False  # Qt needs XDG_RUNTIME_DIR for a relative name
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(path)
            return True
    except OSError:
        return False


def _reachable(name: str) -> tuple[bool, str]:
    """Whether the platform ``name`` can start here, and what it connects to (for the message)."""
    if name == "xcb":
        display = os.environ.get("DISPLAY", "")
        return x11_reachable(display), f"DISPLAY={display}"
    if name.startswith("wayland"):
        wayland = os.environ.get("WAYLAND_DISPLAY", "wayland-0")
        return wayland_reachable(wayland), f"WAYLAND_DISPLAY={wayland}"
    return True, name  # offscreen, minimal, vnc, eglfs, linuxfb, windows, cocoa: nothing to reach


def display_problem() -> str | None:
    """One line for the user when Qt could not open its platform here, else None."""
    value = os.environ.get("QT_QPA_PLATFORM", "")
    if value.strip():
        names = [part.split(":", 1)[0].strip() for part in value.split(";") if part.strip()]
        available = platform_plugins()
        # One plugin file can serve several names (libqwayland: wayland, wayland-egl, wayland-brcm).
        known = [name for name in names
                 if available is None or name in available or (name.startswith("wayland-") and "wayland" in available)]
        if not known:
            return _cannot_start(translate("Display", "QT_QPA_PLATFORM={value} is not a platform Qt has here; "
                                                      "possible: {names}").format(
                value=value, names=", ".join(sorted(available or ()))))
        if not sys.platform.startswith("linux"):
            return None
        tried = []
        for name in known:  # Qt tries a list ("wayland;xcb") in order
            ok, what = _reachable(name)
            if ok:
                return None
            tried.append(what)
        return _cannot_start(translate("Display", "QT_QPA_PLATFORM={value}: {names} does not answer").format(
            value=value, names=", ".join(tried)))
    if not sys.platform.startswith("linux"):
        return None
    display, wayland = os.environ.get("DISPLAY", ""), os.environ.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return _cannot_start(translate("Display", "neither DISPLAY nor WAYLAND_DISPLAY is set"))
    tried = []
    if wayland:
        if wayland_reachable(wayland):
            if not (display and x11_reachable(display)):
                os.environ["QT_QPA_PLATFORM"] = "wayland"  # Qt would otherwise try X first and abort
            return None
        tried.append(f"WAYLAND_DISPLAY={wayland}")
    if display:
        if x11_reachable(display):
            if wayland:
                os.environ["QT_QPA_PLATFORM"] = "xcb"  # not the Wayland socket nobody answers
            return None
        tried.append(f"DISPLAY={display}")
    return _cannot_start(translate("Display", "{names} does not answer").format(names=", ".join(tried)))


def _cannot_start(reason: str) -> str:
    return translate("Display", "Herning Læser cannot find a display ({reason}). Start it in a desktop session, or use "
                                "--screenshot FILE for a picture without a display.").format(reason=reason)
