"""Content model: Markdown files -> typed, Qt-free document objects."""

from reader.document.errors import ContentError, ContentProblem, Severity
from reader.document.model import Block, BlockKind, Document, Section, SectionKind
from reader.document.parse import load_document, load_folder, parse_text

__all__ = [
    "Block",
    "BlockKind",
    "ContentError",
    "ContentProblem",
    "Document",
    "Section",
    "SectionKind",
    "Severity",
    "load_document",
    "load_folder",
    "parse_text",
]
