"""The text pane: the rendered document, read-only but with a keyboard caret.

A read-only QTextEdit rather than a QTextBrowser: Qt exposes a QTextBrowser to assistive
technology as a label (static text), a read-only QTextEdit as a read-only text object, which
screen readers treat as text (Orca says "read only text" and reads the current line on focus).

Everything outside this class speaks model offsets (code points of ``Document.text``);
the QTextDocument counts UTF-16 units. The conversion happens here, in the methods under
"positions" and in ``_apply_highlights``, through ``reader.ui.positions.PositionMap``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.document import Block, Document, Section
from reader.output.text_document import TextStyle, inserted_lengths, render, render_message
from reader.ui.positions import PositionMap


def _x(line: QTextLine, position: int) -> float:
    """Where in ``line`` the caret before ``position`` (in its block) stands."""
    return float(line.cursorToX(position)[0])  # type: ignore[index]  # PySide gives (x, position)


# Line focus: how much of the page colour covers the lines outside the focus (1.0 would hide them).
LINE_FOCUS_DIMMING = 0.75


@dataclass(frozen=True)
class Underline:
    """A line drawn under a range of the text (read-aloud's underline style), below the letters."""

    colour: QColor
    thickness: float  # pixels


def caret_width(style: TextStyle) -> int:
    """The caret's width in pixels, growing with the text (a 1 px caret is lost in large text, where
    magnifier users and everyone following a move look for it): 2 px at 16 pt, 4 at 28 pt, 9 at 72 pt."""
    return max(2, round(QFontMetricsF(style.font()).height() / 12))


class ReadingView(QTextEdit):
    """Shows one Document; positions are offsets into ``Document.text``."""

    position_changed = Signal(int)  # caret offset, when the user or a command moves it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_view")
        # A viewport of our own, set up as QTextEdit sets up its own: asking Qt for that one would
        # make PySide build every QtWidgets type at start-up.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # as Qt names its own
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setCursor(Qt.CursorShape.IBeamCursor)
        self.setViewport(viewport)
        self.document().documentLayout().setPaintDevice(viewport)  # it named the viewport just deleted
        self.document_model: Document | None = None
        self._message: list[str] = []  # the message shown in place of a document, if one is
        self.positions = PositionMap("")  # model offsets <-> Qt positions of the text shown
        # Highlight layers (search hits, spoken sentence, spoken word...), drawn over the text
        # without changing it; later layers paint over earlier ones. Kept as ranges so they
        # survive re-rendering when the presentation changes.
        self._highlights: dict[str, tuple[list[tuple[int, int]], QTextCharFormat]] = {}
        self._underlines: dict[str, tuple[list[tuple[int, int]], Underline]] = {}  # drawn over the text
        self._rendered: QTextDocument | None = None  # the document shown, once one was rendered
        self.setReadOnly(True)
        # A caret for keyboard users, screen readers and magnifiers (read-only panes have none).
        # Links are not interactive: nothing is opened from the text.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Words wider than the pane (very large text) break instead of scrolling sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.cursorPositionChanged.connect(lambda: self.position_changed.emit(self.position()))
        self.cursorPositionChanged.connect(self._caret_moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("ReadingView", "Document text"))
        if self.document_model is not None:
            self.setAccessibleDescription(self.document_model.title)

    def show_document(self, document: Document, style: TextStyle) -> None:
        position = self.position()
        self.document_model = document
        self._message = []
        self._style = style
        self.positions = PositionMap(document.text, inserted_lengths(document, style))
        self._replace_document(render(document, style))
        self._highlights.clear()
        self._apply_highlights()
        self.retranslate()
        self.move_to(min(position, len(document.text)), scroll_to_top=False)

    def restyle(self, style: TextStyle) -> None:
        """Re-renders with new presentation, keeping the reading position in view."""
        if self.document_model is None:
            if self._message:
                self.show_message(self._message[0], self._message[1:], style)
            return
        if dataclasses.replace(style, line_focus=self._style.line_focus) == self._style:
            self._style = style  # only the line focus: drawn over the text, nothing to lay out again
            self.viewport().update()
            return
        position = self.position()
        top = self.first_visible_offset()
        self._style = style
        # (Qt positions change when the numbers are shown or hidden: model offsets carry over.)
        self.positions = PositionMap(self.document_model.text, inserted_lengths(self.document_model, style))
        self._replace_document(render(self.document_model, style))
        self._apply_highlights()
        self._scroll_to_qt(self._to_qt(top))
        cursor = self.textCursor()
        cursor.setPosition(self._to_qt(position))
        self.setTextCursor(cursor)

    def _replace_document(self, rendered: QTextDocument) -> None:
        """Shows ``rendered`` and frees the document it replaces (setDocument() keeps it otherwise)."""
        previous = self._rendered  # None at first: Qt deletes its own first document itself
        self._fit_column(rendered)  # before the view lays it out, so it is laid out once, not twice
        self.setDocument(rendered)
        self.setCursorWidth(caret_width(self._style))  # (kept by the document's layout: set it after)
        rendered.setParent(self)
        self._rendered = rendered
        if previous is not None and previous is not rendered:
            previous.deleteLater()

    # -- the column: at most ``style.line_length`` characters wide, centred (WCAG 1.4.8) --
    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text flows anew at a new width; the line that was at the top stays there (the reader
        keeps their place when the window or the table of contents beside it changes)."""
        widened = event.oldSize().width() != event.size().width() and self.document_model is not None
        top = self.cursorForPosition(self.viewport().rect().topLeft()).position() if widened else 0
        at_start = self.verticalScrollBar().value() == 0
        super().resizeEvent(event)
        self._fit_column()
        if widened and not at_start:
            self._scroll_to_line(top)

    def _fit_column(self, document: QTextDocument | None = None) -> None:
        """Centres a column of ``style.line_length`` characters in ``document`` (default: the one shown)."""
        style: TextStyle | None = getattr(self, "_style", None)
        if style is None or self.document_model is None:
            return
        margin = style.margin()  # the document margin render() sets
        column = style.column_width()
        side = margin if not column else max(margin, (self.viewport().width() - column) / 2)
        frame = (document if document is not None else self.document()).rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and abs(fmt.rightMargin() - side) < 1:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        frame.setFrameFormat(fmt)

    # -- highlights -------------------------------------------------------------------
    def set_highlight(self, layer: str, ranges: list[tuple[int, int]], char_format: QTextCharFormat) -> None:
        """Highlights ``ranges`` (model offsets) in ``layer``, replacing that layer's previous ranges."""
        if ranges:
            self._highlights[layer] = (list(ranges), QTextCharFormat(char_format))
        else:
            self._highlights.pop(layer, None)
        self._apply_highlights()

    def clear_highlight(self, layer: str) -> None:
        self.set_highlight(layer, [], QTextCharFormat())

    def highlight_ranges(self, layer: str) -> list[tuple[int, int]]:
        return list(self._highlights.get(layer, ([], None))[0])

    def set_underline(self, layer: str, ranges: list[tuple[int, int]], underline: Underline) -> None:
        """Underlines ``ranges`` (model offsets) in ``layer``, replacing that layer's previous ranges."""
        if ranges:
            self._underlines[layer] = (list(ranges), underline)
        else:
            self._underlines.pop(layer, None)
        self.viewport().update()

    def clear_underline(self, layer: str) -> None:
        if self._underlines.pop(layer, None) is not None:
            self.viewport().update()

    def underline_ranges(self, layer: str) -> list[tuple[int, int]]:
        return list(self._underlines.get(layer, ([], None))[0])

    def underline_rects(self, layer: str) -> list[QRectF]:
        """Where ``layer``'s underlines are drawn, in the viewport's coordinates."""
        ranges, underline = self._underlines.get(layer, ([], None))
        if underline is None:
            return []
        shift = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        return [rect.translated(shift) for start, end in ranges
                for rect in self._underline_rects(self._to_qt(start), self._to_qt(end), underline.thickness)]

    def _apply_highlights(self) -> None:
        selections = []
        for ranges, char_format in self._highlights.values():
            for start, end in ranges:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(self._to_qt(start))
                cursor.setPosition(self._to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = char_format
                selections.append(selection)
        self.setExtraSelections(selections)

    def show_message(self, title: str, lines: list[str], style: TextStyle) -> None:
        """Shows a message in place of a document (e.g. when the content is broken), in the text style
        the document would have; ``restyle`` keeps it so."""
        self.document_model = None
        self._message = [title, *lines]
        self._style = style
        self.positions = PositionMap("\n".join(self._message))
        self._replace_document(render_message(self._message, style))
        self.setAccessibleDescription(title)

    # -- positions: model offsets in and out, Qt positions inside -----------------------
    def _to_qt(self, offset: int) -> int:
        """The Qt position of a model offset, kept inside the document."""
        return max(0, min(self.positions.model_to_qt(offset), self.document().characterCount() - 1))

    def _to_model(self, position: int) -> int:
        return self.positions.qt_to_model(position)

    def position(self) -> int:
        """The caret's model offset."""
        return self._to_model(self.textCursor().position())

    def selection_range(self) -> tuple[int, int]:
        """The selected text's start and end as model offsets (equal when nothing is selected)."""
        cursor = self.textCursor()
        return self._to_model(cursor.selectionStart()), self._to_model(cursor.selectionEnd())

    def scroll_to_offset(self, offset: int) -> None:
        """Scrolls so the paragraph holding ``offset`` is at the top of the pane."""
        self._scroll_to_qt(self._to_qt(offset))

    def _scroll_to_qt(self, position: int) -> None:
        block = self.document().findBlock(position)
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))

    def _scroll_to_line(self, position: int) -> None:
        """Scrolls so the line holding Qt position ``position`` is at the top of the pane."""
        block = self.document().findBlock(position)
        layout = block.layout()
        top = self.document().documentLayout().blockBoundingRect(block).top()
        line = layout.lineForTextPosition(position - block.position()) if layout is not None else None
        if line is not None and line.isValid():
            top += line.y()
        self.verticalScrollBar().setValue(int(top))

    def move_to(self, offset: int, *, scroll_to_top: bool = True) -> None:
        """Puts the caret at ``offset`` (clearing any selection) and brings it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self._to_qt(offset))
        self.setTextCursor(cursor)
        if scroll_to_top:
            self.scroll_to_offset(offset)
        self.ensureCursorVisible()

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._to_qt(start))
        cursor.setPosition(self._to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def follow_range(self, start: int, end: int) -> None:
        """Moves the caret to ``start`` and keeps ``start``..``end`` in view (read-aloud follows the voice)."""
        if self.positions.model_to_qt(end) > self.document().characterCount() - 1:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._to_qt(end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self._to_qt(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def first_visible_offset(self) -> int:
        return self._to_model(self.cursorForPosition(self.viewport().rect().topLeft()).position())

    def current_block(self) -> Block | None:
        if self.document_model is None:
            return None
        return self.document_model.block_at(self.position())

    def current_section(self) -> Section | None:
        if self.document_model is None:
            return None
        return self.document_model.section_at(self.position())

    # -- drawn over the text: underlines and line focus -------------------------------------
    def line_focus(self) -> int:
        """How many lines around the caret stay undimmed (0: no line focus)."""
        style: TextStyle | None = getattr(self, "_style", None)
        return style.line_focus if style is not None and self.document_model is not None else 0

    def _caret_moved(self) -> None:
        if self.line_focus():
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        if self.line_focus() or self._underlines:  # drawn relative to the window, not scrolled along
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._underlines and not self.line_focus():
            return
        painter = QPainter(self.viewport())
        try:
            painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
            for ranges, underline in self._underlines.values():
                for start, end in ranges:
                    for rect in self._underline_rects(self._to_qt(start), self._to_qt(end), underline.thickness):
                        painter.fillRect(rect, underline.colour)
            band = self.focus_band()
            if band is not None:
                veil = QColor(self._style.background)
                veil.setAlphaF(LINE_FOCUS_DIMMING)
                top, bottom = band
                visible = QRectF(self.viewport().rect()).translated(self.horizontalScrollBar().value(),
                                                                   self.verticalScrollBar().value())
                if top > visible.top():
                    painter.fillRect(QRectF(visible.left(), visible.top(), visible.width(), top - visible.top()), veil)
                if bottom < visible.bottom():
                    painter.fillRect(QRectF(visible.left(), bottom, visible.width(), visible.bottom() - bottom), veil)
        finally:
            painter.end()

    def _lines(self, block: QTextBlock) -> list[tuple[float, float]]:
        """(top, bottom) in document coordinates of each laid-out line of ``block``."""
        layout = block.layout()
        origin = layout.position()
        return [(origin.y() + layout.lineAt(index).y(), origin.y() + layout.lineAt(index).y()
                 + layout.lineAt(index).height()) for index in range(layout.lineCount())]

    def focus_band(self) -> tuple[float, float] | None:
        """The top and bottom, in document coordinates, of the lines line focus leaves undimmed:
        the caret's line and as many lines above and below it as the setting asks (None: off)."""
        count = self.line_focus()
        if not count:
            return None
        cursor = self.textCursor()
        block = cursor.block()
        layout = block.layout()
        if layout is None or not layout.lineCount():
            return None
        line = layout.lineForTextPosition(cursor.positionInBlock())
        lines = self._lines(block)
        index = line.lineNumber() if line.isValid() else 0
        around = (count - 1) // 2
        # The lines above (nearest first) and below the caret's, one more than the band needs on each
        # side: half the gap to that line belongs to the band.
        above = lines[:index][::-1]
        below = lines[index + 1:]
        previous, following = block.previous(), block.next()
        while len(above) <= around and previous.isValid():
            above.extend(self._lines(previous)[::-1])
            previous = previous.previous()
        while len(below) <= around and following.isValid():
            below.extend(self._lines(following))
            following = following.next()
        band = [*above[:around][::-1], lines[index], *below[:around]]
        top, bottom = band[0][0], band[-1][1]
        if len(above) > around:
            top = (top + above[around][1]) / 2
        if len(below) > around:
            bottom = (bottom + below[around][0]) / 2
        return top, bottom

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """The part of each laid-out line that model offsets ``start``..``end`` cover, from the line's
        top to its bottom, in the viewport's coordinates (what a highlight of the range paints over)."""
        shift = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        return [rect.translated(shift) for rect, _line in self._line_parts(self._to_qt(start), self._to_qt(end))]

    def _line_parts(self, start: int, end: int) -> list[tuple[QRectF, QTextLine]]:
        """For Qt positions ``start``..``end``: each line's covered part (document coordinates) and the line."""
        parts: list[tuple[QRectF, QTextLine]] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            layout = block.layout()
            origin = layout.position()
            block_start = block.position()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_start = block_start + line.textStart()
                a, b = max(start, line_start), min(end, line_start + line.textLength())
                if b <= a:
                    continue
                left = origin.x() + _x(line, a - block_start)
                right = origin.x() + _x(line, b - block_start)
                parts.append((QRectF(min(left, right), origin.y() + line.y(), abs(right - left), line.height()), line))
            block = block.next()
        return parts

    def _underline_rects(self, start: int, end: int, thickness: float) -> list[QRectF]:
        """Where the underline of Qt positions ``start``..``end`` goes: under each line's part of it,
        just below the letters' descenders, in document coordinates."""
        return [QRectF(rect.left(), rect.top() + line.ascent() + line.descent() + thickness / 2, rect.width(), thickness)
                for rect, line in self._line_parts(start, end)]
