"""The policy as a reader meets it: every sentence of the source in the source's order, each quote
with its own speaker, each "Vi vil" item and paragraph in its own theme, in order.

The expected structure is read from the source text itself (tests/document/source.py), so an
editor's slip in content/*.md (two quotes trading words, an item moved to another theme, two
paragraphs swapped) fails here, and so does a parser that mixes them up.
"""

from __future__ import annotations

import difflib

import pytest

from reader.document import BlockKind, Document, Section
from tests.conftest import SOURCE_TEXT
from tests.document import source

SOURCE_THEMES = source.themes(SOURCE_TEXT)


def shown_lines(document: Document) -> list[str]:
    """Every line of the model in reading order, without the section titles the Markdown adds."""
    return [line for block in document.blocks if not (block.kind is BlockKind.HEADING and block.level == 2)
            for line in block.lines]


def first_difference(expected: list[str], actual: list[str]) -> str:
    diff = difflib.unified_diff(expected, actual, "source", "model", n=1, lineterm="")
    return "\n".join(list(diff)[:12])


def test_the_model_follows_the_source_sentence_by_sentence(policy: Document) -> None:
    expected = source.sentences(source.lines(SOURCE_TEXT))
    actual = source.sentences(shown_lines(policy))
    assert len(expected) > 100
    assert actual == expected, first_difference(expected, actual)


def test_the_source_has_four_themes_named_in_its_introduction() -> None:
    assert [theme.title for theme in SOURCE_THEMES] == [
        "Dannelse", "Leg, læring og trivsel", "Forældre og netværk", "Vores fælles børn og unge"]
    assert [len(theme.quotes) for theme in SOURCE_THEMES] == [2, 3, 2, 3]
    assert [len(theme.commitments) for theme in SOURCE_THEMES] == [3, 3, 3, 3]


def theme_pairs() -> list[object]:
    return [pytest.param(number, expected, id=expected.title) for number, expected in enumerate(SOURCE_THEMES, 1)]


def model_theme(document: Document, number: int) -> Section:
    theme = document.themes[number - 1]
    assert theme.number == number
    return theme


@pytest.mark.parametrize(("number", "expected"), theme_pairs())
def test_each_quote_is_said_by_its_own_speaker(policy: Document, number: int, expected: source.Theme) -> None:
    theme = model_theme(policy, number)
    assert theme.title == expected.title
    assert [(quote.quote_text, quote.speaker) for quote in theme.quotes] == expected.quotes


@pytest.mark.parametrize(("number", "expected"), theme_pairs())
def test_each_commitment_is_in_its_own_theme(policy: Document, number: int, expected: source.Theme) -> None:
    theme = model_theme(policy, number)
    assert [block.label for block in theme.commitments] == ["Vi vil:"]
    assert [item for block in theme.commitments for item in block.items] == expected.commitments


@pytest.mark.parametrize(("number", "expected"), theme_pairs())
def test_each_themes_paragraphs_are_its_own_in_order(policy: Document, number: int, expected: source.Theme) -> None:
    theme = model_theme(policy, number)
    title, *rest = theme.blocks
    assert (title.kind, title.level, title.text) == (BlockKind.HEADING, 2, expected.title)
    prose = [line for block in rest if block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) for line in block.lines]
    assert prose == expected.prose, first_difference(expected.prose, prose)

