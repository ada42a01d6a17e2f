"""Keyboard only: every command of the "moving around" and "help" sections, by its real keys.

Each test presses keys with qtbot.keyClick and checks what a person would notice: where the
caret is, what is scrolled into view, where the focus is, what was announced.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.actions import ACTIONS, ACTIONS_BY_ID
from reader.document import BlockKind, Document
from reader.ui.main_window import MainWindow
from tests.seen import seen
from tests.waiting import drain_events

MakeWindow = Callable[..., MainWindow]
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.view.setFocus()
    window.view.move_to(0)
    return window


@pytest.fixture
def speech_window(make_window: MakeWindow, settings):
    """The window as app.main() builds it, read-aloud included (over the fake speech engine)."""
    from reader.speech.fake import FakeEngine
    from reader.speech.service import SpeechService

    # A clock that stands still: a reading lasts until it is stopped, however slow the machine is.
    engine = FakeEngine(speed=0.0)
    speech = SpeechService(settings, engine=engine)
    window = make_window(speech=speech)
    window.view.setFocus()
    yield window, speech, engine
    speech.stop()


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=NONE) -> None:
    """Presses a key where the focus is, as the keyboard would."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def caret_in_view(window: MainWindow) -> bool:
    return window.view.cursorRect().intersects(window.view.viewport().rect())


