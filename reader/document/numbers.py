"""Stable numbers for the "Vi vil" commitments and the quotes, derived from the document. No Qt.

Inside theme N the commitments are numbered N.1, N.2, ... in reading order (over every "Vi vil"
list of the theme), and the quotes CN.1, CN.2, ... ("C" for citat). Items outside the themes
(a list or quote in the introduction or the closing part) get theme number 0: 0.1, C0.1. A
number changes only when the Markdown changes the order or count of the items before it in
its theme, so "2.3" means the same in the window, the large-print PDF, the EPUB and the MP3.

``parse_number`` reads what a person types to go to one: "2.3", "2,3", "c2.1", "C 2.1",
"citat 2.1", "quote 2.1", "vi vil 2.3".
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from reader.document.model import Block, BlockKind, Document, SectionKind

QUOTE_PREFIX = "C"


class ItemKind(enum.Enum):
    COMMITMENT = "commitment"
    QUOTE = "quote"


@dataclass(frozen=True)
class NumberedItem:
    """One numbered commitment or quote: its number and where it is in ``Document.text``."""

    number: str  # "2.3", "C2.1"
    kind: ItemKind
    theme: int  # the theme's number; 0 outside the themes
    ordinal: int  # 1-based among the theme's items of this kind
    block: Block
    line: int  # index into ``block.lines``: the commitment's own line; 0 for a quote
    start: int  # a commitment: its line; a quote: the whole block with its speaker
    end: int

    @property
    def text(self) -> str:
        """The commitment's text, or the quote's text without its speaker."""
        return self.block.lines[self.line] if self.kind is ItemKind.COMMITMENT else self.block.quote_text


def format_number(kind: ItemKind, theme: int, ordinal: int) -> str:
    prefix = QUOTE_PREFIX if kind is ItemKind.QUOTE else ""
    return f"{prefix}{theme}.{ordinal}"


def numbered_items(document: Document) -> tuple[NumberedItem, ...]:
    """Every commitment and quote of ``document`` with its number, in reading order."""
    return _numbered(document)


@lru_cache(maxsize=8)
def _numbered(document: Document) -> tuple[NumberedItem, ...]:
    items: list[NumberedItem] = []
    counts: dict[tuple[ItemKind, int], int] = {}

    def add(kind: ItemKind, theme: int, block: Block, line: int, start: int, end: int) -> None:
        ordinal = counts.get((kind, theme), 0) + 1
        counts[(kind, theme)] = ordinal
        items.append(NumberedItem(format_number(kind, theme, ordinal), kind, theme, ordinal, block, line, start, end))

    for section in document.sections:
        theme = section.number if section.kind is SectionKind.THEME else 0
        for block in section.blocks:
            if block.kind is BlockKind.COMMITMENTS:
                starts = block.line_starts()
                for line in range(1, len(block.lines)):
                    add(ItemKind.COMMITMENT, theme, block, line, starts[line], starts[line] + len(block.lines[line]))
            elif block.kind is BlockKind.QUOTE:
                add(ItemKind.QUOTE, theme, block, 0, block.start, block.end)
    return tuple(items)


def item_at(document: Document, offset: int) -> NumberedItem | None:
    """The numbered item whose text holds ``offset`` (its end included), or None."""
    items = numbered_items(document)
    index = bisect.bisect_right([item.start for item in items], offset) - 1
    if index >= 0 and items[index].start <= offset <= items[index].end:
        return items[index]
    return None


def items_of_block(document: Document, block: Block) -> list[NumberedItem]:
    """The numbered items of one block (a "Vi vil" list's commitments, or a quote), in order."""
    return [item for item in numbered_items(document) if item.block is block]


_QUOTE_WORDS = re.compile(r"^(citatet|citat|quote|c|q)(?=[\s.:#-]|\d)", re.IGNORECASE)
_OTHER_WORDS = re.compile(r"^(nr\.?|nummer|number|no\.?|vi vil|we will|tilsagn|commitment)[\s.:#-]*",
                          re.IGNORECASE)
_NUMBER = re.compile(r"^[\s.:#-]*(\d{1,3})\s*[.,]\s*(\d{1,3})\s*\.?$")


def parse_number(text: str) -> tuple[ItemKind, int, int] | None:
    """(kind, theme, ordinal) of a typed number such as "2.3", "2,3", "C2.1" or "citat 2.1"; None if it is none."""
    rest = text.strip()
    kind = ItemKind.COMMITMENT
    for _ in range(2):  # "nr. C2.1", "citat nr. 2.1"
        rest = _OTHER_WORDS.sub("", rest.strip(), count=1).strip()
        quote = _QUOTE_WORDS.match(rest)
        if quote:
            kind = ItemKind.QUOTE
            rest = rest[quote.end():]
    match = _NUMBER.match(rest)
    if match is None:
        return None
    return kind, int(match.group(1)), int(match.group(2))


def find_item(document: Document, text: str) -> NumberedItem | None:
    """The item a typed number names, or None when it names none of the document's items."""
    parsed = parse_number(text)
    if parsed is None:
        return None
    kind, theme, ordinal = parsed
    return next((item for item in numbered_items(document)
                 if item.kind is kind and item.theme == theme and item.ordinal == ordinal), None)


NUMBER_SEPARATOR = "\u00a0"  # a no-break space: a shown number never ends a line on its own


def number_labels(document: Document) -> list[tuple[int, str]]:
    """Where each number is shown and how: (the item's start offset, "2.3" and a no-break space).

    The reading view and the large print put these before the items; they are not part of
    ``Document.text``, so every model offset keeps its meaning."""
    return [(item.start, item.number + NUMBER_SEPARATOR) for item in numbered_items(document)]
