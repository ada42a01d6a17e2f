"""The app's own voice (self-voicing) driven by real keys, over the fake speech engine.

What is asserted is what a person hears, checked against what is on screen: each utterance as the
voice was given it (``SelfVoicing.log``, the engine's ``said``) next to the focused control's label,
the list's entry, the line the caret is on as Qt lays it out, the search's count. The recording
through a real sound server is tests/speech/test_voicing_heard.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from reader.kiosk_config import KioskConfig
from reader.presentation.options import LANGUAGE, SELF_VOICING, SPEECH_RATE, SPEECH_VOLUME
from reader.presentation.settings import MemoryStore
from reader.settings_service import Settings
from reader.speech.fake import DANISH, ENGLISH, FakeEngine
from reader.speech.service import IDLE, SPEAKING, SpeechService
from reader.ui import self_voicing
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from tests.waiting import drain_events, wait_for

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class ScreenReader:
    """Stands in for the platform's "a screen reader runs" flag."""

    running = False

    def __init__(self, *_args: object) -> None:
        pass

    def __call__(self) -> bool:
        return ScreenReader.running


@pytest.fixture(autouse=True)
def no_screen_reader(monkeypatch) -> Iterator[None]:
    ScreenReader.running = False
    monkeypatch.setattr(self_voicing.ScreenReaderCheck, "running", lambda _self: ScreenReader.running)
    yield


Make = Callable[..., tuple[MainWindow, FakeEngine]]


@pytest.fixture
def voiced(make_window, settings, qtbot) -> Iterator[Make]:
    """The window as app.main() builds it with ``--self-voicing`` (or without: ``on=False``)."""
    made: list[SpeechService] = []

    def make(*, on: bool = True, engine: FakeEngine | None = None) -> tuple[MainWindow, FakeEngine]:
        if on:
            settings.set(SELF_VOICING, True)
        engine = engine or FakeEngine(speed=20.0)
        speech = SpeechService(settings, engine=engine)
        made.append(speech)
        window = make_window(speech=speech)
        window.view.setFocus()
        window.view.move_to(0)
        if on and not ScreenReader.running:  # the focus in the text is said before the test's first key
            wait_for(qtbot, lambda: any(text.startswith("Dokumentets tekst") for text in window.voicing.log))
        return window, engine

    yield make
    for speech in made:
        speech.shutdown()


def said_after(window: MainWindow, qtbot, key: Qt.Key, modifiers=NONE, *, target=None) -> str:
    """Presses a key where the focus is; returns what the voice said in answer ("" when nothing)."""
    voicing = window.voicing
    assert voicing is not None
    drain_events(qtbot)  # what earlier steps left for the event loop is said before this key
    before = len(voicing.log)
    qtbot.keyClick(target or QApplication.focusWidget() or window, key, modifiers)
    wait_for(qtbot, lambda: len(voicing.log) > before, 2000)
    return " | ".join(list(voicing.log)[before:])


def caret_line(window: MainWindow) -> str:
    """The line the caret is on, as Qt's own line movement finds it (not how self-voicing finds it)."""
    cursor = window.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip()


