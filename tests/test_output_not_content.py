"""The document is never an output: every path the app writes (the exports, --screenshot, --settings and the
large-print dialog's copy) is compared, after resolving links and by the file system's identity of the
file and its folders (a bind mount, a hard link), with the content files and folders in use, and such a
target is refused with one line; the editor's text stays byte for byte."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.paths import CONTENT as BUNDLED
from tests.conftest import POLICY, needs_symlinks, run_main

REFUSED = "{path}: her ligger de dokumenter, programmet viser, og de bliver aldrig erstattet. Gem filen et andet sted."


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(POLICY, folder / "politik.md")
    return folder


LINKED = ("a link to it", "through a linked folder")
LINKS = sys.platform != "win32"  # (see needs_symlinks)


def _targets(content: Path) -> dict[str, Path]:
    """Ways a target can be the document: itself, a link to it, a path through a linked folder, the
    folder, a new file in the folder, the document by a relative path with '..' in it (the links
    only where the tests can make them)."""
    outside = content.parent / "out"
    outside.mkdir(exist_ok=True)
    targets = {
        "the document": content / "politik.md",
        "with dots": outside / ".." / "content" / "politik.md",
        "the folder": content,
        "a new file in the folder": content / "kopi.pdf",
    }
    if LINKS:
        link = outside / "link.pdf"
        if not link.is_symlink():
            link.symlink_to(content / "politik.md")
        folder_link = outside / "folder"
        if not folder_link.is_symlink():
            folder_link.symlink_to(content, target_is_directory=True)
        targets.update({LINKED[0]: link, LINKED[1]: folder_link / "politik.md"})
    return targets


OPTIONS = {
    "--export-pdf": 1,
    "--screenshot": 1,
    "--speak-to-file": 1,
    "--export-mp3": 1,
    "--export-epub": 1,
    "--settings": 2,
}


@pytest.mark.parametrize("option", list(OPTIONS))
@pytest.mark.parametrize("target", ["the document", *(pytest.param(name, marks=needs_symlinks) for name in LINKED),
                                    "with dots", "the folder", "a new file in the folder"])
def test_an_output_onto_the_content_is_refused_in_one_line(tmp_path: Path, content: Path, option: str,
                                                           target: str) -> None:
    before = {path: path.read_bytes() for path in content.iterdir()}
    path = _targets(content)[target]
    extra = ("--screenshot", str(tmp_path / "x.png")) if option == "--settings" else ()
    result = run_main("--content", str(content), option, str(path), *extra, config_home=tmp_path / "home")
    assert result.returncode == OPTIONS[option], result.stderr
    assert result.stderr.splitlines() == [REFUSED.format(path=path)]
    assert {path: path.read_bytes() for path in content.iterdir()} == before
    assert not (tmp_path / "x.png").exists()


def test_the_bundled_policy_is_refused_too(tmp_path: Path) -> None:
    """The policy the app ships, where the app finds it: the checkout's content/ in a development
    install, the installed package's copy where the app runs from a wheel (as under Wine)."""
    policy = BUNDLED / POLICY.name
    before = policy.read_bytes()
    try:
        result = run_main("--export-pdf", str(policy), config_home=tmp_path)
        assert (result.returncode, result.stderr.strip()) == (1, REFUSED.format(path=policy))
    finally:  # when the refusal is broken, the shipped policy is put back
        after = policy.read_bytes()
        if after != before:
            policy.write_bytes(before)
    assert after == before


def test_the_large_print_dialog_refuses_to_save_over_the_document(make_window, qtbot, content: Path) -> None:
    window = make_window(content)
    window.access.open_large_print()
    dialog = window.access.large_print
    before = (content / "politik.md").read_bytes()
    for target in _targets(content).values():
        dialog.save_pdf(target)
        assert dialog.message.text() == REFUSED.format(path=target)
    assert (content / "politik.md").read_bytes() == before
    assert sorted(path.name for path in content.iterdir()) == ["politik.md"]
    dialog.save_pdf(content.parent / "kopi.pdf")  # anywhere else: saved
    assert (content.parent / "kopi.pdf").read_bytes().startswith(b"%PDF-")


@pytest.fixture
def bind_mount(tmp_path: Path, content: Path) -> Iterator[Path]:
    """The content folder mounted a second time at another path (same files, other names); unmounted after."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a bind mount needs root and the mount command (Linux)")
    place = tmp_path / "bind"
    place.mkdir()
    made = subprocess.run(["mount", "--bind", str(content), str(place)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"this machine refuses a bind mount: {made.stderr.strip()}")
    try:
        yield place
    finally:
        subprocess.run(["umount", str(place)], check=True)


@pytest.fixture
def hard_link(tmp_path: Path, content: Path) -> Path:
    """A second name for the document, in another folder: the same file on the disk."""
    outside = tmp_path / "out"
    outside.mkdir(exist_ok=True)
    link = outside / "samme.md"
    try:
        os.link(content / "politik.md", link)
    except OSError as error:
        pytest.skip(f"this file system makes no hard links ({error})")
    if os.stat(link).st_ino == 0:
        pytest.skip("this file system gives files no identity to compare")
    return link


IDENTITY_OPTIONS = ["--export-pdf", "--speak-to-file"]


def _refused_without_a_change(tmp_path: Path, content: Path, option: str, path: Path) -> None:
    before = {name.name: name.read_bytes() for name in content.iterdir()}
    result = run_main("--content", str(content), option, str(path), config_home=tmp_path / "home")
    assert (result.returncode, result.stderr.splitlines()) == (1, [REFUSED.format(path=path)])
    assert {name.name: name.read_bytes() for name in content.iterdir()} == before


@pytest.mark.parametrize("option", IDENTITY_OPTIONS)
def test_the_document_through_a_bind_mount_is_refused(tmp_path: Path, content: Path, bind_mount: Path,
                                                      option: str) -> None:
    _refused_without_a_change(tmp_path, content, option, bind_mount / "politik.md")


@pytest.mark.parametrize("option", IDENTITY_OPTIONS)
def test_a_new_file_in_the_bind_mounted_folder_is_refused(tmp_path: Path, content: Path, bind_mount: Path,
                                                          option: str) -> None:
    _refused_without_a_change(tmp_path, content, option, bind_mount / "ny.wav")


@pytest.mark.parametrize("option", IDENTITY_OPTIONS)
def test_a_hard_link_to_the_document_is_refused(tmp_path: Path, content: Path, hard_link: Path,
                                                option: str) -> None:
    _refused_without_a_change(tmp_path, content, option, hard_link)
    assert os.stat(hard_link).st_ino == os.stat(content / "politik.md").st_ino  # still the same file


def test_a_file_beside_the_bind_mount_is_written(tmp_path: Path, content: Path, bind_mount: Path) -> None:
    """Only what is the content by identity is refused: a file in the folder that holds the mount is saved."""
    target = bind_mount.parent / "kopi.pdf"
    result = run_main("--content", str(content), "--export-pdf", str(target), config_home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(name.name for name in content.iterdir()) == ["politik.md"]
