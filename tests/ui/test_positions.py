"""Text positions in a document full of emoji, combining marks and right-to-left text.

The model counts code points and Qt counts UTF-16 units; the reading view converts between
them (reader/ui/positions.py). Each test checks what a person meets in
tests/corpus/emoji-rtl.md (116 characters outside the BMP before and between the themes):
the caret on the theme heading, the searched word selected exactly, the spoken word
highlighted, where-am-I naming the right place.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.document import Document
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.main_window import MainWindow
from reader.ui.positions import PositionMap
from tests.conftest import ROOT

EMOJI = ROOT / "tests" / "corpus" / "emoji-rtl.md"
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- the conversion itself -----------------------------------------------------------------
def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", ["", "plain æøå", "a🌱b", "🌱🎈x👨\u200d👩\u200d👧z", "e\u0301 שלום 𝔐", "🇩🇰🇩🇰"])
def test_every_offset_maps_to_its_utf16_position_and_back(text: str) -> None:
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        qt = positions.model_to_qt(offset)
        assert qt == utf16_length(text[:offset])
        assert positions.qt_to_model(qt) == offset
    assert positions.identical == (utf16_length(text) == len(text))


def test_the_middle_of_a_surrogate_pair_maps_to_its_character() -> None:
    positions = PositionMap("a🌱b")  # Qt: a=0, 🌱=1..2, b=3
    assert [positions.qt_to_model(p) for p in range(5)] == [0, 1, 1, 2, 3]


@pytest.mark.parametrize("text", ["ab\ncd\nef", "a🌱\nb🌱c\nd"])
def test_text_shown_before_an_offset_takes_positions_of_its_own(text: str) -> None:
    """The numbers shown before commitments and quotes ("2.3 ") are in Qt's text, not in the model's."""
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    inserted = {starts[1]: "2.3 ", starts[2]: "C2.1 "}
    shown = "".join(inserted.get(offset, "") + char for offset, char in enumerate(text))
    positions = PositionMap(text, [(offset, utf16_length(label)) for offset, label in inserted.items()])
    assert not positions.identical
    for offset in range(len(text) + 1):
        qt = positions.model_to_qt(offset)
        assert qt == utf16_length(shown[:offset + sum(len(label) for o, label in inserted.items() if o <= offset)])
        assert positions.qt_to_model(qt) == offset
    for offset, label in inserted.items():
        first = positions.model_to_qt(offset) - len(label)  # the caret before the number
        assert [positions.qt_to_model(p) for p in range(first, first + len(label) + 1)] == [offset] * (len(label) + 1)


def test_the_document_really_is_full_of_astral_characters() -> None:
    from reader.document import load_document

    document = load_document(EMOJI)
    before_first_theme = document.text[: document.themes[0].start]
    assert sum(ord(c) > 0xFFFF for c in before_first_theme) >= 60
    assert "\u0301" in document.text and "שלום" in document.text and "مرحبا" in document.text


# -- in the window --------------------------------------------------------------------------
@pytest.fixture
def emoji_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copyfile(EMOJI, folder / EMOJI.name)
    return folder


@pytest.fixture
def window(make_window: Callable[..., MainWindow], emoji_folder: Path) -> MainWindow:
    window = make_window(emoji_folder)
    window.view.setFocus()
    window.view.move_to(0)
    return window


def doc(window: MainWindow) -> Document:
    assert window.document is not None
    return window.document


def shown_line(window: MainWindow) -> str:
    """The text of the paragraph the Qt caret is in, as Qt has it."""
    return window.view.textCursor().block().text()


def test_the_view_shows_the_model_text(window: MainWindow) -> None:
    assert window.view.toPlainText() == doc(window).text
    assert window.view.document().characterCount() - 1 == utf16_length(doc(window).text)


def test_next_theme_puts_the_caret_on_the_theme_heading(window: MainWindow, qtbot) -> None:
    for theme in doc(window).themes:
        qtbot.keyClick(window.view, Qt.Key.Key_T)
        assert window.statusBar().currentMessage() == f"Tema {theme.number} af 4: {theme.title}"
        assert window.view.position() == theme.start
        assert window.view.textCursor().positionInBlock() == 0
        assert shown_line(window) == theme.title
    qtbot.keyClick(window.view, Qt.Key.Key_T, SHIFT)
    assert shown_line(window) == doc(window).themes[-2].title


def test_paragraphs_and_end_land_on_their_text(window: MainWindow, qtbot) -> None:
    document = doc(window)
    starts = []
    for _ in range(8):  # headings, paragraphs, a quote: each block's first line
        qtbot.keyClick(window.view, Qt.Key.Key_P)
        block = document.block_at(window.view.position())
        starts.append(window.view.position())
        assert window.view.position() == block.start
        assert window.view.textCursor().positionInBlock() == 0
        assert shown_line(window) == block.lines[0]
    assert len(set(starts)) == 8
    qtbot.keyClick(window.view, Qt.Key.Key_E)
    assert window.view.textCursor().atEnd()
    assert window.view.position() == len(document.text)


def test_search_selects_exactly_the_word(window: MainWindow, qtbot) -> None:
    text = doc(window).text
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    bar = window.search_bar
    qtbot.keyClicks(bar.field, "trivsel")
    expected = [i for i in range(len(text)) if text[i:i + 7].lower() == "trivsel"]
    assert len(expected) >= 4
    assert [start for start, _ in window.view.highlight_ranges("search")] == expected
    for number in range(len(expected)):
        assert window.view.textCursor().selectedText() == "trivsel", number
        assert window.view.selection_range() == (expected[number], expected[number] + 7)
        qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    # Every hit drawn in the search colours covers exactly the word, too.
    selections = window.view.extraSelections()
    drawn = [s.cursor.selectedText() for s in selections]
    assert drawn == ["trivsel"] * len(expected)


def test_the_spoken_word_is_the_highlighted_word(make_window, emoji_folder: Path, settings, qtbot) -> None:
    engine = FakeEngine(speed=8.0)
    speech = SpeechService(settings, engine=engine)
    window = make_window(emoji_folder, speech=speech)
    window.view.setFocus()
    document = doc(window)
    checked: list[tuple[str, str, str]] = []

    def compare(start: int, end: int) -> None:
        selections = window.view.extraSelections()
        cursor = selections[-1].cursor
        checked.append((document.text[start:end], cursor.selectedText(), window.view.textCursor().block().text()))

    speech.word_changed.connect(compare)
    try:
        window.view.move_to(document.themes[1].start)
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: len(checked) >= 12)
    finally:
        speech.stop()
    assert all(spoken == drawn for spoken, drawn, _ in checked), checked
    assert all(spoken in line for spoken, _, line in checked), checked  # the caret moved along
    assert {"trivsel", "lærer", "leg"} <= {spoken for spoken, _, _ in checked}


def test_reading_the_selection_reads_the_selected_text(make_window, emoji_folder: Path, settings, qtbot) -> None:
    engine = FakeEngine(speed=8.0)
    speech = SpeechService(settings, engine=engine)
    window = make_window(emoji_folder, speech=speech)
    document = doc(window)
    sentence = "Ingen 🙅 skal stå alene"
    start = document.text.index(sentence)
    window.view.setFocus()
    window.view.select_range(start, start + len(sentence))
    assert window.view.textCursor().selectedText() == sentence
    try:
        qtbot.keyClick(window.view, Qt.Key.Key_F5, CTRL)
        qtbot.waitUntil(lambda: bool(engine.spoken))
    finally:
        speech.stop()
    assert "Ingen" in engine.spoken[0] and "alene" in engine.spoken[0] and "fællesskab" not in engine.spoken[0]


def test_where_am_i_names_the_place_of_the_caret(window: MainWindow, qtbot) -> None:
    document = doc(window)
    theme = document.themes[2]
    quote = theme.quotes[0]
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # theme 3 by its key, then two paragraphs on: the quote
    assert shown_line(window) == theme.title
    qtbot.keyClick(window.view, Qt.Key.Key_Q)
    assert window.view.position() == quote.start
    assert shown_line(window) == quote.lines[0]
    with qtbot.waitSignal(window.announcer.announced) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    percent = round(100 * quote.start / len(document.text))
    assert blocker.args == [f"Tema 3 af 4: {theme.title}. Citat 1 af 1: Elev, 2. klasse. Nummer C3.1. "
                            f"{percent} procent inde i dokumentet."]


def test_the_contents_follow_the_caret(window: MainWindow, qtbot) -> None:
    document = doc(window)
    last_theme = document.themes[-1]
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert window.contents.list.currentRow() == document.sections.index(last_theme)