def announced(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def doc(window: MainWindow) -> Document:
    assert window.document is not None
    return window.document


# -- structure navigation, both forms -------------------------------------------------------
@pytest.mark.parametrize("key, modifiers", [(Qt.Key.Key_T, NONE), (Qt.Key.Key_T, ALT)], ids=["T", "Alt+T"])
def test_next_theme_moves_caret_scrolls_and_announces(window: MainWindow, qtbot, key, modifiers) -> None:
    themes = doc(window).themes
    press(qtbot, window, key, modifiers)
    assert window.view.position() == themes[0].start
    assert announced(window) == "Tema 1 af 4: Dannelse"
    with qtbot.waitSignal(window.announcer.announced) as blocker:
        press(qtbot, window, key, modifiers)
    assert blocker.args == ["Tema 2 af 4: Leg, læring og trivsel"]
    assert window.view.position() == themes[1].start
    assert window.view.hasFocus()
    assert doc(window).section_at(window.view.first_visible_offset()) is themes[1]  # scrolled to the top
    assert window.contents.list.currentItem().text() == "Tema 2: Leg, læring og trivsel"


@pytest.mark.parametrize("key, modifiers", [(Qt.Key.Key_T, SHIFT), (Qt.Key.Key_T, ALT | SHIFT)],
                         ids=["Shift+T", "Alt+Shift+T"])
def test_previous_theme(window: MainWindow, qtbot, key, modifiers) -> None:
    themes = doc(window).themes
    window.view.move_to(themes[2].blocks[2].start)
    press(qtbot, window, key, modifiers)
    assert window.view.position() == themes[2].start  # first its own heading
    press(qtbot, window, key, modifiers)
    assert window.view.position() == themes[1].start
    assert announced(window) == "Tema 2 af 4: Leg, læring og trivsel"
    window.view.move_to(themes[0].start)
    press(qtbot, window, key, modifiers)
    assert window.view.position() == themes[0].start
    assert announced(window) == "Intet tidligere tema."


@pytest.mark.parametrize("forward, backward", [
    ((Qt.Key.Key_Q, NONE), (Qt.Key.Key_Q, SHIFT)),
    ((Qt.Key.Key_Q, ALT), (Qt.Key.Key_Q, ALT | SHIFT)),
], ids=["Q", "Alt+Q"])
def test_quotes(window: MainWindow, qtbot, forward, backward) -> None:
    quotes = doc(window).quotes
    press(qtbot, window, *forward)
    assert window.view.position() == quotes[0].start
    assert announced(window) == "Citat 1 af 2 i Dannelse: Skoleelev, 2. klasse"
    for quote in quotes[1:]:
        press(qtbot, window, *forward)
        assert window.view.position() == quote.start
        assert caret_in_view(window)
    press(qtbot, window, *forward)
    assert window.view.position() == quotes[-1].start
    assert announced(window) == "Ikke flere citater."
    press(qtbot, window, *backward)
    assert window.view.position() == quotes[-2].start
    assert announced(window).startswith("Citat 2 af 3 i Vores fælles børn og unge: ")


@pytest.mark.parametrize("forward, backward", [
    ((Qt.Key.Key_L, NONE), (Qt.Key.Key_L, SHIFT)),
    ((Qt.Key.Key_L, ALT), (Qt.Key.Key_L, ALT | SHIFT)),
], ids=["L", "Alt+L"])
def test_we_will_lists(window: MainWindow, qtbot, forward, backward) -> None:
    lists = [block for block in doc(window).blocks if block.kind is BlockKind.COMMITMENTS]
    assert len(lists) == 4
    press(qtbot, window, *forward)
    press(qtbot, window, *forward)
    assert window.view.position() == lists[1].start
    assert announced(window) == "Listen “Vi vil” 1 af 1 i Leg, læring og trivsel"
    assert window.view.textCursor().block().text() == "Vi vil:"
    press(qtbot, window, *backward)
    assert window.view.position() == lists[0].start


@pytest.mark.parametrize("forward, backward", [
    ((Qt.Key.Key_P, NONE), (Qt.Key.Key_P, SHIFT)),
    ((Qt.Key.Key_P, ALT), (Qt.Key.Key_P, ALT | SHIFT)),
], ids=["P", "Alt+P"])
def test_paragraphs(window: MainWindow, qtbot, forward, backward) -> None:
    blocks = doc(window).blocks
    press(qtbot, window, *forward)
    press(qtbot, window, *forward)
    assert window.view.position() == blocks[2].start
    count = len(doc(window).sections[0].blocks)
    assert announced(window) == f"Afsnit 3 af {count} i Indledning"
    press(qtbot, window, Qt.Key.Key_Right)  # into the paragraph: "previous" goes to its start first
    press(qtbot, window, *backward)
    assert window.view.position() == blocks[2].start
    press(qtbot, window, *backward)
    assert window.view.position() == blocks[1].start
    assert announced(window) == f"Overskrift 2 af {count} i Indledning"


def sentence_starts(document: Document) -> list[tuple[int, int]]:
    """The sentences read aloud, (start, end) in the shown text and in its order: where S and Shift+S
    must land."""
    from reader.speech.spoken import document_script

    return sorted((sentence.start, sentence.end) for sentence in document_script(document))


def sentence_move(qtbot, window: MainWindow, key: Qt.Key, modifiers) -> str:
    """Presses the key and returns what screen readers were told."""
    with qtbot.waitSignal(window.announcer.announced) as told:
        press(qtbot, window, key, modifiers)
    return str(told.args[0])


@pytest.mark.parametrize("forward, backward", [
    ((Qt.Key.Key_S, NONE), (Qt.Key.Key_S, SHIFT)),
    ((Qt.Key.Key_S, ALT), (Qt.Key.Key_S, ALT | SHIFT)),
], ids=["S", "Alt+S"])
def test_sentences_are_stepped_through_and_each_is_told(window: MainWindow, qtbot, forward, backward) -> None:
    document = doc(window)
    sentences = sentence_starts(document)
    press(qtbot, window, Qt.Key.Key_P)
    assert announced(window)  # where the paragraph move landed, in the status bar
    for start, end in sentences[2:5]:  # the title, the heading "Indledning", then its sentences one by one
        told = sentence_move(qtbot, window, *forward)
        assert window.view.position() == start
        assert told == document.text[start:end]
        assert caret_in_view(window)
        assert announced(window) == ""  # the sentence is on screen at the caret; the old place is not shown
    start, end = sentences[3]  # from the start of a sentence, back to the one before
    assert sentence_move(qtbot, window, *backward) == document.text[start:end]
    assert window.view.position() == start
    press(qtbot, window, Qt.Key.Key_Right, NONE)  # inside a sentence: back to its own start first
    assert sentence_move(qtbot, window, *backward) == document.text[start:end]
    assert window.view.position() == start


def test_the_text_is_read_sentence_by_sentence_to_its_end(window: MainWindow, qtbot) -> None:
    document = doc(window)
    sentences = sentence_starts(document)
    assert len(sentences) > 100
    heard = [document.text[0:sentences[0][1]]]
    for _ in sentences[1:]:
        heard.append(sentence_move(qtbot, window, Qt.Key.Key_S, NONE))
    assert heard == [document.text[start:end] for start, end in sentences]
    assert "".join("".join(heard).split()) == "".join(document.text.split())  # no word left out, none twice
    assert sentence_move(qtbot, window, Qt.Key.Key_S, NONE) == "Ikke flere sætninger."
    assert window.view.position() == sentences[-1][0]
    window.view.move_to(0)
    assert sentence_move(qtbot, window, Qt.Key.Key_S, SHIFT) == "Ingen tidligere sætning."
    assert window.view.position() == 0


def cursor_at(window: MainWindow, offset: int) -> QTextCursor:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.positions.model_to_qt(offset))
    return cursor


