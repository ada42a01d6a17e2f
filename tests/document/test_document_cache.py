"""The parsed-document cache: used only for an unchanged file, never a wrong document."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.document import load_folder, parse
from reader.document.cache import DocumentCache
from tests.conftest import POLICY


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


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_broken_cache_file_is_ignored(content: Path, tmp_path: Path, garbage: bytes) -> None:
    cache = DocumentCache(tmp_path / "cache")
    expected, _problems = load_folder(content, cache)
    for stored in (tmp_path / "cache").iterdir():
        stored.write_bytes(garbage)
    documents, problems = load_folder(content, DocumentCache(tmp_path / "cache"))
    assert documents == expected and not [p for p in problems if p.severity.name == "ERROR"]


def test_an_unwritable_cache_folder_changes_nothing(content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    documents, _problems = load_folder(content, DocumentCache(blocker / "cache"))  # cannot be a folder
    assert documents and documents[0].title
