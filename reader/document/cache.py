"""A cache of parsed documents, so a start with unchanged content needs no Markdown parser.

Entries of a ``reader.cache.FileCache``, one per source file, keyed by the file and the parser's own
source files (see reader/cache.py for what a key holds and how every odd entry is a miss). A document
is stored as plain data and built again with every field's type checked and every block's offset
following the one before: anything else is a miss, and the file is parsed.
"""

from __future__ import annotations

from pathlib import Path

from reader.cache import FileCache, code_stamp, file_key
from reader.document.errors import ContentProblem, Severity
from reader.document.model import Block, BlockKind, Document, Section, SectionKind

_PARSER_FILES = ("parse.py", "guide.py", "model.py", "markdown_ext.py", "errors.py", "cache.py", "folder.py")


class DocumentCache:
    """Parsed documents under ``folder``, keyed by their source file and the parser's code."""

    def __init__(self, folder: Path) -> None:
        self.entries = FileCache(folder)
        self._stamp = code_stamp(Path(__file__).parent, _PARSER_FILES)

    @property
    def folder(self) -> Path:
        return self.entries.folder

    def key(self, path: Path) -> tuple[object, ...] | None:
        """What must be equal for a cached document to stand for ``path`` (None: not cacheable)."""
        source = file_key(path)
        return None if source is None else (*source, self._stamp)

    def get(self, path: Path, key: tuple[object, ...] | None = None) -> Document | None:
        """The document cached for ``path`` under its current key (or ``key``), or None."""
        key = self.key(path) if key is None else key
        if key is None:
            return None
        data = self.entries.get(str(path), key)
        if data is None:
            return None
        try:
            return document_from_data(data, path)
        except (TypeError, ValueError, IndexError, KeyError):
            return None

    def put(self, path: Path, key: tuple[object, ...], document: Document) -> None:
        """Keeps ``document`` under ``key``, the key taken before the file was read: the caller takes
        it again after parsing and stores only when the two are equal (the file did not change)."""
        data = document_data(document)
        if data is not None:
            self.entries.put(str(path), key, data)


def document_data(document: Document) -> tuple[object, ...] | None:
    """The document as plain data (None when a warning carries something that is not plain)."""
    sections = tuple(
        (section.kind.value, section.title, section.number, section.source_line,
         tuple((block.kind.value, block.lines, block.start, block.source_line, block.level, block.ordered)
               for block in section.blocks))
        for section in document.sections)
    warnings = []
    for problem in document.warnings:
        if not isinstance(problem, ContentProblem) or not all(
                isinstance(value, str | int) for value in problem.params.values()):
            return None
        warnings.append((problem.line, problem.code, problem.severity.value, dict(problem.params)))
    return (document.title, document.language, document.year, document.publisher, sections, tuple(warnings))


def _tuple(value: object, length: int | None = None) -> tuple[object, ...]:
    if not isinstance(value, tuple) or (length is not None and len(value) != length):
        raise TypeError("not a tuple of the right length")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("not a whole number")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not true or false")
    return value


def document_from_data(data: object, path: Path) -> Document:
    """Builds the document stored by ``document_data``; raises TypeError/ValueError for anything odd."""
    title, language, year, publisher, sections, warnings = _tuple(data, 6)
    built_sections = []
    offset = 0
    for section in _tuple(sections):
        kind, section_title, number, source_line, blocks = _tuple(section, 5)
        built_blocks = []
        for block in _tuple(blocks):
            block_kind, lines, start, line, level, ordered = _tuple(block, 6)
            texts = tuple(_str(text) for text in _tuple(lines))
            if _int(start) != offset:  # every block follows the one before, one newline apart
                raise ValueError("the offsets do not follow each other")
            built = Block(BlockKind(block_kind), texts, offset, _int(line), _int(level), _bool(ordered))
            offset = built.end + 1
            built_blocks.append(built)
        if not built_blocks:
            raise ValueError("a section without blocks")
        built_sections.append(Section(SectionKind(kind), _str(section_title), _int(number), tuple(built_blocks),
                                      _int(source_line)))
    problems = []
    for warning in _tuple(warnings):
        line, code, severity, params = _tuple(warning, 4)
        if not isinstance(params, dict) or not all(
                isinstance(key, str) and isinstance(value, str | int) for key, value in params.items()):
            raise TypeError("a parameter is not plain")
        problem = ContentProblem(path, _int(line), _str(code), Severity(severity), dict(params))
        problem.message()  # raises KeyError for a code or a parameter the messages do not know
        problems.append(problem)
    return Document(_str(title), _str(language), None if year is None else _int(year), tuple(built_sections), path,
                    _str(publisher), tuple(problems))
