"""The exported files (WAV, MP3 with chapters, EPUB 3 with media overlays), made with a fake voice.

Fast and exact: the fake voice gives 40 samples per character, so every position in the
audio is known. The real espeak-ng path is tested in test_real_exports.py.
"""

from __future__ import annotations

import os
import posixpath
import re
import wave
import zipfile
from pathlib import Path

import pytest

from reader.document import Block, BlockKind, Document, Section, SectionKind, load_document
from reader.output import epub, mp3
from reader.output.narration import Progress, SpeakError, sections_for
from reader.output.wav import WavStream, speak_to_file
from reader.speech import spoken
from reader.speech.synthesis import Audio
from tests.conftest import POLICY
from tests.output.helpers import (
    SAMPLE_RATE,
    SAMPLES_PER_CHARACTER,
    FakeSynth,
    book_audio_seconds,
    book_clips,
    element_order,
    epub_sections,
    sentence_spans,
)


@pytest.fixture(scope="module")
def document() -> Document:
    return load_document(POLICY)


def section_samples(document: Document) -> list[int]:
    """What the fake voice says for each section, in samples."""
    return [sum(len(s.text) for s in spoken.iter_sentences(section.blocks)) * SAMPLES_PER_CHARACTER
            for section in document.sections]


# -- WAV ------------------------------------------------------------------------------------
def test_the_wav_holds_every_sentence_and_a_header_that_matches(document: Document, tmp_path: Path) -> None:
    synth = FakeSynth()
    target = tmp_path / "tema.wav"
    line = speak_to_file(document, target, theme=1, synth=synth)
    assert line.startswith(f"{target}: 0 min.")
    expected = [s.text for s in spoken.iter_sentences(document.themes[0].blocks)]
    assert synth.calls == expected
    with wave.open(str(target), "rb") as wav:
        assert wav.getnframes() == sum(map(len, expected)) * SAMPLES_PER_CHARACTER
        assert target.stat().st_size == 44 + wav.getnframes() * 2


def test_progress_rises_to_100_percent(document: Document, tmp_path: Path) -> None:
    seen: list[int] = []
    speak_to_file(document, tmp_path / "x.wav", synth=FakeSynth(), progress=seen.append)
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert seen[-1] == 100 and len(seen) > 20


