"""Values computed from files, kept between starts so an unchanged file is not read and parsed again.

A cache that can only miss. One file per entry in a folder of the user's cache: a mark, the key, and
the value, each key and value a ``marshal`` of plain data only (str, int, float, bool, None, bytes,
tuples, lists and dicts of them; never pickle, which can run code). The key names the source files
exactly (path as given and resolved, size, modification and change times in ns, inode) and the code
that computed the value (app version, Python version, size and modification time of that code's own
source files); it is compared before the value is even decoded, and the caller builds its objects
from the value with every type checked. Entries are opened without following a link and without
blocking, up to a size limit; a link, a FIFO, a folder, another user's file, a file too large,
truncated or of any other form is a miss, and is never replaced: a new entry is written (through
``reader.files.atomic_output``) only where there is nothing or a regular file; one that cannot be
written is skipped (a cache is an optimisation, nothing the user loses).
No Qt here.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path

from reader import __version__

FORMAT = 2
MARK = b"herning-laeser cache 2\n"
MAX_ENTRY_BYTES = 16 * 1024 * 1024  # a parsed document of the largest allowed size is far smaller
_PLAIN = (str, int, float, bool, type(None), bytes)


def code_stamp(folder: Path, names: Iterable[str]) -> tuple[object, ...]:
    """What identifies the code that computes a value: versions and the listed source files' sizes and times."""
    stamp: list[object] = [FORMAT, __version__, tuple(sys.version_info[:3])]
    for name in names:
        try:
            status = (folder / name).stat()
        except OSError:
            stamp.append((name, None))
        else:
            stamp.append((name, status.st_size, status.st_mtime_ns))
    return tuple(stamp)


def file_key(path: Path) -> tuple[object, ...] | None:
    """What must be unchanged for a value computed from ``path`` to stand (None: cannot be looked at)."""
    try:
        status = path.stat()
        resolved = os.path.realpath(path)
    except (OSError, ValueError):
        return None
    return (str(path), resolved, status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def is_plain(value: object, depth: int = 0) -> bool:
    """True for plain data that marshal stores and loads as itself: no code, no sets, not too deep."""
    if isinstance(value, _PLAIN):
        return True
    if depth > 20:
        return False
    if isinstance(value, tuple | list):
        return all(is_plain(item, depth + 1) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and is_plain(item, depth + 1) for key, item in value.items())
    return False


class FileCache:
    """Entries under ``folder``, each a name's plain value with the key it was computed under."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def entry(self, name: str) -> Path:
        # A cheap name (hashlib would load OpenSSL at every start); two names sharing one only
        # take turns in the file, since the key inside is checked.
        encoded = os.fsencode(name)
        return self.folder / f"{zlib.crc32(encoded):08x}{zlib.adler32(encoded):08x}.cache"

    def get(self, name: str, key: tuple[object, ...]) -> object | None:
        """The plain value stored for ``name`` under exactly ``key``, or None for anything else."""
        from reader.files import read_regular_file

        try:
            data = read_regular_file(self.entry(name), MAX_ENTRY_BYTES, follow_links=False, owned=True)
        except (OSError, ValueError):  # missing, a link, a FIFO, a folder, another user's, too large
            return None
        if not data.startswith(MARK) or len(data) < len(MARK) + 4:
            return None
        start = len(MARK) + 4
        key_length = int.from_bytes(data[len(MARK):start], "big")
        try:
            stored_key = marshal.loads(data[start:start + key_length])
            if stored_key != key:  # compared before the value is decoded
                return None
            value = marshal.loads(data[start + key_length:])
        except (EOFError, ValueError, TypeError):
            return None
        return value if is_plain(value) else None

    def put(self, name: str, key: tuple[object, ...], value: object) -> None:
        """Stores ``value`` (plain data) under ``key``; skipped where the entry's place holds anything but
        a regular file (a link is never followed nor replaced) or cannot be written."""
        if not is_plain(key) or not is_plain(value):
            return
        from reader.files import OutputError, atomic_output

        with contextlib.suppress(OSError, ValueError, OutputError):
            self.folder.mkdir(parents=True, exist_ok=True)
            key_blob = marshal.dumps(key)  # type: ignore[arg-type]  # (plain: checked above)
            blob = MARK + len(key_blob).to_bytes(4, "big") + key_blob + marshal.dumps(value)  # type: ignore[arg-type]
            with atomic_output(self.entry(name), follow_links=False) as temporary:
                temporary.write_bytes(blob)
