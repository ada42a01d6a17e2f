"""Read aloud in the main window: the registry's "speech.*" commands, the bar and the highlighting.

``ReadAloud`` turns what the reader is looking at into a Script (reader/speech/spoken.py),
with what the read-aloud options add (who said a quote, the "Vi vil:" headings, numbers),
hands it to the SpeechService, and shows what the service reports: the sentence and the word
being heard marked in the chosen style (the colour theme's highlight colours as background,
an underline, or nothing), kept in view with the caret moved along (so magnifiers, screen
readers and line focus follow), and any problem as a visible and accessible message. While
reading, the keys step by sentence, paragraph and section, and change the speed along the
option's ladder, saying the speed reached.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QMainWindow

from reader.actions import ActionBinder
from reader.document import Document
from reader.presentation import navigation
from reader.presentation.options import (
    HIGHLIGHT_BACKGROUND,
    HIGHLIGHT_STYLE,
    HIGHLIGHT_UNDERLINE,
    QUOTE_SPEAKER,
    READ_COMMITMENT_LABEL,
    READ_NUMBERS,
    SPEECH_RATE,
    SPEECH_VOICE,
    SPEECH_VOLUME,
)
from reader.presentation.themes import Theme
from reader.settings_service import Settings
from reader.speech import spoken
from reader.speech.service import BACK_TO_START_MS, IDLE, LOADING, PAUSED, SPEAKING, SpeechService
from reader.ui.announcer import Announcer
from reader.ui.appearance import Appearance, pixels_per_point
from reader.ui.navigation import section_name
from reader.ui.reading_view import ReadingView, Underline
from reader.ui.speech_bar import SpeechBar

SENTENCE_LAYER = "speech-sentence"
WORD_LAYER = "speech-word"
# Commands that only make sense while something is being read; disabled otherwise so their
# keys (Space, Esc, Alt+arrows, Alt+Page Up/Down) keep their ordinary meaning.
WHILE_READING = ("speech.pause", "speech.stop", "speech.previous_sentence", "speech.next_sentence",
                 "speech.previous_paragraph", "speech.next_paragraph", "speech.previous_section",
                 "speech.next_section")


translate = QCoreApplication.translate


def highlight_colours(theme: Theme) -> tuple[QColor, QColor, QColor, QColor]:
    """(sentence text, sentence background, word text, word background) of the colour theme."""
    return (QColor(theme.sentence_text), QColor(theme.sentence_background), QColor(theme.word_text),
            QColor(theme.word_background))


def underline_thickness(point_size: float) -> float:
    """The sentence's underline in pixels: an eighth of the text size, at least 2 px (the word's is twice that)."""
    return max(2.0, round(point_size * pixels_per_point() / 8))


class ReadAloud(QObject):
    def __init__(self, window: QMainWindow, speech: SpeechService, settings: Settings, binder: ActionBinder,
                 view: ReadingView, document: Callable[[], Document | None], announcer: Announcer,
                 appearance: Appearance) -> None:
        """``window``: where the read-aloud bar goes."""
        super().__init__(window)
        self.window = window
        self.speech = speech
        self.view = view
        self.settings = settings
        self.announcer = announcer
        self.appearance = appearance
        self._document = document
        actions = binder.actions
        self.actions = actions
        bind = binder.bind
        bind("speech.read_section", self.read_section)
        bind("speech.read_from_caret", self.read_from_caret)
        bind("speech.read_selection", self.read_selection)
        bind("speech.read_quotes", self.read_quotes)
        bind("speech.read_section_quotes", self.read_section_quotes)
        bind("speech.read_commitments", self.read_commitments)
        bind("speech.pause", speech.toggle_pause)
        bind("speech.stop", speech.stop)
        bind("speech.previous_sentence", speech.previous_sentence)
        bind("speech.next_sentence", speech.next_sentence)
        bind("speech.previous_paragraph", speech.previous_paragraph)
        bind("speech.next_paragraph", speech.next_paragraph)
        bind("speech.previous_section", self.previous_section)
        bind("speech.next_section", self.next_section)
        bind("speech.faster", lambda: self.change_rate(+1))
        bind("speech.slower", lambda: self.change_rate(-1))
        bind("speech.normal_rate", lambda: self.change_rate(0))
        bind("speech.voice", self.choose_voice)

        self.bar = SpeechBar(actions, window)
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self.bar.show_rate(self.settings.get(SPEECH_RATE))
        self.bar.show_volume(self.settings.get(SPEECH_VOLUME))
        self.bar.show_voices([], self.settings.get(SPEECH_VOICE))
        self.bar.volume_chosen.connect(lambda volume: self.settings.set(SPEECH_VOLUME, volume))
        self.bar.voice_chosen.connect(lambda voice: self.settings.set(SPEECH_VOICE, voice))
        self.bar.voices_wanted.connect(speech.request_voices)

        speech.state_changed.connect(self._state_changed)
        self._told_state = speech.state
        speech.state_changed.connect(self._announce_state)
        speech.sentence_changed.connect(self._sentence_changed)
        speech.word_changed.connect(self._word_changed)
        speech.error.connect(self.tell)
        speech.voices_changed.connect(
            lambda voices: self.bar.show_voices(voices, self.settings.get(SPEECH_VOICE)))
        self.settings.changed.connect(self._setting_changed)
        appearance.theme_changed.connect(lambda _theme: self._apply_colours())
        appearance.text_style_changed.connect(lambda _style: self._apply_colours())  # the underline's thickness
        self._apply_colours()
        self._state_changed(speech.state)

    # -- commands ------------------------------------------------------------------------
    def _speak(self, script: spoken.Script, nothing: str) -> None:
        document = self._document()
        if not script or document is None:
            self.tell(nothing)
            return
        self.bar.show_message("")
        self.speech.speak(script, language=document.language or "da")

    def reading(self) -> spoken.Reading:
        """What the read-aloud options add to the text of the document shown."""
        document = self._document()
        if document is None:
            return spoken.Reading()
        return spoken.reading_with_numbers(
            document, quote_speaker=self.settings.get(QUOTE_SPEAKER),
            commitment_label=self.settings.get(READ_COMMITMENT_LABEL), numbers=self.settings.get(READ_NUMBERS))

    def read_section(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.section_script(section, self.reading()) if section else spoken.Script(),
                    translate("ReadAloud", "There is nothing to read here."))

    def read_from_caret(self) -> None:
        document = self._document()
        script = spoken.range_script(document, self.view.position(), reading=self.reading()) if document \
            else spoken.Script()
        self._speak(script, translate("ReadAloud", "There is nothing more to read after the caret."))

    def read_selection(self) -> None:
        document = self._document()
        start, end = self.view.selection_range()
        if document is None or start == end:
            self.tell(translate("ReadAloud", "Select some text first, then choose “Read the selection”."))
            return
        self._speak(spoken.range_script(document, start, end, self.reading()),
                    translate("ReadAloud", "The selection has nothing to read."))

    def read_quotes(self) -> None:
        document = self._document()
        self._speak(spoken.quotes_script(document.quotes, self.reading()) if document else spoken.Script(),
                    translate("ReadAloud", "This document has no quotes."))

    def read_section_quotes(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.quotes_script(section.quotes, self.reading()) if section else spoken.Script(),
                    translate("ReadAloud", "This part of the document has no quotes."))

    def read_commitments(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.blocks_script(section.commitments, self.reading()) if section else spoken.Script(),
                    translate("ReadAloud", "This part of the document has no “We will” list."))

    # -- while reading: sections and speed -----------------------------------------------------
    def next_section(self) -> None:
        """Goes on reading from the start of the next theme or section (the reading of a section
        goes on with the next one)."""
        document, sentence = self._document(), self.speech.current_sentence()
        if document is None or sentence is None or not self.speech.document_linked:
            return
        index = document.sections.index(document.section_at(sentence.start))
        if index + 1 >= len(document.sections):
            self.speech.stop()
            self.announcer.announce(translate("ReadAloud", "End of the document."))
            return
        self._read_section_from(document.sections[index + 1].start)

    def previous_section(self) -> None:
        """Back to the start of this theme or section; from its first sentence, to the one before."""
        document, sentence = self._document(), self.speech.current_sentence()
        if document is None or sentence is None or not self.speech.document_linked:
            return
        index = document.sections.index(document.section_at(sentence.start))
        first = next((i for i, s in enumerate(self.speech.script) if document.section_at(s.start).start ==
                      document.sections[index].start), self.speech.index)
        at_start = self.speech.index == first and self.speech.heard_in_sentence() <= BACK_TO_START_MS
        target = document.sections[max(0, index - 1) if at_start else index]
        self._read_section_from(target.start)

    def _read_section_from(self, start: int) -> None:
        """Seeks to the first sentence of the section starting at ``start`` in the reading, or reads that section."""
        document = self._document()
        assert document is not None
        section = document.section_at(start)
        index = next((i for i, s in enumerate(self.speech.script) if section.start <= s.start < section.end), None)
        if index is not None:
            self.speech.seek(index)
        else:
            self._speak(spoken.section_script(section, self.reading()),
                        translate("ReadAloud", "There is nothing to read here."))
        self.announcer.announce(section_name(navigation.position_at(document, section.start)))

    def change_rate(self, direction: int) -> None:
        """One step faster (+1) or slower (-1) on the speed ladder, or the normal speed (0); says the speed."""
        before = self.settings.get(SPEECH_RATE)
        rate = self.speech.change_rate(direction)
        if direction and rate == before:
            text = (translate("ReadAloud", "Fastest speed: {rate} words per minute") if direction > 0 else
                    translate("ReadAloud", "Slowest speed: {rate} words per minute"))
        elif not direction:
            text = translate("ReadAloud", "Normal speed: {rate} words per minute")
        else:
            text = translate("ReadAloud", "Speed: {rate} words per minute")
        self.announcer.announce(text.format(rate=rate))

    def choose_voice(self) -> None:
        """Puts the focus on the voice list (arrow keys choose; Alt+Down opens it)."""
        self.speech.request_voices()
        self.bar.voice.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tell(self, text: str, *, error: bool = True) -> None:
        """Shows a message in the bar and the status bar, and says it through the window's announcer."""
        self.bar.show_message(text if error else "")
        self.announcer.announce(text, assertive=error)

    def _announce_state(self, state: str) -> None:
        """Tells screen-reader users that reading aloud started, paused, resumed or stopped. A reading
        that replaces one being heard (the next section) goes on without a word: its own command tells."""
        before = self._told_state
        self._told_state = SPEAKING if state == LOADING and before == SPEAKING else state
        if state == SPEAKING:
            text = translate("ReadAloud", "Resumed.") if before == PAUSED else (
                translate("ReadAloud", "Reading aloud.") if before != SPEAKING else "")
        elif state == PAUSED:
            text = translate("ReadAloud", "Paused.")
        elif state == IDLE and before in (SPEAKING, PAUSED):
            text = translate("ReadAloud", "Reading aloud stopped.")
        else:
            text = ""
        if text:  # a reading that starts or goes on is heard: the app's own voice does not say so first
            self.announcer.announce(text, voice=state != SPEAKING)

    # -- what the service reports -----------------------------------------------------------
    def _state_changed(self, state: str) -> None:
        active = state != IDLE
        for action_id in WHILE_READING:
            self.actions[action_id].setEnabled(active)
        pause = self.actions["speech.pause"]
        pause.setIconText(translate("ReadAloud", "Resume") if state == PAUSED else translate("ReadAloud", "Pause"))
        if not active:
            self._clear_marks()

    def _style(self) -> str:
        return self.settings.get(HIGHLIGHT_STYLE)

    def _clear_marks(self) -> None:
        for layer in (SENTENCE_LAYER, WORD_LAYER):
            self.view.clear_highlight(layer)
            self.view.clear_underline(layer)

    def _mark(self, layer: str, start: int, end: int) -> None:
        style = self._style()
        if style == HIGHLIGHT_BACKGROUND:
            self.view.set_highlight(layer, [(start, end)], self._formats[layer])
        elif style == HIGHLIGHT_UNDERLINE:
            self.view.set_underline(layer, [(start, end)], self._underlines[layer])

    def _sentence_changed(self, start: int, end: int) -> None:
        self.view.clear_highlight(WORD_LAYER)
        self.view.clear_underline(WORD_LAYER)
        self._mark(SENTENCE_LAYER, start, end)
        self._follow(start, end)

    def _word_changed(self, start: int, end: int) -> None:
        if self._style() not in (HIGHLIGHT_BACKGROUND, HIGHLIGHT_UNDERLINE):
            return  # no marks: the caret follows the sentences only
        self._mark(WORD_LAYER, start, end)
        self._follow(start, end)

    def _follow(self, start: int, end: int) -> None:
        """Moves the caret to ``start`` and keeps ``start``..``end`` in view."""
        self.view.follow_range(start, end)

    def _apply_colours(self) -> None:
        """The marks in the colour theme's highlight colours. The underline is drawn in the sentence's
        background colour, which stands out from the page, the quotes and the lists (reader/presentation/themes.py)."""
        sentence_text, sentence_background, word_text, word_background = highlight_colours(self.appearance.theme)
        sentence_format = QTextCharFormat()
        sentence_format.setForeground(sentence_text)
        sentence_format.setBackground(sentence_background)
        word_format = QTextCharFormat()
        word_format.setForeground(word_text)
        word_format.setBackground(word_background)
        self._formats = {SENTENCE_LAYER: sentence_format, WORD_LAYER: word_format}
        thickness = underline_thickness(self.appearance.text_style().point_size)
        self._underlines = {SENTENCE_LAYER: Underline(sentence_background, thickness),
                            WORD_LAYER: Underline(sentence_background, 2 * thickness)}
        for layer in (SENTENCE_LAYER, WORD_LAYER):
            ranges = self.view.highlight_ranges(layer)
            if ranges:
                self.view.set_highlight(layer, ranges, self._formats[layer])
            ranges = self.view.underline_ranges(layer)
            if ranges:
                self.view.set_underline(layer, ranges, self._underlines[layer])

    def _setting_changed(self, key: str, value: object) -> None:
        if key == SPEECH_RATE.key:
            self.bar.show_rate(self.settings.get(SPEECH_RATE))
        elif key == SPEECH_VOLUME.key:
            self.bar.show_volume(self.settings.get(SPEECH_VOLUME))
        elif key == SPEECH_VOICE.key:
            self.bar.show_voices(self.speech.voices or [], self.settings.get(SPEECH_VOICE))
        elif key == HIGHLIGHT_STYLE.key:
            self._clear_marks()  # the next sentence and word are marked the new way