def test_in_large_text_the_whole_sentence_comes_into_view(make_window: MakeWindow, settings, qtbot) -> None:
    from reader.presentation.options import FONT_SIZE

    settings.set(FONT_SIZE, 32)
    window = make_window(size=(1024, 768))
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_3)
    document = doc(window)
    viewport = window.view.viewport().rect()
    seen_whole = 0
    for _ in range(8):
        told = sentence_move(qtbot, window, Qt.Key.Key_S, NONE)
        start = window.view.position()
        end = start + len(told)
        first, last = (window.view.cursorRect(cursor_at(window, offset)) for offset in (start, end))
        assert viewport.contains(first)  # its start, always
        if last.bottom() - first.top() < viewport.height():
            assert viewport.contains(last), f"the end of {document.text[start:end]!r} is out of view"
            seen_whole += 1
    assert seen_whole >= 2  # (most sentences of theme 3 are taller than the pane at this size)


def test_alt_s_from_the_contents_goes_to_the_text(window: MainWindow, qtbot) -> None:
    document = doc(window)
    window.contents.list.setFocus()
    start, end = sentence_starts(document)[1]
    assert sentence_move(qtbot, window, Qt.Key.Key_S, ALT) == document.text[start:end]
    assert window.view.hasFocus()
    assert window.view.position() == start


@pytest.mark.parametrize("modifiers", [NONE, CTRL], ids=["digit", "Ctrl+digit"])
def test_go_to_theme_by_number(window: MainWindow, qtbot, modifiers) -> None:
    themes = doc(window).themes
    for number in (3, 1, 4, 2):
        press(qtbot, window, getattr(Qt.Key, f"Key_{number}"), modifiers)
        assert window.view.position() == themes[number - 1].start
        assert announced(window) == f"Tema {number} af 4: {themes[number - 1].title}"
        assert doc(window).section_at(window.view.first_visible_offset()) is themes[number - 1]


@pytest.mark.parametrize("start, end", [
    ((Qt.Key.Key_B, NONE), (Qt.Key.Key_E, NONE)),
    ((Qt.Key.Key_Home, CTRL), (Qt.Key.Key_End, CTRL)),
], ids=["B/E", "Ctrl+Home/End"])
def test_start_and_end_of_document(window: MainWindow, qtbot, start, end) -> None:
    press(qtbot, window, *end)
    assert window.view.position() == len(doc(window).text)
    assert caret_in_view(window)
    assert announced(window) == "Slutningen af dokumentet. Om politikken"
    press(qtbot, window, *start)
    assert window.view.position() == 0
    assert window.view.verticalScrollBar().value() == 0
    assert announced(window) == "Begyndelsen af dokumentet: Børne- og Ungepolitik"


def test_ctrl_and_alt_forms_work_from_the_contents_and_bring_the_focus_to_the_text(window: MainWindow, qtbot) -> None:
    window.contents.list.setFocus()
    qtbot.keyClick(window.contents.list, Qt.Key.Key_T, ALT)
    assert window.view.hasFocus()
    assert window.view.position() == doc(window).themes[0].start


def test_single_letters_type_into_the_search_field(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    field = window.search_bar.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "tql1be")
    assert field.text() == "tql1be"
    assert field.hasFocus()
    assert window.view.position() == 0 or window.search_bar.hits  # nothing navigated


def test_single_letters_are_not_commands_in_the_contents(window: MainWindow, qtbot) -> None:
    window.contents.list.setFocus()
    qtbot.keyClick(window.contents.list, Qt.Key.Key_Q)  # no section starts with Q: nothing happens
    assert window.contents.list.hasFocus()
    assert window.view.position() == 0


