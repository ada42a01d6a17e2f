"""One session with a real screen reader, run inside ``dbus-run-session``: Xvfb, openbox, the
AT-SPI bus, Orca (no speech server, utterances logged), the app, and xdotool pressing keys.

    dbus-run-session -- python tests/orca/orca_session.py STEPS.json OUT.json SETTINGS.ini HOME

Every service is private to the session (its own display, window manager, D-Bus session, AT-SPI
bus and HOME) and is checked before the first step, in order: the X server answers, the D-Bus
session answers, the window manager has claimed the screen, the AT-SPI bus and its registry answer,
the desktop's accessibility setting is on, Orca has started listening, and the app's window is on
the screen (tests/desktop.py). One that is not ready ends the session with an error naming it.

STEPS.json is a list of steps: ``{"name", "keys": [xdotool key names], "type": "text",
"expect": ["words", ...]}``. For each step the keys are pressed (and the text typed), then Orca's
speech log is polled until every expected phrase was spoken, and then until Orca has settled: no
event left in its queue (its log records each one queued and taken) and nothing new said for
``QUIET`` seconds. Both waits end as soon as their condition holds; their deadlines
(``STEP_DEADLINE``, ``SETTLE_DEADLINE``) are for a hang, not measures. OUT.json gets, per step, what
Orca said, or {"error": ..., "service": ...}.

STEPS.json may instead be ``{"steps": [...], "screen_reader_flag": true, "app_args": [...], "sound": true}``:
the flag is AT-SPI's ScreenReaderEnabled, set as a desktop sets it when it starts a screen reader
(the accessibility bus launcher writes it to the ``screen-reader-enabled`` setting of the session's
HOME: give the session a private one); ``app_args`` go to the app's command line; ``sound`` keeps the
sound server named by PULSE_SERVER (a test's private one), which the session otherwise leaves out.

A key written ``fast:alt+1`` is pressed with no pause between its key events (xdotool's
``--delay 0``; otherwise xdotool's default 12 ms), as a quick hand does: the whole chord is in
the app before the screen reader has answered for its first key.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.desktop import (  # noqa: E402
    SERVICE_DEADLINE_S,
    SYSTEM_PYTHON,
    ServiceNotReadyError,
    answers,
    check_display,
    check_session_bus,
    enable_toolkit_accessibility,
    end_all,
    private_environment,
    start,
    start_accessibility_bus,
    start_window_manager,
    start_xvfb,
    wait_for_window,
    wait_until,
)

RUNNER = Path(__file__).with_name("orca_runner.py")
APP_WINDOW = "Herning Læser"  # in the title of the app's window
STEP_DEADLINE = 60.0  # seconds for the expected words to be spoken (normally well under 1 s)
QUIET = 1.0  # seconds with no event left in Orca's queue and nothing new said: the step's speech is complete
SETTLE_DEADLINE = 60.0
FAST = "fast:"  # a key pressed with no pause between its key events
# "SPEECH OUTPUT: 'text'" then, where Orca adds them, a voice name and the voice's settings.
SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)'(?: voice=\w+)?\s*(?:\{.*\})?\s*$")
# How Orca's event manager logs an event put on its queue, taken off it, or dropped from it in a flood.
QUEUED, TAKEN, PRUNED = "EVENT MANAGER: Queueing ", "EVENT MANAGER: Dequeued ", "EVENT MANAGER: Pruning "


class SpeechLog:
    """Orca's debug file, read as it grows: the utterances, and how many events Orca has still to handle."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.utterances: list[str] = []
        self.pending = 0  # events Orca queued and has not taken from its queue yet
        self.last_change = time.monotonic()

    def read(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb") as log:
            log.seek(self.offset)
            chunk = log.read()
        end_of_lines = chunk.rfind(b"\n") + 1  # a half-written last line waits for the next read
        self.offset += end_of_lines
        for line in chunk[:end_of_lines].decode("utf-8", errors="replace").splitlines():
            if QUEUED in line:
                self.pending += 1
            elif TAKEN in line or PRUNED in line:
                self.pending -= 1
            found = SPOKEN.search(line)
            if found and found.group(1).strip():
                self.utterances.append(found.group(1))
                self.last_change = time.monotonic()

    def wait_for(self, since: int, expected: list[str], deadline: float) -> bool:
        """Polls until every expected phrase is in an utterance after index ``since``."""
        while True:
            self.read()
            said = " | ".join(self.utterances[since:])
            if all(phrase in said for phrase in expected):
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def settle(self, deadline: float) -> None:
        """Polls until Orca has no event left to handle and has said nothing new for QUIET seconds."""
        while time.monotonic() < deadline:
            self.read()
            if self.pending > 0:
                self.last_change = time.monotonic()  # what is still queued may yet be spoken
            elif time.monotonic() - self.last_change >= QUIET:
                return
            time.sleep(0.05)


def log_holds(path: Path, text: str) -> bool:
    return path.exists() and text in path.read_text(encoding="utf-8", errors="replace")


def no_window_is_active(env: dict[str, str]) -> bool:
    return subprocess.run(["xdotool", "getactivewindow"], env=env, timeout=10, check=False,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0


def activate_the_app(env: dict[str, str]) -> None:
    """Gives the app's main window the keyboard again, as a user would by clicking it."""
    subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Herning Læser", "windowactivate", "--sync"],
                   env=env, timeout=10, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_steps(steps: list[dict[str, object]], log: SpeechLog, env: dict[str, str]) -> list[dict[str, object]]:
    results = []
    for step in steps:
        # Once in a CI run the X focus left every window between two steps (the window manager's
        # doing or the app's, not found yet); keys then reach nobody and Orca has nothing to say.
        # The session gives the window the focus back and records that it had to.
        refocused = bool(step.get("keys") or step.get("type")) and no_window_is_active(env)
        if refocused:
            activate_the_app(env)
            log.settle(time.monotonic() + SETTLE_DEADLINE)
        since = len(log.utterances)
        pressed = time.monotonic()
        for key in step.get("keys", []):  # type: ignore[attr-defined]
            pause, name = ("0", str(key)[len(FAST):]) if str(key).startswith(FAST) else ("12", str(key))
            subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", pause, name], env=env, check=True,
                           timeout=60)
        if step.get("type"):
            subprocess.run(["xdotool", "type", "--delay", "60", str(step["type"])], env=env, check=True, timeout=20)
        expected = [str(phrase) for phrase in step.get("expect", [])]  # type: ignore[attr-defined]
        heard = log.wait_for(since, expected, time.monotonic() + STEP_DEADLINE)
        log.settle(time.monotonic() + SETTLE_DEADLINE)
        results.append({"name": step["name"], "said": log.utterances[since:], "heard_expected": heard,
                        "refocused": refocused, "pressed": pressed})
    return results


def set_screen_reader_flag(env: dict[str, str]) -> None:
    """Sets AT-SPI's ScreenReaderEnabled on the session's accessibility bus (once its launcher answers)."""
    command = ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path", "/org/a11y/bus", "--method",
               "org.freedesktop.DBus.Properties.Set", "org.a11y.Status", "ScreenReaderEnabled", "<true>"]
    if not wait_until(lambda: answers(command, env) is not None):
        raise ServiceNotReadyError("the AT-SPI bus (at-spi-bus-launcher)", "it did not take ScreenReaderEnabled")