def test_a_wav_whose_header_does_not_match_is_not_saved(document: Document, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tema.wav"
    target.write_bytes(b"the old file")
    real_close = WavStream.close

    def close_and_lose_the_end(self: WavStream) -> None:
        real_close(self)
        with open(self.path, "r+b") as file:
            file.truncate(self.path.stat().st_size - 1000)

    monkeypatch.setattr(WavStream, "close", close_and_lose_the_end)
    with pytest.raises(SpeakError, match="ikke blev skrevet helt"):
        speak_to_file(document, target, theme=1, synth=FakeSynth())
    assert target.read_bytes() == b"the old file"
    assert os.listdir(tmp_path) == ["tema.wav"]


def document_with_paragraphs(*paragraphs: str) -> Document:
    """A document whose introduction holds ``paragraphs``, built as the model directly: the parser refuses
    paragraphs over 10,000 characters and files over 1 MB, but speaking must not depend on that."""
    layout = [(SectionKind.INTRODUCTION, "Indledning", 0, list(paragraphs)), (SectionKind.THEME, "Et", 1, ["Et."]),
              (SectionKind.CLOSING, "Om politikken", 0, ["Slut."])]
    sections = []
    offset = 0
    for number, (kind, title, theme, texts) in enumerate(layout):
        blocks = []
        if number == 0:
            blocks.append(Block(BlockKind.HEADING, ("Lang",), 0, 1, level=1))
            offset = len("Lang") + 1
        for kind_of_block, lines in [(BlockKind.HEADING, (title,)), *((BlockKind.PARAGRAPH, (t,)) for t in texts)]:
            block = Block(kind_of_block, lines, offset, 1, level=2 if kind_of_block is BlockKind.HEADING else 0)
            blocks.append(block)
            offset = block.end + 1
        sections.append(Section(kind, title, theme, tuple(blocks), 1))
    return Document("Lang", "da", None, tuple(sections), Path("lang.md"))


@pytest.mark.timeout(240)  # 1.9 MB through the speech text: seconds, never minutes
def test_a_very_long_paragraph_is_spoken_in_pieces_and_finishes(tmp_path: Path) -> None:
    sentence = "Børn og unge skal have det godt, dvs. lege og lære hver dag. Tlf. 96286000 er åben. "
    paragraph = sentence * 22_000  # 1.9 MB of UTF-8
    unbroken = "ord " * 5000  # one "sentence" of 20,000 characters with no full stop
    document = document_with_paragraphs(paragraph.strip(), unbroken.strip())
    assert len(document.text.encode()) > 1_900_000

    class TinySynth(FakeSynth):
        def synthesize(self, text: str, rate: int, voice: str) -> Audio:
            self.calls.append(text)
            return Audio(b"\1\0", SAMPLE_RATE)

    synth = TinySynth()
    speak_to_file(document, tmp_path / "lang.wav", synth=synth)
    assert len(synth.calls) > 44_000
    assert max(len(call) for call in synth.calls) <= 2 * spoken.WINDOW
    assert synth.calls[2] == "Børn og unge skal have det godt, det vil sige lege og lære hver dag."
    assert sum(call.count("ord") for call in synth.calls) == 5000  # every word of the unbroken sentence, once


def test_sentence_spans_of_a_long_line_are_those_of_a_short_one() -> None:
    line = "Først en sætning. Så nr. 2 af dem, bl.a. om 2. klasse. " * 300
    pieces = list(spoken.sentence_spans(line, window=500))
    assert pieces == spoken._sentence_spans(line)
    words = "ord " * 2000
    cut = list(spoken.sentence_spans(words, window=500))
    assert all(b - a <= 500 for a, b in cut)
    assert " ".join(words[a:b] for a, b in cut).split() == words.split()


# -- MP3 ------------------------------------------------------------------------------------
def test_the_mp3_has_a_chapter_at_the_start_of_each_section(document: Document, tmp_path: Path) -> None:
    target = tmp_path / "politik.mp3"
    mp3.export_mp3(document, target, synth=FakeSynth())
    info = mp3.mp3_frames(target)
    chapters = mp3.read_chapters(target)
    samples = section_samples(document)
    assert [c.title for c in chapters] == ["Indledning", "Tema 1: Dannelse", "Tema 2: Leg, læring og trivsel",
                                           "Tema 3: Forældre og netværk", "Tema 4: Vores fælles børn og unge",
                                           "Om politikken"]
    starts = [sum(samples[:index]) * 1000 // SAMPLE_RATE for index in range(len(samples))]
    assert [c.start_ms for c in chapters] == starts
    assert [c.end_ms for c in chapters[:-1]] == starts[1:]
    total_ms = sum(samples) * 1000 / SAMPLE_RATE
    assert chapters[-1].end_ms == int(total_ms)
    assert total_ms <= info.seconds * 1000 <= total_ms + 250  # the encoder's delay and last frame
    from mutagen.id3 import ID3

    tags = ID3(str(target))
    assert tags["TIT2"].text == ["Børne- og Ungepolitik"] and tags["TLAN"].text == ["dan"]
    assert tags.version[:2] == (2, 3)


def test_an_mp3_cut_short_is_not_saved(document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tema.mp3"
    target.write_bytes(b"the old file")
    real_close = mp3.Mp3Stream.close

    def close_and_lose_the_end(self: mp3.Mp3Stream) -> None:
        real_close(self)
        assert self.file is not None
        self.file.seek(-7, os.SEEK_END)
        self.file.truncate()

    monkeypatch.setattr(mp3.Mp3Stream, "close", close_and_lose_the_end)
    with pytest.raises(SpeakError, match="midt i en ramme"):
        mp3.export_mp3(document, target, theme=2, synth=FakeSynth())
    assert target.read_bytes() == b"the old file"
    assert os.listdir(tmp_path) == ["tema.mp3"]


def test_the_frame_walker_finds_damage(tmp_path: Path, document: Document) -> None:
    target = tmp_path / "tema.mp3"
    mp3.export_mp3(document, target, theme=1, synth=FakeSynth())
    data = bytearray(target.read_bytes())
    start = mp3.mp3_frames(target).audio_start
    data[start + 5000:start + 5000] = b"xyz"  # three stray bytes shift every later frame
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(bytes(data))
    with pytest.raises(mp3.IncompleteOutputError):
        mp3.mp3_frames(broken)


# -- EPUB -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def book(document: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("epub") / "politik.epub"
    epub.export_epub(document, target, synth=FakeSynth())
    return target


def test_the_book_starts_with_an_uncompressed_mimetype(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type, first.extra) == ("mimetype", zipfile.ZIP_STORED, b"")
        assert archive.read("mimetype") == b"application/epub+zip"
        assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist()
                   if info.filename.endswith(".mp3"))


def css_rules(css: str) -> dict[str, dict[str, str]]:
    """A plain style sheet's rules: selector -> {property: value}."""
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        declarations = dict((name.strip(), value.strip()) for name, value in
                            (part.split(":", 1) for part in body.split(";") if ":" in part))
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


def six_digits(colour: str) -> str:
    """#rgb as #rrggbb (CSS's short form)."""
    return "#" + "".join(2 * c for c in colour[1:]) if re.fullmatch(r"#[0-9a-fA-F]{3}", colour) else colour


def test_reading_systems_highlight_the_sentence_being_read(book: Path) -> None:
    """EPUB 3 media overlays: a reading system gives the element being narrated the class the package
    names in ``media:active-class``; the style sheet every page links must draw that class, readably."""
    from xml.etree import ElementTree

    from reader.presentation.themes import contrast_ratio

    with zipfile.ZipFile(book) as archive:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        opf_name = container.find(".//{*}rootfile").get("full-path")  # type: ignore[union-attr]
        package = ElementTree.fromstring(archive.read(opf_name))
        active = [meta.text for meta in package.iter("{http://www.idpf.org/2007/opf}meta")
                  if meta.get("property") == "media:active-class"]
        assert len(active) == 1 and active[0], "the package names no class for the sentence being read"
        base = opf_name.rsplit("/", 1)[0]
        pages = epub_sections(book)  # (name relative to the package, parsed page), in reading order
        assert pages
        style_sheets = set()
        for name, page in pages:
            links = [link.get("href") for link in page.iter("{http://www.w3.org/1999/xhtml}link")
                     if link.get("rel") == "stylesheet"]
            assert links, f"{name} links no style sheet"
            folder = posixpath.dirname(f"{base}/{name}")  # (names in a zip archive are written with "/")
            style_sheets.update(posixpath.normpath(f"{folder}/{href}") for href in links)
        for sheet in style_sheets:
            rule = css_rules(archive.read(sheet).decode("utf-8")).get(f".{active[0]}")
            assert rule is not None, f"{sheet} does not draw .{active[0]}, the sentence being read"
            background, colour = rule.get("background", rule.get("background-color")), rule.get("color")
            assert background and colour, rule
            assert background.lower() not in ("#fff", "#ffffff", "white", "transparent", "none")  # it shows
            assert contrast_ratio(six_digits(colour), six_digits(background)) >= 7.0  # readable (WCAG AAA)


def test_every_sentence_of_the_policy_is_in_the_xhtml_in_order(book: Path, document: Document) -> None:
    spans = [span for _name, root in epub_sections(book) for span in sentence_spans(root)]
    shown = [(f"s{s.start}", document.text[s.start:s.end]) for s in spoken.document_script(document)
             if document.text[s.start:s.end] == s.text or not s.text.startswith("Citat fra")]
    assert [span for span in spans if span[0] in dict(shown)] == shown
    # and every line of the model, word for word, in the order of the book
    text = " ".join(" ".join("".join(root.itertext()).split()) for _name, root in epub_sections(book))
    position = 0
    for block in document.blocks:
        for line in block.lines:
            found = text.find(" ".join(line.split()), position)
            assert found >= 0, line
            position = found + len(line.split()[0])


def test_the_book_has_headings_lists_and_quotes_with_their_speakers(book: Path) -> None:
    sections = dict(epub_sections(book))
    theme = sections["text/section-02.xhtml"]
    x = "{http://www.w3.org/1999/xhtml}"
    assert ["".join(h.itertext()) for h in theme.iter(f"{x}h2")] == ["Dannelse"]
    commitments = [s for s in theme.iter(f"{x}section") if s.get("class") == "commitments"]
    assert len(commitments) == 1 and len(list(commitments[0].iter(f"{x}li"))) == 3
    figures = list(theme.iter(f"{x}figure"))
    assert [("".join(f.find(f"{x}figcaption").itertext())) for f in figures] == [  # type: ignore[union-attr]
        "— Skoleelev, 2. klasse", "— Medarbejder"]
    assert all(f.find(f"{x}blockquote") is not None for f in figures)
    assert theme.get("{http://www.w3.org/XML/1998/namespace}lang") == "da"


def test_every_clip_follows_the_one_before_and_fits_its_mp3(book: Path, document: Document) -> None:
    clips = book_clips(book)
    seconds = book_audio_seconds(book)
    sections = dict(epub_sections(book))
    samples = section_samples(document)
    assert len(clips) == 6
    for (name, section_clips), section_samples_ in zip(clips.items(), samples, strict=True):
        order = element_order(sections[f"text/{Path(name).stem}.xhtml"])
        begin_expected = 0.0
        previous_element = -1
        for text_src, audio_src, begin, end in section_clips:
            assert begin == pytest.approx(begin_expected, abs=0.0011) and end > begin
            begin_expected = end
            target = text_src.split("#")[1]
            assert order[target] > previous_element  # in reading order
            previous_element = order[target]
            assert audio_src == f"../audio/{Path(name).stem}.mp3"
        duration = seconds[f"EPUB/audio/{Path(name).stem}.mp3"]
        assert end == pytest.approx(section_samples_ / SAMPLE_RATE, abs=0.0011)
        assert end <= duration <= end + 0.25


def test_the_package_has_accessibility_and_overlay_metadata(book: Path) -> None:
    with zipfile.ZipFile(book) as archive:
        package = archive.read("EPUB/package.opf").decode()
        nav = archive.read("EPUB/nav.xhtml").decode()
    properties = re.findall(r'<meta property="([^"]+)"(?: refines="[^"]*")?>([^<]*)</meta>', package)
    values: dict[str, list[str]] = {}
    for key, value in properties:
        values.setdefault(key, []).append(value)
    assert values["schema:accessMode"] == ["textual", "auditory"]
    assert "auditory" in values["schema:accessModeSufficient"] and "textual" in values["schema:accessModeSufficient"]
    assert {"structuralNavigation", "synchronizedAudioText", "tableOfContents"} <= set(values["schema:accessibilityFeature"])
    assert values["schema:accessibilityHazard"] == ["none"] and values["schema:accessibilitySummary"][0]
    durations = [epub.parse_clock(v) for v in values["media:duration"]]
    assert sum(durations[:-1]) == pytest.approx(durations[-1], abs=0.002)
    assert "<dc:language>da</dc:language>" in package
    assert re.findall(r'<a href="text/[^"#]+">([^<]+)</a>', nav) == [
        "Indledning", "Tema 1: Dannelse", "Tema 2: Leg, læring og trivsel", "Tema 3: Forældre og netværk",
        "Tema 4: Vores fælles børn og unge", "Om politikken"]


def test_a_book_whose_clips_overrun_the_sound_is_not_saved(document: Document, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "tema.epub"
    target.write_bytes(b"the old file")
    real_smil = epub.smil
    monkeypatch.setattr(epub, "smil", lambda text, audio, clips: real_smil(
        text, audio, [*clips[:-1], epub.Clip(clips[-1].target, clips[-1].begin_ms, clips[-1].end_ms + 5000)]))
    with pytest.raises(SpeakError, match="passer ikke til lyden"):
        epub.export_epub(document, target, theme=1, synth=FakeSynth())
    assert target.read_bytes() == b"the old file"
    assert os.listdir(tmp_path) == ["tema.epub"]


def test_a_cancelled_export_leaves_the_old_file(document: Document, tmp_path: Path) -> None:
    from reader.output.narration import CancelledError

    target = tmp_path / "politik.epub"
    target.write_bytes(b"the old file")
    progress = Progress()

    def cancel_at_half(percent: int) -> None:
        if percent >= 50:
            progress.cancelled = True

    progress.report = cancel_at_half
    with pytest.raises(CancelledError):
        epub.export_epub(document, target, synth=FakeSynth(), progress=progress)
    assert target.read_bytes() == b"the old file"
    assert os.listdir(tmp_path) == ["politik.epub"]


def test_only_one_theme_is_exported_when_asked(document: Document, tmp_path: Path) -> None:
    target = tmp_path / "tema3.epub"
    line = epub.export_epub(document, target, theme=3, synth=FakeSynth())
    assert "1 afsnit" in line
    assert [name for name, _root in epub_sections(target)] == ["text/section-01.xhtml"]
    with pytest.raises(SpeakError, match="intet tema nummer 5"):
        sections_for(document, 5)


def test_one_audio_export_at_a_time_on_the_command_line(tmp_path: Path) -> None:
    from tests.conftest import run_main

    result = run_main("--speak-to-file", str(tmp_path / "a.wav"), "--export-epub", str(tmp_path / "b.epub"))
    assert result.returncode == 2
    assert result.stderr.strip().endswith("vælg én af --speak-to-file, --export-mp3 og --export-epub ad gangen")
    result = run_main("--section", "2", "--lang", "en")
    assert result.returncode == 2
    assert "--section goes with --export-pdf, --speak-to-file, --export-mp3 or --export-epub" in result.stderr
    assert not list(tmp_path.iterdir())
