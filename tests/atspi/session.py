"""One screen-reader session, run inside ``dbus-run-session``: Xvfb, the AT-SPI bus, the app, the walker.

    dbus-run-session -- python tests/atspi/session.py OUT.json SETTINGS.ini HOME -- WALKER ARGS...

Every service is private to the session (its own display, D-Bus session, AT-SPI bus, and HOME) and
checked before the app starts (tests/desktop.py); one that is not ready ends the session with an
error naming it. Every process started here is ended when the session ends (see tests/desktop.py);
every wait has a deadline. Writes the walker's JSON (or an {"error": ...}) to OUT.json and the app's
output next to it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.desktop import (  # noqa: E402
    SYSTEM_PYTHON,
    ServiceNotReadyError,
    check_display,
    check_session_bus,
    end_all,
    private_environment,
    start,
    start_accessibility_bus,
    start_xvfb,
)

WALKER = Path(__file__).with_name("walker.py")


def main() -> int:
    out, settings, home = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    walker_args = sys.argv[sys.argv.index("--") + 1:]
    walker_timeout = float(walker_args[-1])
    processes: list[subprocess.Popen[bytes]] = []
    result: dict[str, object]
    app_log = out.with_suffix(".app.log")
    try:
        xvfb, display = start_xvfb()
        processes.append(xvfb)
        env = private_environment(home, display)
        check_display(env)
        check_session_bus(env)
        processes.append(start_accessibility_bus(env))
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
    except ServiceNotReadyError as error:
        result = {"error": str(error), "service": error.service}
    except (OSError, RuntimeError, TimeoutError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    finally:
        end_all(processes)
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
