"""Where settings live: the store interface, and a store in memory (no Qt).

The options themselves (defaults, bounds, validation) are described in ``options.py``; the
settings service (reader/settings_service.py) keeps the current values over a store.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Protocol

# A settings file is a few hundred bytes; anything this big is something else, and is not read.
MAX_SETTINGS_BYTES = 256 * 1024


class SettingsStore(Protocol):
    """Where settings live: an INI file on disk, or memory for kiosk mode and tests."""

    def load(self) -> dict[str, object]: ...

    def save(self, key: str, value: object) -> None: ...

    def remove(self, key: str) -> None: ...


class MemoryStore:
    """A store that keeps nothing beyond the process: used where nothing may be written."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.values = dict(values or {})

    def load(self) -> dict[str, object]:
        return dict(self.values)

    def save(self, key: str, value: object) -> None:
        self.values[key] = value

    def remove(self, key: str) -> None:
        self.values.pop(key, None)


def peek(path: Path, key: str) -> str | None:
    """The value stored for ``key`` in the settings file at ``path``, read without Qt, for what must
    be known before Qt starts (the language of ``--help``); None when there is none to read.

    Never waits and never opens anything but a regular file: the file is opened without blocking
    (a FIFO named by ``--settings`` gives nothing), checked to be a regular file of at most
    MAX_SETTINGS_BYTES once open, and read as the INI text QSettings writes (``[General]``, then
    ``key=value``; a value in quotes loses them). Anything unreadable or odd reads as None."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SETTINGS_BYTES:
            return None
        data = os.read(descriptor, MAX_SETTINGS_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    section = "General"
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and "=" in line:
            name, _, value = line.partition("=")
            if name.strip() == key:
                value = value.strip()
                return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return None
