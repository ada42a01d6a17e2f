"""The real worker process in the window, on miniaudio's silent NULL device: the worker is ready before
F5, stop keeps it ready, closing leaves nothing running, a killed worker is reported and replaced.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.speech.service import IDLE, SPEAKING, SpeechService
from reader.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.seen import seen
from tests.speech.test_espeak import HAVE_ESPEAK
from tests.waiting import Lines, end_input_and_wait

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find processes"),
]


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def real_window(make_window, settings, monkeypatch) -> Callable[[], MainWindow]:
    monkeypatch.setenv("HERNING_LAESER_AUDIO", "null")

    def make() -> MainWindow:
        window = make_window(speech=SpeechService(settings))
        window.view.setFocus()
        return window

    return make


def read_theme(window: MainWindow, qtbot) -> int:
    window.view.move_to(window.document.themes[0].blocks[1].start)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.speech.state == SPEAKING
    pid = window.speech.engine.pid()
    assert pid is not None and alive(pid)
    assert os.getpgid(pid) == pid  # its own process group, ended with one kill
    return pid


def test_the_worker_is_ready_before_f5_and_stop_keeps_it_ready(real_window, qtbot) -> None:
    before = children(os.getpid())
    window = real_window()
    assert children(os.getpid()) == before  # the window alone starts nothing (app.main() calls prepare())
    with qtbot.waitSignal(window.speech.voices_changed):
        window.speech.prepare()
    assert window.speech.sound is False  # the silent device: the user is told, the highlight still runs
    pid = read_theme(window, qtbot)
    assert "ingen lydudgang" in window.read_aloud.bar.message.text()
    with qtbot.waitSignal(window.speech.word_changed):
        pass  # the voice is going: words are being highlighted
    with qtbot.waitSignal(window.speech.heard, check_params_cb=lambda e: e["ev"] == "silent"):
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        assert window.speech.state == IDLE
    assert alive(pid)  # faded out, and waiting for the next F5
    assert read_theme(window, qtbot) == pid
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)


def test_closing_the_window_leaves_no_process(real_window, qtbot) -> None:
    before = children(os.getpid())
    window = real_window()
    pid = read_theme(window, qtbot)
    window.close()
    assert not alive(pid)
    assert children(os.getpid()) == before


def test_a_killed_worker_is_reported_and_replaced(real_window, qtbot) -> None:
    window = real_window()
    pid = read_theme(window, qtbot)
    with qtbot.waitSignal(window.speech.word_changed):
        pass  # mid-sentence
    os.kill(pid, signal.SIGKILL)
    message = window.read_aloud.bar.message
    qtbot.waitUntil(lambda: "stoppede uventet" in message.text())
    qtbot.waitUntil(lambda: seen(message))  # the bar makes room for it
    # One clean sentence: how the worker ended and what it printed last (an ALSA line, say) are for the log.
    assert message.text() == "Oplæsningen stoppede uventet: talesyntesen lukkede. Prøv igen."
    assert window.speech.state == IDLE
    # A fresh worker starts at once, without waiting for the next command.
    qtbot.waitUntil(lambda: window.speech.engine.pid() not in (None, pid) and window.speech.voices is not None)
    new_pid = window.speech.engine.pid()
    assert read_theme(window, qtbot) == new_pid
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)


def test_a_frozen_app_starts_itself_as_the_worker(monkeypatch) -> None:
    from reader.child_process import app_command

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app_command(["--speech-worker"]) == (sys.executable, ["--speech-worker"])
    monkeypatch.delattr(sys, "frozen")
    assert app_command(["--speech-worker"]) == (sys.executable, ["-m", "reader", "--speech-worker"])
    env = dict(os.environ, HERNING_LAESER_AUDIO="null")
    result = subprocess.run([sys.executable, "main.py", "--speech-worker"], cwd=ROOT, timeout=60, check=True, env=env,
                            input="", capture_output=True, text=True)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["ev"] for e in events] == ["ready"] and events[0]["voices"]


def worker_events(*commands: dict[str, object], until: str = "end", **environment: str) -> list[dict[str, object]]:
    """The events of a worker on the NULL device that is sent ``commands``, up to the first ``until`` event
    after the last command (the input is held open until then: at its end the worker closes)."""
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", PYTHONIOENCODING="utf-8", **environment)
    worker = subprocess.Popen([sys.executable, "-m", "reader", "--speech-worker"], cwd=ROOT, env=env, text=True,
                              encoding="utf-8", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    assert worker.stdin is not None and worker.stdout is not None
    events: list[dict[str, object]] = []
    lines = Lines(worker.stdout)
    try:
        events.append(json.loads(lines.next()))  # "ready", or why not
        for command in commands:
            worker.stdin.write(json.dumps(command) + "\n")
            worker.stdin.flush()
        while not events or events[-1]["ev"] != until:
            line = lines.next()
            assert line, f"the worker ended after {[e['ev'] for e in events]}"
            events.append(json.loads(line))
    finally:
        errors = end_input_and_wait(worker, lines)
    assert "Traceback" not in errors, errors[-3000:]
    return events


def read(text: str, voice: str = "gmq/da", reading: int = 1) -> dict[str, object]:
    return {"op": "read", "reading": reading, "texts": [text], "start": 0, "rate": 175, "voice": voice}


def test_worker_speaks_json_lines() -> None:
    events = worker_events({"op": "nonsense"}, read("Hej", voice="no-such-voice"), read("Børn og unge"))
    assert events[0]["ev"] == "ready" and events[0]["engine"] == "espeak" and events[0]["timing"] is True
    assert {"id": "gmq/da", "name": "Danish", "language": "da"} in events[0]["voices"]
    assert (events[1]["ev"], events[1]["code"]) == ("error", "command")
    assert (events[2]["ev"], events[2]["code"]) == ("error", "voice")
    words = [e for e in events if e["ev"] == "word"]
    assert [w["position"] for w in words] == [0, 5, 8]  # Børn, og, unge: characters, not UTF-8 bytes
    assert events[-1]["ev"] == "end" and events[-1]["reading"] == 1


def test_the_pyttsx3_driver_path_speaks_without_word_timing() -> None:
    """What Windows (SAPI5) and macOS (NSSpeech) get: pyttsx3's own driver, here its espeak driver."""
    events = worker_events(read("Børn og unge skal have det godt."), HERNING_LAESER_TTS="pyttsx3")
    assert events[0]["ev"] == "ready" and events[0]["engine"] == "pyttsx3" and events[0]["timing"] is False
    assert [e["ev"] for e in events if e["ev"] in ("sentence", "word", "end")] == ["sentence", "end"]