def main() -> int:
    steps_file, out, settings, home = (Path(arg) for arg in sys.argv[1:5])
    config = json.loads(steps_file.read_text(encoding="utf-8"))
    steps = config["steps"] if isinstance(config, dict) else config
    options = config if isinstance(config, dict) else {}
    processes: list[subprocess.Popen[bytes]] = []
    result: dict[str, object]
    orca_log = out.with_suffix(".orca.log")
    app_log = out.with_suffix(".app.log")
    try:
        xvfb, display = start_xvfb()
        processes.append(xvfb)
        env = private_environment(home, display, os.environ.get("PULSE_SERVER") if options.get("sound") else None)
        check_display(env)
        check_session_bus(env)
        processes.append(start_window_manager(env))
        processes.append(start_accessibility_bus(env))
        enable_toolkit_accessibility(env)
        if options.get("screen_reader_flag"):
            set_screen_reader_flag(env)
        system_env = {key: value for key, value in env.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
        orca = start([SYSTEM_PYTHON, str(RUNNER), str(orca_log)], env=system_env,
                     stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        processes.append(orca)
        if not wait_until(lambda: log_holds(orca_log, "ORCA: Starting registry"), process=orca):
            raise ServiceNotReadyError("Orca", "its log never said 'Starting registry'"
                                       + (f"; it exited with status {orca.returncode}" if orca.poll() is not None else ""))
        log = SpeechLog(orca_log)
        log.read()
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        with app_log.open("wb") as app_output:
            app = start([sys.executable, str(ROOT / "main.py"), "--settings", str(settings),
                         *options.get("app_args", [])],
                        env=app_env, cwd=ROOT, stdout=app_output, stderr=subprocess.STDOUT)
        processes.append(app)
        wait_for_window(env, APP_WINDOW, app, deadline_s=2 * SERVICE_DEADLINE_S)
        result = {"steps": run_steps(steps, log, env)}
    except ServiceNotReadyError as error:
        result = {"error": str(error), "service": error.service}
    except (OSError, RuntimeError, TimeoutError, subprocess.SubprocessError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    finally:
        end_all(processes)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
