"""Nothing lost, from outside: every path problem is one line (loops of links too), Ctrl+C in an export
says "Afbrudt" with status 130 and the old file intact, the app's own stale temporary files go at the
next export to their folder, an administrator's profiles file of any shape is "cannot be read", a
console that cannot show a character never raises, and with HOME unset nothing is made at the top of
the disk."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.files import PART_MARK, atomic_output, remove_stale_parts
from reader.presentation.profiles import FALLBACK, load_profiles
from tests.conftest import POLICY, ROOT, needs_fifos, needs_symlinks, run_main

CANCELLED = "Afbrudt; der er ikke gemt nogen fil, og en tidligere fil er urørt."


@pytest.fixture
def loops(tmp_path: Path) -> Path:
    """A folder with a link to itself (``loop``) and two links to each other (``a`` and ``b``)."""
    folder = tmp_path / "links"
    folder.mkdir()
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    return folder


LOOP = "for mange symbolske links i stien"


@needs_symlinks
@pytest.mark.parametrize(("args", "expected", "status"), [
    (("--check", "{loop}"), "{loop}: mappen med dokumenter kan ikke bruges ({reason}).", 1),
    (("--content", "{loop}", "--screenshot", "{out}/x.png"),
     "{loop}: mappen med dokumenter kan ikke bruges ({reason}).", 2),
    (("--export-pdf", "{loop}"), "{loop}: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.", 1),
    (("--screenshot", "{a}"), "{a}: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.", 1),
    (("--speak-to-file", "{loop}"), "{loop}: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.", 1),
    (("--export-mp3", "{a}"), "{a}: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.", 1),
    (("--export-epub", "{loop}/bog.epub"),
     "{loop}/bog.epub: filen kunne ikke gemmes ({reason}). Den tidligere fil er urørt.", 1),
    (("--settings", "{loop}", "--screenshot", "{out}/x.png"),
     "{loop}: filen med indstillinger kan ikke bruges ({reason}). Angiv en anden fil med --settings FIL.ini.", 2),
])
def test_a_loop_of_links_is_one_line(tmp_path: Path, loops: Path, args: tuple[str, ...], expected: str,
                                     status: int) -> None:
    names = {"loop": loops / "loop", "a": loops / "a", "out": tmp_path}
    result = run_main(*(arg.format(**names) for arg in args), config_home=tmp_path / "home")
    assert (result.returncode, result.stderr.splitlines()) == (
        status, [expected.format(**names, reason=LOOP)]), result.stderr
    assert not (tmp_path / "x.png").exists()


@needs_symlinks
def test_a_document_named_through_a_loop_of_links_reads_the_first_document(tmp_path: Path, loops: Path) -> None:
    """(The window's exports name the document with --document.) Not a traceback: the first document."""
    result = run_main("--export-pdf", str(tmp_path / "x.pdf"), "--document", str(loops / "loop"),
                      config_home=tmp_path / "home")
    assert result.returncode == 0, result.stderr


def _caught_signals(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("SigCgt:"):
                return int(line.split()[1], 16)
    return 0


def _interrupt_once_listening(process: subprocess.Popen[str], deadline: float) -> None:
    """Ctrl+C (SIGINT) as soon as the export listens for SIGTERM too, i.e. its stop handler is in place
    (/proc/PID/status: SigCgt); at the deadline in any case."""
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if _caught_signals(process.pid) & (1 << (signal.SIGTERM - 1)):
                break
        except OSError:
            break
        time.sleep(0.001)
    process.send_signal(signal.SIGINT)


@pytest.fixture
def long_policy(tmp_path: Path) -> Path:
    """A policy of 700 long paragraphs: several seconds of layout at 72 pt."""
    folder = tmp_path / "lang"
    folder.mkdir()
    text = POLICY.read_text(encoding="utf-8")
    cut = text.index("## Tema: Dannelse")
    paragraph = "Børn og unge skal have gode muligheder for at trives og lære. " * 20
    extra = "\n".join(f"Afsnit {number}: {paragraph}\n" for number in range(700))
    (folder / "politik.md").write_text(text[:cut] + extra + "\n" + text[cut:], encoding="utf-8")
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs Linux's /proc to see the stop handler, "
                    "and Ctrl+C as a signal to a child process")
@pytest.mark.parametrize("option", ["--export-pdf", "--screenshot"])
def test_ctrl_c_in_an_export_says_afbrudt_with_130_and_keeps_the_old_file(tmp_path: Path, long_policy: Path,
                                                                          option: str) -> None:
    target = tmp_path / ("gammel.pdf" if option == "--export-pdf" else "gammel.png")
    target.write_bytes(b"the old file")
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "main.py", "--content", str(long_policy), option, str(target),
                                "--font-size", "72"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    _interrupt_once_listening(process, time.monotonic() + 60)
    _out, err = process.communicate(timeout=120)
    assert (process.returncode, err.splitlines()) == (130, [CANCELLED])
    assert target.read_bytes() == b"the old file"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


def test_the_apps_own_stale_temporary_files_go_at_the_next_export_to_their_folder(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead_pid = int(dead.stdout)  # a process that has ended
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as alive:
        stale = tmp_path / f".politik.wav.{PART_MARK}{dead_pid}-x1y2z3.part"
        running = tmp_path / f".politik.wav.{PART_MARK}{alive.pid}-a1b2c3.part"  # its process still runs
        foreign = tmp_path / ".politik.wav.abc123.part"  # not the app's own form
        other = tmp_path / f".noter.txt.{PART_MARK}{dead_pid}-q.part.bak"
        for path in (stale, running, foreign, other):
            path.write_bytes(b"half")
        with atomic_output(tmp_path / "andet.pdf") as temporary:
            temporary.write_bytes(b"%PDF-1.4 ... %%EOF")
        assert not stale.exists()
        assert running.exists() and foreign.exists() and other.exists()
        assert remove_stale_parts(tmp_path) == []  # (leaving the block ends the living process)


@needs_symlinks
def test_a_link_named_as_a_stale_temporary_file_is_never_followed_nor_removed(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"someone else's")
    linked = tmp_path / f".link.{PART_MARK}{int(dead.stdout)}-l.part"
    linked.symlink_to(elsewhere)
    with atomic_output(tmp_path / "andet.pdf") as temporary:
        temporary.write_bytes(b"%PDF-1.4 ... %%EOF")
    assert linked.is_symlink() and elsewhere.read_bytes() == b"someone else's"
    assert remove_stale_parts(tmp_path) == []


def test_a_killed_pdf_export_leaves_nothing_after_the_next_export(tmp_path: Path, long_policy: Path) -> None:
    """SIGKILL mid-way (no handler runs): the next export to the folder clears what the killed one left."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    target = tmp_path / "ud" / "politik.pdf"
    target.parent.mkdir()
    leftover = target.parent / f".politik.pdf.{PART_MARK}999999999-killed.part"  # as a killed writer leaves it
    leftover.write_bytes(b"%PDF-1.4 half")
    result = run_main("--export-pdf", str(target), "--section", "1", config_home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in target.parent.iterdir()) == ["politik.pdf"]
    del env


@pytest.mark.parametrize(("content", "reason"), [
    (b"[" * 100_000 + b"]" * 100_000, "den er indlejret for dybt"),
    (b'{"profiles": ' + b"[" * 5000 + b"]" * 5000 + b"}", "den er indlejret for dybt"),
    (b"\xff\xfe{", "den er ikke gemt som UTF-8"),
    (b'{"profiles": [', "den er ikke gyldig JSON (linje 1)"),
    (b" " * (300 * 1024), "filen er større end 256 kB"),
])
def test_a_profiles_file_of_any_shape_cannot_be_read_in_one_message(tmp_path: Path, content: bytes,
                                                                   reason: str) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(content)
    profiles, problems = load_profiles(path)
    assert profiles == list(FALLBACK)
    assert problems == [f"{path}: profilerne kan ikke læses: {reason}"]


@pytest.mark.parametrize("entry", [
    {"id": "x", "label": {"da": "X"}, "settings": {"font_size": [[[[1]]]]}},
    {"id": "x", "label": {"da": "X"}, "settings": {"font_size": {"a": {"b": None}}}},
    {"id": "x", "label": {"da": "X"}, "description": {"da": [1, 2]}, "read_aloud": [1]},
    {"id": "x", "label": {"da": "X"}, "settings": [1, 2]},
    {"id": ["x"], "label": "X"},
])
def test_odd_values_in_a_profile_are_named_and_skipped(tmp_path: Path, entry: dict[str, object]) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps({"profiles": [entry]}), encoding="utf-8")
    profiles, problems = load_profiles(path)
    assert profiles and problems
    assert all(len(problem) < 300 for problem in problems)


@pytest.mark.parametrize("kind", [pytest.param("fifo", marks=needs_fifos), "folder",
                                  pytest.param("loop", marks=needs_symlinks)])
def test_a_profiles_path_that_is_no_file_is_said_and_never_read(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "profiles.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(path)
    profiles, problems = load_profiles(path)
    reason = {"fifo": "det er ikke en almindelig fil", "folder": "det er ikke en almindelig fil",
              "loop": LOOP}[kind]
    assert (profiles, problems) == (list(FALLBACK), [f"{path}: profilerne kan ikke læses: {reason}"])


@pytest.mark.parametrize("args", [("--help",), ("--check", "/nowhere/æøå"), ("--bogus-ø",)])
def test_a_console_that_cannot_show_a_character_never_raises(args: tuple[str, ...]) -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    result = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                            timeout=60, check=False)
    assert b"Traceback" not in result.stderr and b"UnicodeEncodeError" not in result.stderr
    assert result.returncode in (0, 1, 2)
    assert b"\\xf8" in result.stdout + result.stderr or b"\\xe6" in result.stdout + result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="the folders at / are made by root only")
def test_with_home_unset_nothing_is_made_at_the_top_of_the_disk(tmp_path: Path) -> None:
    made = [Path("/.cache"), Path("/.config")]
    before = {path: path.exists() for path in made}
    env = {key: value for key, value in os.environ.items()
           if key not in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        result = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "x.png")], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=90, check=False)
        assert result.returncode == 0, result.stderr
        assert {path: path.exists() for path in made} == before
    finally:  # a broken run must not leave them behind on the machine
        for path in made:
            if path.exists() and not before[path]:
                import shutil

                shutil.rmtree(path, ignore_errors=True)


# A start on a machine without libespeak-ng: every attempt to load it fails, as ctypes fails there.
WITHOUT_ESPEAK = """
import ctypes, sys
real = ctypes.cdll.LoadLibrary
def load(name, *args, **kwargs):
    if "espeak" in str(name):
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    return real(name, *args, **kwargs)
ctypes.cdll.LoadLibrary = load
from reader.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux speech engine's message; Windows asks for SAPI5's "
                    "Microsoft Helle first (tests/speech/test_windows_speech.py)")
@pytest.mark.parametrize(("language", "message"), [
    ("da", "Oplæsning er ikke mulig, fordi talesyntesen espeak-ng ikke er installeret (Debian: apt install espeak-ng)."),
    ("en", "Reading aloud is not possible because the speech engine espeak-ng is not installed "
           "(Debian: apt install espeak-ng)."),
])
def test_missing_espeak_is_one_clean_sentence_with_the_detail_in_the_log(tmp_path: Path, language: str,
                                                                         message: str) -> None:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", WITHOUT_ESPEAK, "--lang", language, "--speak-to-file",
                             str(tmp_path / "x.wav"), "--section", "1"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[-1] == message
    assert lines[:-1] == ["herning-laeser: speech engine: libespeak-ng: This means you probably do not have "
                          "eSpeak or eSpeak-ng installed!"]
    assert not (tmp_path / "x.wav").exists()
