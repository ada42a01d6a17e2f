"""The bundled policy carries the source text and its structure (the order of every sentence and
who says each quote: test_policy_order.py)."""

from __future__ import annotations

import hashlib

import pytest

from reader.document import BlockKind, Document, SectionKind
from tests.conftest import SOURCE_TEXT
from tests.document import source

# Lines the Markdown adds for structure; everything else must come from the source.
STRUCTURAL_LINES = {"Indledning", "Om politikken"}
THEMES = ["Dannelse", "Leg, læring og trivsel", "Forældre og netværk", "Vores fælles børn og unge"]
# The municipality's text as published (Børne- og Ungepolitik 2019), kept in tests/data: its SHA-256,
# so that an edit of the copy (which would change what every order and attribution test compares with)
# fails here rather than passing unnoticed.
SOURCE_SHA256 = "59e15f5cb4920af4d4265dce9d0762805440d997aad76a18c4e1ad9083b28e22"


def source_lines() -> list[str]:
    return source.lines(SOURCE_TEXT)


def test_the_copy_in_tests_is_the_published_source() -> None:
    """The order and attribution tests read tests/data's copy: it must be the source itself, unchanged."""
    assert hashlib.sha256(SOURCE_TEXT.read_bytes()).hexdigest() == SOURCE_SHA256


def test_nothing_is_invented(policy: Document) -> None:
    known = set(source_lines())
    invented = [line for line in policy.text.split("\n") if line not in known and line not in STRUCTURAL_LINES]
    assert invented == []


def test_leftovers_are_dropped(policy: Document) -> None:
    assert "Billede Til" not in policy.text
    assert "Mere info' boksen." not in policy.text.replace("PDF-filen i 'Mere info' boksen", "")
    assert "Dekorativt billede" not in policy.text


def test_metadata(policy: Document) -> None:
    assert (policy.title, policy.language, policy.year) == ("Børne- og Ungepolitik", "da", 2019)
    assert policy.publisher == "Herning Kommune"


def test_sections_are_introduction_four_themes_and_closing(policy: Document) -> None:
    kinds = [section.kind for section in policy.sections]
    assert kinds == [SectionKind.INTRODUCTION, *[SectionKind.THEME] * 4, SectionKind.CLOSING]
    assert [theme.title for theme in policy.themes] == THEMES
    assert [theme.number for theme in policy.themes] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("number", "speakers"),
    [
        (1, ["Skoleelev, 2. klasse", "Medarbejder"]),
        (2, ["Skoleelev, Det Fælles Elevråd", "Forælder til skolebarn", "Medarbejder"]),
        (3, ["Forælder til skolebarn", "Skoleelev, Det Fælles Elevråd"]),
        (4, ["Skoleelev, Det Fælles Elevråd", "Forælder til skolebarn", "Medlem af Handicaprådet"]),
    ],
)
def test_each_theme_has_its_commitments_and_quotes(policy: Document, number: int, speakers: list[str]) -> None:
    theme = policy.themes[number - 1]
    (commitments,) = theme.commitments
    assert commitments.label == "Vi vil:"
    assert len(commitments.items) == 3
    assert [quote.speaker for quote in theme.quotes] == speakers
    assert all(quote.quote_text.startswith('"') and quote.quote_text.endswith('"') for quote in theme.quotes)


def test_fourth_theme_opens_with_its_subheading(policy: Document) -> None:
    theme = policy.themes[3]
    first_after_title = theme.blocks[1]
    assert first_after_title.kind is BlockKind.HEADING
    assert first_after_title.text == "Gode rammer og tæt samarbejde"


def test_closing_keeps_year_accessibility_note_and_contact(policy: Document) -> None:
    closing = policy.sections[-1]
    assert closing.kind is SectionKind.CLOSING
    for needed in ("Politikken er fra 2019.", "Digital tilgængelighed", "Louise Maria Raunkjær", "Tlf.: 96286000",
                   "louise.raunkjaer@herning.dk"):
        assert needed in closing.text


def test_offsets_are_stable_and_cover_the_text(policy: Document) -> None:
    text = policy.text
    position = 0
    for block in policy.blocks:
        assert block.start == position
        assert text[block.start:block.end] == block.text
        for start, line in zip(block.line_starts(), block.lines, strict=True):
            assert text[start:start + len(line)] == line
        position = block.end + 1
    assert position == len(text) + 1
    for section in policy.sections:
        assert text[section.start:section.end] == section.text
        assert policy.section_at(section.start) is section
        assert policy.block_at(section.start) is section.blocks[0]
