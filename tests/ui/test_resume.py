"""Resume: outside public-terminal mode the app reopens where the reader was, says so, and offers
"Fortsæt oplæsning" (Ctrl+Shift+F5) there; a public terminal's every visit starts at the beginning.

Each window is shown as app.main() shows it (``reader.app.show_window``), over a settings file
that survives it, as a restart would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.app import show_window
from reader.document import load_folder
from reader.kiosk_config import KioskConfig
from reader.presentation.options import READING_DOCUMENT, READING_POSITION
from reader.presentation.settings import MemoryStore
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import IDLE, SPEAKING, SpeechService
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from reader.ui.resume import sentence_start
from tests.conftest import CONTENT

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
POLICY_FILE = "boerne-og-ungepolitik.md"

Open = Callable[..., tuple[MainWindow, list[str]]]


@pytest.fixture
def open_app(qtbot, qapp, settings_path: Path) -> Iterator[Open]:
    kiosks: list[Kiosk] = []

    def open_(*, kiosk_values: dict[str, object] | None = None) -> tuple[MainWindow, list[str]]:
        """A start of the app over ``settings_path`` (or, on a public terminal, settings in memory);
        returns the window and what the announcer has said."""
        kiosk = kiosk_values is not None
        settings = Settings(MemoryStore(kiosk_values) if kiosk else QSettingsStore(settings_path))
        documents, problems = load_folder(CONTENT)
        window = MainWindow(documents, problems, settings, speech=SpeechService(settings, engine=FakeEngine(speed=8.0)))
        qtbot.addWidget(window)
        said: list[str] = []
        window.announcer.announced.connect(said.append)
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        terminal = Kiosk(qapp, window.terminal_parts(), KioskConfig(enabled=True)) if kiosk else None
        if terminal is not None:
            kiosks.append(terminal)
        show_window(window, settings, terminal, first_start=False)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: bool(painted))
        qtbot.waitUntil(lambda: bool(said) or kiosk or settings.get(READING_POSITION) == 0)
        return window, said

    yield open_
    for terminal in kiosks:
        terminal.stop()


def close(window: MainWindow) -> None:
    """The reader closes the window; the settings reach the file as when the app quits."""
    window.close()
    window.settings.flush()


def test_the_app_reopens_where_the_reader_left_off_and_says_so(open_app: Open, settings_path: Path, qtbot) -> None:
    window, _said = open_app()
    assert window.view.position() == 0
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_3, CTRL)  # theme 3
    qtbot.keyClick(window.view, Qt.Key.Key_P, ALT)  # two paragraphs on
    qtbot.keyClick(window.view, Qt.Key.Key_P, ALT)
    left_at = window.view.position()
    theme = window.document.themes[2]
    assert theme.start < left_at < theme.end
    close(window)
    stored = settings_path.read_text(encoding="utf-8").splitlines()
    assert f"reading_document={POLICY_FILE}" in stored and f"reading_position={left_at}" in stored

    window, said = open_app()  # the next start
    assert window.view.position() == left_at
    assert window.view.cursorRect().intersects(window.view.viewport().rect())  # in view, not just the caret
    assert window.contents.list.currentItem().text() == "Tema 3: Forældre og netværk"
    told = "Åbnet hvor du slap: Tema 3: Forældre og netværk. Ctrl+Skift+F5 fortsætter oplæsningen."
    assert said == [told]
    assert window.statusBar().currentMessage() == told
    # "Fortsæt oplæsning": in the Read aloud menu and the tool bar, and on its key.
    action = window.binder.actions["speech.continue"]
    assert action.text() == "Fortsæt oplæsning" and action in window.menus["speech"].actions()
    assert window.toolbar.widgetForAction(action).isVisible()
    engine = window.speech.engine
    with qtbot.waitSignal(window.speech.sentence_changed) as first:
        qtbot.keyClick(window.view, Qt.Key.Key_F5, CTRL_SHIFT)
    assert first.args[0] == left_at  # the paragraph Alt+P reached, from its first sentence
    assert window.speech.state == SPEAKING
    qtbot.waitUntil(lambda: bool(engine.spoken))
    assert window.document.text[left_at:].startswith(engine.spoken[0][:30])
    assert said[-1] == "Læser op."


def test_continue_reads_on_from_the_sentence_where_reading_stopped_also_after_a_restart(
        open_app: Open, qtbot) -> None:
    window, _said = open_app()
    engine = window.speech.engine
    theme = window.document.themes[0]
    window.view.move_to(theme.blocks[1].start)
    window.view.setFocus()
    sentences: list[int] = []
    window.speech.sentence_changed.connect(lambda start, _end: sentences.append(start))
    qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # read from here on
    qtbot.waitUntil(lambda: len(sentences) >= 3)
    qtbot.waitUntil(lambda: window.view.position() > sentences[2])  # the caret follows the voice into it
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.speech.state == IDLE)
    stopped_in = sentences[2]
    assert sentence_start(window.document, window.view.position()) == stopped_in
    close(window)

    window, said = open_app()
    assert sentence_start(window.document, window.view.position()) == stopped_in
    assert said and said[0].startswith("Åbnet hvor du slap: Tema 1: Dannelse.")
    engine = window.speech.engine
    with qtbot.waitSignal(window.speech.sentence_changed) as first:
        qtbot.keyClick(window.view, Qt.Key.Key_F5, CTRL_SHIFT)
    assert first.args[0] == stopped_in  # the sentence again, from its start
    qtbot.waitUntil(lambda: bool(engine.spoken))
    assert engine.spoken[0].startswith("Vi ønsker at børn og unge")


def test_a_public_terminal_starts_every_visit_at_the_beginning(open_app: Open, qtbot) -> None:
    window, said = open_app(kiosk_values={READING_DOCUMENT.key: POLICY_FILE, READING_POSITION.key: 5000})
    assert window.isFullScreen()
    assert window.view.position() == 0
    assert window.access.start_screen.isVisible()
    assert not any("slap" in text for text in said)


@pytest.mark.parametrize(("document", "position", "expected"), [
    ("gone.md", 3000, 0),  # a document no longer in the content folder: its beginning
    (POLICY_FILE, 10**9, None),  # a position past the end (the text was shortened): the end
])
def test_a_stale_reading_position_opens_safely(open_app: Open, settings_path: Path, document: str, position: int,
                                               expected: int | None) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(f"[General]\nstart_screen_seen=true\nreading_document={document}\n"
                             f"reading_position={position}\n", encoding="utf-8")
    window, _said = open_app()
    assert window.view.position() == (len(window.document.text) if expected is None else expected)


def test_sentence_start() -> None:
    from reader.document import load_document
    from tests.conftest import POLICY

    document = load_document(POLICY)
    paragraph = document.themes[0].blocks[1]
    second = paragraph.start + paragraph.lines[0].index("Det er med andre ord")
    assert sentence_start(document, paragraph.start) == paragraph.start
    assert sentence_start(document, paragraph.start + 5) == paragraph.start
    assert sentence_start(document, second + 10) == second
    assert sentence_start(document, second) == second
