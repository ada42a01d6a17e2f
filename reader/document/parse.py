"""Markdown content -> Document, through Python-Markdown's element tree.

The file convention is documented for editors in content/README.md. In short:

* front matter between ``---`` lines: ``titel``, ``sprog``, ``år`` (and ``udgiver``);
* ``## Tema: <titel>`` starts a theme; ``##`` sections before the themes form the
  introduction, the ones after them the closing section;
* a paragraph "Vi vil:" directly followed by a bullet list is a commitment list;
* a block quote whose last paragraph starts with a dash (``— Skoleelev``) is a quote
  with its speaker.

Python-Markdown does not keep source line numbers, so each top-level element is located
in the source afterwards by searching forward from the previous element's line.
"""

from __future__ import annotations

import bisect
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.document import guide
from reader.document.errors import ContentError, ContentProblem, Severity
from reader.document.guide import COMMITMENT_LABELS, SPEAKER_DASHES, THEME_PREFIXES
from reader.document.model import Block, BlockKind, Document, Section, SectionKind

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

# Limits on what a content file may be, so that reading it takes time and memory in proportion to its
# size. Each is far above what a policy needs (the bundled one: 8.6 kB, nesting 1, paragraphs of at most
# 615 characters) and is refused with a message naming the line; content/README.md lists them for editors.
MAX_FILE_BYTES = 1024 * 1024
MAX_NESTING = 4  # levels of '>' and four-space indentation in front of a line's text
MAX_PARAGRAPH_CHARS = 10_000  # characters in one paragraph, list item or heading
MAX_MARKUP = 50_000  # markup characters (* _ ` [ < > & \) in the whole file: each costs Markdown far more than text

_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")


def _inline_text(element: ET.Element, *, lines: bool = False) -> str:
    """The visible text of an inline element tree, whitespace collapsed: one line, however the source
    wraps it (a paragraph is reflowed to the screen's width, and no sentence is cut at a source line).
    With ``lines``, the source's lines are kept, one per "\n" (for finding a quote's speaker line)."""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if node.tag == "br":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    if element.text:
        parts.append(element.text)
    for child in element:
        walk(child)
        if child.tail:
            parts.append(child.tail)
    text = "".join(parts)
    if not lines:
        return " ".join(text.split())
    kept = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in kept if line)


