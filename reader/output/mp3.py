"""MP3: the narration encoded as it is spoken (PyPI ``lameenc``), checked frame by frame.

``Mp3Stream`` encodes 16-bit mono PCM to MP3 and writes each encoded piece at once, so
nothing waits in memory. ``mp3_frames`` walks every MPEG audio frame of a file (after an
ID3v2 tag, before an ID3v1 tag) and fails on anything that is not a whole frame: this is how
an export knows its MP3 is complete, and how long it is. ``export_mp3`` writes the policy as
one MP3 with a title and ID3 chapter marks (CHAP + CTOC, PyPI ``mutagen``), one per section,
and one more mark for each numbered commitment and quote ("2.3 Styrke et tillidsfuldt ..."),
listed in a table of contents of their own under the top-level one. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reader.document import Document, Section, SectionKind
from reader.document.numbers import ItemKind, NumberedItem, item_at
from reader.files import IncompleteOutputError, OutputError, atomic_output
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
from reader.speech.synthesis import Synthesizer
from reader.texts import translate

BITRATE_KBPS = 48  # speech at 22,050 Hz mono: about 6 kB a second, a seventh of the WAV

class Mp3Stream:
    """Encodes PCM as it comes and writes the MP3 frames to ``file``.

    ``file`` may be a function that opens it: it is called at the first sound, so a part
    with nothing to say leaves no file at all."""

    def __init__(self, file: IO[bytes] | Callable[[], IO[bytes]], bitrate: int = BITRATE_KBPS) -> None:
        self._open = file if callable(file) else None
        self.file: IO[bytes] | None = None if callable(file) else file
        self.bitrate = bitrate
        self._encoder: Any = None
        self.sample_rate = 0
        self.samples = 0

    def write(self, pcm: bytes, sample_rate: int) -> None:
        import lameenc

        if self._encoder is None:
            encoder = lameenc.Encoder()
            encoder.set_bit_rate(self.bitrate)
            encoder.set_in_sample_rate(sample_rate)
            encoder.set_out_sample_rate(sample_rate)
            encoder.set_channels(1)
            encoder.set_quality(5)  # LAME's default: good for speech, and faster than 2
            self._encoder = encoder
            self.sample_rate = sample_rate
        if self.file is None and self._open is not None:
            self.file = self._open()
        assert self.file is not None
        self.file.write(bytes(self._encoder.encode(pcm)))
        self.samples += len(pcm) // 2

    def close(self) -> None:
        """Writes the encoder's last frames (the file stays open for its owner)."""
        if self._encoder is not None and self.file is not None:
            self.file.write(bytes(self._encoder.flush()))


# MPEG audio frame headers: bit rates (kbit/s) by version and index for layer III.
_BITRATES_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class Mp3Info:
    frames: int
    samples: int  # per channel, as decoded (frames x samples per frame)
    sample_rate: int
    audio_start: int  # byte offset of the first frame

    @property
    def seconds(self) -> float:
        return self.samples / self.sample_rate if self.sample_rate else 0.0


def _id3v2_size(header: bytes) -> int:
    if len(header) < 10 or header[:3] != b"ID3":
        return 0
    size = (header[6] << 21) | (header[7] << 14) | (header[8] << 7) | header[9]
    footer = 10 if header[5] & 0x10 else 0
    return 10 + size + footer


def mp3_frames(path: Path) -> Mp3Info:
    """Walks every frame of the MP3 file ``path``; raises IncompleteOutputError unless it is whole."""
    with open(path, "rb") as file:
        return walk_frames(file, path.stat().st_size)


