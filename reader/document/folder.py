"""A content folder's documents: from the cache when unchanged, else parsed.

Kept apart from parse.py so a start whose documents all come from the cache imports neither the
parser nor its regular expressions and HTML tables.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document.errors import ContentError, ContentProblem
from reader.document.model import Document

if TYPE_CHECKING:
    from reader.document.cache import DocumentCache


def content_files(folder: Path) -> list[Path]:
    """The documents of a content folder: its .md files except the editors' README.

    Raises OSError when the folder cannot be listed (``Path.glob`` would say it is empty).
    """
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries]
    return sorted(folder / name for name in names
                  if fnmatch.fnmatch(name, "*.md") and not name.startswith(".") and name.lower() != "readme.md")


def load_folder(folder: Path, cache: DocumentCache | None = None) -> tuple[list[Document], list[ContentProblem]]:
    """Loads every document in a folder; returns the good ones and the problems of all.

    With a ``cache``, an unchanged file's document comes from it instead of the parser. Raises
    OSError when the system refuses to look at the folder at all (a loop of links, too long a name).
    """
    try:
        info = os.stat(folder)  # other errors (a loop of links, too long a name) go to the caller
    except (FileNotFoundError, NotADirectoryError):
        return [], [ContentProblem(folder, 0, "folder_missing")]
    if not stat.S_ISDIR(info.st_mode):
        return [], [ContentProblem(folder, 0, "folder_not_a_folder")]
    try:
        files = content_files(folder)
    except OSError as error:
        return [], [ContentProblem(folder, 0, "folder_unreadable", params={"reason": error})]
    if not files:
        return [], [ContentProblem(folder, 0, "folder_empty")]
    documents: list[Document] = []
    problems: list[ContentProblem] = []
    for path in files:
        # The key is taken before the file is read and again after it is parsed: an edit made meanwhile
        # changes it, and then nothing is stored (the next start parses the new text).
        key = cache.key(path) if cache is not None else None
        cached = cache.get(path, key) if cache is not None and key is not None else None
        try:
            document = cached if cached is not None else _parse(path)
        except ContentError as error:
            problems.extend(error.problems)
        else:
            if cache is not None and cached is None and key is not None and cache.key(path) == key:
                cache.put(path, key, document)
            documents.append(document)
            problems.extend(p for p in document.warnings if isinstance(p, ContentProblem))
    return documents, problems


def _parse(path: Path) -> Document:
    from reader.document import parse

    return parse.load_document(path)
