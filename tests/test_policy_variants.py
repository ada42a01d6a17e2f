"""A property over generated variants of the policy: every way of writing it that the content guide
allows (a speaker right under the quote or after a '>' line, any of the three dashes, lines wrapped
anywhere, items continued on indented lines, more blank lines, CRLF, a byte-order mark, trailing
spaces, '>' with or without a space...) passes --check, and what the reader shows (the rendered text),
speaks (the read-aloud script, mapped back to the text it stands for) and exports (the EPUB's XHTML
and the large-print layout) holds every sentence of the source text, in order, each equal to the
source's, and every quote with its own speaker.

``READER_VARIANTS`` (default 40) and ``READER_VARIANTS_SEED`` change the run; the seed is in every
failure.
"""

from __future__ import annotations

import os
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.document import BlockKind, Document, parse_text
from reader.document.numbers import number_labels
from reader.output.epub import section_xhtml
from reader.speech import spoken
from tests.conftest import POLICY, SOURCE_TEXT
from tests.document import source

COUNT = int(os.environ.get("READER_VARIANTS", "40"))
SEED = int(os.environ.get("READER_VARIANTS_SEED", "20261206"))
SOURCE_SENTENCES = source.sentences(source.lines(SOURCE_TEXT))
SOURCE_QUOTES = [quote for theme in source.themes(SOURCE_TEXT) for quote in theme.quotes]
DASHES = ("—", "–", "--")
XHTML = "{http://www.w3.org/1999/xhtml}"


# -- the variants ---------------------------------------------------------------------------------------------
def _wrap(text: str, rng: random.Random, prefix: str = "", indent: str = "") -> list[str]:
    """``text`` broken at some of its spaces, each new line starting with ``prefix`` + ``indent``."""
    words = text.split(" ")
    lines, current = [], [words[0]]
    for word in words[1:]:
        if rng.random() < 0.12:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    lines.append(" ".join(current))
    return [lines[0], *(prefix + indent + line for line in lines[1:])]


def _quote(block: list[str], rng: random.Random) -> list[str]:
    """A quote (its text lines, then '>' lines, then the speaker line) written another allowed way."""
    texts = [line[2:] for line in block if line.startswith("> ") and not line.startswith(("> —", "> –", "> --"))]
    speaker = next(line for line in block if line.startswith(("> —", "> –", "> --")))
    name = speaker.lstrip("> ").lstrip("—–-").strip()
    marker = rng.choice([">", "> "]) if rng.random() < 0.3 else "> "
    out: list[str] = []
    for text in texts:
        for line in _wrap(text, rng):
            out.append(("> " if rng.random() < 0.8 else ">") + line)
    if rng.random() < 0.5:
        out.append(marker.rstrip() if rng.random() < 0.5 else marker)
    out.append(f"> {rng.choice(DASHES)}{rng.choice([' ', '  '])}{name}")
    return out


def _blocks(text: str) -> Iterator[list[str]]:
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def variant(rng: random.Random) -> str:
    """One way of writing the policy that the content guide allows."""
    text = POLICY.read_text(encoding="utf-8")
    front_end = text.index("\n---\n", 4) + len("\n---\n")
    out = [text[:front_end].rstrip("\n")]
    for block in _blocks(text[front_end:]):
        first = block[0]
        if first.startswith("> "):
            lines = _quote(block, rng)
        elif first.startswith("#"):
            hashes, _, title = first.partition(" ")
            lines = [hashes + " " * rng.choice([1, 1, 2, 3]) + title.strip()]
        elif first.startswith("* "):
            lines = []
            for item in block:
                wrapped = _wrap(item[2:], rng, indent="  ") if rng.random() < 0.4 else [item[2:]]
                lines += ["* " + wrapped[0], *wrapped[1:]]
        else:
            lines = [wrapped for line in block for wrapped in (_wrap(line, rng) if rng.random() < 0.6 else [line])]
        out.append("\n".join(lines))
    body = "".join(("\n" * rng.choice([2, 2, 3, 4])) + block for block in out) + "\n"
    if rng.random() < 0.3:  # trailing spaces (two are Markdown's line break: the same lines)
        body = "\n".join(line + " " * rng.choice([0, 1, 2]) if line.strip() else line for line in body.split("\n"))
    if rng.random() < 0.3:
        body = body.replace("\n", "\r\n")
    if rng.random() < 0.2:
        body = "\ufeff" + body
    return body.lstrip("\n") if not body.startswith("\ufeff") else body


def variants() -> list[object]:
    rng = random.Random(SEED)
    return [pytest.param(variant(rng), id=f"seed{SEED}-{number}") for number in range(COUNT)]


# -- what is shown, spoken and exported, as the source's units ---------------------------------------------
def model_units(document: Document) -> tuple[list[str], list[tuple[str, str]]]:
    """The document's lines as the source has them (a wrapped paragraph is one), and its quotes."""
    units: list[str] = []
    quotes: list[tuple[str, str]] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and block.level == 2:
            continue  # the section titles the Markdown adds
        if block.kind is BlockKind.PARAGRAPH:
            units.append(" ".join(block.lines))
        elif block.kind is BlockKind.QUOTE:
            units += [" ".join(block.lines[:-1]), block.speaker]
            quotes.append((" ".join(block.lines[:-1]), block.speaker))
        else:
            units += list(block.lines)
    return units, quotes


