"""Where settings live: the store interface, and a store in memory (no Qt).

The options themselves (defaults, bounds, validation) are described in ``options.py``; the
settings service (reader/settings_service.py) keeps the current values over a store.
"""

from __future__ import annotations

from typing import Protocol


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