def test_where_am_i_shows_and_is_spoken_by_the_apps_own_voice_when_it_is_on(speech_window, qtbot, settings) -> None:
    window, _speech, engine = speech_window
    theme = doc(window).themes[1]
    quote = theme.quotes[1]
    window.view.setFocus()
    window.view.move_to(quote.start + 5)
    with qtbot.waitSignal(window.announcer.announced) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    percent = round(100 * (quote.start + 5) / len(doc(window).text))
    expected = (f"Tema 2 af 4: Leg, læring og trivsel. Citat 2 af 3: Forælder til skolebarn. Nummer C2.2. "
                f"{percent} procent inde i dokumentet.")
    assert blocker.args == [expected]
    assert window.view.position() == quote.start + 5  # nothing moved
    drain_events(qtbot)
    assert engine.said == [] and engine.spoken == []  # the app's own voice is off: silent
    from reader.presentation.options import SELF_VOICING

    window.voicing.screen_reader_running = lambda: False
    settings.set(SELF_VOICING, True)
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    said_as_words = expected.replace("Nummer C2.2.", "Nummer Citat 2 punkt 2.")  # the number said as a number
    qtbot.waitUntil(lambda: any(said_as_words in said for said in engine.said))
    assert engine.spoken == []  # said by the interface's voice, not read aloud as a reading


def test_where_am_i_without_speech(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    count = len(doc(window).sections[0].blocks)
    assert announced(window) == f"Indledning. Overskrift 1 af {count}, niveau 1. 0 procent inde i dokumentet."


# -- panes and focus ------------------------------------------------------------------------
def test_f6_cycles_the_panes(window: MainWindow, qtbot) -> None:
    window.contents.list.setFocus()
    seen = []
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget().objectName())
    assert seen[:2] == ["reading_view", "contents_list"] or seen[0] != seen[1]
    window.contents.list.setFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.search_bar.field.hasFocus()
    order = [QApplication.focusWidget()]
    for _ in range(len(window.keyboard.panes())):
        press(qtbot, window, Qt.Key.Key_F6)
        order.append(QApplication.focusWidget())
    assert order[-1] is order[0]  # round and back
    back = [QApplication.focusWidget()]
    for _ in range(len(window.keyboard.panes())):
        press(qtbot, window, Qt.Key.Key_F6, SHIFT)
        back.append(QApplication.focusWidget())
    assert back == list(reversed(order))