class _Builder:
    """Walks the element tree and builds sections and blocks with offsets."""

    def __init__(self, path: Path, source_lines: list[str], stash: list[str]) -> None:
        self.path = path
        self.source_lines = source_lines
        self.stash = stash
        self.problems: list[ContentProblem] = []
        self.cursor = 0  # index into source_lines where the next element is searched
        self.search_budget = 4 * len(source_lines) + 1000  # source lines find_line may still look at
        self.offset = 0
        self.title: str | None = None
        self.title_line = 0
        self.sections: list[tuple[str, int, list[Block]]] = []  # (heading, line, blocks)
        self._pending: list[Block] = []

    # -- problems and lines ---------------------------------------------------------
    def problem(self, line: int, code: str, severity: Severity = Severity.ERROR, **params: object) -> None:
        self.problems.append(ContentProblem(self.path, line, code, severity, dict(params)))

    def locate(self, element: ET.Element) -> int:
        """1-based source line of a top-level element, found by searching forward."""
        text = _PLACEHOLDER.sub(lambda m: self.stash[int(m.group(1))], "".join(element.itertext()))
        if not text.strip() and element.find(".//img") is not None:
            text = "!["
        return self.find_line(text)

    def find_line(self, text: str) -> int:
        """The first non-blank source line from the cursor on that starts ``text``; moves the cursor past it.

        Inline markup is left out of the comparison (``**Børn**`` is found as "Børn"). All searches
        of one file together look at no more than a few times its number of lines, so a file where
        text cannot be found (every search reaching the end) still takes linear time: when that
        budget is spent, the next non-blank line is taken, as it is when the text is not found.
        """
        probe = _comparable(text)[:24]
        for index in range(self.cursor, len(self.source_lines)):
            if self.search_budget <= 0:
                break
            self.search_budget -= 1
            line = self.source_lines[index]
            if not line.strip():
                continue
            if not probe or probe in _comparable(line) or probe[:8] in line:
                self.cursor = index + 1
                return index + 1
        # Not found (markup changed the text beyond recognition): take the next non-blank line.
        for index in range(self.cursor, len(self.source_lines)):
            if self.source_lines[index].strip():
                self.cursor = index + 1
                return index + 1
        return len(self.source_lines)

    # -- block construction ---------------------------------------------------------
    def add_block(self, kind: BlockKind, lines: list[str], line: int, **extra: Any) -> None:
        if not self.sections:
            self.problem(line, "text_before_section")
            return
        block = Block(kind, tuple(lines), self.offset, line, **extra)
        self.offset = block.end + 1
        self.sections[-1][2].append(block)

    def check_inline(self, element: ET.Element, line: int) -> bool:
        """Reports what Markdown read as formatting inside text, which the reader would show changed
        (emphasis and code without their marks, a link without its address), raw HTML and images;
        returns False if the element is unusable. Each is named on the source line where it is."""
        ok = True
        for node in element.iter():
            if node is element or node.tag in ("br", "p", "li"):
                continue
            words = " ".join("".join(node.itertext()).split())
            if node.tag == "img":
                self.problem(line, "image")
                return False
            if node.tag in ("em", "strong"):
                self.problem(self.line_of(words, line), "emphasis", text=words)
            elif node.tag == "code":
                self.problem(self.line_of(words, line), "code_span", text=words)
            elif node.tag == "a":
                href = node.get("href", "")
                if href == (node.text or "") or "\x02amp\x03" in href:  # <https://...> or <name@host> (encoded)
                    self.problem(self.line_of("<", line), "autolink")
                else:
                    self.problem(self.line_of(words, line), "link")
            else:
                continue
            ok = False
        if _PLACEHOLDER.search("".join(element.itertext())):
            self.problem(line, "raw_html")
            ok = False
        return ok

    def line_of(self, words: str, line: int) -> int:
        """The source line, from ``line`` on within its paragraph, that holds ``words`` (else ``line``)."""
        probe = _comparable(words)[:24]
        for index in range(max(line - 1, 0), min(len(self.source_lines), line + 200)):
            text = self.source_lines[index]
            if not text.strip() and index >= line:
                break
            if probe and probe in _comparable(text):
                return index + 1
        return line

    def list_items(self, element: ET.Element, line: int) -> list[str] | None:
        items: list[str] = []
        for item in element:
            if item.find("ul") is not None or item.find("ol") is not None:
                self.problem(line, "nested_list")
                return None
            if not self.check_inline(item, line):
                return None
            paragraphs = item.findall("p")
            text = " ".join(_inline_text(p) for p in paragraphs) if paragraphs else _inline_text(item)
            text = " ".join(text.split())
            if not text:
                self.problem(line, "list_empty_item")
                return None
            items.append(text)
        return items

    def build(self, root: ET.Element) -> None:
        children = list(root)
        index = 0
        while index < len(children):
            element = children[index]
            line = self.locate(element)
            tag = element.tag
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self.check_inline(element, line):
                pass  # named; the heading is still counted, so that the sections stay in step
            if tag == "h1":
                if self.title is not None:
                    self.problem(line, "title_twice")
                else:
                    self.title, self.title_line = _inline_text(element), line
            elif tag == "h2":
                self.sections.append((_inline_text(element), line, []))
                self.add_block(BlockKind.HEADING, [_inline_text(element)], line, level=2)
            elif tag in ("h3", "h4", "h5", "h6"):
                self.add_block(BlockKind.HEADING, [_inline_text(element)], line, level=int(tag[1]))
            elif tag == "p":
                if not self.check_inline(element, line):
                    index += 1
                    continue
                text = _inline_text(element)
                following = children[index + 1] if index + 1 < len(children) else None
                if text.lower() in COMMITMENT_LABELS:
                    if following is None or following.tag not in ("ul", "ol"):
                        self.problem(line, "commitments_without_list", label=text)
                    else:
                        list_line = self.locate(following)
                        items = self.list_items(following, list_line)
                        if items is not None:
                            self.add_block(BlockKind.COMMITMENTS, [text, *items], line)
                        index += 1
                elif text:
                    self.add_block(BlockKind.PARAGRAPH, text.split("\n"), line)
            elif tag in ("ul", "ol"):
                items = self.list_items(element, line)
                if items is not None:
                    self.add_block(BlockKind.LIST, items, line, ordered=tag == "ol")
            elif tag == "blockquote":
                self.build_quote(element, line)
            elif tag == "hr":
                pass  # a visual divider carries no content
            elif tag == "pre":
                self.problem(line, "code_block")
            else:
                self.problem(line, "unknown_construct", tag=tag)
            index += 1

    def build_quote(self, element: ET.Element, line: int) -> None:
        """A block quote holds one or more quotes, each ended by its speaker line.

        Markdown joins quotes separated only by a blank line into one block quote, so
        the speaker line, not the block quote, is what ends a quote. The speaker line may
        follow the quote's last line directly (then Markdown puts both in one paragraph)
        or after a line with only '>'.
        """
        paragraphs: list[str] = []
        first_quote = True  # its first line is the block quote's, already located
        for child in element:
            if child.tag != "p":
                self.problem(line, "quote_unknown")
                return
            if not self.check_inline(child, line):
                return
            text = _inline_text(child, lines=True)
            if paragraphs or not first_quote:
                found = self.find_line(text)  # keeps the cursor in step with the source
                line = line if paragraphs else found
            wrapped: list[str] = []  # the lines of one quote paragraph, which is shown as one line
            for part in text.split("\n"):
                dash = next((d for d in SPEAKER_DASHES if part.startswith(d)), None)
                if dash is None:
                    wrapped.append(part)
                    continue
                if wrapped:
                    paragraphs.append(" ".join(wrapped))
                    wrapped = []
                if not paragraphs:
                    self.problem(line, "quote_no_text")
                    return
                self.add_block(BlockKind.QUOTE, [*paragraphs, part[len(dash):].strip()], line)
                paragraphs = []
                first_quote = False
            if wrapped:
                paragraphs.append(" ".join(wrapped))
        if paragraphs:
            self.problem(line, "quote_no_speaker")

