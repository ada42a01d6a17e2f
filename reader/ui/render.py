"""Document model -> QTextDocument.

Each entry of ``Block.lines`` becomes one QTextBlock, in order, so the QTextDocument's
plain text equals ``Document.text`` and model offsets are cursor positions. Every
QTextBlock carries the index of its model block (``userState``) so the view can tell
which block a position belongs to without searching.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from reader.document import Block, BlockKind, Document


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


def _block_format(style: TextStyle, *, top_em: float = 0.0, bottom_em: float | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(style.line_height_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    bottom = style.paragraph_spacing_em if bottom_em is None else bottom_em
    fmt.setTopMargin(top_em * style.point_size)
    fmt.setBottomMargin(bottom * style.point_size)
    fmt.setAlignment(fmt.alignment())  # left, never justified
    return fmt


def _char_format(style: TextStyle, *, scale: float = 1.0, bold: bool = False, italic: bool = False,
                 color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    font = QFont(style.font_family)
    font.setPointSizeF(style.point_size * scale)
    font.setBold(bold)
    font.setItalic(italic)
    fmt.setFont(font)
    fmt.setForeground(color or style.text)
    return fmt


def render(document: Document, style: TextStyle) -> QTextDocument:
    text_document = QTextDocument()
    text_document.setDocumentMargin(style.point_size)
    base_font = QFont(style.font_family)
    base_font.setPointSizeF(style.point_size)
    text_document.setDefaultFont(base_font)
    cursor = QTextCursor(text_document)
    cursor.beginEditBlock()
    first = True
    for index, block in enumerate(document.blocks):
        for line_number, line in enumerate(block.lines):
            block_format, char_format = _formats(block, line_number, style)
            if first:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
                first = False
            else:
                cursor.insertBlock(block_format, char_format)
            cursor.block().setUserState(index)
            cursor.insertText(line, char_format)
        if block.kind in (BlockKind.LIST, BlockKind.COMMITMENTS):
            _make_list(cursor, block)
    cursor.endEditBlock()
    return text_document


def _formats(block: Block, line_number: int, style: TextStyle) -> tuple[QTextBlockFormat, QTextCharFormat]:
    kind = block.kind
    if kind is BlockKind.HEADING:
        scale = {1: 1.75, 2: 1.45}.get(block.level, 1.2)
        fmt = _block_format(style, top_em=1.2 if block.level > 1 else 0.0, bottom_em=0.5)
        fmt.setHeadingLevel(block.level)
        return fmt, _char_format(style, scale=scale, bold=True, color=style.heading)
    if kind is BlockKind.QUOTE:
        is_speaker = line_number == len(block.lines) - 1
        fmt = _block_format(style, top_em=0.6 if line_number == 0 else 0.0, bottom_em=0.6 if is_speaker else 0.3)
        fmt.setLeftMargin(style.point_size * 1.5)
        fmt.setRightMargin(style.point_size * 1.5)
        fmt.setBackground(style.quote_background)
        if is_speaker:
            return fmt, _char_format(style, scale=0.95, bold=True, color=style.quote_text)
        return fmt, _char_format(style, italic=True, color=style.quote_text)
    if kind is BlockKind.COMMITMENTS:
        fmt = _block_format(style, top_em=0.4 if line_number == 0 else 0.0, bottom_em=0.3)
        fmt.setBackground(style.commitments_background)
        if line_number == 0:
            return fmt, _char_format(style, bold=True, color=style.heading)
        return fmt, _char_format(style)
    if kind is BlockKind.LIST:
        return _block_format(style, bottom_em=0.3), _char_format(style)
    return _block_format(style), _char_format(style)


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
