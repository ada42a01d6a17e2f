"""The search bar: a field under the text, every hit highlighted, F3 / Shift+F3 between hits.

Hits are found in the document model's text (``reader.presentation.navigation.find_all``),
so their offsets are cursor positions in the reading view. All hits are drawn in the
view's "search" highlight layer in the theme's search colours; the current hit is the
view's selection, with the caret on it, so screen readers and magnifiers follow it. The
count ("3 af 7") is announced at every step. Esc closes the bar and puts the focus back
where it was before the search was opened.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from reader.presentation.navigation import find_all
from reader.ui.accessible import name_by_label
from reader.ui.announcer import Announcer
from reader.ui.flow import FlowLayout, labelled
from reader.ui.reading_view import ReadingView

LAYER = "search"

# (text colour, background colour) of search hits; None: the palette's highlight colours.
HitColours = Callable[[], "tuple[QColor, QColor] | None"]


translate = QCoreApplication.translate


class SearchBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReadingView, announcer: Announcer, hit_colours: HitColours | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_bar")
        self.view = view
        self.announcer = announcer
        self.hit_colours = hit_colours
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self._origin = 0
        self._return_to: QWidget | None = None

        # The field and buttons wrap onto a second row rather than being cut off at a large
        # interface size; the field takes what is left of its row.
        layout = FlowLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("search_field")
        self.field.setClearButtonEnabled(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("search_count")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 af 000") + 8)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("search_previous")
        self.next_button = QPushButton()
        self.next_button.setObjectName("search_next")
        self.close_button = QPushButton()
        self.close_button.setObjectName("search_close")
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        layout.add_layout(labelled(self.label, self.field, 1), 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.setFocusProxy(self.field)

        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self._return_pressed)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("SearchBar", "Search"))
        name_by_label(self.label, self.field, translate("SearchBar", "Search:"),
                      name=translate("SearchBar", "Search in the text"),
                      description=translate("SearchBar", "Every hit is highlighted. F3: next hit, Shift+F3: previous, "
                                                         "Esc: close."))
        self.field.setPlaceholderText(translate("SearchBar", "Word or phrase"))
        self.previous_button.setText(translate("SearchBar", "Previous"))
        self.previous_button.setAccessibleName(translate("SearchBar", "Previous hit"))
        self.previous_button.setToolTip(translate("SearchBar", "Previous hit (Shift+F3)"))
        self.next_button.setText(translate("SearchBar", "Next"))
        self.next_button.setAccessibleName(translate("SearchBar", "Next hit"))
        self.next_button.setToolTip(translate("SearchBar", "Next hit (F3)"))
        self.close_button.setText(translate("SearchBar", "Close"))
        self.close_button.setAccessibleName(translate("SearchBar", "Close search"))
        self.close_button.setToolTip(translate("SearchBar", "Close search (Esc)"))
        self.count_label.setAccessibleDescription(translate("SearchBar", "Hits"))  # its name is the count itself
        self._show_count()

    # -- keys that belong to the bar -----------------------------------------------------
    def _local_action(self, event: QKeyEvent) -> QAction | None:
        """The registry action added to this bar (``local_to="search"``) that owns the pressed key."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if action.isEnabled() and pressed in action.shortcuts():
                return action
        return None

    def event(self, event: QEvent) -> bool:
        # Inside the bar its own keys win over window-wide ones (Esc also stops reading aloud):
        # claiming the key here makes Qt deliver it as a key press instead of a shortcut.
        if event.type() is QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._local_action(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._local_action(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- opening and closing -------------------------------------------------------------
    def open(self) -> None:
        """Shows the bar and puts the focus in the field, remembering where it was."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus) and focus is not self:
            self._return_to = focus
        self._origin = self.view.position()
        self.show()
        # Not ShortcutFocusReason: with it the field selects its text inside the focus change,
        # so the caret moves before the focus event and Orca 43 then does not say the field.
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._search(self.field.text())

    def close_bar(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        self.view.clear_highlight(LAYER)
        target = self._return_to
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            target = self.view
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announcer.announce(translate("SearchBar", "Search closed."))
        self.closed.emit()

    def forget(self) -> None:
        """Closed, with an empty field and no undo history: nothing of the last search is left to find
        (the public terminal's reset, for the next visitor). Says nothing."""
        self.hide()
        self.field.blockSignals(True)
        self.field.setText("")  # unlike clear(), also empties the undo and redo history
        self.field.blockSignals(False)
        self.hits, self.current, self._origin, self._return_to = [], -1, 0, None
        self.view.clear_highlight(LAYER)
        self.count_label.setText("")

    def document_changed(self) -> None:
        """Another document is shown: an open search starts again in it, from its top."""
        if self.isVisible():
            self._origin = 0
            self._search(self.field.text())

    # -- hits -----------------------------------------------------------------------------
    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _return_pressed(self) -> None:
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous()
        else:
            self.next()

    def _step(self, step: int) -> None:
        if not self.isVisible() or not self.field.text():
            self.open()
            return
        if not self.hits:
            self._show_count(announce=True)
            return
        wrapped = False
        if self.current < 0:
            self.current = 0 if step > 0 else len(self.hits) - 1
        else:
            self.current += step
            if not 0 <= self.current < len(self.hits):
                self.current %= len(self.hits)
                wrapped = True
        self._show_current()
        self._show_count(announce=True, wrapped=wrapped)

    def _search(self, text: str) -> None:
        document = self.view.document_model
        self.hits = find_all(document.text, text) if document is not None else []
        self.current = -1
        if self.hits:
            following = [i for i, (start, _end) in enumerate(self.hits) if start >= self._origin]
            self.current = following[0] if following else 0
            self._show_current()
        else:
            self.view.move_to(self._origin, scroll_to_top=False)
        self.refresh_highlight()
        self._show_count(announce=bool(text.strip()))

    def refresh_highlight(self) -> None:
        """(Re)draws every hit; called again when the colour theme changes."""
        self.view.set_highlight(LAYER, self.hits if self.isVisible() else [], self.hit_format())

    def hit_format(self) -> QTextCharFormat:
        colours = self.hit_colours() if self.hit_colours is not None else None
        if colours is None:
            palette = self.view.palette()
            colours = (palette.color(QPalette.ColorRole.HighlightedText), palette.color(QPalette.ColorRole.Highlight))
        char_format = QTextCharFormat()
        char_format.setForeground(colours[0])
        char_format.setBackground(colours[1])
        return char_format

    def _show_current(self) -> None:
        start, end = self.hits[self.current]
        self.view.select_range(start, end)

    def count_text(self) -> str:
        if not self.field.text().strip():
            return ""
        if not self.hits:
            return translate("SearchBar", "No hits")
        return translate("SearchBar", "{number} of {count}").format(
            number=self.current + 1, count=len(self.hits))

    def _show_count(self, *, announce: bool = False, wrapped: bool = False) -> None:
        text = self.count_text()
        self.count_label.setText(text)
        if announce and text:
            if wrapped:
                text = translate("SearchBar", "{count}, continued from the other end").format(count=text)
            self.announcer.announce(text)