def walk_frames(stream: IO[bytes], size: int) -> Mp3Info:
    """Reads ``size`` bytes of MP3 from ``stream`` front to back (no seeking, any length), frame by frame."""
    cut = translate("Mp3", "the MP3 file ends in the middle of a frame")
    frames = samples = sample_rate = 0
    first = stream.read(10)
    start = _id3v2_size(first)
    pending = first
    position = 0
    if start:  # skip the ID3v2 tag
        _skip(stream, start - len(first))
        pending, position = b"", start
    while position < size:
        header = pending[:4]
        if len(header) < 4:
            header += stream.read(4 - len(header))
        rest = pending[4:]
        pending = b""
        if header[:3] == b"TAG" and size - position == 128:  # ID3v1 at the very end
            break
        if len(header) < 4:
            raise IncompleteOutputError(cut)
        if header[0] != 0xFF or header[1] & 0xE0 != 0xE0 or (header[1] >> 1) & 3 != 1:
            raise IncompleteOutputError(_bad_frame(position))
        version = (header[1] >> 3) & 3  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        bitrate_index, rate_index = header[2] >> 4, (header[2] >> 2) & 3
        if version == 1 or bitrate_index in (0, 15) or rate_index == 3:
            raise IncompleteOutputError(_bad_frame(position))
        padding = (header[2] >> 1) & 1
        rate = _SAMPLE_RATES[version][rate_index]
        if version == 3:
            length = 144000 * _BITRATES_V1[bitrate_index] // rate + padding
            per_frame = 1152
        else:
            length = 72000 * _BITRATES_V2[bitrate_index] // rate + padding
            per_frame = 576
        if position + length > size:
            raise IncompleteOutputError(cut)
        if sample_rate and rate != sample_rate:
            raise IncompleteOutputError(_bad_frame(position))
        if _skip(stream, length - 4 - len(rest)) != length - 4 - len(rest):
            raise IncompleteOutputError(cut)
        sample_rate = rate
        frames += 1
        samples += per_frame
        position += length
    if frames == 0:
        raise IncompleteOutputError(translate("Mp3", "the MP3 file has no sound"))
    return Mp3Info(frames, samples, sample_rate, start)


def _bad_frame(offset: int) -> str:
    return translate("Mp3", "the MP3 file has a broken frame at byte {offset}").format(offset=offset)


def _skip(stream: IO[bytes], count: int) -> int:
    """Reads and drops ``count`` bytes in pieces; returns how many there were."""
    skipped = 0
    while skipped < count:
        piece = stream.read(min(65536, count - skipped))
        if not piece:
            break
        skipped += len(piece)
    return skipped


def section_title(section: Section) -> str:
    """A chapter's title: "Indledning", "Tema 2: Leg, læring og trivsel", the closing section's own title."""
    if section.kind is SectionKind.THEME:
        return translate("Mp3", "Theme {number}: {title}").format(number=section.number, title=section.title)
    if section.title:
        return section.title
    if section.kind is SectionKind.INTRODUCTION:
        return translate("Mp3", "Introduction")
    return translate("Mp3", "Closing")


def item_title(item: NumberedItem) -> str:
    """A numbered item's title in a table of contents: "2.3 Styrke et ...", "C2.1 Citat: Skoleelev"."""
    if item.kind is ItemKind.QUOTE:
        return translate("Mp3", "{number} Quote: {speaker}").format(number=item.number, speaker=item.block.speaker)
    return f"{item.number} {item.text}"


@dataclass(frozen=True)
class Chapter:
    title: str
    start_ms: int
    end_ms: int


NUMBERS_TOC = "numbers"  # the element id of the table of contents of the numbered items


def write_chapters(path: Path, document: Document, chapters: list[Chapter], theme: int | None,
                   numbered: list[Chapter] | None = None) -> None:
    """Adds an ID3v2.3 tag to ``path``: title, publisher, year, language and one CHAP per chapter under a
    CTOC; the ``numbered`` items' CHAPs under a CTOC of their own, the top-level one's last entry."""
    from mutagen.id3 import CHAP, CTOC, ID3, TALB, TDRC, TIT2, TLAN, TPE1, CTOCFlags

    tags = ID3()
    title = document.title if theme is None else f"{document.title} – {chapters[0].title}"
    tags.add(TIT2(encoding=3, text=[title]))
    tags.add(TALB(encoding=3, text=[document.title]))
    if document.publisher:
        tags.add(TPE1(encoding=3, text=[document.publisher]))
    if document.year:
        tags.add(TDRC(encoding=3, text=[str(document.year)]))
    tags.add(TLAN(encoding=3, text=["dan" if (document.language or "da").startswith("da") else document.language]))
    ids = [f"chp{index}" for index in range(1, len(chapters) + 1)]
    item_ids = [f"nr{index}" for index in range(1, len(numbered or []) + 1)]
    tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                  child_element_ids=ids + ([NUMBERS_TOC] if item_ids else []),
                  sub_frames=[TIT2(encoding=3, text=[document.title])]))
    if item_ids:
        tags.add(CTOC(element_id=NUMBERS_TOC, flags=CTOCFlags.ORDERED, child_element_ids=item_ids,
                      sub_frames=[TIT2(encoding=3, text=[translate("Mp3", "Commitments and quotes by number")])]))
    for element_id, chapter in zip(ids + item_ids, chapters + (numbered or []), strict=True):
        tags.add(CHAP(element_id=element_id, start_time=chapter.start_ms, end_time=chapter.end_ms,
                      start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,
                      sub_frames=[TIT2(encoding=3, text=[chapter.title])]))
    tags.save(str(path), v2_version=3)