_INLINE_MARKUP = re.compile(r"[*_`\\\[\]]|\]\([^)]*\)")


def _comparable(text: str) -> str:
    """Text without inline markup characters and with single spaces, for finding it in the source."""
    return " ".join(_INLINE_MARKUP.sub("", text).split())


_PREFIX = re.compile(r"[ \t>]*")
_MARKUP = re.compile(r"[*_`\[<>&\\]")
_BLOCK_START = re.compile(r"(?:[*+-]|\d+[.)])[ \t]|#")  # a list item or a heading begins a new unit


def _limit_problem(text: str, path: Path) -> ContentProblem | None:
    """The first line nested too deeply, or the first paragraph too long, in one pass over the lines."""
    unit_start, unit_length = 0, 0  # the paragraph (list item, heading) being measured: its first line
    markup = 0
    for number, line in enumerate(text.split("\n"), start=1):
        markup += len(_MARKUP.findall(line))
        if markup > MAX_MARKUP:
            return ContentProblem(path, number, "too_much_markup", params={"limit": _thousands(MAX_MARKUP)})
        prefix = _PREFIX.match(line).group()  # type: ignore[union-attr]  # (it matches the empty string)
        quotes = prefix.count(">")
        indent = prefix[prefix.rfind(">") + 1:] if quotes else prefix  # the spaces after the last '>'
        depth = quotes + len(indent.expandtabs(4)[1 if quotes else 0:]) // 4
        if depth > MAX_NESTING:
            return ContentProblem(path, number, "too_deep", params={"depth": depth, "limit": MAX_NESTING})
        rest = line[len(prefix):].strip()
        if not rest:
            unit_start, unit_length = 0, 0
            continue
        if not unit_start or _BLOCK_START.match(rest):
            unit_start, unit_length = number, 0
        unit_length += len(rest) + 1
        if unit_length > MAX_PARAGRAPH_CHARS:
            return ContentProblem(path, unit_start, "too_long", params={"limit": _thousands(MAX_PARAGRAPH_CHARS)})
    return None


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # as Danish writes it; the English message reads it as well

