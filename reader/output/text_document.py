"""Document model -> QTextDocument.

Each entry of ``Block.lines`` becomes one QTextBlock, in order, so the QTextDocument's
plain text equals ``Document.text`` and model offsets are cursor positions. Every
QTextBlock carries the index of its model block (``userState``) so the view can tell
which block a position belongs to without searching.

With ``TextStyle.show_numbers`` each commitment and quote starts with its number ("2.3 ",
``reader.document.numbers.number_labels``): text that is shown (and read by screen readers,
and printed) but is not in the model. ``inserted_lengths`` tells the view's PositionMap where.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextOption,
)

from reader.document import Block, BlockKind, Document
from reader.document.numbers import number_labels

# Typical Danish running text, for measuring how wide a line of N characters is.
_SAMPLE = ("Børne- og Ungepolitikken i Herning Kommune bygger på vores fælles Børne- og Ungesyn, "
           "og den sætter retning for dialog og handling både centralt og lokalt.")


@dataclass(frozen=True)
class TextStyle:
    """What the renderer needs to know of the user's presentation settings."""

    font_family: str
    point_size: float
    text: QColor
    background: QColor
    heading: QColor
    quote_text: QColor
    quote_background: QColor
    commitments_background: QColor
    line_height_percent: int = 150
    paragraph_spacing_em: float = 1.0
    link: QColor | None = None
    letter_spacing_px: float = 0.0  # added between letters (WCAG 1.4.12: up to 0.12 em)
    word_spacing_px: float = 0.0  # added between words (up to 0.16 em)
    line_length: int = 0  # widest column in average characters; 0 = the pane's width
    plain_emphasis: bool = False  # no bold, no italics
    show_numbers: bool = False  # each commitment and quote with its number ("2.3", "C2.1") before it
    line_focus: int = 0  # the text pane dims all but this many lines around the caret; 0 = none

    def font(self, scale: float = 1.0) -> QFont:
        font = QFont(self.font_family)
        font.setPointSizeF(self.point_size * scale)
        if self.letter_spacing_px:
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, self.letter_spacing_px * scale)
        if self.word_spacing_px:
            font.setWordSpacing(self.word_spacing_px * scale)
        return font

    def margin(self) -> float:
        """Room around the text in pixels: one em, but no more than 24 px at very large sizes."""
        return min(self.point_size, 24.0)

    def heading_scale(self, scale: float) -> float:
        """Headings stay larger than body text, but by at most 12 pt, so big text still fits the pane."""
        return min(scale, 1.0 + 12.0 * (scale - 1.0) / 0.75 / self.point_size)

    def column_width(self) -> float:
        """The width in pixels of ``line_length`` characters of Danish body text (0 = unlimited).

        Measured on a sample sentence with the font, letter and word spacing in use, since a
        font's nominal average character width can be far from that of real text.
        """
        if not self.line_length:
            return 0.0
        advance = QFontMetricsF(self.font()).horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        return self.line_length * advance