def read_chapters(path: Path, toc: str = "") -> list[Chapter]:
    """The chapters of an MP3 file in the order of its top-level table of contents, or of the one
    named ``toc`` (``NUMBERS_TOC``: the numbered commitments and quotes)."""
    from mutagen.id3 import ID3, CTOCFlags

    tags = ID3(str(path))
    tocs = tags.getall("CTOC")
    chapters = {frame.element_id: frame for frame in tags.getall("CHAP")}
    chosen = [frame for frame in tocs if (frame.element_id == toc if toc else frame.flags & CTOCFlags.TOP_LEVEL)]
    chosen = chosen or ([] if toc else tocs[:1])
    order = list(chosen[0].child_element_ids) if chosen else ([] if toc else sorted(chapters))
    result = []
    for element_id in order:
        frame = chapters.get(element_id)
        if frame is None:  # a table of contents inside this one
            continue
        titles = [sub.text[0] for sub in frame.sub_frames.values() if getattr(sub, "FrameID", "") == "TIT2"]
        result.append(Chapter(titles[0] if titles else "", frame.start_time, frame.end_time))
    return result


def verify_mp3(path: Path, chapters: int, numbered: int = 0) -> Mp3Info:
    """Whole frames, sound, ``chapters`` chapter marks and ``numbered`` marks of numbered items
    inside the sound, each list in order."""
    info = mp3_frames(path)
    wrong = translate("Mp3", "the MP3 file's chapters do not fit its sound")
    try:
        marks = read_chapters(path)
        items = read_chapters(path, NUMBERS_TOC) if numbered else []
    except Exception as error:  # mutagen raises its own errors for a damaged tag
        raise IncompleteOutputError(wrong) from error
    duration_ms = info.seconds * 1000
    for listed in (marks, items):
        previous = -1
        for mark in listed:
            if not previous <= mark.start_ms <= mark.end_ms <= duration_ms + 1:
                raise IncompleteOutputError(wrong)
            previous = mark.end_ms
    if len(marks) != chapters or len(items) != numbered:
        raise IncompleteOutputError(wrong)
    return info


def export_mp3(document: Document, path: Path, *, theme: int | None = None, rate: int = SPEECH_RATE.default, voice: str = "",
               progress: Progress | Callable[[int], None] | None = None,
               synth: Synthesizer | None = None, narrator: Narrator | None = None) -> str:
    """Writes the document (or theme ``theme``) as one MP3 with chapters; returns a line to print."""
    sections = sections_for(document, theme)
    narrator = narrator or open_narrator(document, rate=rate, voice=voice, synth=synth)
    chapters: list[Chapter] = []
    numbered: list[Chapter] = []
    info: list[Mp3Info] = []

    def verify(written: Path) -> None:
        info.append(verify_mp3(written, len(chapters), len(numbered)))

    try:
        with atomic_output(path, verify=verify) as temporary:
            with open(temporary, "wb") as file:
                stream = Mp3Stream(file)
                starts: dict[int, int] = {}
                items: dict[str, tuple[NumberedItem, int, int]] = {}  # number -> (item, first sample, last)
                for spoken_ in narrate(narrator, sections, stream.write, as_progress(sections, progress)):
                    starts.setdefault(spoken_.section, spoken_.begin)
                    item = item_at(document, spoken_.sentence.start)
                    if item is not None:
                        begin = items[item.number][1] if item.number in items else spoken_.begin
                        items[item.number] = (item, begin, spoken_.end)
                stream.close()
            if stream.samples == 0:
                raise nothing_to_say(theme)
            rate_hz = stream.sample_rate
            indexes = sorted(starts)
            for position, index in enumerate(indexes):
                end = starts[indexes[position + 1]] if position + 1 < len(indexes) else stream.samples
                chapters.append(Chapter(section_title(sections[index]),
                                        starts[index] * 1000 // rate_hz, end * 1000 // rate_hz))
            numbered.extend(Chapter(item_title(item), begin * 1000 // rate_hz, end * 1000 // rate_hz)
                            for item, begin, end in items.values())
            write_chapters(temporary, document, chapters, theme, numbered)
    except OutputError as error:
        raise SpeakError(str(error)) from error
    minutes, seconds = duration_text(round(info[0].seconds * 1000))
    chapter_word = translate("Mp3", "chapter") if len(chapters) == 1 else translate("Mp3", "chapters")
    return translate("Mp3", "{path}: {minutes} min {seconds} s of speech written as MP3 with {chapters} "
                            "{chapter_word}.").format(path=path, minutes=minutes, seconds=seconds,
                                                      chapters=len(chapters), chapter_word=chapter_word)
