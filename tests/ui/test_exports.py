"""The exports from the window: file dialog, progress with Cancel, and what is announced.

The export runs the app's own command line in a child process. Where the real voice is
needed (espeak-ng) the child is the real one, over a small document; cancelling and a window
closed mid-way use a stand-in child that says "0 %" and then waits, so nothing depends on timing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressBar, QProgressDialog

from reader.output.epub import verify_epub
from reader.output.mp3 import mp3_frames, read_chapters
from tests.seen import seen
from tests.speech.test_espeak import HAVE_ESPEAK

NO_ESPEAK = "espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"

# A child that behaves like a long export: it starts its temporary file, reports 0 %, and waits.
WAITING_CHILD = """
import sys
from pathlib import Path
target = Path(sys.argv[1])
(target.parent / f".{target.name}.abc123.part").write_bytes(b"half")
print("Oplæsning: 0 %", file=sys.stderr, flush=True)
sys.stdin.read()
"""


@pytest.fixture
def small_content(tmp_path: Path) -> Path:
    folder = tmp_path / "indhold"
    folder.mkdir()
    (folder / "lille.md").write_text(
        "---\ntitel: Lille politik\nsprog: da\n---\n\n# Lille politik\n\n## Indledning\n\nEn kort indledning. Med to "
        "sætninger.\n\n## Tema: Leg\n\nBørn skal lege.\n\nVi vil:\n\n* Lege mere\n* Lære mere\n\n> \"Leg er godt.\"\n>\n"
        "> — Skoleelev, 2. klasse\n\n## Om politikken\n\nSlut.\n", encoding="utf-8")
    return folder


def heard(window: object) -> list[str]:
    said: list[str] = []
    window.announcer.announced.connect(said.append)  # type: ignore[attr-defined]
    return said


def save_through_the_dialog(window: object, qtbot: object, action: str, dialog_name: str, target: Path) -> None:
    window.binder.actions[action].trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(QFileDialog, dialog_name)  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason=NO_ESPEAK)
def test_talking_book_from_the_file_menu(make_window, qtbot, small_content: Path, tmp_path: Path) -> None:
    window = make_window(small_content)
    said = heard(window)
    assert window.binder.actions["export.epub"] in window.menus["file"].actions()
    target = tmp_path / "lille.epub"
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        save_through_the_dialog(window, qtbot, "export.epub", "export_epub_dialog", target)
        progress = window.findChild(QProgressDialog, "export_progress")
        assert progress is not None and progress.isVisible()  # shown at once (the job may end before it is exposed)
        assert progress.findChild(QProgressBar) is not None
    ok, message = finished.args
    assert ok, message
    verify_epub(target)
    assert said[0] == "Gemmer lille.epub…"
    assert said[1:4] == ["Gemmer lille.epub: 25 %", "Gemmer lille.epub: 50 %", "Gemmer lille.epub: 75 %"]
    assert said[-1] == message and message.startswith(f"{target}: EPUB 3 med 3 afsnit")
    assert window.statusBar().currentMessage() == message
    assert window.findChild(QProgressDialog, "export_progress") is None or not progress.isVisible()


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason=NO_ESPEAK)
def test_mp3_audiobook_uses_the_speech_rate_of_the_window(make_window, qtbot, settings, small_content: Path,
                                                          tmp_path: Path) -> None:
    window = make_window(small_content)
    lengths = []
    for rate in (175, 350):
        settings.set("speech_rate", rate)
        target = tmp_path / f"lille-{rate}.mp3"
        with qtbot.waitSignal(window.exports.job_finished) as finished:
            save_through_the_dialog(window, qtbot, "export.mp3", "export_mp3_dialog", target)
        assert finished.args[0], finished.args[1]
        assert [c.title for c in read_chapters(target)] == ["Indledning", "Tema 1: Leg", "Om politikken"]
        lengths.append(mp3_frames(target).seconds)
    assert lengths[1] < lengths[0] * 0.7  # twice the speed, much shorter


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason=NO_ESPEAK)
def test_save_as_sound_file_writes_the_wav_in_the_child(make_window, qtbot, settings, small_content: Path,
                                                        tmp_path: Path) -> None:
    from reader.output.wav import verify_wav
    from reader.speech.service import SpeechService

    window = make_window(small_content, speech=SpeechService(settings))
    target = tmp_path / "lille.wav"
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        save_through_the_dialog(window, qtbot, "export.wav", "export_wav_dialog", target)
    assert finished.args[0], finished.args[1]
    verify_wav(target)
    assert "oplæsning skrevet" in window.statusBar().currentMessage()


def waiting_child(window: object) -> None:
    window.exports.command = lambda kind, path: (sys.executable, ["-c", WAITING_CHILD, str(path)])  # type: ignore


def test_cancel_with_esc_leaves_the_old_file_untouched(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    waiting_child(window)
    said = heard(window)
    target = tmp_path / "politik.epub"
    target.write_bytes(b"the old book")
    window.exports.export("epub", target)
    with qtbot.waitSignal(window.exports.job.progress):
        pass
    progress = window.findChild(QProgressDialog, "export_progress")
    qtbot.waitUntil(lambda: seen(progress))  # the job waits: the dialog is on the screen
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        progress.activateWindow()
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
    ok, message = finished.args
    assert not ok
    assert message == f"Annulleret: {target} blev ikke gemt, og en tidligere fil er urørt."
    assert said[-1] == message
    assert target.read_bytes() == b"the old book"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["politik.epub"]  # no temporary file left
    assert not window.exports.job.running


def test_one_export_at_a_time_and_closing_the_window_ends_it(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    waiting_child(window)
    said = heard(window)
    target = tmp_path / "politik.mp3"
    assert window.exports.export("mp3", target)
    with qtbot.waitSignal(window.exports.job.progress):
        pass
    assert not window.exports.export("mp3", tmp_path / "other.mp3")
    assert said[-1] == "En anden fil bliver stadig gemt. Vent på den, eller annullér den først."
    job = window.exports.job
    window.close()
    assert not job.running
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_an_export_that_fails_says_why(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    said = heard(window)
    target = tmp_path / "mangler" / "politik.mp3"
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        window.exports.export("mp3", target)
    ok, message = finished.args
    assert not ok
    if HAVE_ESPEAK:
        assert message == f"{target}: filen kunne ikke gemmes (mappen findes ikke). Den tidligere fil er urørt."
    assert said[-1] == message and window.statusBar().currentMessage() == message
    assert window.findChild(QProgressDialog, "export_progress") is None or \
        not window.findChild(QProgressDialog, "export_progress").isVisible()


CRASHING_CHILD = """
import os, sys
from pathlib import Path
target = Path(sys.argv[1])
(target.parent / f".{target.name}.abc123.part").write_bytes(b"half")
print("Oplæsning: 40 %", file=sys.stderr, flush=True)
os._exit(3)
"""


def test_a_child_that_dies_midway_is_never_reported_as_saved(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    window.exports.command = lambda kind, path: (sys.executable, ["-c", CRASHING_CHILD, str(path)])
    target = tmp_path / "politik.epub"
    target.write_bytes(b"the old book")
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        window.exports.export("epub", target)
    assert finished.args == [False, f"{target} blev ikke gemt: eksporten stoppede uventet (slutstatus 3)."]
    assert target.read_bytes() == b"the old book"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["politik.epub"]


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason=NO_ESPEAK)
def test_the_document_shown_is_the_one_exported(make_window, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "to"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.md").write_text(
            f"---\ntitel: Politik {name.upper()}\nsprog: da\n---\n\n# Politik {name.upper()}\n\n## Indledning\n\nKort.\n\n"
            "## Tema: Leg\n\nLeg.\n\n## Om politikken\n\nSlut.\n", encoding="utf-8")
    window = make_window(folder)
    window.show_document(1)
    target = tmp_path / "b.mp3"
    with qtbot.waitSignal(window.exports.job_finished) as finished:
        window.exports.export("mp3", target)
    assert finished.args[0], finished.args[1]
    from mutagen.id3 import ID3

    assert ID3(str(target))["TIT2"].text == ["Politik B"]
