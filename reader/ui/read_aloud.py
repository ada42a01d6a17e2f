"""Read aloud in the main window: the registry's "speech.*" commands, the bar and the highlighting.

``ReadAloud`` turns what the reader is looking at into a Script (reader/speech/spoken.py),
hands it to the SpeechService, and shows what the service reports: the sentence
and the word being heard in the colour theme's highlight colours, kept in view with the
caret moved along (so magnifiers and screen readers follow), and any problem as a visible
and accessible message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QMainWindow

from reader.actions import ActionBinder
from reader.document import Document
from reader.presentation.options import SPEECH_HIGHLIGHT, SPEECH_RATE, SPEECH_VOICE, SPEECH_VOLUME
from reader.presentation.themes import Theme
from reader.settings_service import Settings
from reader.speech import spoken
from reader.speech.service import IDLE, PAUSED, SPEAKING, SpeechService
from reader.ui.announcer import Announcer
from reader.ui.appearance import Appearance
from reader.ui.reading_view import ReadingView
from reader.ui.speech_bar import SpeechBar

SENTENCE_LAYER = "speech-sentence"
WORD_LAYER = "speech-word"
# Commands that only make sense while something is being read; disabled otherwise so their
# keys (Space, Esc, Alt+arrows) keep their ordinary meaning.
WHILE_READING = ("speech.pause", "speech.stop", "speech.previous_sentence", "speech.next_sentence",
                 "speech.previous_paragraph", "speech.next_paragraph")


translate = QCoreApplication.translate


def highlight_colours(theme: Theme) -> tuple[QColor, QColor, QColor, QColor]:
    """(sentence text, sentence background, word text, word background) of the colour theme."""
    return (QColor(theme.sentence_text), QColor(theme.sentence_background), QColor(theme.word_text),
            QColor(theme.word_background))


class ReadAloud(QObject):
    def __init__(self, window: QMainWindow, speech: SpeechService, settings: Settings, binder: ActionBinder,
                 view: ReadingView, document: Callable[[], Document | None], announcer: Announcer,
                 appearance: Appearance, save_audio: Callable[[Path], object]) -> None:
        """``window``: where the read-aloud bar goes; ``save_audio``: writes the policy read aloud to a WAV file."""
        super().__init__(window)
        self.window = window
        self.speech = speech
        self.view = view
        self.settings = settings
        self.announcer = announcer
        self.appearance = appearance
        self._document = document
        self._save_audio = save_audio
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
        bind("speech.faster", lambda: speech.change_rate(+1))
        bind("speech.slower", lambda: speech.change_rate(-1))
        bind("speech.voice", self.choose_voice)
        bind("speech.save_audio", self.save_audio)
        highlight = binder.bind_toggle("speech.highlight", lambda on: self.settings.set(SPEECH_HIGHLIGHT, on))
        highlight.setChecked(self.settings.get(SPEECH_HIGHLIGHT))

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

    def read_section(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.section_script(section) if section else spoken.Script(),
                    translate("ReadAloud", "There is nothing to read here."))

    def read_from_caret(self) -> None:
        document = self._document()
        script = spoken.range_script(document, self.view.position()) if document else spoken.Script()
        self._speak(script, translate("ReadAloud", "There is nothing more to read after the caret."))

    def read_selection(self) -> None:
        document = self._document()
        start, end = self.view.selection_range()
        if document is None or start == end:
            self.tell(translate("ReadAloud", "Select some text first, then choose “Read the selection”."))
            return
        self._speak(spoken.range_script(document, start, end),
                    translate("ReadAloud", "The selection has nothing to read."))

    def read_quotes(self) -> None:
        document = self._document()
        self._speak(spoken.quotes_script(document.quotes) if document else spoken.Script(),
                    translate("ReadAloud", "This document has no quotes."))

    def read_section_quotes(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.quotes_script(section.quotes) if section else spoken.Script(),
                    translate("ReadAloud", "This part of the document has no quotes."))

    def read_commitments(self) -> None:
        section = self.view.current_section()
        self._speak(spoken.blocks_script(section.commitments) if section else spoken.Script(),
                    translate("ReadAloud", "This part of the document has no “We will” list."))

    def choose_voice(self) -> None:
        """Puts the focus on the voice list (arrow keys choose; Alt+Down opens it)."""
        self.speech.request_voices()
        self.bar.voice.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_audio(self) -> None:
        document = self._document()
        if document is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MusicLocation) or str(Path.home())
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self.window, translate("ReadAloud", "Save the policy as a sound file"),
                             str(Path(folder) / f"{document.source.stem}.wav"), translate("ReadAloud", "WAV sound (*.wav)"))
        dialog.setObjectName("save_audio_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("wav")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        previous = getattr(self, "save_dialog", None)
        if previous is not None:  # one dialog at a time; each kept would slow every theme change
            previous.deleteLater()
        dialog.open()
        self.save_dialog = dialog

    def export_to(self, path: Path) -> None:
        """Writes the policy read aloud to the WAV file ``path`` (in a child process, with progress)."""
        if self._document() is not None:
            self._save_audio(path)

    def tell(self, text: str, *, error: bool = True) -> None:
        """Shows a message in the bar and the status bar, and says it through the window's announcer."""
        self.bar.show_message(text if error else "")
        self.announcer.announce(text, assertive=error)

    def _announce_state(self, state: str) -> None:
        """Tells screen-reader users that reading aloud started, paused, resumed or stopped."""
        before, self._told_state = self._told_state, state
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
            self.view.clear_highlight(SENTENCE_LAYER)
            self.view.clear_highlight(WORD_LAYER)

    def _highlighting(self) -> bool:
        return self.settings.get(SPEECH_HIGHLIGHT)

    def _sentence_changed(self, start: int, end: int) -> None:
        self.view.clear_highlight(WORD_LAYER)
        if self._highlighting():
            self.view.set_highlight(SENTENCE_LAYER, [(start, end)], self._sentence_format)
        self._follow(start, end)

    def _word_changed(self, start: int, end: int) -> None:
        if not self._highlighting():
            return
        self.view.set_highlight(WORD_LAYER, [(start, end)], self._word_format)
        self._follow(start, end)

    def _follow(self, start: int, end: int) -> None:
        """Moves the caret to ``start`` and keeps ``start``..``end`` in view."""
        self.view.follow_range(start, end)

    def _apply_colours(self) -> None:
        sentence_text, sentence_background, word_text, word_background = highlight_colours(self.appearance.theme)
        self._sentence_format = QTextCharFormat()
        self._sentence_format.setForeground(sentence_text)
        self._sentence_format.setBackground(sentence_background)
        self._word_format = QTextCharFormat()
        self._word_format.setForeground(word_text)
        self._word_format.setBackground(word_background)
        for layer, char_format in ((SENTENCE_LAYER, self._sentence_format), (WORD_LAYER, self._word_format)):
            ranges = self.view.highlight_ranges(layer)
            if ranges:
                self.view.set_highlight(layer, ranges, char_format)

    def _setting_changed(self, key: str, value: object) -> None:
        if key == SPEECH_RATE.key:
            self.bar.show_rate(self.settings.get(SPEECH_RATE))
        elif key == SPEECH_VOLUME.key:
            self.bar.show_volume(self.settings.get(SPEECH_VOLUME))
        elif key == SPEECH_VOICE.key:
            self.bar.show_voices(self.speech.voices or [], self.settings.get(SPEECH_VOICE))
        elif key == SPEECH_HIGHLIGHT.key:
            self.actions["speech.highlight"].setChecked(self.settings.get(SPEECH_HIGHLIGHT))
            if not value:
                self.view.clear_highlight(SENTENCE_LAYER)
                self.view.clear_highlight(WORD_LAYER)

