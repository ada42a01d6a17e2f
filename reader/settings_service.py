"""The settings service: typed values in, ``changed`` signals out, persisted through a store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from reader.presentation.settings import OPTIONS, SettingsStore, validated

WRITE_DELAY_MS = 300  # changes are written this long after the last one


class QSettingsStore:
    """Settings in an INI file at a path chosen by the caller (tests pass a temp folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self.problems: list[str] = []  # "file: ..." notes, reported like rejected values

    def load(self) -> dict[str, object]:
        self._settings.sync()
        values = {key: self._settings.value(key) for key in self._settings.allKeys()}
        if self._settings.status() == QSettings.Status.FormatError or (
            not values and self.path.is_file() and self.path.stat().st_size > 0 and self._unreadable()
        ):
            # Keep the broken file for whoever wants to look at it, and start a fresh one.
            backup = self.path.with_name(self.path.name + ".broken")
            try:
                self.path.replace(backup)
            except OSError:  # a folder that cannot be written: read nothing from it, change nothing
                backup = self.path
            self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
            self.problems.append(f"file: {self.path} could not be read; kept as {backup.name}")
            return {}
        return values

    def _unreadable(self) -> bool:
        """A non-empty file that yields no settings: not text, or no "key=value" line at all."""
        try:
            text = self.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return True
        return not any("=" in line for line in text.splitlines())

    def save(self, key: str, value: object, *, write: bool = True) -> None:
        self._settings.setValue(key, value)
        if write:
            self.flush()

    def remove(self, key: str, *, write: bool = True) -> None:
        self._settings.remove(key)
        if write:
            self.flush()

    def flush(self) -> None:
        """Writes the file now; raises SettingsNotSavedError when it cannot be written."""
        self._sync()

    def writable(self) -> bool:
        """False where nothing can be saved (a folder that cannot be written, a path that is a folder)."""
        return self._settings.isWritable()

    def _sync(self) -> None:
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            raise SettingsNotSavedError(str(self.path))


class SettingsNotSavedError(OSError):
    """The settings file could not be written; the values still apply until the app closes."""


class Settings(QObject):
    """Current values of every option; emits ``changed(key, value)`` when one changes."""

    changed = Signal(str, object)
    save_failed = Signal(str)  # the settings file (path) that could not be written; values still apply

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # A store that can write later (QSettingsStore) writes once after a burst of changes, not in
        # each one: the file write (with an fsync) took 2-17 ms of every text-size step (issue 7).
        self._deferred = callable(getattr(store, "flush", None))
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.setInterval(WRITE_DELAY_MS)
        self._write_timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self._values, self.rejected = validated(store.load())
        self.rejected += getattr(store, "problems", [])
        writable = getattr(store, "writable", None)
        # Where settings cannot be saved (told to the user once, at start or at the first change).
        self.unsaved_path: str = "" if writable is None or writable() else str(getattr(store, "path", ""))

    def value(self, key: str) -> object:
        return self._values[key]

    def set(self, key: str, value: object) -> None:
        """Validates and applies a value; raises ValueError for one outside the option's range."""
        option = OPTIONS[key]
        checked = option.validate(value)
        if checked == self._values[key]:
            return
        self._values[key] = checked
        try:
            if self._deferred:
                if checked == option.default:
                    self._store.remove(key, write=False)  # type: ignore[call-arg]
                else:
                    self._store.save(key, checked, write=False)  # type: ignore[call-arg]
                self._write_timer.start()
            elif checked == option.default:
                self._store.remove(key)
            else:
                self._store.save(key, checked)
        except OSError as error:  # the change still applies, for as long as the app runs
            self._not_saved(error)
        self.changed.emit(key, checked)

    def flush(self) -> None:
        """Writes pending changes now (also done shortly after a change, and when the app quits)."""
        self._write_timer.stop()
        if not self._deferred:
            return
        try:
            self._store.flush()  # type: ignore[attr-defined]
        except OSError as error:
            self._not_saved(error)

    def _not_saved(self, error: OSError) -> None:
        if not self.unsaved_path:  # said once; the notice stays
            self.unsaved_path = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
            self.save_failed.emit(self.unsaved_path)

    def reset(self, keys: list[str] | None = None) -> None:
        for key in keys if keys is not None else list(OPTIONS):
            self.set(key, OPTIONS[key].default)
