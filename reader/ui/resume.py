"""Resume: the app reopens where the reader was, and reading aloud continues from there.

``Resume`` keeps the reading position, the caret's place in the document shown (which follows
the voice while reading aloud), in the "reading_document" and "reading_position" options, a
little after it moves and when the window closes. ``restore()`` (called by ``app.main()``
outside public-terminal mode, whose every visit starts at the beginning) shows that document
at that position and says so, naming the key of "Continue reading aloud". That command
("speech.continue") reads aloud from the start of the sentence the caret is in to the end of the
document: after a restart, where the reader was; after stopping, where the reading stopped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence

from reader.actions import ActionBinder
from reader.document import Document
from reader.presentation.options import READING_DOCUMENT, READING_POSITION
from reader.settings_service import Settings
from reader.speech.spoken import sentence_spans
from reader.ui.announcer import Announcer
from reader.ui.contents_pane import section_label
from reader.ui.reading_view import ReadingView

SAVE_DELAY_MS = 3000  # the position is stored at most this often while it moves (reading aloud moves it)

translate = QCoreApplication.translate


def sentence_start(document: Document, offset: int) -> int:
    """Where the sentence holding ``offset`` starts (the line's start where no sentence holds it)."""
    offset = max(0, min(offset, len(document.text)))
    block = document.block_at(offset)
    for line, line_start in zip(block.lines, block.line_starts(), strict=True):
        if line_start <= offset <= line_start + len(line):
            start = line_start
            for span_start, span_end in sentence_spans(line):
                if line_start + span_start > offset:
                    break
                start = line_start + span_start
                if offset < line_start + span_end:
                    break
            return start
    return block.start


class Resume(QObject):
    def __init__(self, parent: QObject, settings: Settings, view: ReadingView, documents: list[Document],
                 show_document: Callable[[int], None], binder: ActionBinder, announcer: Announcer) -> None:
        """``show_document(index)`` shows one of ``documents`` in ``view``."""
        super().__init__(parent)
        self.settings = settings
        self.view = view
        self.documents = documents
        self._show_document = show_document
        self.binder = binder
        self.announcer = announcer
        self.restored = ""  # what restore() said, for the window's first announcement
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        view.position_changed.connect(self._moved)
        read_from_caret = binder.actions["speech.read_from_caret"]
        self.action = binder.bind("speech.continue", self.continue_reading)
        self.action.setEnabled(read_from_caret.isEnabled() and bool(documents))
        read_from_caret.enabledChanged.connect(lambda on: self.action.setEnabled(on and bool(documents)))

    # -- keeping the position --------------------------------------------------------------------
    def _moved(self, _offset: int) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def save(self) -> None:
        """Stores the document shown and the caret's place in it now."""
        self._timer.stop()
        document = self.view.document_model
        if document is None:
            return
        self.settings.set(READING_DOCUMENT, document.source.name)
        self.settings.set(READING_POSITION, self.view.position())

    # -- coming back -----------------------------------------------------------------------------
    def restore(self) -> bool:
        """Shows the document and the place stored last time; False when there is none to go back to
        (a first start, a document no longer in the content folder, or the very beginning)."""
        name = self.settings.get(READING_DOCUMENT)
        index = next((i for i, document in enumerate(self.documents) if document.source.name == name), None)
        position = self.settings.get(READING_POSITION)
        if index is None or (index == 0 and position == 0):
            return False
        document = self.documents[index]
        if self.view.document_model is not document:
            self._show_document(index)
        position = min(position, len(document.text))
        self.view.move_to(sentence_start(document, position), scroll_to_top=True)
        self.view.move_to(position, scroll_to_top=False)
        section = document.section_at(position)
        self.restored = translate("Resume", "Opened where you left off: {section}.").format(
            section=section_label(section))
        if self.action.isEnabled():
            self.restored += " " + translate("Resume", "{key} continues reading aloud.").format(
                key=self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return True

    # -- continuing to read aloud ------------------------------------------------------------------
    def continue_reading(self) -> None:
        """Reads aloud from the start of the caret's sentence to the end of the document."""
        document = self.view.document_model
        if document is None:
            return
        self.view.move_to(sentence_start(document, self.view.position()), scroll_to_top=False)
        self.binder.actions["speech.read_from_caret"].trigger()