def test_focus_moves_are_said_with_name_role_state_and_value(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    contents = window.contents.list
    said = said_after(window, qtbot, Qt.Key.Key_1, ALT)
    entry = contents.currentItem().text()
    assert said.startswith(f"{contents.accessibleName()}, liste, {entry}, {contents.currentRow() + 1} af "
                           f"{contents.count()}")
    said = said_after(window, qtbot, Qt.Key.Key_Down)
    assert said == f"{contents.currentItem().text()}, {contents.currentRow() + 1} af {contents.count()}"
    said = said_after(window, qtbot, Qt.Key.Key_2, ALT)
    assert said.startswith("Dokumentets tekst, skrivebeskyttet tekst")
    assert said.endswith(caret_line(window))  # the line the caret is on, as a screen reader reads it
    said = said_after(window, qtbot, Qt.Key.Key_Tab)  # into the tool bar
    button = QApplication.focusWidget()
    assert said.startswith(f"{window.toolbar.windowTitle()} ")  # ("Værktøjslinje": its name says what it is)
    assert f"{button.text().replace('&', '')}, knap" in said


def test_a_setting_changed_by_a_key_is_said_and_a_check_box_says_its_state(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    said = said_after(window, qtbot, Qt.Key.Key_Comma, CTRL)  # the settings panel
    panel = QApplication.activeWindow()
    theme = QApplication.focusWidget()
    assert isinstance(theme, QComboBox)
    assert said.startswith(f"{panel.windowTitle()}, dialogboks")
    assert f"Farvetema, rulleliste, {theme.currentText()}" in said
    said = said_after(window, qtbot, Qt.Key.Key_Down)
    assert said == theme.currentText()  # the new value, nothing else
    box = panel.findChild(QCheckBox, "setting_self_voicing")
    assert box is not None and box.isChecked()  # the panel shows the app's own voice is on
    box.setFocus()
    wait_for(qtbot, lambda: "Indbygget tale: programmet siger, hvad det viser, afkrydsningsfelt, markeret"
             in window.voicing.log[-1])
    assert "afkrydsningsfelt, markeret" in window.voicing.log[-1]
    panel.close()


def test_structure_moves_where_am_i_and_the_caret_read_the_text(voiced: Make, qtbot) -> None:
    window, engine = voiced()
    document = window.document
    said = said_after(window, qtbot, Qt.Key.Key_T)
    assert said.startswith("Tema 1 af 4: Dannelse")
    said = said_after(window, qtbot, Qt.Key.Key_Down)
    assert said == caret_line(window)  # the next line, exactly as laid out on screen
    said = said_after(window, qtbot, Qt.Key.Key_Right, CTRL)
    cursor = window.view.textCursor()
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    assert said == cursor.selectedText()
    said = said_after(window, qtbot, Qt.Key.Key_Right)
    assert said == document.text[window.view.position()] or said in ("mellemrum", "komma", "punktum")
    said = said_after(window, qtbot, Qt.Key.Key_Q)
    quote = document.block_at(window.view.position())
    assert said.startswith("Citat 1 af ")
    assert quote.text.split(".")[0].strip('"“”»« ') in said  # the quote's first sentence follows the message
    said = said_after(window, qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    assert said.startswith("Tema 1 af 4: Dannelse. Citat 1 af ") and said.endswith("procent inde i dokumentet.")
    assert window.speech.state == IDLE  # said once, by the interface's voice: no reading started for it
    assert engine.said[-1] == said


def test_sentence_keys_say_the_sentence_once_in_the_documents_voice(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    document = window.document
    first, second = document.quotes[0], document.quotes[1]
    assert first.speaker.strip("—– ") == "Skoleelev, 2. klasse"  # (the policy as the tests pin it)
    window.view.move_to(first.start - 1)
    said = said_after(window, qtbot, Qt.Key.Key_S)  # the quote, as read aloud: without its quotation marks
    assert said == first.lines[0].strip('"“”')
    # Its speaker, shown after the quote, is said as the one who said it, never as introducing the next quote.
    assert said_after(window, qtbot, Qt.Key.Key_S) == "Sagt af en skoleelev i anden klasse."
    said = said_after(window, qtbot, Qt.Key.Key_S)
    assert window.view.position() == second.start
    assert said == second.lines[0].strip('"“”').split(". ")[0] + "."
    assert said_after(window, qtbot, Qt.Key.Key_S, SHIFT) == "Sagt af en skoleelev i anden klasse."
    window.view.move_to(0)
    assert said_after(window, qtbot, Qt.Key.Key_S, SHIFT) == "Ingen tidligere sætning."


def test_alt_s_from_another_pane_says_the_sentence_not_the_line(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    document = window.document
    theme = document.themes[1]
    window.view.move_to(theme.start)
    said_after(window, qtbot, Qt.Key.Key_1, ALT)  # into the contents
    said = said_after(window, qtbot, Qt.Key.Key_S, ALT)
    assert said.startswith("Dokumentets tekst, skrivebeskyttet tekst")
    assert said.endswith(" Alle børn og unge er forskellige.")  # the sentence the caret went to,
    assert "Alle skal have" not in said  # not the laid-out line, which runs on into the next one


def test_search_says_each_letter_the_count_and_the_hit(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    said = said_after(window, qtbot, Qt.Key.Key_F, CTRL)
    assert said.startswith("Søg i teksten, redigeringsfelt")
    for letter in "barn":
        said = said_after(window, qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"))
        assert said.startswith(f"{letter} ") and said.endswith(window.search_bar.count_text())
    said = said_after(window, qtbot, Qt.Key.Key_Return)
    assert said.startswith(window.search_bar.count_text())
    start, end = window.view.selection_range()
    hit = window.document.text[start:end]
    assert hit.lower() == "barn" and hit in said.split(window.search_bar.count_text(), 1)[1]  # the hit's sentence
    said = said_after(window, qtbot, Qt.Key.Key_Backspace)
    assert said.startswith("n ")  # what was deleted
    said = said_after(window, qtbot, Qt.Key.Key_Escape)
    assert said.startswith("Dokumentets tekst") and "Søgningen er lukket." in said


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a menu cannot raise or grab the keyboard
def test_help_dialog_and_menus_are_said(voiced: Make, qtbot) -> None:
    window, _engine = voiced()
    said = said_after(window, qtbot, Qt.Key.Key_F1)
    assert said.startswith("Tastaturkommandoer, dialogboks")
    assert "Standardknap: Luk" in said or "Luk" in said
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu = window.menus["view"]
    before = len(window.voicing.log)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    item = menu.activeAction()
    assert item is not None
    label = item.text().replace("&", "").rstrip("…")
    wait_for(qtbot, lambda: label in window.voicing.log[-1])
    assert window.voicing.log[-1].startswith(f"{menu.title().replace('&', '')}, menu {label}")
    assert len(window.voicing.log) > before
    qtbot.keyClick(menu, Qt.Key.Key_Escape)


def test_a_key_cuts_what_was_being_said_and_a_message_that_comes_by_itself_waits(voiced: Make, qtbot) -> None:
    window, engine = voiced()
    said_after(window, qtbot, Qt.Key.Key_T)
    assert engine.cuts[-1] is True
    before = len(engine.said)
    window.announcer.announce("Eksporten er færdig.")  # as an export's result arrives, with no key pressed
    wait_for(qtbot, lambda: len(engine.said) > before)
    assert engine.said[-1] == "Eksporten er færdig." and engine.cuts[-1] is False


def test_reading_aloud_pauses_for_the_interface_and_goes_on(voiced: Make, qtbot) -> None:
    window, engine = voiced(engine=FakeEngine(speed=2.0))
    window.view.move_to(window.document.themes[0].blocks[1].start)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: engine.playing)
    drain_events(qtbot)  # (the turn in which a message would be said)
    assert not [s for s in window.voicing.log if "Læser op" in s]  # the reading itself is the news
    over: list[int] = []
    window.speech.talk_over.connect(over.append)
    said_after(window, qtbot, Qt.Key.Key_Down)  # the interface speaks: the reading is held
    assert not engine.playing and window.speech.state == SPEAKING
    qtbot.waitUntil(lambda: window.speech.utterance in over)
    qtbot.waitUntil(lambda: engine.playing)  # and goes on
    assert window.speech.state == SPEAKING
    window.speech.stop()


def test_repeat_and_stop_keys(voiced: Make, qtbot) -> None:
    window, engine = voiced(engine=FakeEngine(speed=0.01))  # a slow clock: an utterance lasts
    said = said_after(window, qtbot, Qt.Key.Key_T)
    again = said_after(window, qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert again == said
    talks = []
    window.speech.talk_over.connect(talks.append)
    qtbot.keyClick(window.view, Qt.Key.Key_Control)  # Ctrl on its own: quiet at once
    qtbot.waitUntil(lambda: bool(talks))
    assert not engine._talks


def test_the_voice_follows_rate_volume_and_interface_language(voiced: Make, qtbot, settings,
                                                              interface_language) -> None:
    settings.changed.connect(interface_language.follow)  # as app.main() connects it
    window, engine = voiced()
    settings.set(SPEECH_RATE, 250)
    settings.set(SPEECH_VOLUME, 40)
    said_after(window, qtbot, Qt.Key.Key_T)
    assert engine.said_rates[-1] == 250 and engine.volume == pytest.approx(0.4)
    assert engine.said_voices[-1][0] == DANISH["id"]
    settings.set(LANGUAGE, "en")
    drain_events(qtbot)
    said = said_after(window, qtbot, Qt.Key.Key_1, ALT)
    assert said.startswith("Contents, list, ")
    assert engine.said_voices[-1] == [ENGLISH["id"]]  # the interface's language, the interface's voice
    said = said_after(window, qtbot, Qt.Key.Key_2, ALT)
    assert said.startswith("Document text, read-only text")
    assert engine.said_voices[-1] == [ENGLISH["id"], DANISH["id"]]  # the Danish text in the Danish voice
    said_after(window, qtbot, Qt.Key.Key_S)
    assert engine.said_voices[-1] == [DANISH["id"]]  # a sentence of the text, in the text's voice
    window.view.move_to(0)
    assert said_after(window, qtbot, Qt.Key.Key_S, SHIFT) == "No previous sentence."
    assert engine.said_voices[-1] == [ENGLISH["id"]]


def test_errors_are_said(voiced: Make, qtbot) -> None:
    window, engine = voiced(engine=FakeEngine(voices=[ENGLISH]))
    window.view.move_to(window.document.themes[0].start)
    said = said_after(window, qtbot, Qt.Key.Key_F5)
    assert "Der er ingen dansk stemme installeret" in said
    assert engine.said[-1] == said


def test_without_the_option_nothing_is_said(voiced: Make, qtbot) -> None:
    window, engine = voiced(on=False)
    for key, modifiers in ((Qt.Key.Key_T, NONE), (Qt.Key.Key_1, ALT), (Qt.Key.Key_Down, NONE), (Qt.Key.Key_F1, NONE)):
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
        drain_events(qtbot)
    assert list(window.voicing.log) == [] and engine.said == []


def test_the_key_turns_the_voice_on_and_off_anywhere(voiced: Make, qtbot, settings) -> None:
    window, engine = voiced(on=False)
    window.access.show_start_screen()  # also over the start screen, which holds other keys back
    qtbot.waitUntil(lambda: window.access.start_screen.isVisible())
    said = said_after(window, qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    assert said.startswith("Indbygget tale er slået til. Kontrol Skift V slår den fra.")
    assert "Velkommen til Herning Læser." in said and "1: Standard." in said  # the welcome and its choices
    assert settings.get(SELF_VOICING) and window.binder.actions["voicing.toggle"].isChecked()
    said = said_after(window, qtbot, Qt.Key.Key_Tab)
    assert "knap" in said
    said = said_after(window, qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    assert said == "Indbygget tale er slået fra."
    before = len(engine.said)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    drain_events(qtbot)
    assert len(engine.said) == before and not settings.get(SELF_VOICING)


def test_beside_a_screen_reader_the_voice_waits_to_be_asked(voiced: Make, qtbot) -> None:
    ScreenReader.running = True
    window, engine = voiced()  # on from an earlier session (or the command line): not asked for now
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    qtbot.keyClick(window.view, Qt.Key.Key_1, ALT)
    drain_events(qtbot)
    assert engine.said == []
    said = said_after(window, qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # the user asks for it: heard from now on
    assert said.startswith("Indbygget tale er slået til.")
    assert said_after(window, qtbot, Qt.Key.Key_Down)


def test_the_where_am_i_is_not_said_twice(voiced: Make, qtbot) -> None:
    window, engine = voiced()
    said_after(window, qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    drain_events(qtbot)
    assert sum("procent inde i dokumentet" in text for text in engine.said) == 1
    assert window.speech.state == IDLE


def test_help_and_the_key_describer_tell_the_keys(voiced: Make, qtbot) -> None:
    from reader.ui.help import describe_sequence, help_html

    html = help_html(window_binder := voiced(on=False)[0].binder)
    assert "Indbygget tale" in html and "Ctrl+Skift+V" in html and "Sig det igen" in html
    from PySide6.QtGui import QKeySequence

    assert describe_sequence(QKeySequence("Ctrl+Shift+V")).startswith("Ctrl+Skift+V: Indbygget tale.")
    assert window_binder.actions["voicing.toggle"].isEnabled()


# -- the public terminal ---------------------------------------------------------------------------
@pytest.fixture
def terminal(qtbot, qapp) -> Iterator[Callable[[str], tuple[MainWindow, Kiosk, FakeEngine]]]:
    kiosks: list[Kiosk] = []

    def make(mode: str) -> tuple[MainWindow, Kiosk, FakeEngine]:
        from reader.document import load_folder
        from tests.conftest import CONTENT

        settings = Settings(MemoryStore())
        documents, problems = load_folder(CONTENT)
        engine = FakeEngine(speed=20.0)
        window = MainWindow(documents, problems, settings, speech=SpeechService(settings, engine=engine))
        qtbot.addWidget(window)
        config = KioskConfig(enabled=True, self_voicing=mode, idle_seconds=10, warning_seconds=3)
        kiosk = Kiosk(qapp, window.terminal_parts(), config)
        kiosks.append(kiosk)
        window.resize(1280, 720)
        kiosk.start()
        assert window.voicing is not None
        window.voicing.follow_kiosk(kiosk.reset_done, config.self_voicing)  # as app.main() does
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, kiosk, engine

    yield make
    for kiosk in kiosks:
        kiosk.stop()


def test_terminal_key_mode_the_first_key_wakes_the_voice_and_the_reset_returns(terminal, qtbot) -> None:
    window, kiosk, engine = terminal("key")
    start = window.access.start_screen
    assert start.isVisible() and engine.said == []
    said = said_after(window, qtbot, Qt.Key.Key_2)
    assert start.isVisible()  # the first key is not a command: it wakes the voice
    assert said.startswith("Velkommen til Herning Læser. Denne skærm kan tale.")
    assert "Kontrol Skift V slår stemmen fra" in said and "2: Stor tekst." in said
    said = said_after(window, qtbot, Qt.Key.Key_2)  # now the key chooses
    assert not start.isVisible() and "Profil valgt: Stor tekst" in said
    said_after(window, qtbot, Qt.Key.Key_F, CTRL)
    said_after(window, qtbot, Qt.Key.Key_B)
    kiosk.reset()
    assert list(window.voicing.log) == [] and window.voicing.last == []  # nothing of the visit is kept
    assert window.search_bar.field.text() == ""  # nor what was searched for
    assert not window.settings.get(SELF_VOICING)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)  # the next visitor's first key
    wait_for(qtbot, lambda: bool(window.voicing.log))
    assert window.voicing.log[0].startswith("Velkommen til Herning Læser.")


def test_terminal_on_and_off(terminal, qtbot) -> None:
    window, kiosk, engine = terminal("on")
    wait_for(qtbot, lambda: bool(engine.said))
    assert engine.said[0].startswith("Velkommen til Herning Læser. Denne skærm kan tale.")
    assert "1: Standard." in engine.said[0]
    said = said_after(window, qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # a visitor turns it off
    assert said == "Indbygget tale er slået fra."
    kiosk.reset()
    wait_for(qtbot, lambda: window.settings.get(SELF_VOICING))
    assert window.settings.get(SELF_VOICING)  # on again for the next visitor
    window_off, _kiosk, engine_off = terminal("off")
    qtbot.keyClick(QApplication.focusWidget() or window_off, Qt.Key.Key_Tab)
    drain_events(qtbot)
    assert engine_off.said == []


def test_a_masked_field_never_says_what_is_typed(voiced: Make, qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    window, _engine = voiced()
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    field.setAccessibleName("Adgangskode")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    wait_for(qtbot, lambda: "Adgangskode, redigeringsfelt" in window.voicing.log[-1])
    assert window.voicing.log[-1].endswith("Adgangskode, redigeringsfelt")  # its name and role: no value
    before = len(window.voicing.log)
    for letter in "secret":
        qtbot.keyClick(field, getattr(Qt.Key, f"Key_{letter.upper()}"))
        drain_events(qtbot)  # (each key's turn of the event loop)
    assert field.text() == "secret"
    assert list(window.voicing.log)[before:] == []  # not a letter, not the value
    dialog.close()


def test_the_terminals_print_outcome_is_said(terminal, qtbot) -> None:
    window, _kiosk, engine = terminal("on")
    wait_for(qtbot, lambda: bool(engine.said))
    said_after(window, qtbot, Qt.Key.Key_1)  # a profile: the text
    said = said_after(window, qtbot, Qt.Key.Key_P, CTRL)  # a large-print copy, the terminal's take-away
    dialog = window.access.large_print
    assert dialog is not None
    assert said.startswith(f"{dialog.windowTitle()}, dialogboks")
    said = said_after(window, qtbot, Qt.Key.Key_Return)  # Enter: the default button, Print
    assert dialog.message.text() and dialog.message.text() in said  # no printer here: said, as shown
    dialog.close()


def test_closing_the_window_leaves_the_voice_and_its_worker_ended(voiced: Make, qtbot) -> None:
    window, engine = voiced()
    said = len(engine.said)
    window.close()  # (the focus leaves the window as it closes: nothing is said, no worker is started again)
    drain_events(qtbot)
    window.voicing.hush()
    window.speech.talk([("Hej", "da")])
    drain_events(qtbot)
    assert not engine.running and len(engine.said) == said


def test_the_terminals_reset_does_not_say_the_voice_goes_off(terminal, qtbot) -> None:
    window, kiosk, engine = terminal("on")
    wait_for(qtbot, lambda: bool(engine.said))
    said_after(window, qtbot, Qt.Key.Key_Tab)
    before = len(engine.said)
    kiosk.reset()
    wait_for(qtbot, lambda: len(engine.said) > before)
    assert not [text for text in engine.said[before:] if "slået fra" in text]
    assert engine.said[before].startswith("Velkommen til Herning Læser.")  # the next visit's welcome


def test_without_a_speech_engine_the_voice_says_why_once_and_does_not_retry_by_itself(voiced: Make, qtbot) -> None:
    window, engine = voiced(engine=FakeEngine(available=False))
    wait_for(qtbot, lambda: "ikke mulig" in window.statusBar().currentMessage())
    assert "Oplæsning er ikke mulig" in window.statusBar().currentMessage()  # shown (and told screen readers)
    starts = engine.starts
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_T):
        qtbot.keyClick(window.view, key)
    drain_events(qtbot)
    assert engine.starts == starts  # no worker started again and again for the interface's words
