"""What the export tests share: a fake voice, and readers for the files the exports write."""

from __future__ import annotations

import math
import re
import struct
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from reader.output.epub import audio_clips
from reader.output.mp3 import walk_frames
from reader.speech.synthesis import Audio, Voice

XHTML = "{http://www.w3.org/1999/xhtml}"
SAMPLES_PER_CHARACTER = 40
SAMPLE_RATE = 22050
_TONE = b"".join(struct.pack("<h", int(3000 * math.sin(i / 7))) for i in range(SAMPLES_PER_CHARACTER))


class FakeSynth:
    """A voice with the synthesiser's shape: 40 samples of tone per character, every call remembered."""

    name = "fake"
    timing = False

    def __init__(self) -> None:
        self.calls: list[str] = []

    def voices(self) -> list[Voice]:
        return [Voice("fake/da", "Falsk dansk", "da")]

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        self.calls.append(text)
        return Audio(_TONE * len(text), SAMPLE_RATE)


def epub_sections(path: Path) -> list[tuple[str, ElementTree.Element]]:
    """(name, parsed XHTML) of every section of the book, in spine order."""
    with zipfile.ZipFile(path) as book:
        package = ElementTree.fromstring(book.read("EPUB/package.opf"))
        opf = "{http://www.idpf.org/2007/opf}"
        hrefs = {item.get("id"): item.get("href") for item in package.iter(f"{opf}item")}
        spine = [ref.get("idref") for ref in package.iter(f"{opf}itemref") if ref.get("linear") != "no"]
        return [(str(hrefs[idref]), ElementTree.fromstring(book.read(f"EPUB/{hrefs[idref]}"))) for idref in spine]


def sentence_spans(root: ElementTree.Element) -> list[tuple[str, str]]:
    """(id, text) of every sentence span, in document order."""
    return [(str(span.get("id")), "".join(span.itertext())) for span in root.iter(f"{XHTML}span")
            if re.fullmatch(r"s\d+", span.get("id") or "")]


def element_order(root: ElementTree.Element) -> dict[str, int]:
    """Each id of the document and the position of its element in document order."""
    return {str(element.get("id")): index for index, element in enumerate(root.iter()) if element.get("id")}


def book_clips(path: Path) -> dict[str, list[tuple[str, str, float, float]]]:
    """Every SMIL file's clips: (text src, audio src, begin, end)."""
    with zipfile.ZipFile(path) as book:
        return {name: audio_clips(book, name) for name in sorted(book.namelist()) if name.endswith(".smil")}


def book_audio_seconds(path: Path) -> dict[str, float]:
    with zipfile.ZipFile(path) as book:
        result = {}
        for name in book.namelist():
            if name.endswith(".mp3"):
                with book.open(name) as audio:
                    result[name] = walk_frames(audio, book.getinfo(name).file_size).seconds
        return result