def spoken_units(document: Document) -> tuple[list[str], list[tuple[str, str]]]:
    """What read-aloud speaks, as the displayed text each sentence stands for."""
    units: list[str] = []
    quotes: list[tuple[str, str]] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and block.level == 2:
            continue
        sentences = list(spoken.ScriptWriter().block_sentences(block))
        shown = [document.text[s.start:s.end] for s in sentences]
        if block.kind is BlockKind.QUOTE:  # first "Citat fra ...", standing for the speaker
            assert sentences[0].text.startswith("Citat fra ")
            quote = " ".join(shown[1:])
            units += [quote, shown[0]]
            quotes.append((quote, shown[0]))
        elif block.kind is BlockKind.PARAGRAPH:
            units.append(" ".join(shown))
        else:  # a sentence per line of a heading or a list
            units += [" ".join(document.text[s.start:s.end] for s in sentences
                               if line_start <= s.start < line_start + len(line))
                      for line, line_start in zip(block.lines, block.line_starts(), strict=True)]
    return units, quotes


def _text(element: ET.Element) -> str:
    """An element's words, without the commitment and quote numbers the EPUB adds ("2.3")."""
    def words(node: ET.Element) -> str:
        inside = "" if node.get("class") == "number" else (node.text or "")
        return inside + "".join(words(child) + (child.tail or "") for child in node)

    return " ".join(words(element).split())


def epub_units(document: Document) -> tuple[list[str], list[tuple[str, str]]]:
    """The EPUB's text, element by element."""
    units: list[str] = []
    quotes: list[tuple[str, str]] = []
    for index, section in enumerate(document.sections):
        xhtml, _targets = section_xhtml(document, section)
        root = ET.fromstring(xhtml.split("\n", 2)[2])  # (after the XML and DOCTYPE lines)
        for element in root.iter():
            tag = element.tag.replace(XHTML, "")
            if tag == "h2" or (tag == "h1" and index):
                continue
            if tag in ("h1", "h3", "li") or (tag == "p" and not _inside(root, element, "blockquote")):
                units.append(" ".join(_text(element).split("\n")))
            elif tag == "figure":
                quote = " ".join(_text(p) for p in element.iter(f"{XHTML}p"))
                speaker = _text(next(element.iter(f"{XHTML}cite")))
                units += [quote, speaker]
                quotes.append((quote, speaker))
    return units, quotes


def _inside(root: ET.Element, element: ET.Element, tag: str) -> bool:
    parents = {child: parent for parent in root.iter() for child in parent}
    node = parents.get(element)
    while node is not None:
        if node.tag == XHTML + tag:
            return True
        node = parents.get(node)
    return False


def _sentences(units: list[str]) -> list[str]:
    return source.sentences([" ".join(unit.split()) for unit in units])


@pytest.mark.parametrize("text", variants())
def test_every_variant_the_guide_allows_shows_speaks_and_exports_the_source_sentence_by_sentence(
        text: str, qapp: object) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor

    from reader.output.pages import LargePrint, print_style
    from reader.output.text_document import TextStyle, render

    document = parse_text(text.removeprefix("\ufeff").replace("\r\n", "\n"), Path("politik.md"))
    assert document.warnings == ()
    style = TextStyle("DejaVu Sans", 16.0, *(QColor("#000000"),) * 2, *(QColor("#ffffff"),) * 4)
    shown = render(document, style).toPlainText()
    assert shown == document.text  # the view shows the model's text, line for line
    printed = LargePrint(document, print_style(style))._layout(QSizeF(400, 600)).toPlainText()
    numbered = document.text  # the large print puts each commitment's and quote's number before it
    for offset, label in sorted(number_labels(document), reverse=True):
        numbered = numbered[:offset] + label.replace("\u00a0", " ") + numbered[offset:]  # (plain text: a space)
    assert printed == numbered
    for name, (units, quotes) in {"shown": model_units(document), "spoken": spoken_units(document),
                                  "exported": epub_units(document)}.items():
        assert _sentences(units) == SOURCE_SENTENCES, f"{name} (seed {SEED})"
        assert quotes == SOURCE_QUOTES, f"{name}: a quote lost its speaker (seed {SEED})"


def test_the_variants_are_varied() -> None:
    """The generator really writes the policy in the other allowed ways (not the same file forty times)."""
    texts = [param.values[0] for param in variants()]  # type: ignore[attr-defined]
    joined = "\n".join(texts)
    assert len(set(texts)) == len(texts)
    for form in ("> – ", "> -- ", "\r\n", "\ufeff", "\n  ", ">\n> —", "\"\n> —", "##  "):
        assert form in joined, form
    assert any(re.search(r"^> [^\"—–-].*\n> [—–]", text, flags=re.MULTILINE) for text in texts)  # wrapped quotes
