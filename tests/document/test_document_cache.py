"""The parsed-document cache: used only for an unchanged file, never a wrong document."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.cache import MARK
from reader.document import load_folder, parse
from reader.document.cache import DocumentCache
from tests.conftest import POLICY, needs_fifos, needs_symlinks


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(POLICY, folder / POLICY.name)
    return folder


def no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed")

    monkeypatch.setattr(parse, "load_document", refuse)


def test_an_unchanged_file_comes_from_the_cache(content: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cache = DocumentCache(tmp_path / "cache")
    parsed, problems = load_folder(content, cache)
    no_parser(monkeypatch)
    cached, cached_problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert cached == parsed and cached[0].text == parsed[0].text
    assert cached_problems == problems


def test_a_changed_file_is_parsed_again(content: Path, tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "cache")
    load_folder(content, cache)
    path = content / POLICY.name
    status = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("en sikker mail", "en sikker MAIL", 1)  # same size
    assert changed != text and len(changed.encode()) == len(text.encode())
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))  # even with the old modification time
    documents, _problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert "en sikker MAIL" in documents[0].text


@pytest.mark.parametrize("garbage", [b"", b"not a cache entry", b"\x80\x05N.", MARK, MARK + b"\x00\x00\x00\x10N",
                                     MARK + b"\xff\xff\xff\xff" + b"\x00" * 64])
def test_a_broken_cache_file_is_ignored(content: Path, tmp_path: Path, garbage: bytes) -> None:
    cache = DocumentCache(tmp_path / "cache")
    expected, _problems = load_folder(content, cache)
    for stored in (tmp_path / "cache").iterdir():
        stored.write_bytes(garbage)
    documents, problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert documents == expected and not [p for p in problems if p.severity.name == "ERROR"]


@needs_symlinks
def test_a_cache_folder_that_is_a_loop_of_links_changes_nothing(content: Path, tmp_path: Path) -> None:
    loop = tmp_path / "cache"
    loop.symlink_to(loop)
    for _start in range(2):
        documents, _problems = load_folder(content, DocumentCache(loop / "documents"))
        assert documents and documents[0].title


def test_an_unwritable_cache_folder_changes_nothing(content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    documents, _problems = load_folder(content, DocumentCache(blocker / "cache"))  # cannot be a folder
    assert documents and documents[0].title


# -- a cache that can only miss ---------------------------------------------------------------------------

def _entries(cache_folder: Path) -> list[Path]:
    return [path for path in cache_folder.iterdir() if path.name.endswith(".cache")]


def test_an_edit_made_while_the_file_is_parsed_is_never_cached_as_the_old_text(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = content / POLICY.name
    real = parse.load_document

    def parse_then_edit(source: Path):  # the editor saves while a start is parsing
        document = real(source)
        source.write_text(source.read_text(encoding="utf-8").replace("Politikken er fra 2019.",
                                                                     "Politikken er fra 2024."), encoding="utf-8")
        return document

    monkeypatch.setattr(parse, "load_document", parse_then_edit)
    first, _problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert "Politikken er fra 2019." in first[0].text  # what was read
    monkeypatch.setattr(parse, "load_document", real)
    documents, _problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert "Politikken er fra 2024." in documents[0].text, "the old text was cached under the new file's key"
    assert "Politikken er fra 2024." in path.read_text(encoding="utf-8")


def _changed(content: Path) -> None:
    path = content / POLICY.name
    path.write_text(path.read_text(encoding="utf-8") + "\nEn ny sætning til sidst.\n", encoding="utf-8")


@needs_symlinks
def test_a_cache_entry_that_is_a_link_is_never_followed_nor_replaced(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_folder(content, DocumentCache(cache))
    (entry,) = _entries(cache)
    victim = tmp_path / "someone-elses-file.txt"
    victim.write_text("keep me", encoding="utf-8")
    entry.unlink()
    entry.symlink_to(victim)
    _changed(content)  # so that the start would store a new entry
    documents, _problems = load_folder(content, DocumentCache(cache))
    assert documents and "En ny sætning til sidst." in documents[0].text
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert entry.is_symlink()


@pytest.mark.parametrize("kind", [pytest.param("loop", marks=needs_symlinks), pytest.param("fifo", marks=needs_fifos),
                                  "folder"])
def test_an_odd_cache_entry_is_a_miss_not_a_traceback_or_a_hang(content: Path, tmp_path: Path, kind: str) -> None:
    cache = tmp_path / "cache"
    expected, _problems = load_folder(content, DocumentCache(cache))
    (entry,) = _entries(cache)
    entry.unlink()
    if kind == "loop":
        entry.symlink_to(entry)
    elif kind == "fifo":
        os.mkfifo(entry)  # opening it to read would wait for a writer for ever
    else:
        entry.mkdir()
    for _start in range(2):
        documents, _problems = load_folder(content, DocumentCache(cache))
        assert documents == expected
    assert entry.is_symlink() or entry.is_fifo() or entry.is_dir()  # left as it was


class _RunsCode:
    """What a crafted pickle does: calling something when it is loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (self.marker,))


def test_a_crafted_cache_file_runs_no_code(content: Path, tmp_path: Path) -> None:
    import pickle

    cache = tmp_path / "cache"
    load_folder(content, DocumentCache(cache))
    marker = tmp_path / "code-ran"
    for entry in cache.iterdir():
        entry.write_bytes(pickle.dumps(_RunsCode(marker)))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(_RunsCode(marker)))
    documents, _problems = load_folder(content, DocumentCache(cache))
    assert documents and not marker.exists()


def test_a_cache_value_of_the_wrong_shape_under_the_right_key_is_a_miss(content: Path, tmp_path: Path) -> None:
    """The key matches, the value does not describe a document (wrong types, offsets that do not follow):
    the file is parsed."""
    import marshal

    cache = DocumentCache(tmp_path / "cache")
    expected, _problems = load_folder(content, cache)
    path = content / POLICY.name
    key = cache.key(path)
    stored = cache.entries.get(str(path), key)
    title, language, year, publisher, sections, warnings = stored
    shifted = ((sections[0][0], sections[0][1], sections[0][2], sections[0][3],
                ((*sections[0][4][0][:2], 5, *sections[0][4][0][3:]), *sections[0][4][1:])), *sections[1:])
    for odd in ([1, 2], (title, language, "2019", publisher, sections, warnings),
                (title, language, year, publisher, shifted, warnings),
                (title, language, year, publisher, sections, ((1, "no_such_code", "warning", {}),))):
        key_blob = marshal.dumps(key)
        cache.entries.entry(str(path)).write_bytes(MARK + len(key_blob).to_bytes(4, "big") + key_blob
                                                   + marshal.dumps(odd))
        assert cache.get(path) is None
        documents, _problems = load_folder(content, cache)
        assert documents == expected
