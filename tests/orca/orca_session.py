"""One session with a real screen reader, run inside ``dbus-run-session``: Xvfb, openbox, the
AT-SPI bus, Orca (no speech server, utterances logged), the app, and xdotool pressing keys.

    dbus-run-session -- python tests/orca/orca_session.py STEPS.json OUT.json SETTINGS.ini HOME

STEPS.json is a list of steps: ``{"name", "keys": [xdotool key names], "type": "text",
"expect": ["words", ...]}``. For each step the keys are pressed (and the text typed), then Orca's
speech log is polled until every expected phrase was spoken (deadline ``STEP_DEADLINE``) and
Orca has been quiet for ``QUIET`` seconds (deadline ``SETTLE_DEADLINE``). OUT.json gets, per
step, what Orca said and when its keys were pressed (``time.monotonic()``), or {"error": ...}.
Every process started here ends with the session (tests/atspi/session.py's ``start``/``end``).

STEPS.json may instead be ``{"steps": [...], "screen_reader_flag": true, "app_args": [...]}``:
the flag is AT-SPI's ScreenReaderEnabled, set as a desktop sets it when it starts a screen reader
(the accessibility bus launcher writes it to the ``screen-reader-enabled`` setting of the session's
HOME: give the session a private one); ``app_args`` go to the app's command line.

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

from tests.atspi.session import BUS_LAUNCHER, SYSTEM_PYTHON, end, start, start_xvfb  # noqa: E402

RUNNER = Path(__file__).with_name("orca_runner.py")
STEP_DEADLINE = 8.0  # seconds for the expected words to be spoken (normally well under 1 s)
QUIET = 1.0  # seconds without a new utterance: the step's speech is complete
SETTLE_DEADLINE = 10.0
FAST = "fast:"  # a key pressed with no pause between its key events
# "SPEECH OUTPUT: 'text'" then, where Orca adds them, a voice name and the voice's settings.
SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)'(?: voice=\w+)?\s*(?:\{.*\})?\s*$")


class SpeechLog:
    """Orca's debug file, read as it grows; only the utterances."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.utterances: list[str] = []
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
        """Polls until Orca has said nothing new for QUIET seconds."""
        while time.monotonic() < deadline:
            self.read()
            if time.monotonic() - self.last_change >= QUIET:
                return
            time.sleep(0.05)


def wait_for_line(path: Path, text: str, deadline: float) -> bool:
    """Polls ``path`` until it holds ``text``."""
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.1)
    return False


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
                           timeout=10)
        if step.get("type"):
            subprocess.run(["xdotool", "type", "--delay", "60", str(step["type"])], env=env, check=True, timeout=20)
        expected = [str(phrase) for phrase in step.get("expect", [])]  # type: ignore[attr-defined]
        heard = log.wait_for(since, expected, time.monotonic() + STEP_DEADLINE)
        log.settle(time.monotonic() + SETTLE_DEADLINE)
        results.append({"name": step["name"], "said": log.utterances[since:], "heard_expected": heard,
                        "refocused": refocused, "pressed": pressed})
    return results


def set_screen_reader_flag(env: dict[str, str], deadline: float) -> None:
    """Sets AT-SPI's ScreenReaderEnabled on the session's accessibility bus (once its launcher answers)."""
    command = ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path", "/org/a11y/bus", "--method",
               "org.freedesktop.DBus.Properties.Set", "org.a11y.Status", "ScreenReaderEnabled", "<true>"]
    while subprocess.run(command, env=env, timeout=10, check=False, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL).returncode != 0:
        if time.monotonic() > deadline:
            raise TimeoutError("the accessibility bus did not take ScreenReaderEnabled")
        time.sleep(0.1)


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
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        xvfb, display = start_xvfb(time.monotonic() + 10)
        processes.append(xvfb)
        env = dict(os.environ, DISPLAY=display, HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
                   XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("LANGUAGE", None)
        env.pop("WAYLAND_DISPLAY", None)
        # Without a window manager the focus is lost when a dialog closes, and Orca goes silent.
        processes.append(start(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        processes.append(start([BUS_LAUNCHER, "--launch-immediately"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        subprocess.run(["gsettings", "set", "org.gnome.desktop.interface", "toolkit-accessibility", "true"],
                       env=env, timeout=20, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if options.get("screen_reader_flag"):
            set_screen_reader_flag(env, time.monotonic() + 20)
        system_env = {key: value for key, value in env.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
        processes.append(start([SYSTEM_PYTHON, str(RUNNER), str(orca_log)], env=system_env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT))
        log = SpeechLog(orca_log)
        if not wait_for_line(orca_log, "ORCA: Starting registry", time.monotonic() + 30):
            raise TimeoutError("Orca did not start (no 'Starting registry' in its log)")
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        with app_log.open("wb") as app_output:
            processes.append(start([sys.executable, str(ROOT / "main.py"), "--settings", str(settings),
                                    *options.get("app_args", [])],
                                   env=app_env, cwd=ROOT, stdout=app_output, stderr=subprocess.STDOUT))
        result = {"steps": run_steps(steps, log, env), "before_app": log.utterances[:0]}
    except (OSError, RuntimeError, TimeoutError, subprocess.SubprocessError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    finally:
        for process in reversed(processes):
            end(process)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