# Python-Markdown, and the html.parser it uses, scan from every '[' and '<' that is never
# closed to the end of the paragraph (for '[') or the file (for '<'): time grows with the
# square of their number, and a 20 kB paragraph of '[' takes a minute. The scanning they
# would do is estimated in linear time first and refused above this budget (about a
# second of parsing in the worst case, while one stray "<" in a file of the largest allowed
# size passes; the bundled policy has none).
_SCAN_BUDGET = 4_000_000
_OPENERS = re.compile(r"\[|<[A-Za-z/!?]")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);")


def _too_complex_line(text: str) -> int:
    """The line of the worst unclosed '[' or '<' when parsing would take too long, else 0."""
    closers = {"[": [m.start() for m in re.finditer(r"\]", text)],
               "<": [m.start() for m in re.finditer(">", text)]}
    paragraph_ends = [m.start() for m in _PARAGRAPH_END.finditer(text)] + [len(text)]
    total, worst, worst_at = 0, -1, 0
    for match in _OPENERS.finditer(text):
        start = match.start()
        opener = text[start]
        later = closers[opener]
        closer = later[i] if (i := bisect.bisect_right(later, start)) < len(later) else len(text)
        if opener == "[":
            closer = min(closer, paragraph_ends[bisect.bisect_right(paragraph_ends, start)])
        total += (closer - start) * (3 if opener == "[" else 1)  # '[' is scanned in Python, '<' by a regex
        if closer - start > worst:
            worst, worst_at = closer - start, start
    return text.count("\n", 0, worst_at) + 1 if total > _SCAN_BUDGET else 0


_ALSO_FROM_GUIDE = {"quote_no_speaker", "nested_list", "quote_unknown", "unknown_construct", "title_twice"}


def _blocks_around(lines: set[int], source: list[str]) -> set[int]:
    """The 1-based ``lines`` with every line of the blocks they are in (up to a blank line either way)."""
    found: set[int] = set()
    for line in lines:
        index = line - 1
        start, end = index, index
        while start > 0 and source[start - 1].strip():
            start -= 1
        while end + 1 < len(source) and source[end + 1].strip():
            end += 1
        found.update(range(start + 1, end + 2))
    return found


def _entity_problems(lines: list[str], path: Path) -> list[ContentProblem]:
    """HTML entities (``&amp;``), which Markdown would show as the character they stand for."""
    problems = []
    first = guide.front_matter_end(lines)
    for number, line in enumerate(lines[first:], start=first + 1):
        match = _ENTITY.search(line)
        if match is not None:
            char = html.unescape(match.group(0))
            if char.isspace() or not char.isprintable():  # &nbsp;, &#9;: a space of some kind
                problems.append(ContentProblem(path, number, "entity_space", params={"entity": match.group(0)}))
            else:
                problems.append(ContentProblem(path, number, "entity", params={"entity": match.group(0), "char": char}))
    return problems


def _deepest(text: str, path: Path) -> ContentProblem:
    """A "too deep" problem at the first line with the most nesting ('>' and indentation) in front of its text."""
    depths = [len(line) - len(line.lstrip(" \t>")) for line in text.split("\n")]
    line = depths.index(max(depths)) + 1
    return ContentProblem(path, line, "too_deep", params={"depth": max(depths), "limit": MAX_NESTING})


