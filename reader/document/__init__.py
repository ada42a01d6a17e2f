"""Content model: Markdown files -> typed, Qt-free document objects.

``load_document`` and ``parse_text`` come from parse.py when first used: a start whose
documents come from the cache never imports the parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.document.errors import ContentError, ContentProblem, Severity
from reader.document.folder import content_files, load_folder
from reader.document.model import Block, BlockKind, Document, Section, SectionKind

if TYPE_CHECKING:
    from reader.document.parse import load_document, parse_text

__all__ = [
    "Block",
    "BlockKind",
    "ContentError",
    "ContentProblem",
    "Document",
    "Section",
    "SectionKind",
    "Severity",
    "content_files",
    "load_document",
    "load_folder",
    "parse_text",
]


def __getattr__(name: str) -> Any:
    if name in ("load_document", "parse_text"):
        from reader.document import parse

        return getattr(parse, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
