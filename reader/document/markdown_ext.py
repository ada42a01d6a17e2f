"""The Python-Markdown extension parse_text() uses: front matter, the finished element tree, and a
block list that takes its first block in constant time."""

from __future__ import annotations

import collections
import re
import xml.etree.ElementTree as ET
from typing import Any

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

# Front-matter keys an editor may write, mapped to the model field they fill.
FRONT_MATTER_KEYS = {
    "titel": "title",
    "title": "title",
    "sprog": "language",
    "language": "language",
    "lang": "language",
    "år": "year",
    "aar": "year",
    "year": "year",
    "udgiver": "publisher",
    "publisher": "publisher",
}
_FRONT_MATTER_LINE = re.compile(r"^\s*([^:\s][^:]*?)\s*:\s*(.*?)\s*$")


class _FrontMatter(Preprocessor):
    """Reads the ``---`` block at the top and blanks it out, keeping line numbers."""

    def run(self, lines: list[str]) -> list[str]:
        md: Any = self.md
        md.front_matter = {}
        md.front_matter_problems = []
        md.front_matter_lines = {}
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None or lines[first].strip() != "---":
            return lines
        end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
        if end is None:
            md.front_matter_problems.append((first + 1, "front_matter_unclosed", {}))
            return lines
        for index in range(first + 1, end):
            line = lines[index]
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = _FRONT_MATTER_LINE.match(line)
            if not match:
                md.front_matter_problems.append((index + 1, "front_matter_syntax", {}))
                continue
            key, value = match.group(1).lower(), match.group(2)
            field_name = FRONT_MATTER_KEYS.get(key)
            if field_name is None:
                known = ", ".join(k for k in FRONT_MATTER_KEYS if k.isascii() or k == "år")
                md.front_matter_problems.append(
                    (index + 1, "front_matter_unknown", {"key": key, "known": known})
                )
            elif field_name in md.front_matter:
                md.front_matter_problems.append((index + 1, "front_matter_duplicate", {"key": key}))
            else:
                md.front_matter[field_name] = value
                md.front_matter_lines[field_name] = index + 1
        return [""] * (end + 1) + lines[end + 1 :]


class _CaptureTree(Treeprocessor):
    """Keeps the finished element tree; registered last so it sees every change."""

    def run(self, root: ET.Element) -> None:
        md: Any = self.md
        md.captured_tree = root


class _Blocks(collections.deque[str]):
    """The blocks still to parse. Python-Markdown's block processors take each block with ``pop(0)``
    and put text back with ``insert(0, ...)``; on its list both move every other block, so parsing
    took time in the square of the number of paragraphs. On a deque both are constant time."""

    def pop(self, index: int = -1) -> str:
        if index == 0:
            return self.popleft()
        if index == -1:
            return super().pop()
        raise IndexError("only the first or last block is taken")


class ReaderExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.register(_FrontMatter(md), "reader_front_matter", 25)
        md.treeprocessors.register(_CaptureTree(md), "reader_capture", 0)
        parser = md.parser

        def parse_chunk(parent: ET.Element, text: str) -> None:
            parser.parseBlocks(parent, _Blocks(text.split("\n\n")))

        parser.parseChunk = parse_chunk
