"""A cache of parsed documents, so a start with unchanged content needs no Markdown parser.

Entries of a ``reader.cache.PickleCache``, one per source file, keyed by the file and the
parser's own source files (see reader/cache.py for what a key holds and how misses are handled).
"""

from __future__ import annotations

from pathlib import Path

from reader.cache import PickleCache, code_stamp, file_key
from reader.document.model import Document

_PARSER_FILES = ("parse.py", "model.py", "markdown_ext.py", "errors.py", "cache.py")


class DocumentCache:
    """Parsed documents under ``folder``, keyed by their source file and the parser's code."""

    def __init__(self, folder: Path) -> None:
        self.entries = PickleCache(folder)
        self._stamp = code_stamp(Path(__file__).parent, _PARSER_FILES)

    @property
    def folder(self) -> Path:
        return self.entries.folder

    def key(self, path: Path) -> tuple[object, ...] | None:
        """What must be equal for a cached document to stand for ``path`` (None: not cacheable)."""
        source = file_key(path)
        return None if source is None else (*source, self._stamp)

    def get(self, path: Path) -> Document | None:
        key = self.key(path)
        return None if key is None else self.entries.get(str(path), key, Document)

    def put(self, path: Path, document: Document) -> None:
        key = self.key(path)
        if key is not None:
            self.entries.put(str(path), key, document)
