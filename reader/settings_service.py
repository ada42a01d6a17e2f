"""The settings service: typed values in, ``changed`` signals out, persisted through a store."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal

from reader.files import IncompleteOutputError, OutputError, atomic_output
from reader.presentation.options import OPTIONS, RETIRED, Option, T, retired_values, validated
from reader.presentation.settings import MAX_SETTINGS_BYTES, SettingsStore

WRITE_DELAY_MS = 300  # changes are written this long after the last one

# A line of an INI file as QSettings writes it: a comment, a [section] or key=value (keys have no spaces).
_COMMENT = re.compile(r"^[;#]")
_SECTION = re.compile(r"^\[([^\]]*)\]$")
_KEY_VALUE = re.compile(r"^([^\s=\[][^\s=]*)\s*=")

# What happened to the settings file at start, for the notice in the window.
KEPT_ASIDE = "kept_aside"  # the app's own file was unreadable: moved to a numbered backup, a fresh one is written
UNTOUCHED = "untouched"  # a file named by the user is not a settings file: left as it is, nothing saved


def looks_like_settings(data: bytes) -> bool:
    """True for text that this app could have written: INI lines, only the [General] section, and
    (unless it holds no keys at all) at least one of the app's own keys. A .bashrc, notes, another
    program's INI file or binary data are not settings, and are never rewritten."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    keys = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _COMMENT.match(line):
            continue
        section = _SECTION.match(line)
        if section:
            if section.group(1) != "General":
                return False
            continue
        key = _KEY_VALUE.match(line)
        if key is None:
            return False
        keys.append(key.group(1))
    return not keys or any(key in OPTIONS or key in RETIRED for key in keys)


def keep_aside(path: Path) -> Path:
    """Moves ``path`` to the first free name of settings.ini.broken, .broken.1, .broken.2 ...

    An earlier backup is never overwritten: the new name is claimed with a hard link (which
    fails when the name exists), and only then is the original removed. Raises OSError."""
    for number in range(1000):
        backup = path.with_name(path.name + ".broken" + (f".{number}" if number else ""))
        if os.path.lexists(backup):
            continue
        try:
            os.link(path, backup)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: rename, after looking (Windows refuses to overwrite)
            if os.path.lexists(backup):
                continue
            os.rename(path, backup)
            return backup
        os.unlink(path)
        return backup
    raise FileExistsError(str(path))


class QSettingsStore:
    """Settings in an INI file at a path chosen by the caller (tests pass a temp folder).

    The file is read once; changes are kept in memory and the whole file is written through
    ``reader.files.atomic_output`` (a temporary file beside it, checked, then renamed), so a
    crash or a full disk never leaves half a file. Nothing that is not a settings file is ever
    replaced: a path that is not a regular file, or a file that does not look like settings,
    makes the store keep everything in memory. Only the app's own file (``keep_aside=True``,
    the default location) is put aside when unreadable, under a name no earlier backup has.
    """

    def __init__(self, path: Path, *, keep_aside: bool = False) -> None:
        self.path = Path(path)
        self._keep_aside = keep_aside
        self.problems: list[str] = []  # "file: ..." notes, for logs and tests
        self.file_notice: tuple[str, str] | None = None  # (KEPT_ASIDE or UNTOUCHED, path or backup name)
        self._values: dict[str, object] | None = None
        self._memory_only = False  # True: never write (the path is not ours to replace)
        self._dirty = False

    # -- reading --------------------------------------------------------------------------------
    def load(self) -> dict[str, object]:
        if self._values is None:
            self._values = self._read()
        return dict(self._values)

    def _read(self) -> dict[str, object]:
        try:
            info = os.stat(self.path)
        except (FileNotFoundError, NotADirectoryError):
            return {}  # a first start: the file is written with the first change
        except OSError as error:  # too long a name, no permission to look: use nothing, change nothing
            self._memory_only = True
            self.problems.append(f"file: {self.path} cannot be read: {error}")
            return {}
        if not stat.S_ISREG(info.st_mode):  # a folder, a device, a FIFO: never opened, never replaced
            self._memory_only = True
            self.problems.append(f"file: {self.path} is not a regular file")
            return {}
        try:
            data = b"" if info.st_size > MAX_SETTINGS_BYTES else self.path.read_bytes()
        except OSError as error:
            self._memory_only = True
            self.problems.append(f"file: {self.path} cannot be read: {error}")
            return {}
        if info.st_size <= MAX_SETTINGS_BYTES and looks_like_settings(data):
            settings = QSettings(str(self.path), QSettings.Format.IniFormat)
            if settings.status() == QSettings.Status.NoError:
                return {key: settings.value(key) for key in settings.allKeys()}
        return self._not_settings()

    def _not_settings(self) -> dict[str, object]:
        if self._keep_aside:
            try:
                backup = keep_aside(self.path)
            except OSError as error:
                self.problems.append(f"file: {self.path} could not be read nor put aside: {error}")
            else:
                self.problems.append(f"file: {self.path} could not be read; kept as {backup.name}")
                self.file_notice = (KEPT_ASIDE, str(backup))
                return {}
        else:
            self.problems.append(f"file: {self.path} is not a settings file; left untouched")
        self.file_notice = (UNTOUCHED, str(self.path))
        self._memory_only = True
        return {}

    # -- changing and writing -------------------------------------------------------------------
    def save(self, key: str, value: object, *, write: bool = True) -> None:
        self.load()
        assert self._values is not None
        self._values[key] = value
        self._dirty = True
        if write:
            self.flush()

    def remove(self, key: str, *, write: bool = True) -> None:
        self.load()
        assert self._values is not None
        if self._values.pop(key, None) is not None:
            self._dirty = True
        if write:
            self.flush()

    def flush(self) -> None:
        """Writes the file now, whole or not at all; raises SettingsNotSavedError when it cannot."""
        if not self._dirty or self._memory_only:
            return
        values = dict(self._values or {})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(self.path, verify=lambda written: _verify(written, values)) as temporary:
                settings = QSettings(str(temporary), QSettings.Format.IniFormat)
                settings.setAtomicSyncRequired(False)  # the temporary file is ours: atomic_output renames it
                for key, value in values.items():
                    settings.setValue(key, value)
                settings.sync()
                status = settings.status()
                del settings
                if status != QSettings.Status.NoError:
                    raise IncompleteOutputError("QSettings")
        except OutputError as error:
            raise SettingsNotSavedError(str(self.path), str(error)) from error
        except OSError as error:  # the folder could not be made
            raise SettingsNotSavedError(str(self.path), str(error)) from error
        self._dirty = False

    def writable(self) -> bool:
        """False where nothing will be saved: a path that is not ours, or a folder that cannot be written."""
        self.load()
        if self._memory_only:
            return False
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".{self.path.name[:100]}.{os.getpid()}.probe"
            with open(probe, "xb"):
                pass
            probe.unlink()
        except OSError:
            return False
        return True


