"""A cache of parsed documents, so a start with unchanged content needs no Markdown parser.

One pickle file per document in the user's cache folder, holding a key and the Document.
The key names the source file exactly (its path as given and resolved, size, modification
and change times in ns, inode) and the code that parsed it (app version, Python version,
size and modification time of the parser's own source files). A cached document is used
only when its key equals the current one; any file that cannot be read or unpickled, or
holds anything unexpected, counts as a miss and the source is parsed again. Writes go
through ``reader.files.atomic_output``; a cache that cannot be written is silently skipped
(it is an optimisation, nothing the user loses).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import zlib
from pathlib import Path

from reader import __version__
from reader.document.model import Document

FORMAT = 1
_PARSER_FILES = ("parse.py", "model.py", "markdown_ext.py", "errors.py", "cache.py")


def _parser_stamp() -> tuple[object, ...]:
    here = Path(__file__).parent
    stamp: list[object] = [FORMAT, __version__, sys.version_info[:3]]
    for name in _PARSER_FILES:
        try:
            status = (here / name).stat()
        except OSError:
            stamp.append((name, None))
        else:
            stamp.append((name, status.st_size, status.st_mtime_ns))
    return tuple(stamp)


class DocumentCache:
    """Parsed documents under ``folder``, keyed by their source file and the parser's code."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._stamp = _parser_stamp()

    def key(self, path: Path) -> tuple[object, ...] | None:
        """What must be equal for a cached document to stand for ``path`` (None: not cacheable)."""
        try:
            status = path.stat()
            resolved = os.path.realpath(path)
        except (OSError, ValueError):
            return None
        return (str(path), resolved, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino,
                self._stamp)

    def _file(self, path: Path) -> Path:
        # A cheap name (hashlib would load OpenSSL at every start); two paths sharing one only
        # take turns in the file, since the key inside is checked.
        name = os.fsencode(str(path))
        return self.folder / f"{zlib.crc32(name):08x}{zlib.adler32(name):08x}.pickle"

    def get(self, path: Path) -> Document | None:
        key = self.key(path)
        if key is None:
            return None
        try:
            with open(self._file(path), "rb") as handle:
                stored = pickle.load(handle)  # the user's own cache folder; the key is checked below
        except Exception:  # a missing, unreadable, truncated or foreign file: parse again
            return None
        if (not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key
                or not isinstance(stored[1], Document)):
            return None
        return stored[1]

    def put(self, path: Path, document: Document) -> None:
        key = self.key(path)
        if key is None:
            return
        from reader.files import OutputError, atomic_output

        with contextlib.suppress(OSError, OutputError, pickle.PicklingError):
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_output(self._file(path)) as temporary:
                temporary.write_bytes(pickle.dumps((key, document), protocol=pickle.HIGHEST_PROTOCOL))
