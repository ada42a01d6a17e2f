"""Content the reader can trust: the parser accepts only what the editors' guide (content/README.md)
describes and names everything else with its line and the fix; plain text that only looks like
Markdown is kept exactly as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import BlockKind, ContentError, Severity, parse_text
from tests.conftest import messages_in

PATH = Path("politik.md")
HEAD = "---\ntitel: Prøve\nsprog: da\n---\n\n# Prøve\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\n"
TAIL = "\n\n## Om\n\nSlut.\n"
FIRST = HEAD.count("\n") + 1  # the line number of the first line of a body


def problems_of(body: str) -> list[tuple[int, str]]:
    """(line within the body, 1-based; code) of every error."""
    with pytest.raises(ContentError) as caught:
        parse_text(HEAD + body + TAIL, PATH)
    return [(p.line - FIRST + 1, p.code) for p in caught.value.problems if p.severity is Severity.ERROR]


# body: [(line in the body, code)] - everything the guide does not describe, named where it is
NAMED = {
    "a speaker line without its dash": (
        '> "Hvis du en dag blev første- og andenvælger."\n>\n> Skoleelev, 2. klasse\n\n'
        '> "Der skal ikke kun være fokus på resultater."\n>\n> — Medarbejder',
        [(3, "speaker_without_dash")]),
    "a speaker line right under the quote, without its dash": (
        '> "Jeg er glad for min klasse."\n> Elev, 4. klasse', [(2, "speaker_without_dash")]),
    "a speaker line with a hyphen for its dash": (
        '> "Jeg er glad for min klasse."\n>\n> - Elev, 4. klasse', [(3, "speaker_odd_dash")]),
    "a speaker line with a figure dash": ('> "Jeg er glad for min klasse."\n> \u2012 Elev', [(2, "speaker_odd_dash")]),
    "a speaker line with a minus sign": ('> "Jeg er glad for min klasse."\n> \u2212Elev', [(2, "speaker_odd_dash")]),
    "an empty speaker": ('> "Venskab er vigtigt."\n>\n> —', [(3, "speaker_empty")]),
    "an empty speaker after a dash and spaces": ('> "Venskab er vigtigt."\n> --   ', [(2, "speaker_empty")]),
    "a quote without any speaker": ('> "Et citat uden afsender, som slutter."', [(1, "quote_no_speaker")]),
    "a line under a quote without '>'": ('> "Et citat."\n— Skoleelev', [(2, "quote_lazy_line")]),
    "a theme heading one level too deep": ("### Tema: Leg og læring\n\nTekst.", [(1, "theme_heading_level")]),
    "a theme heading as the title": ("# Tema: Leg\n\nTekst.", [(1, "theme_heading_level")]),
    "a heading four levels deep": ("#### Lille overskrift\n\nTekst.", [(1, "heading_level")]),
    "a heading without a space": ("##Tema: Leg\n\nTekst.", [(1, "heading_space")]),
    "a space before the theme's colon": ("## Tema : Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a full-width colon after Tema": ("## Tema\uff1a Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a small colon after Tema": ("## Tema\ufe55 Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a letter colon after Tema": ("## TEMA \ua789 Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a hyphen after Tema": ("## tema - Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "an en dash after Tema": ("## Tema – Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "an em dash after Tema": ("## Tema—Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a full stop after Tema": ("## Tema. Dannelse\n\nTekst.", [(1, "theme_heading_form")]),
    "a space before the colon after Theme": ("## Theme : Education\n\nText.", [(1, "theme_heading_form")]),
    "a heading closed with #": ("### Om C# ###\n\nTekst.", [(1, "heading_closing")]),
    "a heading underlined": ("Min overskrift\n---\n\nTekst.", [(2, "setext")]),
    "a heading underlined with =": ("Min overskrift\n=====\n\nTekst.", [(2, "setext")]),
    "a rule": ("Tekst.\n\n***\n\nMere.", [(3, "rule")]),
    "a table": ("| Alder | Antal |\n|---|---|\n| 6 | 12 |", [(1, "table"), (2, "table"), (3, "table")]),
    "a table rule without outer bars": ("Alder | Antal\n--- | ---", [(2, "table")]),
    "a code fence": ("```\nkode\n```", [(1, "code_fence"), (3, "code_fence")]),
    "a list with dashes": ("Punkter:\n\n- et\n- to", [(3, "list_marker"), (4, "list_marker")]),
    "a list with plus signs": ("+ et", [(1, "list_marker")]),
    "a list right under a paragraph": ("Punkter:\n* et\n* to", [(2, "list_needs_blank_line"),
                                                                 (3, "list_needs_blank_line")]),
    "Vi vil: without a blank line": ("Vi vil:\n* Lege mere", [(2, "commitments_blank_line")]),
    "a line under a list item": ("* et punkt\nog så et afsnit", [(2, "list_lazy")]),
    "emphasis": ("Det er *meget* vigtigt.", [(1, "emphasis")]),
    "strong emphasis on the second line": ("Første linje\nog **fed** tekst.", [(2, "emphasis")]),
    "emphasis with underscores": ("Det er _vigtigt_.", [(1, "emphasis")]),
    "emphasis in a heading": ("### En *vigtig* overskrift\n\nTekst.", [(1, "emphasis")]),
    "a code span": ("Tast `F5` for at læse op.", [(1, "code_span")]),
    "a link": ("Læs [politikken](https://herning.dk/politik).", [(1, "link")]),
    "an autolink": ("Læs mere på <https://herning.dk>.", [(1, "autolink")]),
    "an e-mail autolink": ("Skriv til <post@herning.dk>.", [(1, "autolink")]),
    "a link definition": ("Se [politikken][1].\n\n[1]: https://herning.dk", [(1, "link"), (3, "link_definition")]),
    "an entity": ("Børn &amp; unge", [(1, "entity")]),
    "a numeric entity": ("Tlf. &#43;45 96 28 60 00", [(1, "entity")]),
    "a non-breaking space entity": ("Herning&nbsp;Kommune", [(1, "entity_space")]),
    "an escape": ("Tal: 5\\*3 = 15", [(1, "escape")]),
    "inline HTML": ("Tekst med <b>fed</b> skrift.", [(1, "raw_html")]),
    "an HTML block": ("<div>\nTekst\n</div>", [(1, "raw_html")]),
    "an indented code block": ("Tekst.\n\n    kode", [(3, "code_block")]),
    "an empty item": ("* \n* a", [(1, "list_empty_item")]),
    "numbered lines": ("1. Først det ene\n2. Så det andet\n3. Til sidst", [(2, "numbered_list"),
                                                                            (3, "numbered_list")]),
    "a blank line between a quote and its speaker": ('> "Et citat."\n\n> — Elev', [(2, "quote_blank_line")]),
    "a nested list": ("* et\n    * under", [(1, "nested_list")]),
}


@pytest.mark.parametrize("case", list(NAMED))
def test_what_the_guide_does_not_describe_is_named_with_its_line(case: str) -> None:
    body, expected = NAMED[case]
    assert problems_of(body) == expected


def test_a_theme_heading_slip_names_the_line_and_the_heading_to_write() -> None:
    with pytest.raises(ContentError) as caught:
        parse_text(HEAD + "## Tema : Dannelse\n\nTekst." + TAIL, PATH)
    problem = next(p for p in caught.value.problems if p.code == "theme_heading_form")
    assert problem.describe() == (f"{PATH}:{FIRST}: fejl: Overskriften ligner et tema, men bliver ikke læst som et, "
                                  "så temaet bliver vist som et almindeligt afsnit, og temaerne bliver talt forkert. "
                                  "Skriv '## Tema: Dannelse'.")


@pytest.mark.parametrize("heading", ["## Tema: Dannelse", "## tema: Dannelse", "## TEMA: Dannelse",
                                     "## Tema:Dannelse", "## Tema:  Dannelse"])
def test_a_theme_heading_written_as_the_guide_says_is_a_theme(heading: str) -> None:
    document = parse_text(HEAD.replace("## Tema: Et", heading) + "Tekst." + TAIL, PATH)
    assert [theme.title for theme in document.themes] == ["Dannelse"]


@pytest.mark.parametrize("heading", ["## Temaer i politikken", "## Tema", "## Temadag: Leg", "## Tema og mål"])
def test_a_section_whose_title_starts_with_tema_is_an_ordinary_section(heading: str) -> None:
    document = parse_text(HEAD + "Tekst.\n\n" + heading + "\n\nMere." + TAIL, PATH)
    assert [theme.title for theme in document.themes] == ["Et"]


def test_every_named_problem_says_what_to_do_in_both_languages() -> None:
    body = "\n\n".join(body for body, _expected in NAMED.values())
    with pytest.raises(ContentError) as caught:
        parse_text(HEAD + body + TAIL, PATH)
    for problem in caught.value.problems:
        danish = problem.describe()
        with messages_in("en"):
            english = problem.describe()
        assert danish.startswith(f"{PATH}:{problem.line}: ") and english.startswith(f"{PATH}:{problem.line}: ")
        assert danish != english and "{" not in danish and "{" not in english


def shown(body: str) -> list[tuple[BlockKind, tuple[str, ...]]]:
    """The blocks of the theme section a body gives (after its heading)."""
    document = parse_text(HEAD + body + TAIL, PATH)
    theme = document.themes[0]
    return [(block.kind, block.lines) for block in theme.blocks[1:]]


# body: the blocks shown - plain text that looks like Markdown syntax, kept exactly as written
KEPT = {
    "a sentence starting with a class": ("2. klasse er glade for politikken.",
                                         [(BlockKind.PARAGRAPH, ("2. klasse er glade for politikken.",))]),
    "a number on a wrapped line": ("Eleverne i\n2. klasse er glade.",
                                   [(BlockKind.PARAGRAPH, ("Eleverne i 2. klasse er glade.",))]),
    "numbered paragraphs": ("1. Først det ene\n\n2. Så det andet",
                            [(BlockKind.PARAGRAPH, ("1. Først det ene",)), (BlockKind.PARAGRAPH, ("2. Så det andet",))]),
    "an item continued with a dash and a number": (
        "* Have høj faglighed\n  - så alle børn\n  2. klasse med\n* Næste",
        [(BlockKind.LIST, ("Have høj faglighed - så alle børn 2. klasse med", "Næste"))]),
    "a year with a full stop": ("2019. Det år blev politikken vedtaget.",
                                [(BlockKind.PARAGRAPH, ("2019. Det år blev politikken vedtaget.",))]),
    "a number alone": ("3.", [(BlockKind.PARAGRAPH, ("3.",))]),
    "numbers with brackets": ("1) et 2) to", [(BlockKind.PARAGRAPH, ("1) et 2) to",))]),
    "an item starting with a number": ("* 2. klasse er med\n* Alle andre",
                                       [(BlockKind.LIST, ("2. klasse er med", "Alle andre"))]),
    "a commitment starting with a number": ("Vi vil:\n\n* 10. klasse skal med",
                                            [(BlockKind.COMMITMENTS, ("Vi vil:", "10. klasse skal med"))]),
    "a quote starting with a number": ('> 2. klasse siger: "Det er sjovt."\n> — Elev',
                                       [(BlockKind.QUOTE, ('2. klasse siger: "Det er sjovt."', "Elev"))]),
    "arithmetic, snake case, a path, an ampersand, angle brackets": (
        "5 * 3 * 2 = 30, snake_case_navn, C:\\Users, Børn & unge, 3 < 5 > 1",
        [(BlockKind.PARAGRAPH, ("5 * 3 * 2 = 30, snake_case_navn, C:\\Users, Børn & unge, 3 < 5 > 1",))]),
    "a hashtag inside a sentence": ("Vi bruger #venskab på skolen.",
                                    [(BlockKind.PARAGRAPH, ("Vi bruger #venskab på skolen.",))]),
    "addresses and numbers": ("Tlf.: 96286000, www.herning.dk, louise.raunkjaer@herning.dk",
                              [(BlockKind.PARAGRAPH, ("Tlf.: 96286000, www.herning.dk, louise.raunkjaer@herning.dk",))]),
    "a dash alone on a wrapped line": ("Dialog og handling\n-\nbåde centralt og lokalt.",
                                       [(BlockKind.PARAGRAPH, ("Dialog og handling - både centralt og lokalt.",))]),
    "a dash starting a wrapped line": ("Dialog og handling\n- både centralt og lokalt.",
                                       [(BlockKind.PARAGRAPH, ("Dialog og handling - både centralt og lokalt.",))]),
    "a dash in a sentence": ("Børn og unge - både centralt og lokalt.",
                             [(BlockKind.PARAGRAPH, ("Børn og unge - både centralt og lokalt.",))]),
    "an item continued on an indented line": ("* Et langt punkt, der\n  fortsætter her\n* Og et til",
                                              [(BlockKind.LIST, ("Et langt punkt, der fortsætter her", "Og et til"))]),
    "a quote wrapped at a dash": ('> "Trivsel i hele kommunen\n> -\n> det er børneliv."\n> — Forælder',
                                  [(BlockKind.QUOTE, ('"Trivsel i hele kommunen - det er børneliv."', "Forælder"))]),
    "a speaker with a number": ('> "Vi leger."\n>\n> — Skoleelev, 2. klasse',
                                [(BlockKind.QUOTE, ('"Vi leger."', "Skoleelev, 2. klasse"))]),
}


@pytest.mark.parametrize("case", list(KEPT))
def test_plain_text_that_looks_like_markdown_is_kept_as_written(case: str) -> None:
    body, expected = KEPT[case]
    assert shown(body) == expected


def test_the_policy_uses_only_what_the_guide_describes() -> None:
    from reader.document import load_document
    from tests.conftest import POLICY

    document = load_document(POLICY)
    assert [theme.title for theme in document.themes] == [
        "Dannelse", "Leg, læring og trivsel", "Forældre og netværk", "Vores fælles børn og unge"]
    assert document.warnings == ()


def test_the_examples_of_the_guide_are_accepted() -> None:
    """Every example of what to write in content/README.md, put together, is a valid document."""
    import re

    from tests.conftest import CONTENT

    guide = (CONTENT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```\n(.*?)```", guide.split("## 6.")[0], flags=re.DOTALL)
    front_matter, title, sections, *content = examples
    body = "\n\n".join(block.strip() for block in content)
    text = "\n\n".join([front_matter, title, "## Indledning", "Tekst.", "## Tema: Prøve", body, "## Om", "Slut."])
    document = parse_text(text, PATH)
    assert [block.kind for block in document.themes[0].blocks[1:]] == [
        BlockKind.COMMITMENTS, BlockKind.QUOTE, BlockKind.QUOTE]
    assert sections.startswith("## Indledning")