def _verify(path: Path, values: dict[str, object]) -> None:
    """The written file reads back with every key (the values are Qt's own serialisation)."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError or set(settings.allKeys()) != set(values):
        raise IncompleteOutputError("QSettings")


class SettingsNotSavedError(OSError):
    """The settings file could not be written (``args``: the path, then the reason for the user);
    the values still apply until the app closes."""


class Settings(QObject):
    """Current values of every option; emits ``changed(key, value)`` when one changes."""

    changed = Signal(str, object)
    save_failed = Signal(str)  # the settings file (path) that could not be written; values still apply

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # A store that can write later (QSettingsStore) writes once after a burst of changes, not in
        # each one: the file write (with an fsync) took 2-17 ms of every text-size step.
        self._deferred = callable(getattr(store, "flush", None))
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.setInterval(WRITE_DELAY_MS)
        self._write_timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        stored = store.load()
        retired, updates = retired_values(stored)
        self._values, self.rejected = validated({**stored, **updates})
        self._retire(retired, updates)
        self._starting: dict[str, object] = {}  # see set_starting
        # What became of an unreadable settings file: (KEPT_ASIDE, backup) or (UNTOUCHED, path).
        self.file_notice: tuple[str, str] | None = getattr(store, "file_notice", None)
        writable = getattr(store, "writable", None)
        # Where settings cannot be saved (told to the user once, at start or at the first change).
        self.unsaved_path: str = "" if writable is None or writable() else str(getattr(store, "path", ""))

    def _retire(self, retired: list[str], updates: dict[str, object]) -> None:
        """Stores what the keys of an earlier version stood for under today's keys, without them."""
        if not retired:
            return
        try:
            for key in retired:
                if self._deferred:
                    self._store.remove(key, write=False)  # type: ignore[call-arg]
                else:
                    self._store.remove(key)
            for key in updates:
                if self._values[key] != OPTIONS[key].default:
                    if self._deferred:
                        self._store.save(key, self._values[key], write=False)  # type: ignore[call-arg]
                    else:
                        self._store.save(key, self._values[key])
        except OSError:  # kept in memory; tried again at the next start
            return
        if self._deferred:
            self._write_timer.start()

    def get(self, option: Option[T]) -> T:
        """The option's current value, of the option's type."""
        return self._values[option.key]  # type: ignore[return-value]

    def value(self, key: str) -> object:
        """The current value of the option named ``key`` (where the option is not known in advance)."""
        return self._values[key]

    def set(self, option: Option | str, value: object) -> None:
        """Validates and applies a value; raises ValueError for one outside the option's range."""
        if isinstance(option, str):
            option = OPTIONS[option]
        key = option.key
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

    def set_starting(self, values: dict[str, object]) -> None:
        """Makes ``values`` (validated) the starting values that ``reset`` returns to instead of the
        defaults (a public terminal's [settings]), and applies them."""
        self._starting = {key: OPTIONS[key].validate(value) for key, value in values.items()}
        for key, value in self._starting.items():
            self.set(key, value)

    def starting(self, option: Option[T]) -> T:
        """What ``reset`` puts ``option`` back to: its starting value, else its default."""
        return self._starting.get(option.key, option.default)  # type: ignore[return-value]

    def reset(self, keys: list[str] | None = None) -> None:
        """Puts ``keys`` (every option when None) back to their starting values."""
        for key in keys if keys is not None else list(OPTIONS):
            self.set(key, self.starting(OPTIONS[key]))
