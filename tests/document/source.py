"""The source text of the policy (the municipality's web page as text), read into its parts.

The web page has no theme headings: its pictures ("Billede Til Boerne Og Ungepolitik ...")
stand between the parts. Before the first picture is the introduction, between the second
and the sixth are the four themes, named by the introduction's list of themes, and after the
last comes the closing. Inside a theme, a line "Vi vil:" is followed by bullet lines (the
commitments), and a line in quotation marks is followed by the line naming its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PICTURE = re.compile(r"^Billede Til ")
# Web-page leftovers that are not part of the policy.
LEFTOVERS = (
    PICTURE,
    re.compile(r"^Du finder politikken i 'Mere info' boksen\.$"),
    re.compile(r"^Dekorativt billede$"),
)
BULLET = "•"
# A sentence ends at . ! or ? followed by space and a capital letter or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"])")


def clean(raw: str) -> str:
    """One source line as shown: bullet dropped, the page's non-breaking spaces as plain spaces."""
    return " ".join(raw.strip().removeprefix(BULLET).split())


def lines(path: Path) -> list[str]:
    """Every line of the policy in the source, in order, without the web page's leftovers."""
    kept = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = clean(raw)
        if line and not any(pattern.search(line) for pattern in LEFTOVERS):
            kept.append(line)
    return kept


def sentences(text_lines: list[str]) -> list[str]:
    """The sentences of ``text_lines``, in order (a line always ends a sentence)."""
    return [sentence for line in text_lines for sentence in SENTENCE_END.split(line)]


@dataclass
class Theme:
    title: str
    prose: list[str] = field(default_factory=list)  # paragraphs and subheadings, in order
    commitments: list[str] = field(default_factory=list)  # the "Vi vil:" items
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (quote, speaker)


def themes(path: Path) -> list[Theme]:
    """The four themes of the source with their prose, commitments and quotes."""
    parts: list[list[str]] = [[]]
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = clean(raw)
        if PICTURE.search(line):
            parts.append([])
        elif line or raw.strip().startswith(BULLET):
            parts[-1].append(raw)
    titles: list[str] = []  # the introduction's first bullet list names the themes
    for raw in parts[0]:
        if raw.strip().startswith(BULLET):
            titles.append(clean(raw))
        elif titles:
            break
    assert len(parts) == 7, "introduction, its picture, four themes and the closing"
    result = []
    for title, part in zip(titles, parts[2:6], strict=True):
        theme = Theme(title)
        raws = [raw for raw in part if clean(raw)]
        index = 0
        while index < len(raws):
            line = clean(raws[index])
            if line == "Vi vil:":
                index += 1
                while index < len(raws) and raws[index].strip().startswith(BULLET):
                    theme.commitments.append(clean(raws[index]))
                    index += 1
                continue
            if line.startswith('"'):
                theme.quotes.append((line, clean(raws[index + 1])))
                index += 2
                continue
            theme.prose.append(line)
            index += 1
        result.append(theme)
    return result
