"""Read aloud on Windows with SAPI5 as it is, whatever it is: a PC with Microsoft Helle, a PC whose SAPI
raises a COM error (a broken voice, a locked-down profile), or Wine (SpVoice is made, GetVoices raises
"Not implemented"). Whatever SAPI does, the worker answers in JSON lines and the window stays usable.

Run by tools/test-windows.sh under Wine; on a real Windows PC with pytest they run as they are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from reader.speech.service import IDLE, SpeechService

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="SAPI5 is Windows' speech engine")


def worker_events(*commands: dict[str, object]) -> tuple[list[dict[str, object]], subprocess.CompletedProcess[str]]:
    env = dict(os.environ, HERNING_LAESER_AUDIO="null", PYTHONIOENCODING="utf-8")
    result = subprocess.run([sys.executable, "-m", "reader.speech.worker"], env=env, timeout=120, check=False,
                            input="".join(json.dumps(c) + "\n" for c in commands), capture_output=True, text=True,
                            encoding="utf-8")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], result


def test_the_worker_answers_whatever_sapi_does() -> None:
    read = {"op": "read", "reading": 1, "texts": ["Hej."], "start": 0, "rate": 175, "voice": "none"}
    events, result = worker_events(read)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert events, result.stderr[-3000:]
    first = events[0]
    if first["ev"] == "ready":  # a PC with SAPI voices: the voice list comes with it, an unknown voice is refused
        assert first["engine"] == "sapi5" and first["voices"]
        assert [(e["ev"], e.get("code")) for e in events[1:]] == [("error", "voice")]
    else:  # SAPI failed: said once as an engine error, then every command is answered with one
        assert first["ev"] == "error" and first["code"] == "engine", first
        assert str(first["message"]).startswith("SAPI5: "), first
        assert [e["code"] for e in events[1:]] == ["engine"]


def test_f5_with_a_failing_sapi_tells_the_user_and_leaves_no_worker(make_window, settings, qtbot,
                                                                    monkeypatch, capfd) -> None:
    monkeypatch.setenv("HERNING_LAESER_AUDIO", "null")
    speech = SpeechService(settings)
    window = make_window(speech=speech)
    speech.prepare()  # the worker starts as after the first paint: SAPI answers with voices or fails
    qtbot.waitUntil(lambda: speech.voices is not None or not speech.engine.is_running(), timeout=60000)
    if speech.voices:  # a PC with a working SAPI voice: F5 reads
        pytest.skip("SAPI5 lists voices on this PC; the failing path is Wine's or a broken PC's")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    message = window.read_aloud.bar.message
    qtbot.waitUntil(lambda: "ikke mulig" in message.text(), timeout=60000)
    assert "SAPI5" not in message.text()  # one clean sentence for the reader...
    assert "SAPI5" in capfd.readouterr().err  # ...what SAPI said, for IT, in the log
    assert speech.state == IDLE
    qtbot.waitUntil(lambda: not speech.engine.is_running())
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # the rest of the app still answers
    assert window.contents.list.hasFocus()
