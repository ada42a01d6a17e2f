"""Keys a visitor presses with the app's own voice on, and what each must be answered with, read from the
screen after the key (the focused control's label, the list's entry, the line the caret is on as Qt lays
it out, the status bar's message). Shared by the recording test (tests/speech/test_voicing_heard.py) and
the benchmark (bench/voicing.py).

``drive`` presses each key once the voice has fallen quiet, notes the moment, waits for the utterance
that answers it to be said to its end, and returns what was said with what the screen showed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

Wait = Callable[[float, Callable[[], bool]], bool]  # (at most ms, until) -> whether it came true


def focused_label(_window: Any) -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget is not None else ""


def caret_line(window: Any) -> str:
    """The line the caret is on, found by Qt's own line movement."""
    cursor = window.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip()


def caret_word(window: Any) -> str:
    cursor = window.view.textCursor()
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    return cursor.selectedText()


def caret_sentence(window: Any) -> str:
    """The sentence that starts at the caret, as read aloud."""
    from reader.speech.spoken import document_script

    position = window.view.position()
    return next(sentence.text for sentence in document_script(window.document) if sentence.start == position)


def status(window: Any) -> str:
    return window.statusBar().currentMessage()


def status_as_said(window: Any) -> str:
    """The status line as the voice says it: a commitment's or a quote's number as words ("C3.1" as
    "Citat 3 punkt 1")."""
    from reader.presentation import navigation
    from reader.ui.navigation import spoken_text

    number = navigation.position_at(window.document, window.view.position()).number
    return spoken_text(status(window), number)


def contents_entry(window: Any) -> str:
    return window.contents.list.currentItem().text()


def search_hit(window: Any) -> str:
    start, end = window.view.selection_range()
    return window.document.text[start:end]


@dataclass(frozen=True)
class Step:
    name: str
    key: Qt.Key
    modifiers: Qt.KeyboardModifier
    expect: Callable[[Any], list[str]]  # what the answer must contain, read from the screen after the key


STEPS: tuple[Step, ...] = (
    Step("Tab: the next choice", Qt.Key.Key_Tab, NONE, lambda w: [focused_label(w), "knap"]),
    Step("Shift+Tab: back", Qt.Key.Key_Tab, SHIFT, lambda w: [focused_label(w), "knap"]),
    Step("1: a profile chosen", Qt.Key.Key_1, NONE, lambda w: ["Dokumentets tekst", status(w)]),
    Step("Alt+1: the contents", Qt.Key.Key_1, ALT, lambda w: [focused_label(w), "liste", contents_entry(w)]),
    Step("Down in the contents", Qt.Key.Key_Down, NONE, lambda w: [contents_entry(w)]),
    Step("Down again", Qt.Key.Key_Down, NONE, lambda w: [contents_entry(w)]),
    Step("Alt+2: the text", Qt.Key.Key_2, ALT, lambda w: ["Dokumentets tekst, skrivebeskyttet tekst"]),
    Step("Down: the next line", Qt.Key.Key_Down, NONE, lambda w: [caret_line(w)]),
    Step("Ctrl+Right: the next word", Qt.Key.Key_Right, CTRL, lambda w: [caret_word(w)]),
    Step("T: the next theme", Qt.Key.Key_T, NONE, lambda w: [status(w)]),
    Step("Q: the next quote", Qt.Key.Key_Q, NONE, lambda w: [status(w)]),
    Step("S: the next sentence", Qt.Key.Key_S, NONE, lambda w: [caret_sentence(w)]),
    Step("Ctrl+Shift+I: where am I", Qt.Key.Key_I, CTRL | SHIFT, lambda w: [status_as_said(w)]),
    Step("Ctrl+F: the search field", Qt.Key.Key_F, CTRL, lambda w: [focused_label(w), "redigeringsfelt"]),
    Step("B: a letter typed", Qt.Key.Key_B, NONE, lambda w: ["b", w.search_bar.count_text()]),
    Step("Enter: the next hit", Qt.Key.Key_Return, NONE, lambda w: [w.search_bar.count_text(), search_hit(w)]),
    Step("Esc: the search closed", Qt.Key.Key_Escape, NONE, lambda w: ["Søgningen er lukket.", "Dokumentets tekst"]),
    Step("F6: the next pane", Qt.Key.Key_F6, NONE, lambda w: [focused_label(w)]),
    Step("F1: the help", Qt.Key.Key_F1, NONE, lambda w: ["Tastaturkommandoer, dialogboks"]),
)


@dataclass
class Answer:
    step: str
    pressed: float  # time.monotonic() just before the key
    said: list[str] = field(default_factory=list)  # the voice's utterances in answer
    expected: list[str] = field(default_factory=list)  # from the screen after the key
    utterance: int = 0  # the last utterance's number (the service's)

    def missing(self) -> list[str]:
        text = " ".join(self.said)
        return [phrase for phrase in self.expected if phrase not in text]


def quiet(_window: Any, speech: Any, wait: Wait, over: list[int]) -> None:
    """Until the voice has said everything it was given (every utterance so far is over)."""
    wait(60_000, lambda: speech.utterance == 0 or speech.utterance in over)


def drive(window: Any, speech: Any, wait: Wait, settle: Callable[[], None] = lambda: None,
          steps: tuple[Step, ...] = STEPS) -> list[Answer]:
    """Presses each step's key where the focus is, once the voice is quiet; returns the answers.
    ``settle`` runs before each key (the recording test waits for some silence in the recording)."""
    voicing = window.voicing
    over: list[int] = []
    speech.talk_over.connect(over.append)
    answers = []
    try:
        for step in steps:
            quiet(window, speech, wait, over)
            settle()
            before, utterance = len(voicing.log), speech.utterance
            target = QApplication.focusWidget() or window
            pressed = time.monotonic()
            QTest.keyClick(target, step.key, step.modifiers)
            def answered(before: int = before) -> bool:
                return len(voicing.log) > before

            wait(5_000, answered)
            expected = step.expect(window)  # the screen as the answer is given
            quiet(window, speech, wait, over)  # everything the key caused is said
            answers.append(Answer(step.name, pressed, list(voicing.log)[before:], expected,
                                  speech.utterance if speech.utterance != utterance else 0))
    finally:
        speech.talk_over.disconnect(over.append)
    return answers
