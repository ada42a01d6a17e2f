"""The typed document model. Plain Python, no Qt.

Every block knows its plain text and where that text starts in ``Document.text``.
The text is laid out so that each entry of ``Block.lines`` becomes one paragraph on
screen and consecutive paragraphs are joined by a single newline. The reading view
renders exactly this text, so an offset into ``Document.text`` is also a cursor
position in the view: speech highlighting and search rely on that.
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


class SectionKind(enum.Enum):
    INTRODUCTION = "introduction"
    THEME = "theme"
    CLOSING = "closing"


class BlockKind(enum.Enum):
    HEADING = "heading"  # document title (level 1), section title (2), subheading (3+)
    PARAGRAPH = "paragraph"
    LIST = "list"  # an ordinary bullet or numbered list
    COMMITMENTS = "commitments"  # "Vi vil:" and its items
    QUOTE = "quote"  # quote text paragraphs and, last, the speaker


@dataclass(frozen=True)
class Block:
    """One block of a section (heading, paragraph, list, quote...) with its lines and text offsets."""

    kind: BlockKind
    lines: tuple[str, ...]
    start: int
    source_line: int
    level: int = 0  # heading level
    ordered: bool = False  # numbered list

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def line_starts(self) -> list[int]:
        """Document offset at which each entry of ``lines`` starts."""
        starts = []
        position = self.start
        for line in self.lines:
            starts.append(position)
            position += len(line) + 1
        return starts

    # Conveniences for the kinds that have parts.
    @property
    def label(self) -> str:
        """The lead-in of a commitment list, e.g. "Vi vil:"."""
        return self.lines[0] if self.kind is BlockKind.COMMITMENTS else ""

    @property
    def items(self) -> tuple[str, ...]:
        if self.kind is BlockKind.COMMITMENTS:
            return self.lines[1:]
        if self.kind is BlockKind.LIST:
            return self.lines
        return ()

    @property
    def quote_text(self) -> str:
        return "\n".join(self.lines[:-1]) if self.kind is BlockKind.QUOTE else ""

    @property
    def speaker(self) -> str:
        return self.lines[-1] if self.kind is BlockKind.QUOTE else ""


@dataclass(frozen=True)
class Section:
    """The introduction, a theme or the closing part, with its blocks."""

    kind: SectionKind
    title: str
    number: int  # 1-based theme number; 0 for introduction and closing
    blocks: tuple[Block, ...]
    source_line: int

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind is kind]

    @property
    def quotes(self) -> list[Block]:
        return self.blocks_of(BlockKind.QUOTE)

    @property
    def commitments(self) -> list[Block]:
        return self.blocks_of(BlockKind.COMMITMENTS)


@dataclass(frozen=True)
class Document:
    """One parsed content file: title, language, year, sections and source; ``text`` joins the sections."""

    title: str
    language: str
    year: int | None
    sections: tuple[Section, ...]
    source: Path
    publisher: str = ""
    warnings: tuple[object, ...] = field(default=(), compare=False)

    @cached_property
    def text(self) -> str:
        return "\n".join(section.text for section in self.sections)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(block for section in self.sections for block in section.blocks)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    @property
    def themes(self) -> list[Section]:
        return [s for s in self.sections if s.kind is SectionKind.THEME]

    @property
    def quotes(self) -> list[Block]:
        return [block for block in self.blocks if block.kind is BlockKind.QUOTE]

    def block_at(self, offset: int) -> Block:
        """The block containing ``offset`` (a newline between blocks belongs to the one before)."""
        index = bisect.bisect_right(self._block_starts, offset) - 1
        return self.blocks[max(index, 0)]

    def section_at(self, offset: int) -> Section:
        for section in reversed(self.sections):
            if section.start <= offset:
                return section
        return self.sections[0]