def _block_format(style: TextStyle, *, top_em: float = 0.0, bottom_em: float | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(style.line_height_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    bottom = style.paragraph_spacing_em if bottom_em is None else bottom_em
    fmt.setTopMargin(top_em * style.point_size)
    fmt.setBottomMargin(bottom * style.point_size)
    fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)  # left, never justified
    return fmt


def _char_format(style: TextStyle, *, scale: float = 1.0, bold: bool = False, italic: bool = False,
                 color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = style.font(scale)
    font.setBold(bold and not style.plain_emphasis)
    font.setItalic(italic and not style.plain_emphasis)
    fmt.setFont(font)
    fmt.setForeground(color or style.text)
    return fmt


def shown_numbers(document: Document, style: TextStyle) -> dict[int, str]:
    """The numbers ``render`` shows with this style: {model offset: "2.3 "} (none unless asked for)."""
    return dict(number_labels(document)) if style.show_numbers else {}


def inserted_lengths(document: Document, style: TextStyle) -> list[tuple[int, int]]:
    """(model offset, length in Qt positions) of the text ``render`` shows that is not in the model."""
    return [(offset, len(label.encode("utf-16-le")) // 2) for offset, label in shown_numbers(document, style).items()]


def _empty(style: TextStyle) -> QTextDocument:
    text_document = QTextDocument()
    text_document.setDocumentMargin(style.margin())
    text_document.setDefaultFont(style.font())
    option = text_document.defaultTextOption()
    # Words longer than the line (at 400%) break rather than push the text sideways (WCAG 1.4.10).
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    text_document.setDefaultTextOption(option)
    if style.link is not None:
        text_document.setDefaultStyleSheet(f"a {{ color: {style.link.name()}; }}")
    return text_document


def render_message(paragraphs: list[str], style: TextStyle) -> QTextDocument:
    """A message shown in place of the document (its content is broken), in the reader's text style:
    one block a paragraph, the first one bold. Its text is ``"\\n".join(paragraphs)``."""
    text_document = _empty(style)
    cursor = QTextCursor(text_document)
    block_format = _block_format(style)
    for index, paragraph in enumerate(paragraphs):
        char_format = _char_format(style, bold=index == 0)
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(paragraph, char_format)
    return text_document


def render(document: Document, style: TextStyle) -> QTextDocument:
    text_document = _empty(style)
    cursor = QTextCursor(text_document)
    cursor.beginEditBlock()
    first = True
    # Formats depend only on this key (see _formats); made once per render, not once per line.
    formats: dict[tuple[BlockKind, int, bool, bool], tuple[QTextBlockFormat, QTextCharFormat]] = {}
    numbers = shown_numbers(document, style)
    for index, block in enumerate(document.blocks):
        last = len(block.lines) - 1
        for line_number, (line, line_start) in enumerate(zip(block.lines, block.line_starts(), strict=True)):
            key = (block.kind, block.level, line_number == 0, line_number == last)
            if key not in formats:
                formats[key] = _formats(block, line_number, style)
            block_format, char_format = formats[key]
            if first:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
                first = False
            else:
                cursor.insertBlock(block_format, char_format)
            cursor.block().setUserState(index)
            if line_start in numbers:
                cursor.insertText(numbers[line_start], _number_format(char_format, style))
            cursor.insertText(line, char_format)
        if block.kind in (BlockKind.LIST, BlockKind.COMMITMENTS):
            _make_list(cursor, block)
    cursor.endEditBlock()
    return text_document


def _formats(block: Block, line_number: int, style: TextStyle) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The formats of one line; they may depend on the block's kind and level and on whether the
    line is the block's first or last, nothing else (render() reuses them on that assumption)."""
    kind = block.kind
    if kind is BlockKind.HEADING:
        scale = {1: 1.75, 2: 1.45}.get(block.level, 1.2)
        fmt = _block_format(style, top_em=1.2 if block.level > 1 else 0.0, bottom_em=0.5)
        fmt.setHeadingLevel(block.level)
        return fmt, _char_format(style, scale=style.heading_scale(scale), bold=True, color=style.heading)
    if kind is BlockKind.QUOTE:
        is_speaker = line_number == len(block.lines) - 1
        fmt = _block_format(style, top_em=0.6 if line_number == 0 else 0.0, bottom_em=0.6 if is_speaker else 0.0)  # one box
        fmt.setLeftMargin(style.point_size * 1.5)
        fmt.setRightMargin(style.point_size * 1.5)
        fmt.setBackground(style.quote_background)
        if is_speaker:
            return fmt, _char_format(style, bold=True, color=style.quote_text)  # never below the user's size
        return fmt, _char_format(style, italic=True, color=style.quote_text)
    if kind is BlockKind.COMMITMENTS:
        # No gaps inside the block, so its background reads as one box.
        fmt = _block_format(style, top_em=0.4 if line_number == 0 else 0.0,
                            bottom_em=0.6 if line_number == len(block.lines) - 1 else 0.0)
        fmt.setBackground(style.commitments_background)
        if line_number == 0:
            return fmt, _char_format(style, bold=True, color=style.heading)
        return fmt, _char_format(style)
    if kind is BlockKind.LIST:  # a small gap between items; after the last, a paragraph's
        last = line_number == len(block.lines) - 1
        return _block_format(style, bottom_em=None if last else 0.3), _char_format(style)
    return _block_format(style), _char_format(style)


def _number_format(text_format: QTextCharFormat, style: TextStyle) -> QTextCharFormat:
    """A shown number: the line's own font and colour, in bold (upright in an italic quote)."""
    fmt = QTextCharFormat(text_format)
    fmt.setFontItalic(False)
    fmt.setFontWeight(QFont.Weight.Normal if style.plain_emphasis else QFont.Weight.Bold)
    return fmt


def _make_list(cursor: QTextCursor, block: Block) -> None:
    """Turns the item lines just inserted into a QTextList (bullets are drawn, not text)."""
    items = block.items
    list_format = QTextListFormat()
    list_format.setStyle(
        QTextListFormat.Style.ListDecimal if block.ordered else QTextListFormat.Style.ListDisc
    )
    list_format.setIndent(1)
    text_list = None
    item_block = cursor.block()
    blocks = []
    for _ in items:
        blocks.append(item_block)
        item_block = item_block.previous()
    for item in reversed(blocks):
        if text_list is None:
            item_cursor = QTextCursor(item)
            text_list = item_cursor.createList(list_format)
        else:
            text_list.add(item)
