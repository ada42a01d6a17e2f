"""EPUB 3 with narration: the policy's text and its reading aloud, in step.

Made from the document model with the standard library (``zipfile``, ``xml.sax.saxutils``):

- one XHTML file per section (introduction, the themes, the closing section) with real
  headings, paragraphs, lists, the "Vi vil:" commitments as a list, and each quote as a
  ``figure`` with its ``blockquote`` and its speaker in the ``figcaption``; every sentence
  is a ``span`` with an id; each commitment and quote shows its number ("2.3", "C2.1") in
  an element with the id ``nr-2.3`` / ``nr-C2.1``;
- a navigation document listing every section and, under each, its numbered commitments and
  quotes, plus landmarks;
- the narration from the app's own speech engine (the user's voice and rate), one MP3 per
  section (stored, not compressed), and a media overlay (SMIL) per section tying each
  sentence to its clip, so a reading system highlights the sentence being heard;
- accessibility metadata (EPUB Accessibility 1.1: access modes, sufficient access modes,
  features, hazards, summary) and media overlay durations.

The zip is written as the audio comes: ``mimetype`` first and stored, then per section its
XHTML, its MP3 streamed into the archive sentence by sentence, and its SMIL; the package
document last. ``verify_epub`` checks the finished file before it replaces anything.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from reader.document import Block, BlockKind, Document, Section, SectionKind
from reader.document.numbers import NumberedItem, numbered_items
from reader.files import IncompleteOutputError, OutputError, atomic_output
from reader.output.mp3 import Mp3Stream, item_title, section_title, walk_frames
from reader.output.narration import (
    Narrator,
    Progress,
    SpeakError,
    as_progress,
    duration_text,
    narrate,
    nothing_to_say,
    open_narrator,
    sections_for,
)
from reader.presentation.options import SPEECH_RATE
from reader.speech import spoken
from reader.speech.synthesis import Synthesizer
from reader.texts import translate

MIMETYPE = b"application/epub+zip"
ACTIVE_CLASS = "epub-media-overlay-active"

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

STYLE = f"""body {{ font-family: sans-serif; line-height: 1.5; margin: 0 1em; }}
h1, h2, h3, h4 {{ line-height: 1.25; }}
.commitments {{ border-left: 0.3em solid #555; padding-left: 1em; margin: 1em 0; }}
.commitments > p {{ font-weight: bold; margin-bottom: 0.25em; }}
figure.quote {{ margin: 1.5em 0; padding: 0.5em 1em; background: #f1f1f1; color: #000; }}
figure.quote blockquote {{ margin: 0; font-style: italic; }}
figure.quote figcaption {{ margin-top: 0.5em; }}
.number {{ font-weight: bold; font-style: normal; }}
.{ACTIVE_CLASS} {{ background: #fff3a8; color: #000; }}
"""

SECTION_TYPES = {
    SectionKind.INTRODUCTION: ("introduction", "doc-introduction"),
    SectionKind.THEME: ("chapter", "doc-chapter"),
    SectionKind.CLOSING: ("conclusion", "doc-conclusion"),
}


# -- XHTML from the model --------------------------------------------------------------------
def _sentences(line: str, offset: int, targets: dict[int, str]) -> str:
    """``line`` escaped, each sentence in a span whose id the media overlay points at."""
    parts: list[str] = []
    position = 0
    for a, b in spoken.sentence_spans(line):
        ident = f"s{offset + a}"
        targets[offset + a] = ident
        parts.append(escape(line[position:a]))
        parts.append(f'<span id="{ident}">{escape(line[a:b])}</span>')
        position = b
    parts.append(escape(line[position:]))
    return "".join(parts)


def number_id(number: str) -> str:
    """The id of the element showing a commitment's or quote's number: "nr-2.3", "nr-C2.1"."""
    return f"nr-{number}"


def _number(number: str | None) -> str:
    return f'<span class="number" id="{number_id(number)}">{escape(number)}</span>\u00a0' if number else ""


def _block(block: Block, targets: dict[int, str], numbers: dict[int, str] | None = None) -> str:
    """One block as XHTML; ``numbers``: the start offset of each numbered item and its number."""
    numbers = numbers or {}
    starts = block.line_starts()
    lines = list(zip(block.lines, starts, strict=True))
    if block.kind is BlockKind.HEADING:
        level = max(1, min(6, block.level))
        inner = "".join(_sentences(text, start, targets) for text, start in lines)
        return f'<h{level} id="h{block.start}">{inner}</h{level}>'
    if block.kind is BlockKind.PARAGRAPH:
        return "\n".join(f"<p>{_sentences(text, start, targets)}</p>" for text, start in lines)
    if block.kind is BlockKind.LIST:
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_sentences(text, start, targets)}</li>" for text, start in lines)
        return f"<{tag}>{items}</{tag}>"
    if block.kind is BlockKind.COMMITMENTS:
        label_text, label_start = lines[0]
        items = "".join(f"<li>{_number(numbers.get(start))}{_sentences(text, start, targets)}</li>"
                        for text, start in lines[1:])
        return (f'<section class="commitments" aria-labelledby="c{block.start}">'
                f'<p id="c{block.start}">{_sentences(label_text, label_start, targets)}</p><ul>{items}</ul></section>')
    if block.kind is BlockKind.QUOTE:
        ident = f"q{block.start}"
        speaker_text, speaker_start = lines[-1]
        targets[speaker_start] = ident  # the spoken "Citat fra ..." stands for the whole quote
        paragraphs = "".join(f"<p>{_sentences(text, start, targets)}</p>" for text, start in lines[:-1])
        return (f'<figure class="quote" id="{ident}">{_number(numbers.get(block.start))}'
                f'<blockquote>{paragraphs}</blockquote>'
                f"<figcaption>— <cite>{escape(speaker_text)}</cite></figcaption></figure>")
    return ""


def section_xhtml(document: Document, section: Section) -> tuple[str, dict[int, str]]:
    """The XHTML of one section and, for each sentence's start offset, the id of its element."""
    targets: dict[int, str] = {}
    numbers = {item.start: item.number for item in numbered_items(document)}
    body = "\n".join(_block(block, targets, numbers) for block in section.blocks)
    epub_type, role = SECTION_TYPES[section.kind]
    lang = quoteattr(document.language or "da")
    title = escape(section_title(section))
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang={lang} xml:lang={lang}>
<head>
<meta charset="UTF-8"/>
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="../style.css"/>
</head>
<body>
<section epub:type="{epub_type}" role="{role}">
{body}
</section>
</body>
</html>
""", targets)


def nav_xhtml(document: Document, entries: list[tuple[str, str]],
              numbered: dict[str, list[NumberedItem]] | None = None) -> str:
    """The navigation document: ``entries`` (href, title) of the sections and, under a section's
    entry, the ``numbered`` items of its file (href -> items) with their numbers."""
    contents = escape(translate("Epub", "Contents"))
    landmarks = escape(translate("Epub", "Landmarks"))
    start = escape(translate("Epub", "Start"))
    lang = quoteattr(document.language or "da")
    numbered = numbered or {}

    def entry(href: str, title: str) -> str:
        items = numbered.get(href, [])
        inner = "".join(f'<li><a href="{href}#{number_id(item.number)}">{escape(item_title(item))}</a></li>'
                        for item in items)
        return f'<li><a href="{href}">{escape(title)}</a>' + (f"<ol>{inner}</ol>" if inner else "") + "</li>"

    items = "\n".join(entry(href, title) for href, title in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang={lang} xml:lang={lang}>
<head>
<meta charset="UTF-8"/>
<title>{escape(document.title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
<nav epub:type="toc" id="toc">
<h1>{contents}</h1>
<ol>
{items}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>{landmarks}</h2>
<ol>
<li><a epub:type="toc" href="#toc">{contents}</a></li>
<li><a epub:type="bodymatter" href="{entries[0][0]}">{start}</a></li>
</ol>
</nav>
</body>
</html>
"""


# -- media overlays ----------------------------------------------------------------------------
def clock(milliseconds: int) -> str:
    """A SMIL full clock value, e.g. 0:01:05.543."""
    seconds, ms = divmod(milliseconds, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{ms:03d}"


@dataclass(frozen=True)
class Clip:
    target: str  # element id in the section's XHTML
    begin_ms: int
    end_ms: int


def smil(text_href: str, audio_href: str, clips: list[Clip]) -> str:
    pars = "\n".join(
        f'<par id="p{index}"><text src="{text_href}#{clip.target}"/>'
        f'<audio src="{audio_href}" clipBegin="{clock(clip.begin_ms)}" clipEnd="{clock(clip.end_ms)}"/></par>'
        for index, clip in enumerate(clips, start=1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
<seq id="seq1" epub:textref="{text_href}">
{pars}
</seq>
</body>
</smil>
"""


# -- the package document ----------------------------------------------------------------------
@dataclass
class Part:
    """One section in the book: its files and, when it has narration, its duration."""

    number: int
    title: str
    duration_ms: int = 0

    @property
    def name(self) -> str:
        return f"section-{self.number:02d}"


def package_opf(document: Document, parts: list[Part], identifier: str, narrator: str) -> str:
    lang = document.language or "da"
    modified = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    narrated = [part for part in parts if part.duration_ms]
    meta = [
        f'<dc:identifier id="uid">{escape(identifier)}</dc:identifier>',
        f"<dc:title>{escape(document.title)}</dc:title>",
        f"<dc:language>{escape(lang)}</dc:language>",
    ]
    if document.publisher:
        meta.append(f"<dc:creator>{escape(document.publisher)}</dc:creator>")
        meta.append(f"<dc:publisher>{escape(document.publisher)}</dc:publisher>")
    if document.year:
        meta.append(f"<dc:date>{document.year}</dc:date>")
    meta.append(f'<meta property="dcterms:modified">{modified}</meta>')
    for mode in ("textual", "auditory"):
        meta.append(f'<meta property="schema:accessMode">{mode}</meta>')
    for sufficient in ("textual", "auditory", "textual,auditory"):
        meta.append(f'<meta property="schema:accessModeSufficient">{sufficient}</meta>')
    for feature in ("structuralNavigation", "tableOfContents", "readingOrder", "synchronizedAudioText",
                    "displayTransformability", "unlocked"):
        meta.append(f'<meta property="schema:accessibilityFeature">{feature}</meta>')
    meta.append('<meta property="schema:accessibilityHazard">none</meta>')
    summary = translate("Epub", "The whole text with headings, lists and quotes, and the same text read aloud by a "
                                "synthetic Danish voice, sentence by sentence in step with the text. The table of "
                                "contents lists the introduction, each theme with its commitments and quotes by "
                                "number, and the closing section. There are no images, and nothing flashes or plays "
                                "by itself.")
    meta.append(f'<meta property="schema:accessibilitySummary">{escape(summary)}</meta>')
    if narrated:
        meta.append(f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>')
        meta.append(f'<meta property="media:narrator">{escape(narrator)}</meta>')
        for part in narrated:
            meta.append(f'<meta property="media:duration" refines="#mo-{part.name}">{clock(part.duration_ms)}</meta>')
        meta.append(f'<meta property="media:duration">{clock(sum(p.duration_ms for p in narrated))}</meta>')
    items = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="style" href="style.css" media-type="text/css"/>',
    ]
    spine = ['<itemref idref="nav" linear="no"/>']
    for part in parts:
        overlay = f' media-overlay="mo-{part.name}"' if part.duration_ms else ""
        items.append(f'<item id="{part.name}" href="text/{part.name}.xhtml" media-type="application/xhtml+xml"{overlay}/>')
        if part.duration_ms:
            items.append(f'<item id="mo-{part.name}" href="smil/{part.name}.smil" media-type="application/smil+xml"/>')
            items.append(f'<item id="audio-{part.name}" href="audio/{part.name}.mp3" media-type="audio/mpeg"/>')
        spine.append(f'<itemref idref="{part.name}"/>')
    newline = "\n    "
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang={quoteattr(lang)}>
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    {newline.join(meta)}
  </metadata>
  <manifest>
    {newline.join(items)}
  </manifest>
  <spine>
    {newline.join(spine)}
  </spine>
</package>
"""


# -- writing and checking ----------------------------------------------------------------------
def _entry(name: str, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.datetime.now().timetuple()[:6])
    info.compress_type = compress
    return info


def _target(targets: dict[int, str], starts: list[int], offset: int) -> str:
    if offset in targets:
        return targets[offset]
    index = bisect.bisect_right(starts, offset) - 1
    return targets[starts[max(index, 0)]]


def export_epub(document: Document, path: Path, *, theme: int | None = None, rate: int = SPEECH_RATE.default,
                voice: str = "", progress: Progress | Callable[[int], None] | None = None,
                synth: Synthesizer | None = None, narrator: Narrator | None = None) -> str:
    """Writes the document (or theme ``theme``) as an EPUB 3 with narration; returns a line to print."""
    sections = sections_for(document, theme)
    narrator = narrator or open_narrator(document, rate=rate, voice=voice, synth=synth)
    counter = as_progress(sections, progress)
    digest = hashlib.sha256(f"{document.title}\n{theme}\n{document.text}".encode()).hexdigest()
    identifier = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, digest)}"
    parts: list[Part] = []
    try:
        with atomic_output(path, verify=verify_epub) as temporary, \
                zipfile.ZipFile(temporary, "w") as book:
            book.writestr(_entry("mimetype", zipfile.ZIP_STORED), MIMETYPE)
            book.writestr(_entry("META-INF/container.xml"), CONTAINER)
            book.writestr(_entry("EPUB/style.css"), STYLE)
            for number, section in enumerate(sections, start=1):
                part = Part(number, section_title(section))
                parts.append(part)
                xhtml, targets = section_xhtml(document, section)
                book.writestr(_entry(f"EPUB/text/{part.name}.xhtml"), xhtml)
                starts = sorted(targets)
                audio: list[IO[bytes]] = []

                def open_audio(name: str = part.name, opened: list[IO[bytes]] = audio) -> IO[bytes]:
                    opened.append(book.open(_entry(f"EPUB/audio/{name}.mp3", zipfile.ZIP_STORED), "w"))
                    return opened[0]

                stream = Mp3Stream(open_audio)
                clips: list[Clip] = []
                try:
                    for said in narrate(narrator, [section], stream.write, counter):
                        rate_hz = stream.sample_rate or 22050
                        clip = Clip(_target(targets, starts, said.sentence.start),
                                    said.begin * 1000 // rate_hz, said.end * 1000 // rate_hz)
                        if clip.end_ms > clip.begin_ms:
                            clips.append(clip)
                    stream.close()
                finally:
                    for file in audio:
                        file.close()
                if clips:
                    part.duration_ms = clips[-1].end_ms
                    book.writestr(_entry(f"EPUB/smil/{part.name}.smil"),
                                  smil(f"../text/{part.name}.xhtml", f"../audio/{part.name}.mp3", clips))
            if not any(part.duration_ms for part in parts):
                raise nothing_to_say(theme)
            numbered: dict[str, list[NumberedItem]] = {}
            for part, section in zip(parts, sections, strict=True):
                numbered[f"text/{part.name}.xhtml"] = [item for item in numbered_items(document)
                                                       if section.start <= item.start < section.end]
            book.writestr(_entry("EPUB/nav.xhtml"),
                          nav_xhtml(document, [(f"text/{p.name}.xhtml", p.title) for p in parts], numbered))
            book.writestr(_entry("EPUB/package.opf"),
                          package_opf(document, parts, identifier, f"espeak-ng ({narrator.voice})"))
    except OutputError as error:
        raise SpeakError(str(error)) from error
    total = sum(part.duration_ms for part in parts)
    minutes, seconds = duration_text(total)
    section_word = translate("Epub", "section") if len(parts) == 1 else translate("Epub", "sections")
    return translate("Epub", "{path}: EPUB 3 with {sections} {section_word} and {minutes} min {seconds} s of "
                             "narration in step with the text written.").format(
        path=path, sections=len(parts), section_word=section_word, minutes=minutes, seconds=seconds)


OPF_NS = "{http://www.idpf.org/2007/opf}"
SMIL_NS = "{http://www.w3.org/ns/SMIL}"


def parse_clock(value: str) -> float:
    """Seconds of a SMIL clock value ("0:01:05.543", "05.5", "12.3s", "100ms")."""
    value = value.strip()
    if value.endswith("ms"):
        return float(value[:-2]) / 1000
    if value.endswith("s"):
        return float(value[:-1])
    if value.endswith("min"):
        return float(value[:-3]) * 60
    if value.endswith("h"):
        return float(value[:-1]) * 3600
    seconds = 0.0
    for piece in value.split(":"):
        seconds = seconds * 60 + float(piece)
    return seconds


def audio_clips(book: zipfile.ZipFile, smil_name: str) -> list[tuple[str, str, float, float]]:
    """(text src, audio src, begin, end) of every par of a SMIL file in the book, in order."""
    root = ElementTree.fromstring(book.read(smil_name))
    clips = []
    for par in root.iter(f"{SMIL_NS}par"):
        text, audio = par.find(f"{SMIL_NS}text"), par.find(f"{SMIL_NS}audio")
        if text is None or audio is None:
            continue
        clips.append((text.get("src", ""), audio.get("src", ""), parse_clock(audio.get("clipBegin", "0")),
                      parse_clock(audio.get("clipEnd", "0"))))
    return clips


def verify_epub(path: Path) -> None:
    """Raises IncompleteOutputError unless ``path`` is a whole EPUB whose narration fits its sound.

    Checks: a readable zip whose every entry passes its CRC; ``mimetype`` first, stored and
    exact; every manifest item present; every MP3 made of whole frames; every SMIL clip in
    order and inside its MP3's length."""
    bad_zip = translate("Epub", "the EPUB file is not a whole zip archive")
    try:
        with zipfile.ZipFile(path) as book:
            infos = book.infolist()
            if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED \
                    or infos[0].extra or book.read("mimetype") != MIMETYPE:
                raise IncompleteOutputError(translate("Epub", "the EPUB file's mimetype is not first and uncompressed"))
            if book.testzip() is not None:
                raise IncompleteOutputError(bad_zip)
            names = set(book.namelist())
            for required in ("META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml"):
                if required not in names:
                    raise IncompleteOutputError(_lacks(required))
            package = ElementTree.fromstring(book.read("EPUB/package.opf"))
            durations: dict[str, float] = {}
            for item in package.iter(f"{OPF_NS}item"):
                name = "EPUB/" + item.get("href", "")
                if name not in names:
                    raise IncompleteOutputError(_lacks(name))
                if item.get("media-type") == "audio/mpeg":
                    with book.open(name) as audio:
                        durations[name] = walk_frames(audio, book.getinfo(name).file_size).seconds
            for name in sorted(n for n in names if n.endswith(".smil")):
                previous = 0.0
                for _text, audio_src, begin, end in audio_clips(book, name):
                    audio_name = "EPUB/" + audio_src.removeprefix("../")
                    if audio_name not in durations or not previous - 0.0015 <= begin <= end <= durations[audio_name]:
                        raise IncompleteOutputError(translate("Epub", "the narration times in {name} do not fit the "
                                                                      "sound").format(name=name))
                    previous = end
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, EOFError) as error:
        raise IncompleteOutputError(bad_zip) from error


def _lacks(name: str) -> str:
    return translate("Epub", "the EPUB file lacks {name}").format(name=name)