def _resolve_entities(root: ET.Element, stash: list[str]) -> None:
    """Puts the characters of HTML entities (``&amp;``, ``&nbsp;``) back in place of their stash placeholders.

    Python-Markdown stashes entities like raw HTML; they are text, not markup.
    """
    def text_of(match: re.Match[str]) -> str:
        stored = stash[int(match.group(1))]
        return html.unescape(stored) if isinstance(stored, str) and _ENTITY.fullmatch(stored) else match.group(0)

    for node in root.iter():
        if node.text and "\x02" in node.text:
            node.text = _PLACEHOLDER.sub(text_of, node.text)
        if node.tail and "\x02" in node.tail:
            node.tail = _PLACEHOLDER.sub(text_of, node.tail)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: in its first kilobytes, nearly every other byte is zero (the high
    byte of Latin letters) and the rest are not, and they decode as UTF-16 text."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if max(even, odd) < 0.3 * half or min(even, odd) > 0.02 * half:
        return False
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    text = sample.decode(encoding, errors="replace")  # (the sample may end inside a character)
    unlikely = text.count("\ufffd") + sum(not (c.isprintable() or c in "\n\r\t") for c in text)
    return unlikely < 0.02 * len(text)


def _too_large(path: Path, size: int) -> ContentProblem:
    params = {"size": f"{size / 1024 / 1024:.1f}", "limit": MAX_FILE_BYTES // 1024 // 1024}
    return ContentProblem(path, 0, "too_large", params=params)


def _decode(path: Path, data: bytes) -> tuple[str | None, list[ContentProblem]]:
    if len(data) > MAX_FILE_BYTES:
        return None, [_too_large(path, len(data))]
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # UTF-32
        return None, [ContentProblem(path, 1, "encoding")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(data):  # saved by some Windows editors
        return None, [ContentProblem(path, 1, "utf16")]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [ContentProblem(path, line, "binary")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [ContentProblem(path, line, "encoding")]
    if not text.strip():
        return None, [ContentProblem(path, 1, "empty")]
    return text, []


def parse_text(text: str, path: Path) -> Document:
    """Parses Markdown text; raises ContentError listing every error found."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if (limit := _limit_problem(text, path)) is not None:
        raise ContentError([limit])
    if line := _too_complex_line(text):
        raise ContentError([ContentProblem(path, line, "too_complex")])
    # Python-Markdown is imported here, not with the module: a start that finds the document in
    # the cache (reader/document/cache.py) never needs it.
    import markdown

    from reader.document.markdown_ext import ReaderExtension

    source_lines = text.split("\n")
    # What the guide does not describe, named by line; Markdown reads plain text that only looks like
    # Markdown ("2. klasse") as the text it is.
    guide_problems, markdown_lines = guide.check(source_lines)
    md = markdown.Markdown(extensions=[ReaderExtension()])
    try:
        md.convert("\n".join(markdown_lines))
    except RecursionError:
        raise ContentError([_deepest(text, path)]) from None
    state: Any = md
    stash = list(md.htmlStash.rawHtmlBlocks)
    _resolve_entities(state.captured_tree, stash)
    builder = _Builder(path, source_lines, stash)
    for line, code, params in state.front_matter_problems:
        builder.problem(line, code, **params)
    try:
        builder.build(state.captured_tree)
    except RecursionError:
        builder.problems.append(_deepest(text, path))
    # What the guide names is named once: what Markdown then made of that block (its lines up to the
    # blank lines around it) adds nothing for the editor.
    named_lines = _blocks_around({line for line, _code, _params in guide_problems}, source_lines)
    named_codes = {code for _line, code, _params in guide_problems}
    builder.problems = [p for p in builder.problems
                        if not (p.severity is Severity.ERROR and p.line in named_lines)
                        and not (p.code in named_codes and p.code in _ALSO_FROM_GUIDE)]
    builder.problems += [ContentProblem(path, line, code, Severity.ERROR, params)
                         for line, code, params in guide_problems]
    builder.problems += _entity_problems(source_lines, path)

    meta: dict[str, str] = state.front_matter
    meta_lines: dict[str, int] = state.front_matter_lines
    title = builder.title or meta.get("title", "").strip()
    if not title:
        builder.problem(1, "title_missing")
    language = meta.get("language", "").strip().lower()
    if not language:
        builder.problem(1, "language_missing")
    elif not re.fullmatch(r"[a-z]{2,3}(-[a-z]{2})?", language):
        builder.problem(meta_lines["language"], "language_invalid", value=language)
    year: int | None = None
    if "year" in meta:
        if re.fullmatch(r"\d{4}", meta["year"].strip()):
            year = int(meta["year"])
        else:
            builder.problem(meta_lines["year"], "year_invalid", value=meta["year"])

    sections = _classify_sections(builder)
    errors = [p for p in builder.problems if p.severity is Severity.ERROR]
    if errors:
        raise ContentError(sorted(builder.problems, key=lambda p: p.line))
    assert title  # a missing title was reported as an error above
    return Document(
        title=title,
        language=language,
        year=year,
        sections=tuple(_with_title_block(sections, title, builder.title_line)),
        source=path,
        publisher=meta.get("publisher", "").strip(),
        warnings=tuple(p for p in builder.problems if p.severity is Severity.WARNING),
    )


def _classify_sections(builder: _Builder) -> list[Section]:
    """Turns the ## sections into introduction, themes and closing, checking their order."""
    if not builder.sections:
        if not builder.problems:
            builder.problem(1, "no_sections")
        return []
    theme_indexes = [
        i for i, (heading, _, _) in enumerate(builder.sections) if heading.lower().startswith(THEME_PREFIXES)
    ]
    if not theme_indexes:
        builder.problem(builder.sections[0][1], "no_themes")
        return []
    first_theme, last_theme = theme_indexes[0], theme_indexes[-1]
    is_theme = set(theme_indexes)
    seen: dict[str, int] = {}
    result: list[Section] = []
    number = 0
    for index, (heading, line, blocks) in enumerate(builder.sections):
        if len(blocks) < 2:
            builder.problem(line, "section_empty", Severity.WARNING, title=heading)
        if index in is_theme:
            number += 1
            title = heading.split(":", 1)[1].strip()
            if not title:
                builder.problem(line, "theme_title_empty")
            elif title.lower() in seen:
                builder.problem(line, "theme_duplicate", title=title, first=seen[title.lower()])
            seen.setdefault(title.lower(), line)
            kind, shown = SectionKind.THEME, title
        elif first_theme < index < last_theme:
            builder.problem(line, "section_between_themes", title=heading)
            kind, shown = SectionKind.THEME, heading
        else:
            kind = SectionKind.INTRODUCTION if index < first_theme else SectionKind.CLOSING
            shown = heading
        heading_block = Block(BlockKind.HEADING, (shown,), blocks[0].start, line, level=2)
        result.append(Section(kind, shown, number if kind is SectionKind.THEME else 0,
                              (heading_block, *blocks[1:]), line))
    if last_theme == len(builder.sections) - 1:
        builder.problem(builder.sections[last_theme][1], "closing_missing", Severity.WARNING)
    return result


def _with_title_block(sections: list[Section], title: str, title_line: int) -> list[Section]:
    """Puts the document title first, as a level-1 heading, and shifts every offset after it.

    Theme headings are also stored without their "Tema:" prefix, so offsets are rebuilt here
    from the final text of each block.
    """
    result: list[Section] = []
    offset = 0
    for index, section in enumerate(sections):
        blocks: list[Block] = []
        if index == 0:
            blocks.append(Block(BlockKind.HEADING, (title,), 0, title_line or 1, level=1))
            offset = len(title) + 1
        for block in section.blocks:
            moved = Block(block.kind, block.lines, offset, block.source_line, block.level, block.ordered)
            blocks.append(moved)
            offset = moved.end + 1
        result.append(Section(section.kind, section.title, section.number, tuple(blocks), section.source_line))
    return result


def load_document(path: Path) -> Document:
    """Reads and parses one file; raises ContentError for anything wrong with it."""
    from reader.files import FileTooLargeError, NotRegularFileError, read_regular_file

    try:  # a folder, device or pipe named *.md is never read (reading could block); nor is a huge file
        data = read_regular_file(path, MAX_FILE_BYTES)
    except NotRegularFileError:
        raise ContentError([ContentProblem(path, 0, "not_a_file")]) from None
    except FileTooLargeError as error:
        raise ContentError([_too_large(path, int(error.args[1]))]) from None
    except OSError as error:
        raise ContentError([ContentProblem(path, 0, "unreadable", params={"reason": error})]) from None
    text, problems = _decode(path, data)
    if text is None:
        raise ContentError(problems)
    return parse_text(text, path)
