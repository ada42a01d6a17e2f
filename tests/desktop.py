"""A private desktop for the tests that talk to other processes: an X server (Xvfb), a window manager,
the D-Bus session, the AT-SPI accessibility bus and Orca, each started here and checked before the
test's first step.

Every check waits on a condition the service itself answers (the X server answers a query, the
window manager has claimed the screen, the bus answers a call), with a generous deadline, never for
a fixed time. A service that is not ready by its deadline raises ``ServiceNotReadyError``, whose message
names the service and what was asked of it: a failure says which part of the desktop was missing,
not that a later step heard nothing.

Every process started here gets SIGKILL when the script that started it dies (PR_SET_PDEATHSIG) and
stays in that script's process group, which the test kills as a whole at the end.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
PR_SET_PDEATHSIG = 1
SERVICE_DEADLINE_S = 60.0  # for each service to answer; a quiet machine needs well under a second
POLL_S = 0.1


class ServiceNotReadyError(RuntimeError):
    """A service of the private desktop did not answer in time; the message names it."""

    def __init__(self, service: str, detail: str) -> None:
        super().__init__(f"{service} was not ready: {detail}")
        self.service = service


def _die_with_parent() -> None:
    """In the child before exec: get SIGKILL when the starting script dies, however it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def start(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    # Same process group as the starting script, so the test's final kill of the group reaches everything.
    return subprocess.Popen(args, preexec_fn=_die_with_parent, **kwargs)  # type: ignore[call-overload]


def end(process: subprocess.Popen[bytes]) -> None:
    """Ends a process: TERM, up to 10 s to go, then KILL (a deadline, not a measure)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def wait_until(condition: Callable[[], object], deadline_s: float = SERVICE_DEADLINE_S,
               process: subprocess.Popen[bytes] | None = None) -> bool:
    """Polls ``condition`` until it is true (True) or the deadline passes or ``process`` ended (False)."""
    deadline = time.monotonic() + deadline_s
    while True:
        if condition():
            return True
        if time.monotonic() > deadline or (process is not None and process.poll() is not None):
            return bool(condition())
        time.sleep(POLL_S)


def answers(args: list[str], env: dict[str, str]) -> str | None:
    """The output of a short query command, or None when it fails."""
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def private_environment(home: Path, display: str, sound_server: str | None = None) -> dict[str, str]:
    """The environment of every process of the desktop: its own home, runtime and configuration folders,
    and no sound server but ``sound_server`` (a test's private one, to record what is heard)."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ, DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for name in ("LANGUAGE", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PULSE_SERVER", "AT_SPI_BUS_ADDRESS"):
        env.pop(name, None)
    if sound_server:
        env["PULSE_SERVER"] = sound_server
    return env


# -- the services, each started and checked ------------------------------------------------------------
def start_xvfb(deadline_s: float = SERVICE_DEADLINE_S, screen: str = "1280x1024x24") -> tuple[subprocess.Popen[bytes], str]:
    """Starts Xvfb on a free display number, which it reports through a pipe (-displayfd) once it listens,
    with one screen of ``screen`` (width x height x depth)."""
    read_end, write_end = os.pipe()
    # -noreset: an X server starts afresh when its last client leaves, and refuses connections meanwhile;
    # the checks here connect and leave, and the next client (openbox) would meet that.
    xvfb = start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp",
                  "-noreset"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    deadline = time.monotonic() + deadline_s
    number = b""
    try:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise ServiceNotReadyError("the X server (Xvfb)", f"it reported no display within {deadline_s:.0f} s")
            chunk = os.read(read_end, 16)
            if not chunk:
                raise ServiceNotReadyError("the X server (Xvfb)", f"it exited (status {xvfb.wait(10)}) before "
                                           "reporting its display")
            number += chunk
    finally:
        os.close(read_end)
    return xvfb, f":{number.decode().strip()}"


def check_display(env: dict[str, str]) -> None:
    if not wait_until(lambda: answers(["xdpyinfo"], env) is not None):
        raise ServiceNotReadyError(f"the X server (display {env['DISPLAY']})", "xdpyinfo got no answer")


def check_session_bus(env: dict[str, str]) -> None:
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        raise ServiceNotReadyError("the D-Bus session", "DBUS_SESSION_BUS_ADDRESS is not set (run inside dbus-run-session)")
    query = ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.GetId"]
    if not wait_until(lambda: answers(query, env) is not None):
        raise ServiceNotReadyError("the D-Bus session", "the bus did not answer GetId")
    # Services the bus starts on demand (dconf, which keeps the desktop's settings) get the private
    # folders too; otherwise they would write the settings where the desktop's programs never read them.
    names = ["DISPLAY", "HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"]
    if answers(["dbus-update-activation-environment", *names], env) is None:
        raise ServiceNotReadyError("the D-Bus session", "it did not take the session's environment "
                                   "(dbus-update-activation-environment failed)")


def start_window_manager(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """openbox: without a window manager the focus is lost when a dialog closes, and Orca goes silent."""
    log = Path(env["HOME"]) / "openbox.log"
    with log.open("wb") as output:
        openbox = start(["openbox"], env=env, stdout=output, stderr=subprocess.STDOUT)
    claimed = lambda: "window id" in (answers(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env) or "")  # noqa: E731
    if not wait_until(claimed, process=openbox):
        state = f"it exited with status {openbox.returncode}" if openbox.poll() is not None else "it still runs"
        raise ServiceNotReadyError("the window manager (openbox)", "it did not claim the screen (no "
                                   f"_NET_SUPPORTING_WM_CHECK on the root window); {state}; it said: "
                                   f"{log.read_text(errors='replace')[-500:]!r}")
    return openbox


def start_accessibility_bus(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The AT-SPI bus and its registry, which every accessible app and every screen reader talks to."""
    launcher = start([BUS_LAUNCHER, "--launch-immediately"], env=env, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL)
    address: list[str] = []

    def bus_address() -> bool:
        reply = answers(["dbus-send", "--session", "--print-reply=literal", "--dest=org.a11y.Bus", "/org/a11y/bus",
                         "org.a11y.Bus.GetAddress"], env)
        if reply and reply.strip():
            address[:] = [reply.strip()]
        return bool(address)

    if not wait_until(bus_address, process=launcher):
        raise ServiceNotReadyError("the AT-SPI bus (at-spi-bus-launcher)", "org.a11y.Bus gave no address")
    registry = ["dbus-send", f"--bus={address[0]}", "--print-reply", "--dest=org.a11y.atspi.Registry",
                "/org/a11y/atspi/accessible/root", "org.freedesktop.DBus.Properties.Get",
                "string:org.a11y.atspi.Accessible", "string:ChildCount"]
    if not wait_until(lambda: answers(registry, env) is not None, process=launcher):
        raise ServiceNotReadyError("the AT-SPI registry (at-spi2-registryd)", f"it did not answer on {address[0]}")
    return launcher


def enable_toolkit_accessibility(env: dict[str, str]) -> None:
    """The desktop setting Orca reads before it listens to applications."""
    key = ["org.gnome.desktop.interface", "toolkit-accessibility"]
    subprocess.run(["gsettings", "set", *key, "true"], env=env, timeout=30, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not wait_until(lambda: (answers(["gsettings", "get", *key], env) or "").strip() == "true"):
        raise ServiceNotReadyError("the desktop settings (gsettings)", "toolkit-accessibility did not read back as true")


def wait_for_window(env: dict[str, str], name: str, app: subprocess.Popen[bytes],
                    deadline_s: float = SERVICE_DEADLINE_S) -> None:
    """Until a visible window whose title holds ``name`` is on the screen."""
    shown = lambda: bool((answers(["xdotool", "search", "--onlyvisible", "--name", name], env) or "").strip())  # noqa: E731
    if not wait_until(shown, deadline_s, process=app):
        state = f"it exited with status {app.returncode}" if app.poll() is not None else "it still runs"
        raise ServiceNotReadyError(f"the app's window (“{name}”)",
                                   f"no such window appeared within {deadline_s:.0f} s; {state}")


def end_all(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in reversed(processes):
        with contextlib.suppress(OSError):
            end(process)
