"""The numbers of the commitments and quotes, derived from the Markdown (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import Document, parse_text
from reader.document.numbers import ItemKind, find_item, item_at, number_labels, numbered_items, parse_number


def test_each_theme_numbers_its_commitments_and_its_quotes(policy: Document) -> None:
    items = numbered_items(policy)
    assert [item.number for item in items] == [
        "1.1", "1.2", "1.3", "C1.1", "C1.2",
        "2.1", "2.2", "2.3", "C2.1", "C2.2", "C2.3",
        "3.1", "3.2", "3.3", "C3.1", "C3.2",
        "4.1", "4.2", "4.3", "C4.1", "C4.2", "C4.3",
    ]
    third = find_item(policy, "2.3")
    assert third is not None and third.kind is ItemKind.COMMITMENT
    assert third.text == policy.themes[1].commitments[0].items[2]
    assert policy.text[third.start:third.end] == third.text
    quote = find_item(policy, "C3.2")
    assert quote is not None and quote.block is policy.themes[2].quotes[1]
    assert quote.text.startswith('"Det er okay, at forældre griber ind')
    assert policy.text[quote.start:quote.end] == quote.block.text


def test_the_number_of_an_offset_is_the_item_holding_it(policy: Document) -> None:
    item = find_item(policy, "4.2")
    assert item is not None
    assert item_at(policy, item.start) is item
    assert item_at(policy, item.end) is item  # the caret at the end of the line
    assert item_at(policy, item.start - 1) is not item  # the line before
    label = policy.themes[3].commitments[0].start
    assert item_at(policy, label) is None  # "Vi vil:" itself has no number
    speaker = find_item(policy, "C4.1")
    assert speaker is not None
    assert item_at(policy, speaker.block.line_starts()[-1]) is speaker  # the speaker's line belongs to the quote


def test_numbers_are_stable_when_text_changes_and_follow_the_order_of_items(tmp_path: Path) -> None:
    def numbers(markdown: str) -> list[str]:
        return [f"{item.number} {item.text}" for item in numbered_items(parse_text(markdown, tmp_path / "x.md"))]

    head = "---\ntitel: T\nsprog: da\når: 2019\n---\n\n# T\n\n## Indledning\n\nTekst.\n\n"
    theme = "## Tema: A\n\nTekst.\n\nVi vil:\n\n* Et\n* To\n\n> \"Sagt.\"\n>\n> — Elev\n\nVi vil:\n\n* Tre\n\n"
    before = numbers(head + theme)
    assert before == ["1.1 Et", "1.2 To", 'C1.1 "Sagt."', "1.3 Tre"]  # one series over both lists of the theme
    # More text around the items changes no number; a new item renumbers only the items after it.
    assert numbers(head.replace("Tekst.", "Længere tekst. Og mere.") + theme.replace("Tekst.", "Anden tekst.")) == before
    assert numbers(head + theme.replace("* To\n", "* To\n* Ny\n")) == ["1.1 Et", "1.2 To", "1.3 Ny", 'C1.1 "Sagt."',
                                                                        "1.4 Tre"]


def test_items_outside_the_themes_are_numbered_in_theme_0(tmp_path: Path) -> None:
    text = ("---\ntitel: T\nsprog: da\når: 2019\n---\n\n# T\n\n## Indledning\n\nVi vil:\n\n* Før\n\n"
            "## Tema: A\n\nVi vil:\n\n* Inde\n\n## Om\n\n> \"Efter.\"\n>\n> — Elev\n")
    document = parse_text(text, tmp_path / "x.md")
    assert [item.number for item in numbered_items(document)] == ["0.1", "1.1", "C0.1"]


@pytest.mark.parametrize(("typed", "parsed"), [
    ("2.3", (ItemKind.COMMITMENT, 2, 3)),
    (" 2,3 ", (ItemKind.COMMITMENT, 2, 3)),  # a Danish decimal comma
    ("Vi vil 2.3", (ItemKind.COMMITMENT, 2, 3)),
    ("nr. 2.3.", (ItemKind.COMMITMENT, 2, 3)),
    ("C2.1", (ItemKind.QUOTE, 2, 1)),
    ("c 2.1", (ItemKind.QUOTE, 2, 1)),
    ("citat 2.1", (ItemKind.QUOTE, 2, 1)),
    ("Citat nr. 4.3", (ItemKind.QUOTE, 4, 3)),
    ("quote 1.2", (ItemKind.QUOTE, 1, 2)),
    ("q1.2", (ItemKind.QUOTE, 1, 2)),
    ("2", None),  # a theme: the dialog's business
    ("", None),
    ("C2.", None),
    ("cat 2.1", None),
    ("2.3.4", None),
])
def test_typed_numbers(typed: str, parsed: tuple[ItemKind, int, int] | None) -> None:
    assert parse_number(typed) == parsed


def test_labels_stand_before_each_item(policy: Document) -> None:
    labels = dict(number_labels(policy))
    item = find_item(policy, "C2.2")
    assert item is not None
    assert labels[item.start] == "C2.2\u00a0"  # a no-break space: never a number alone at a line's end
    assert len(labels) == len(numbered_items(policy))
