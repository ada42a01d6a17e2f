"""Every file the app writes goes through here: atomically, checked, or not at all.

``atomic_output(target)`` yields a temporary path in the target's own folder. The caller
writes the whole file there; then ``verify(temporary)`` may inspect what was written (a PDF
ends with %%EOF, a WAV header matches its data), the file is flushed to disk and renamed
over the target in one step. If anything fails, the temporary file is removed, the old
target is untouched, and an ``OutputError`` carries one line in the interface language with
the path and the reason. No Qt here: the command line and the window share it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.texts import QT_TRANSLATE_NOOP, translate

# The reasons the user is told for the system's errors (the system's own text for any other).
_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "the user's disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "the name is too long for the file system"),
    errno.EIO: QT_TRANSLATE_NOOP("Files", "an input/output error on the disk"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Files", "too many symbolic links in the path"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Files", "an invalid file name"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Files", "the file is larger than the program may write"),
}


def describe_os_error(error: OSError) -> str:
    """The reason for ``error`` in the interface language (the system's text where we have none)."""
    if error.errno in _REASONS:
        return translate("Files", _REASONS[error.errno])
    return error.strerror or str(error)


class OutputError(Exception):
    """A file could not be written; ``str()`` is one line for the user, naming path and reason."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class IncompleteOutputError(Exception):
    """Raised by a ``verify`` function: what was written is not a whole file (the reason in ``args[0]``)."""


class NotRegularFileError(OSError):
    """The path is a folder, a device, a FIFO or a socket: never read as a file."""


class FileTooLargeError(OSError):
    """The file is larger than the limit it was read with (``args[1]``: its size in bytes)."""


def read_regular_file(path: Path, limit: int, *, follow_links: bool = True, owned: bool = False) -> bytes:
    """The bytes of the regular file ``path``, read without ever blocking or reading more than ``limit``.

    Opened non-blocking (a FIFO swapped in for the file cannot hang the reader) and checked on the
    open descriptor, so what is read is what was checked. Raises ``NotRegularFileError`` for
    anything but a regular file, ``FileTooLargeError`` above ``limit`` bytes, and ``OSError`` for
    the rest (a missing file, no permission, a loop of links; with ``follow_links=False`` any link;
    with ``owned``, a file of another user).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except PermissionError:
        if os.path.isdir(path):  # Windows refuses to open a folder at all, as "permission denied"
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path)) from None
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
        if owned and hasattr(os, "getuid") and info.st_uid != os.getuid():
            raise PermissionError(errno.EPERM, "another user's file", str(path))
        if info.st_size > limit:
            raise FileTooLargeError(errno.EFBIG, info.st_size, str(path))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, min(1024 * 1024, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise FileTooLargeError(errno.EFBIG, size, str(path))
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def real_path(path: Path | str) -> str:
    """``path`` with every link resolved as far as they lead (a loop of links is left where it loops),
    made absolute and, where the file system ignores case, in one case: for comparing two paths."""
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def _identity(path: Path | str) -> tuple[int, int] | None:
    """The file system's identity of ``path`` (device and file number, links followed), or None where
    it has none to give: the path does not exist or cannot be examined, or the file system numbers no
    files (st_ino 0, as FAT on Windows)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else None


def _target_and_folders(target: Path) -> Iterator[Path]:
    """``target`` and every folder above it, both as written (with '..' taken lexically, as the path is
    opened) and after resolving links."""
    for where in (Path(os.path.abspath(target)), Path(os.path.realpath(os.path.abspath(target)))):
        yield where
        yield from where.parents


def touches_content(target: Path, content: list[Path]) -> bool:
    """True when writing ``target`` would replace or add to ``content``: it is one of those files or
    folders, or lies inside one of the folders. Compared by path after resolving links, and by the
    file system's identity, so another name for the same file or folder (a hard link, a bind mount)
    is found too."""
    where = real_path(target)
    for item in content:
        protected = real_path(item)
        if where == protected or where.startswith(protected.rstrip(os.sep) + os.sep):
            return True
    identities = {identity for identity in map(_identity, content) if identity is not None}
    return bool(identities) and any(_identity(path) in identities for path in _target_and_folders(target))


def content_output_problem(target: Path, content: list[Path]) -> str | None:
    """The one line refusing ``target`` when it is content in use (see ``touches_content``), else None."""
    if not touches_content(target, content):
        return None
    return translate("Files", "{path}: this is where the documents the program shows are, and they are never "
                              "replaced. Save the file somewhere else.").format(path=target)


def write_error(path: Path, error: OSError) -> OutputError:
    return OutputError(translate("Files", "{path}: the file could not be saved ({reason}). The previous file is "
                                          "untouched.").format(path=path, reason=describe_os_error(error)), path)


@contextlib.contextmanager
def atomic_output(target: Path, *, verify: Callable[[Path], None] | None = None,
                  follow_links: bool = True) -> Iterator[Path]:
    """Yields a temporary path beside ``target``; renames it over ``target`` when all went well.

    A link as ``target`` is written through (the file it points to is replaced, the link kept);
    with ``follow_links=False`` it is refused like any other target that is not a regular file.
    Raises ``OutputError`` (and leaves ``target`` as it was) when the folder cannot be
    written, the target exists but is not a regular file, the writing inside the ``with``
    block raises ``OSError``, ``verify`` raises ``IncompleteOutputError``, or the rename fails.
    Any other exception from the block passes through, after the temporary file is removed.
    """
    target = Path(target)
    shown = target  # messages name the path the user gave
    not_file = translate("Files", "{path}: it is not a regular file, so it is not replaced.")
    try:
        if not follow_links:  # (the app's own cache) a link, like anything but a regular file, is left alone
            with contextlib.suppress(FileNotFoundError):
                if not stat.S_ISREG(os.lstat(target).st_mode):
                    raise OutputError(not_file.format(path=shown), shown)
        elif target.is_symlink():  # write the file the link points to, and keep the link
            with contextlib.suppress(FileNotFoundError):  # (a link to a file not yet there is written through)
                os.stat(target)  # a loop of links: ELOOP, said in one line
            target = Path(os.path.realpath(target))
        if target.exists() and not target.is_file():
            raise OutputError(not_file.format(path=shown), shown)
        remove_stale_parts(target.parent)
        descriptor, name = tempfile.mkstemp(prefix=f".{target.name[:100]}.{PART_MARK}{os.getpid()}-",
                                            suffix=".part", dir=target.parent)
    except OSError as error:
        raise write_error(shown, error) from error
    os.close(descriptor)
    temporary = Path(name)
    try:
        try:
            yield temporary
            if verify is not None:
                verify(temporary)
            _flush_to_disk(temporary)
            with contextlib.suppress(OSError):
                mode = target.stat().st_mode & 0o7777 if target.exists() else None
                if mode is not None:
                    os.chmod(temporary, mode)  # an existing file keeps its permissions
                else:
                    os.chmod(temporary, 0o666 & ~_umask())
            os.replace(temporary, target)
        except IncompleteOutputError as problem:
            raise OutputError(translate("Files", "{path}: the file was not saved because it was not written completely "
                                                 "({reason}). The previous file is untouched.").format(
                path=shown, reason=problem.args[0] if problem.args else ""), shown) from problem
        except OSError as error:
            raise write_error(shown, error) from error
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


# A temporary file of atomic_output is ".<target name>.hl-<pid>-<random>.part": the mark and the process
# tell the app's own leftovers (a process killed mid-write) from anyone else's files.
PART_MARK = "hl-"
_PART = re.compile(r"^\..*\." + PART_MARK + r"(\d+)-[^./\\]*\.part$")


def remove_stale_parts(folder: Path) -> list[Path]:
    """Removes the temporary files atomic_output left in ``folder`` when its process was killed (never
    a link, another user's file, a file of a process that still runs, or a name not of the app's own
    form); returns what was removed. Nothing here may stop a write: every error is passed over."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
                continue
            if not _process_gone(int(match.group(1))):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except (OSError, ValueError, OverflowError):
            continue
    return removed


def _process_gone(pid: int) -> bool:
    """True when no process ``pid`` runs; a process that cannot be asked (another user's) runs."""
    if pid == os.getpid():
        return False
    if sys.platform == "win32":  # (os.kill would end the process there)
        return not _windows_process_runs(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it runs (as another user)
        return False
    return False


def _windows_process_runs(pid: int) -> bool:
    """Asks Windows: a process ``pid`` that can be opened and has not exited, or one not ours to open."""
    import ctypes

    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    if pid > 0xFFFFFFFF:  # no such process id on Windows
        return False
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.argtypes = (ctypes.c_uint32, ctypes.c_int, ctypes.c_uint32)
    kernel32.OpenProcess.restype = ctypes.c_void_p
    kernel32.GetExitCodeProcess.argtypes = (ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32))
    kernel32.CloseHandle.argtypes = (ctypes.c_void_p,)
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:  # no such process, or another user's (access denied): only the first is gone
        return bool(ctypes.get_last_error() != invalid_parameter)  # type: ignore[attr-defined]
    try:
        code = ctypes.c_uint32()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active  # (one that ended with status 259 is taken as running: kept)
    finally:
        kernel32.CloseHandle(handle)


def incomplete(path: Path, reason: str) -> IncompleteOutputError:
    """The error for a written file that is not whole: the likely cause (a full disk, a size limit)
    when one can be seen, else ``reason`` (in the interface language)."""
    try:
        free = os.statvfs(path.parent)
        if free.f_bavail * free.f_frsize < 64 * 1024:
            return IncompleteOutputError(translate("Files", _REASONS[errno.ENOSPC]))
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY and path.stat().st_size >= limit:
            return IncompleteOutputError(translate("Files", _REASONS[errno.EFBIG]))
    except (ImportError, OSError, ValueError):
        pass
    return IncompleteOutputError(reason)


_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def verify_pdf(pages: int) -> Callable[[Path], None]:
    """A ``verify`` for ``atomic_output``: the PDF ends with %%EOF and holds ``pages`` page objects."""

    def verify(path: Path) -> None:
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            raise incomplete(path, translate("Files", "the end of the PDF file is missing"))
        found = len(_PDF_PAGE.findall(data))
        if found != pages:
            raise incomplete(path, translate("Files", "the PDF file has {found} page(s), not {expected}").format(
                found=found, expected=pages))

    return verify


def verify_png(path: Path) -> None:
    """The PNG starts with its signature and ends with its IEND chunk."""
    with open(path, "rb") as handle:
        head = handle.read(8)
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 12))
        tail = handle.read()
    if head != b"\x89PNG\r\n\x1a\n" or not tail.endswith(b"IEND\xaeB`\x82"):
        raise incomplete(path, translate("Files", "the end of the PNG file is missing"))


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