def test_focus_commands(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.contents.list.hasFocus()
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert window.view.hasFocus()


def keys_through_the_window(window: MainWindow, *keys: tuple[QEvent.Type, Qt.Key, Qt.KeyboardModifier]) -> None:
    """Key events as the keyboard brings them: to the window, shortcuts and menu bar included."""
    for kind, key, modifiers in keys:
        if kind == QEvent.Type.KeyPress:
            QTest.keyPress(window.windowHandle(), key, modifiers)
        else:
            QTest.keyRelease(window.windowHandle(), key, modifiers)


def late_screen_reader_copies(window: MainWindow, *keys: tuple[QEvent.Type, Qt.Key, Qt.KeyboardModifier]) -> None:
    """What Qt's AT-SPI bridge does when the screen reader answered late: it posts copies of the
    key events it held back to the window, after the keys themselves have acted."""
    for kind, key, modifiers in keys:
        QCoreApplication.postEvent(window.windowHandle(), QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


ALT_PRESS = (QEvent.Type.KeyPress, Qt.Key.Key_Alt, ALT)
ALT_RELEASE = (QEvent.Type.KeyRelease, Qt.Key.Key_Alt, NONE)


@pytest.mark.parametrize("key, pane", [(Qt.Key.Key_1, "contents"), (Qt.Key.Key_2, "text")], ids=["Alt+1", "Alt+2"])
def test_alt_commands_keep_the_focus_when_a_screen_reader_answers_late(
        window: MainWindow, qtbot, key: Qt.Key, pane: str) -> None:
    target = window.contents.list if pane == "contents" else window.view
    (window.view if pane == "contents" else window.contents.list).setFocus()
    chord = (ALT_PRESS, (QEvent.Type.KeyPress, key, ALT), ALT_RELEASE, (QEvent.Type.KeyRelease, key, NONE))
    keys_through_the_window(window, *chord)
    assert target.hasFocus()
    late_screen_reader_copies(window, *chord[:1], *chord[2:])  # the digit's press acted as a shortcut: no copy
    assert target.hasFocus(), QApplication.focusWidget()  # not the menu bar


def test_alt_alone_opens_the_menu_bar_even_when_a_screen_reader_answers_late(window: MainWindow, qtbot) -> None:
    keys_through_the_window(window, ALT_PRESS, ALT_RELEASE)
    assert window.menuBar().hasFocus()
    late_screen_reader_copies(window, ALT_PRESS, ALT_RELEASE)
    assert window.menuBar().hasFocus()  # not closed again by the copies
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


# -- search ---------------------------------------------------------------------------------
def test_search_highlights_counts_steps_and_closes(window: MainWindow, qtbot) -> None:
    text = doc(window).text
    window.contents.list.setFocus()
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.search_bar
    assert seen(bar) and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "venskab")
    expected = [i for i in range(len(text)) if text[i:i + 7].lower() == "venskab"]
    assert len(expected) > 3
    assert [start for start, _ in window.view.highlight_ranges("search")] == expected
    assert bar.count_label.text() == f"1 af {len(expected)}"
    assert announced(window) == f"1 af {len(expected)}"
    assert window.view.textCursor().selectedText().lower() == "venskab"
    press(qtbot, window, Qt.Key.Key_F3)
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.view.textCursor().selectionStart() == expected[2]
    assert announced(window) == f"3 af {len(expected)}"
    assert caret_in_view(window)
    press(qtbot, window, Qt.Key.Key_F3, SHIFT)
    assert window.view.textCursor().selectionStart() == expected[1]
    assert bar.field.hasFocus()  # the user can go on typing
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.contents.list.hasFocus()  # back where the search started
    assert window.view.highlight_ranges("search") == []
    assert window.view.position() == expected[1] + 7  # the caret stays at the hit


def test_search_wraps_and_reports_no_hits(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.search_bar
    qtbot.keyClicks(bar.field, "Tema")
    count = len(bar.hits)
    press(qtbot, window, Qt.Key.Key_F3, SHIFT)
    assert announced(window) == f"{count} af {count}, fortsat fra den anden ende"
    qtbot.keyClicks(bar.field, "xyzzy")
    assert bar.count_label.text() == "Ingen fund"
    assert window.view.highlight_ranges("search") == []
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def test_search_hits_use_the_theme_colours(window: MainWindow, qtbot, settings) -> None:
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar.field, "leg")

    def hit_colours() -> set[tuple[str, str]]:
        return {(s.format.foreground().color().name(), s.format.background().color().name())
                for s in window.view.extraSelections()}

    assert hit_colours() == {(window.theme.search_text.lower(), window.theme.search_background.lower())}
    with qtbot.waitSignal(window.theme_changed):
        settings.set("theme", "yellow-on-black")
    assert window.theme.id == "yellow-on-black"
    assert hit_colours() == {(window.theme.search_text.lower(), window.theme.search_background.lower())}


def test_f3_without_a_search_opens_the_field(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F3)
    assert window.search_bar.field.hasFocus()


# -- help -----------------------------------------------------------------------------------
def test_f1_lists_every_command_with_its_keys(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.keyboard.help_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: seen(dialog))  # a window of its own: on the screen once it is exposed
    assert dialog.focusWidget() is dialog.browser  # the caret is in the key list when the dialog is active
    text = dialog.browser.toPlainText()
    assert text.startswith("Tastaturkommandoer")
    from reader.ui.help import key_text, plain_label

    for spec in ACTIONS:
        assert plain_label(spec) in text, spec.id
        assert key_text(spec) in text, spec.id
    assert "Alt+T, T (i teksten)" in text
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_key_describer_describes_until_escape(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F1, SHIFT)
    assert announced(window).startswith("Tastebeskrivelse:")
    press(qtbot, window, Qt.Key.Key_T, ALT)
    assert window.view.position() == 0  # described, not done
    assert announced(window) == "Alt+T: Næste tema. Gå til overskriften på det næste tema."
    press(qtbot, window, Qt.Key.Key_T)
    assert announced(window) == "T: Næste tema. Gå til overskriften på det næste tema. (i teksten)"
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.view.hasFocus()  # Alt+1 did not move the focus
    spec = ACTIONS_BY_ID["focus.contents"]
    assert announced(window) == f"Alt+1: {spec.translated_label()}. {spec.translated_help()}"
    press(qtbot, window, Qt.Key.Key_K, CTRL)
    assert announced(window) == "Ctrl+K: ingen kommando."
    press(qtbot, window, Qt.Key.Key_Escape)
    assert announced(window) == "Tasterne virker igen."
    press(qtbot, window, Qt.Key.Key_T, ALT)
    assert window.view.position() == doc(window).themes[0].start


# -- the registry itself ----------------------------------------------------------------------
MY_COMMANDS = {
    "focus.contents", "focus.text", "focus.next_pane", "focus.previous_pane",
    "nav.next_theme", "nav.previous_theme", "nav.next_quote", "nav.previous_quote",
    "nav.next_commitments", "nav.previous_commitments", "nav.next_paragraph", "nav.previous_paragraph",
    "nav.next_sentence", "nav.previous_sentence",
    "nav.theme_1", "nav.theme_2", "nav.theme_3", "nav.theme_4", "nav.start", "nav.end", "nav.where",
    "search.find", "search.next", "search.previous", "search.close", "help.keys", "help.describe_keys",
}


def test_every_command_is_reachable_by_keyboard() -> None:
    for spec in ACTIONS:
        assert spec.keys or spec.local_keys or spec.menu, f"{spec.id} cannot be reached without a mouse"


def test_every_single_letter_key_is_local_and_has_a_ctrl_or_alt_form() -> None:
    for spec in ACTIONS:
        for sequence in spec.key_sequences():
            combination = sequence[0]
            # as plain numbers: inverting the flag gives another answer on Windows (PySide6 6.11)
            modifiers = combination.keyboardModifiers().value & ~Qt.KeyboardModifier.ShiftModifier.value
            # letters, digits and signs (Space is the read-aloud pause key by design, see speech)
            is_text_key = Qt.Key.Key_Space.value < combination.key().value < Qt.Key.Key_Escape.value
            assert modifiers or not is_text_key, f"{spec.id}: a window-wide single key would break typing"
        for sequence in spec.local_key_sequences():
            if sequence[0].key().value < Qt.Key.Key_Escape.value:  # a letter, digit or sign
                assert spec.keys, f"{spec.id}: needs a Ctrl/Alt form for screen-reader users"


def test_my_commands_are_in_the_registry() -> None:
    assert set(ACTIONS_BY_ID) >= MY_COMMANDS


def test_esc_closes_the_search_also_when_read_aloud_is_there(speech_window, qtbot) -> None:
    """Esc is also "stop reading" (window-wide); in the search field it must close the search, unambiguously."""
    window, speech, _engine = speech_window
    with qtbot.waitSignal(speech.state_changed, check_params_cb=lambda state: state == "speaking"):
        qtbot.keyClick(window.view, Qt.Key.Key_F5)  # read this theme aloud: now Esc means "stop reading" too
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar.field, "leg")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert not window.search_bar.isVisible()
    assert window.view.hasFocus()
    assert speech.state == "speaking"  # Esc in the search field closed the search, not the reading
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert speech.state == "idle"  # and in the text it stops the reading