def test_without_the_espeak_library_the_worker_says_so() -> None:
    """espeak-ng missing: the real worker starts, says it has no engine, and answers each command with that."""
    hide_library = (
        "import ctypes, runpy\n"
        "real = ctypes.CDLL.__init__\n"
        "def refuse(self, name, *a, **k):\n"
        "    if name and 'espeak' in str(name): raise OSError(f'{name}: cannot open shared object file')\n"
        "    real(self, name, *a, **k)\n"
        "ctypes.CDLL.__init__ = refuse\n"
        "runpy.run_module('reader.speech.worker', run_name='__main__')\n"
    )
    result = subprocess.run([sys.executable, "-c", hide_library], cwd=ROOT, timeout=60, check=False,
                            input=json.dumps(read("Hej")) + "\n", capture_output=True, text=True)
    assert "Traceback" not in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [e for e in events if e["ev"] == "error"]
    assert len(errors) == 2 and all(e["code"] == "engine" for e in errors)  # at start, and for the command
    assert "espeak" in errors[0]["message"]


_FIRST_PAINT_PROBE = """
import gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from reader import app
from reader.ui.main_window import MainWindow

seen = {}
original_exec = QApplication.exec
QUIT_AT_ONCE = "--quit-at-once" in sys.argv


class PaintWatch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "running_at_paint" not in seen:
            seen["running_at_paint"] = seen.pop("window").speech.engine.is_running()
            if QUIT_AT_ONCE:  # as a logout may: the worker is only just starting
                QTimer.singleShot(0, QApplication.instance().quit)
        return False


def run(qapp):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    seen["window"], seen["running_at_exec"] = window, window.speech.engine.is_running()
    seen["collector_at_exec"] = gc.isenabled()
    watch = PaintWatch(qapp)
    window.view.viewport().installEventFilter(watch)
    speech = window.speech

    def voices(*_args):
        seen["running_after"] = speech.engine.is_running()
        seen["collector_after"] = gc.isenabled()
        qapp.quit()

    if not QUIT_AT_ONCE:
        speech.voices_changed.connect(voices)
    QTimer.singleShot(20000, qapp.quit)
    return original_exec()


QApplication.exec = run
status = app.main([argument for argument in sys.argv[1:] if argument != "--quit-at-once"])
print(json.dumps({key: value for key, value in seen.items() if key != "window"}))
sys.exit(status)
"""


def test_the_app_starts_its_worker_once_the_text_is_painted(tmp_path) -> None:
    """app.main() as a user starts it (in a process of its own): nothing is started before the window
    shows the text, and the worker is running, its voices known, soon after, before any F5; Python's
    garbage collector is back on by then."""
    settings_file = tmp_path / "settings.ini"
    settings_file.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", QT_QPA_PLATFORM="offscreen",
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", _FIRST_PAINT_PROBE, "--settings", str(settings_file)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr  # the app quits with the worker running (as at logout)
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen == {"running_at_exec": False, "running_at_paint": False, "running_after": True,
                    # the garbage collector rests while the window is made, and runs again after
                    "collector_at_exec": False, "collector_after": True}


def test_quitting_while_the_worker_starts_leaves_no_traceback(tmp_path) -> None:
    settings_file = tmp_path / "settings.ini"
    settings_file.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", QT_QPA_PLATFORM="offscreen",
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", _FIRST_PAINT_PROBE, "--settings", str(settings_file),
                             "--quit-at-once"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "Destroyed while process" not in result.stderr  # the worker was ended, not abandoned
