"""Atomic output: a whole, checked file or the old one untouched, with a message in Danish."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from reader.files import IncompleteOutputError, OutputError, atomic_output


def test_the_new_file_replaces_the_old_one_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")
    with atomic_output(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible until the rename
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["copy.pdf"]


def test_a_failed_check_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")

    def verify(path: Path) -> None:
        if not path.read_bytes().endswith(b"%%EOF"):
            raise IncompleteOutputError("slutningen mangler")

    with pytest.raises(OutputError) as caught, atomic_output(target, verify=verify) as temporary:
        temporary.write_bytes(b"%PDF-1.4 half a file")
    assert "slutningen mangler" in str(caught.value) and str(target) in str(caught.value)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["copy.pdf"]


def test_a_full_disk_is_told_in_danish_and_nothing_is_left(tmp_path: Path) -> None:
    target = tmp_path / "lyd.wav"
    with pytest.raises(OutputError) as caught, atomic_output(target) as temporary:
        temporary.write_bytes(b"RIFF")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(caught.value) == f"{target}: filen kunne ikke gemmes (disken er fuld). Den tidligere fil er urørt."
    assert os.listdir(tmp_path) == []


def test_a_folder_that_does_not_exist_is_told_in_english_when_asked(tmp_path: Path, english: None) -> None:
    target = tmp_path / "missing" / "copy.png"
    with pytest.raises(OutputError, match="the folder does not exist"), atomic_output(target):
        pytest.fail("the block must not run")


def test_something_that_is_not_a_regular_file_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "copy.pdf"
    folder.mkdir()
    with pytest.raises(OutputError, match="ikke en almindelig fil"), atomic_output(folder):
        pytest.fail("the block must not run")
    assert folder.is_dir()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_output(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.stat().st_mode & 0o777 == 0o640