def test_f6_reaches_the_read_aloud_controls(speech_window, qtbot) -> None:
    window, _speech, _engine = speech_window
    bar = window.read_aloud.bar
    window.contents.list.setFocus()
    for _ in range(len(window.keyboard.panes())):
        if bar.isAncestorOf(QApplication.focusWidget()):
            break
        press(qtbot, window, Qt.Key.Key_F6)
    assert bar.isAncestorOf(QApplication.focusWidget())
    press(qtbot, window, Qt.Key.Key_F6)
    assert window.contents.list.hasFocus()  # round again


def test_an_open_search_follows_another_document(make_window: MakeWindow, qtbot, tmp_path) -> None:
    from tests.conftest import POLICY

    (tmp_path / "a-politik.md").write_bytes(POLICY.read_bytes())
    (tmp_path / "b-strategi.md").write_text(
        "---\ntitel: En strategi\nsprog: da\n---\n\n## Indledning\n\nLeg og leg.\n\n## Tema: Et\n\nMere leg.\n",
        encoding="utf-8")
    window = make_window(tmp_path)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar.field, "leg")
    assert len(window.search_bar.hits) > 3
    box = window.contents.document_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.windowTitle().startswith("En strategi")
    text = window.view.toPlainText()
    assert [text[a:b] for a, b in window.view.highlight_ranges("search")] == ["Leg", "leg", "leg"]
    assert window.search_bar.count_label.text() == "1 af 3"


def test_enter_and_shift_enter_in_the_field_step_through_hits(window: MainWindow, qtbot) -> None:
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.search_bar
    qtbot.keyClicks(bar.field, "venskab")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text().startswith("2 af ")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text().startswith("1 af ")
