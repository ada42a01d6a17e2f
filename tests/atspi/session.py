"""One screen-reader session, run inside ``dbus-run-session``: Xvfb, the AT-SPI bus, the app, the walker.

    dbus-run-session -- python tests/atspi/session.py OUT.json SETTINGS.ini -- WALKER ARGS...

Every process it starts is ended (TERM, then KILL) when the session ends, gets SIGKILL from
the kernel if this script dies first (PR_SET_PDEATHSIG), and stays in this script's process
group, which the test kills as a whole at the end; every wait has a deadline. Writes the walker's JSON
(or an {"error": ...}) to OUT.json and the app's output next to it.
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("walker.py")
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child before exec: get SIGKILL when this session script dies, however it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def start(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    # Same process group as this script, so the test's final kill of the group reaches everything.
    return subprocess.Popen(args, preexec_fn=_die_with_parent, **kwargs)  # type: ignore[call-overload, no-any-return]


def end(process: subprocess.Popen[bytes]) -> None:
    """Ends a process: TERM, up to 3 s, then KILL."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(3)


def start_xvfb(deadline: float, screen: str = "1280x1024x24") -> tuple[subprocess.Popen[bytes], str]:
    """Starts Xvfb on a free display number, which it reports through a pipe (-displayfd), with one
    screen of ``screen`` (width x height x depth)."""
    read_end, write_end = os.pipe()
    xvfb = start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
                 pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    try:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("Xvfb did not report its display in time")
            chunk = os.read(read_end, 16)
            if not chunk:
                raise RuntimeError("Xvfb exited before reporting its display")
            number += chunk
    finally:
        os.close(read_end)
    return xvfb, f":{number.decode().strip()}"


def main() -> int:
    out, settings = Path(sys.argv[1]), Path(sys.argv[2])
    walker_args = sys.argv[sys.argv.index("--") + 1:]
    walker_timeout = float(walker_args[-1])
    deadline = time.monotonic() + 10
    processes: list[subprocess.Popen[bytes]] = []
    result: dict[str, object]
    app_log = out.with_suffix(".app.log")
    try:
        xvfb, display = start_xvfb(deadline)
        processes.append(xvfb)
        env = dict(os.environ, DISPLAY=display)
        env.pop("WAYLAND_DISPLAY", None)
        processes.append(start([BUS_LAUNCHER, "--launch-immediately"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        with app_log.open("wb") as log:
            processes.append(start([sys.executable, str(ROOT / "main.py"), "--settings", str(settings)],
                                   env=app_env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT))
        walker_env = {key: value for key, value in env.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
        walker = start([SYSTEM_PYTHON, str(WALKER), *walker_args], env=walker_env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        processes.append(walker)
        try:
            stdout, stderr = walker.communicate(timeout=walker_timeout * 3 + 10)
        except subprocess.TimeoutExpired:
            result = {"error": "the AT-SPI walker did not finish in time"}
        else:
            try:
                result = json.loads(stdout.decode() or "{}")
            except json.JSONDecodeError:
                result = {"error": f"walker output: {stdout.decode()[-2000:]} {stderr.decode()[-2000:]}"}
            if walker.returncode and "error" not in result:
                result["error"] = f"walker exited with {walker.returncode}: {stderr.decode()[-2000:]}"
    except (OSError, RuntimeError, TimeoutError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    finally:
        for process in reversed(processes):
            end(process)
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
