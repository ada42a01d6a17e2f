"""Values computed from files, kept between starts so an unchanged file is not read and parsed again.

One pickle file per entry in a folder of the user's cache, holding a key and the value. The key
names the source files exactly (path as given and resolved, size, modification and change times
in ns, inode) and the code that computed the value (app version, Python version, size and
modification time of that code's own source files). A value is used only when its key equals the
current one; any file that cannot be read or unpickled, or holds anything unexpected, counts as a
miss. Writes go through ``reader.files.atomic_output``; an entry that cannot be written is silently
skipped (a cache is an optimisation, nothing the user loses). No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from reader import __version__

FORMAT = 1
_T = TypeVar("_T")


def code_stamp(folder: Path, names: Iterable[str]) -> tuple[object, ...]:
    """What identifies the code that computes a value: versions and the listed source files' sizes and times."""
    stamp: list[object] = [FORMAT, __version__, sys.version_info[:3]]
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


class PickleCache:
    """Entries under ``folder``, each a name's value with the key it was computed under."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _file(self, name: str) -> Path:
        # A cheap name (hashlib would load OpenSSL at every start); two names sharing one only
        # take turns in the file, since the key inside is checked.
        encoded = os.fsencode(name)
        return self.folder / f"{zlib.crc32(encoded):08x}{zlib.adler32(encoded):08x}.pickle"

    def get(self, name: str, key: tuple[object, ...], kind: type[_T]) -> _T | None:
        try:
            with open(self._file(name), "rb") as handle:
                stored = pickle.load(handle)  # the user's own cache folder; the key is checked below
        except Exception:  # a missing, unreadable, truncated or foreign file: compute again
            return None
        if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != key or not isinstance(stored[1], kind):
            return None
        return stored[1]

    def put(self, name: str, key: tuple[object, ...], value: object) -> None:
        from reader.files import OutputError, atomic_output

        with contextlib.suppress(OSError, OutputError, pickle.PicklingError):
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_output(self._file(name)) as temporary:
                temporary.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
