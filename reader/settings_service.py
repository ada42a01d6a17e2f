"""The settings service: typed values in, ``changed`` signals out, persisted through a store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from reader.presentation.settings import OPTIONS, SettingsStore, validated


class QSettingsStore:
    """Settings in an INI file at a path chosen by the caller (tests pass a temp folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def load(self) -> dict[str, object]:
        self._settings.sync()
        return {key: self._settings.value(key) for key in self._settings.allKeys()}

    def save(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    def remove(self, key: str) -> None:
        self._settings.remove(key)
        self._settings.sync()


class Settings(QObject):
    """Current values of every option; emits ``changed(key, value)`` when one changes."""

    changed = Signal(str, object)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._values, self.rejected = validated(store.load())

    def value(self, key: str) -> object:
        return self._values[key]

    def set(self, key: str, value: object) -> None:
        """Validates and applies a value; raises ValueError for one outside the option's range."""
        option = OPTIONS[key]
        checked = option.validate(value)
        if checked == self._values[key]:
            return
        self._values[key] = checked
        if checked == option.default:
            self._store.remove(key)
        else:
            self._store.save(key, checked)
        self.changed.emit(key, checked)

    def reset(self, keys: list[str] | None = None) -> None:
        for key in keys if keys is not None else list(OPTIONS):
            self.set(key, OPTIONS[key].default)
