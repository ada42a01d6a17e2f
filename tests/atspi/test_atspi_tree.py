"""Out of process, as a screen reader: the app's tree over AT-SPI (Xvfb, D-Bus, the AT-SPI bus, pyatspi).

The app runs for real (``main.py`` on the xcb platform under Xvfb, accessibility on); a
separate walker in Debian's Python reads the tree the way Orca does. Skipped, with the
reason, only where the system packages are missing (tools/setup.sh installs them).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import load_document
from tests.conftest import POLICY

HERE = Path(__file__).resolve().parent
SESSION_TIMEOUT = 300  # seconds, for everything (a deadline for a hang); a normal run takes a few seconds
WAIT = "60"  # seconds the walker waits for each thing (app on the bus, the caret to move): a deadline too


def missing_packages() -> list[str]:
    missing = [f"{tool} (Debian {package})" for tool, package in
               (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"), ("xdpyinfo", "x11-utils"))
               if shutil.which(tool) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("/usr/libexec/at-spi-bus-launcher (Debian at-spi2-core)")
    python = Path("/usr/bin/python3")
    if not python.exists() or subprocess.run([str(python), "-c", "import pyatspi"], capture_output=True,
                                             timeout=20, env={"PATH": os.environ.get("PATH", "")}).returncode:
        missing.append("pyatspi for /usr/bin/python3 (Debian python3-pyatspi)")
    return missing


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Runs one screen-reader session and returns what the walker read."""
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux accessibility bus")
    missing = missing_packages()
    if missing:
        pytest.skip("AT-SPI test needs: " + ", ".join(missing) + " (bash tools/setup.sh installs them)")
    folder = tmp_path_factory.mktemp("atspi")
    settings = folder / "settings.ini"
    settings.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    out = folder / "tree.json"
    home = folder / "home"
    home.mkdir()
    document = load_document(POLICY)
    command = ["dbus-run-session", "--", sys.executable, str(HERE / "session.py"), str(out), str(settings), str(home),
               "--",
               "Herning Læser", "Herning Læser", "Dokumentets tekst", "Næste tema",
               str(document.themes[0].start), WAIT]
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY")}
    process = subprocess.Popen(command, start_new_session=True, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        output, _ = process.communicate(timeout=SESSION_TIMEOUT)
    except subprocess.TimeoutExpired:
        output = b""
        pytest.fail(f"the AT-SPI session did not end within {SESSION_TIMEOUT} s")
    finally:
        # Whatever is left of the session (D-Bus daemons, Xvfb, the app) is in this group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
    assert out.exists(), output.decode(errors="replace")[-3000:]
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    app_log = out.with_suffix(".app.log")
    if "error" in result:
        app = app_log.read_text(errors="replace")[-3000:] if app_log.exists() else "(not started)"
        pytest.fail(f"the AT-SPI session could not run: {result['error']}\napp: {app}")
    result["document_text"] = document.text
    result["theme_start"] = document.themes[0].start
    return result


pytestmark = [pytest.mark.atspi, pytest.mark.timeout(SESSION_TIMEOUT + 15)]


def test_the_window_is_found_by_name(tree: dict[str, object]) -> None:
    assert tree["app"] == "Herning Læser"
    assert tree["window"] == "Børne- og Ungepolitik – Herning Læser"
    assert tree["window_role"] == "frame"


def test_every_control_is_named(tree: dict[str, object]) -> None:
    elements = tree["elements"]
    assert isinstance(elements, list)
    roles_and_names = {(role, name) for role, name, _path in elements}
    assert ("text", "Dokumentets tekst") in roles_and_names  # a text object, not a label
    assert ("list", "Indhold") in roles_and_names
    assert any(role == "list item" and name == "Tema 2: Leg, læring og trivsel" for role, name in roles_and_names)
    assert tree["unnamed"] == []


def test_the_whole_text_is_readable(tree: dict[str, object]) -> None:
    assert tree["text"] == tree["document_text"]


def test_a_command_invoked_over_atspi_moves_the_caret(tree: dict[str, object]) -> None:
    assert tree["caret_before"] == 0
    assert tree["caret_after"] == tree["theme_start"]  # the Go menu's "Næste tema", done through AT-SPI


def test_the_screen_reader_hears_the_move(tree: dict[str, object]) -> None:
    events = tree["events"]
    assert isinstance(events, list)
    assert any([kind, detail] == ["object:text-caret-moved", tree["theme_start"]] for kind, _data, detail in events)
    # Told once, as a notification (Orca 43 speaks those; it has no listener for object:announcement,
    # and a newer Orca would speak both).
    assert [data for kind, data, _detail in events if kind == "notification"] == ["Tema 1 af 4: Dannelse"]
    assert [data for kind, data, _detail in events if kind == "object:announcement"] == []


def test_the_text_pane_is_read_only_text(tree: dict[str, object]) -> None:
    assert tree["text_role"] == "text"
    assert "read only" in tree["text_states"]
