"""The reading window: what a person sees, and moving through the contents by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.document import Document
from reader.ui.main_window import MainWindow
from tests.conftest import POLICY
from tests.seen import seen

MakeWindow = Callable[..., MainWindow]


def test_window_shows_the_policy_with_its_title(make_window: MakeWindow, policy: Document) -> None:
    window = make_window()
    assert window.windowTitle() == "Børne- og Ungepolitik – Herning Læser"
    assert window.view.toPlainText() == policy.text  # the model's offsets are the view's positions
    labels = [window.contents.list.item(i).text() for i in range(window.contents.list.count())]
    assert labels == [
        "Indledning",
        "Tema 1: Dannelse",
        "Tema 2: Leg, læring og trivsel",
        "Tema 3: Forældre og netværk",
        "Tema 4: Vores fælles børn og unge",
        "Om politikken",
    ]


def test_default_text_is_at_least_16_points(make_window: MakeWindow, policy: Document) -> None:
    window = make_window()
    paragraph = policy.sections[0].blocks[2]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(paragraph.start + 1)
    assert cursor.charFormat().font().pointSizeF() >= 16


def test_block_kinds_are_set_apart(make_window: MakeWindow, policy: Document) -> None:
    window = make_window()
    document = window.view.document()
    theme = policy.themes[0]
    quote, commitments = theme.quotes[0], theme.commitments[0]
    paragraph = theme.blocks[1]

    def block_format(offset: int):
        return document.findBlock(offset).blockFormat()

    def char_format(offset: int):
        cursor = QTextCursor(document)
        cursor.setPosition(offset + 1)
        return cursor.charFormat()

    # Headings are headings (also for assistive technology) and larger than body text.
    assert block_format(theme.start).headingLevel() == 2
    assert char_format(theme.start).font().pointSizeF() > char_format(paragraph.start).font().pointSizeF()
    # Quotes are indented on a tinted background, in italics, with the speaker in bold.
    quote_format = block_format(quote.start)
    assert quote_format.leftMargin() > block_format(paragraph.start).leftMargin()
    assert quote_format.background().color() != block_format(paragraph.start).background().color()
    assert char_format(quote.start).font().italic()
    speaker_start = quote.line_starts()[-1]
    assert document.findBlock(speaker_start).text() == "Skoleelev, 2. klasse"
    assert char_format(speaker_start).font().bold()
    # "Vi vil:" is a bold lead-in and the commitments are a real list.
    assert char_format(commitments.start).font().bold()
    item_block = document.findBlock(commitments.line_starts()[1])
    assert item_block.textList() is not None
    assert item_block.textList().count() == 3


def visible_section(window: MainWindow) -> str:
    document = window.document
    assert document is not None
    return document.section_at(window.view.first_visible_offset()).title


def test_choosing_contents_by_keyboard_moves_the_text(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    contents = window.contents.list
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "Table of contents"
    assert contents.hasFocus()
    assert visible_section(window) == "Indledning"

    expected = ["Dannelse", "Leg, læring og trivsel", "Forældre og netværk", "Vores fælles børn og unge"]
    for title in expected:
        qtbot.keyClick(contents, Qt.Key.Key_Down)
        assert visible_section(window) == title
        section = window.document.sections[contents.currentRow()]
        assert window.view.position() == section.start  # caret at the heading, for screen readers

    qtbot.keyClick(contents, Qt.Key.Key_End)
    # The closing section is short; the pane may not scroll it to the top, but it must be visible.
    closing = window.document.sections[-1]
    assert window.view.position() == closing.start
    assert window.view.cursorRect().intersects(window.view.viewport().rect())

    qtbot.keyClick(contents, Qt.Key.Key_Home)
    assert visible_section(window) == "Indledning"


def test_contents_follow_the_caret(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    third = window.document.themes[2]
    window.view.move_to(third.blocks[1].start)
    assert window.contents.list.currentItem().text() == "Tema 3: Forældre og netværk"


def test_alt_2_focuses_the_text(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    window.contents.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.view.hasFocus()
    assert window.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_several_documents_can_be_chosen(make_window: MakeWindow, qtbot, tmp_path: Path) -> None:
    (tmp_path / "a-politik.md").write_bytes(POLICY.read_bytes())
    (tmp_path / "b-strategi.md").write_text(
        "---\ntitel: En strategi\nsprog: da\n---\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\nMere.\n\n## Om\n\nSlut.\n",
        encoding="utf-8",
    )
    window = make_window(tmp_path)
    box = window.contents.document_box
    assert seen(box)
    assert [box.itemText(i) for i in range(box.count())] == ["Børne- og Ungepolitik", "En strategi"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.windowTitle() == "En strategi – Herning Læser"
    assert window.view.toPlainText().startswith("En strategi\nIndledning\nTekst.")


def test_single_document_hides_the_chooser(make_window: MakeWindow) -> None:
    window = make_window()
    assert not window.contents.document_box.isVisible()
    assert not window.binder.actions["document.choose"].isEnabled()


def test_broken_content_is_shown_as_a_message_not_a_crash(make_window: MakeWindow, tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("---\nsprog: da\n---\n\n## Tema: Et\n\n> citat\n", encoding="utf-8")
    window = make_window(tmp_path)
    text = window.view.toPlainText()
    assert text.startswith("Dokumentet kunne ikke vises.")
    assert "broken.md:1: fejl: Dokumentet har ingen titel." in text
    assert "broken.md:7: fejl: Citatet mangler hvem der siger det." in text
    assert "problem" in window.statusBar().currentMessage()


def test_the_message_in_place_of_a_broken_document_is_in_the_readers_text_size(
        make_window: MakeWindow, tmp_path: Path, qtbot) -> None:
    """Someone who reads at a large size reads what is wrong at that size too, and it follows Ctrl++."""
    (tmp_path / "broken.md").write_text("---\nsprog: da\n---\n\n## Tema: Et\n\n> citat\n", encoding="utf-8")
    window = make_window(tmp_path)
    view = window.view
    text = view.toPlainText()
    detail = text.index("broken.md:1")

    def line_height() -> int:  # the height of a line of the message on the screen
        cursor = QTextCursor(view.document())
        cursor.setPosition(detail)
        return view.cursorRect(cursor).height()

    shown = view.document().findBlock(detail).charFormat().font()
    assert shown.pointSizeF() == window.text_style().point_size  # the document's size, not the widget's
    before = line_height()
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: line_height() > before * 1.2)
    assert view.toPlainText() == text  # the whole message, still


@pytest.mark.parametrize("menu_id, title", [("file", "&Filer"), ("help", "&Hjælp")])
def test_interface_is_danish_by_default(make_window: MakeWindow, menu_id: str, title: str) -> None:
    window = make_window()
    assert window.menus[menu_id].title() == title
    assert window.binder.actions["app.quit"].text() == "Afslut"


def test_highlight_layers_survive_restyling(make_window: MakeWindow, settings) -> None:
    from PySide6.QtGui import QColor, QTextCharFormat

    window = make_window()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffff00"))
    theme = window.document.themes[0]
    window.view.set_highlight("search", [(theme.start, theme.start + 8)], fmt)
    window.view.set_highlight("speech", [(theme.blocks[1].start, theme.blocks[1].start + 5)], fmt)
    assert len(window.view.extraSelections()) == 2
    settings.set("font_size", 24.0)
    selections = window.view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["Dannelse", theme.blocks[1].text[:5]]
    window.view.clear_highlight("search")
    assert len(window.view.extraSelections()) == 1
