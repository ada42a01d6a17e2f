"""Structure navigation and "where am I?" over the document model. Plain Python, no Qt.

Positions are offsets into ``Document.text`` (= cursor positions in the reading view).
"Next" goes to the first target starting after the position; "previous" to the last one
starting before it, so from inside a theme "previous theme" first goes to its own heading,
as a screen reader's "previous heading" does.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from reader.document import Block, BlockKind, Document, Section, SectionKind
from reader.document.numbers import item_at


class Target(enum.Enum):
    THEME = "theme"
    QUOTE = "quote"
    COMMITMENTS = "commitments"
    PARAGRAPH = "paragraph"  # every block: heading, paragraph, list, "Vi vil" list, quote


def target_starts(document: Document, target: Target) -> list[int]:
    if target is Target.THEME:
        return [section.start for section in document.themes]
    if target is Target.QUOTE:
        return [block.start for block in document.quotes]
    if target is Target.COMMITMENTS:
        return [block.start for block in document.blocks if block.kind is BlockKind.COMMITMENTS]
    return [block.start for block in document.blocks]


def next_start(document: Document, target: Target, offset: int) -> int | None:
    return next((start for start in target_starts(document, target) if start > offset), None)


def previous_start(document: Document, target: Target, offset: int) -> int | None:
    return next((start for start in reversed(target_starts(document, target)) if start < offset), None)


def theme_start(document: Document, number: int) -> int | None:
    """Start of theme ``number`` (1-based), or None when the document has no such theme."""
    themes = document.themes
    return themes[number - 1].start if 1 <= number <= len(themes) else None


@dataclass(frozen=True)
class Position:
    """Where an offset lies in the document's structure, for announcements."""

    section: Section
    theme_number: int  # 1-based among the themes; 0 outside a theme
    theme_count: int
    block: Block
    block_number: int  # 1-based among the section's blocks
    block_count: int
    quote_number: int  # 1-based among the section's quotes; 0 when not in a quote
    quote_count: int
    commitments_number: int  # 1-based among the section's "Vi vil" lists; 0 when not in one
    commitments_count: int
    percent: int  # how far into the document, 0-100
    number: str = ""  # the number of the commitment or quote there ("2.3", "C2.1"), if any


def position_at(document: Document, offset: int) -> Position:
    section = document.section_at(offset)
    block = document.block_at(offset)
    themes = document.themes
    quotes = section.quotes
    commitments = section.commitments
    length = max(len(document.text), 1)
    return Position(
        section=section,
        theme_number=themes.index(section) + 1 if section.kind is SectionKind.THEME else 0,
        theme_count=len(themes),
        block=block,
        block_number=section.blocks.index(block) + 1,
        block_count=len(section.blocks),
        quote_number=quotes.index(block) + 1 if block in quotes else 0,
        quote_count=len(quotes),
        commitments_number=commitments.index(block) + 1 if block in commitments else 0,
        commitments_count=len(commitments),
        percent=round(100 * min(max(offset, 0), length) / length),
        number=item.number if (item := item_at(document, offset)) is not None else "",
    )


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``query`` in ``text`` as (start, end) offsets.

    Matching is literal (no wildcards); offsets are into ``text`` itself, so they stay
    right for letters whose lower case has another length.
    """
    if not query.strip():
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [(match.start(), match.end()) for match in pattern.finditer(text)]
