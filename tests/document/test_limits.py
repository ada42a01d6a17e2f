"""Limits on content and linear work: what would take minutes is refused with a message, and the rest
takes work in proportion to its size.

Work is counted, not timed (the machine is shared): the number of Python and C function calls made
while parsing, through ``sys.setprofile``, for sizes N and 10N. A linear parser makes about ten times
as many calls for ten times the text; the quadratic ones found before made 30-150 times as many.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import markdown
import pytest

from reader.document import ContentError, Severity, load_document, parse_text
from reader.document.parse import MAX_MARKUP, MAX_NESTING, MAX_PARAGRAPH_CHARS
from tests.conftest import POLICY
from tests.waiting import count_calls

HEAD = "---\ntitel: Prøve\nsprog: da\n---\n\n# Prøve\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\n"
HEAD_LINES = HEAD.count("\n")
TAIL = "\n\n## Om\n\nSlut.\n"
PATH = Path("prøve.md")


def problem_of(body: str) -> tuple[str, int, str]:
    with pytest.raises(ContentError) as caught:
        parse_text(HEAD + body + TAIL, PATH)
    problem = next(p for p in caught.value.problems if p.severity is Severity.ERROR)
    return problem.code, problem.line, problem.describe()


def calls_to_parse(text: str) -> int:
    def parse() -> None:
        with contextlib.suppress(ContentError):
            parse_text(text, PATH)

    return count_calls(parse)[1]


def no_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Markdown must not even start on these: the limit is checked first, in one pass."""
    def refuse(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("Markdown was run")

    monkeypatch.setattr(markdown.Markdown, "convert", refuse)


# -- nesting ----------------------------------------------------------------------------------
@pytest.mark.parametrize("levels", [MAX_NESTING + 1, 800, 2000])
def test_a_list_nested_too_deep_is_refused_at_its_line(levels: int, monkeypatch: pytest.MonkeyPatch) -> None:
    no_markdown(monkeypatch)
    body = "".join("    " * level + "* punkt\n" for level in range(min(levels, 300) + 1))
    code, line, message = problem_of(body)
    assert (code, line) == ("too_deep", HEAD_LINES + MAX_NESTING + 2)
    assert message.startswith(f"{PATH}:{line}: fejl: Teksten er indlejret {MAX_NESTING + 1} niveauer dybt; "
                              f"højst {MAX_NESTING} er tilladt. Fjern '>' og indrykning")


def test_a_quote_nested_2000_deep_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    no_markdown(monkeypatch)
    code, line, message = problem_of("Før.\n\n" + "> " * 2000 + "dybt\n")
    assert (code, line) == ("too_deep", HEAD_LINES + 3)
    assert "indlejret 2000 niveauer dybt" in message


def test_nesting_up_to_the_limit_is_parsed() -> None:
    """One quote inside another, within the limit, gets the content message, not the limit's."""
    code, _line, _message = problem_of("> > \"Citat\"\n>\n> — Elev\n")
    assert code == "quote_unknown"


# -- paragraph length and markup ----------------------------------------------------------------
def test_a_paragraph_over_the_limit_is_refused_at_its_first_line(monkeypatch: pytest.MonkeyPatch) -> None:
    no_markdown(monkeypatch)
    words = "Børn og unge skal trives. " * (MAX_PARAGRAPH_CHARS // 26 + 1)
    wrapped = "\n".join(words[i:i + 70] for i in range(0, len(words), 70))  # as an editor's program wraps it
    code, line, message = problem_of("Kort afsnit.\n\n" + wrapped + "\n")
    assert (code, line) == ("too_long", HEAD_LINES + 3)
    assert message.endswith("Afsnittet er længere end 10.000 tegn. Del det op i flere afsnit med en tom linje imellem.")


def test_a_paragraph_just_under_the_limit_and_a_long_list_are_read() -> None:
    paragraph = ("Børn og unge skal trives. " * (MAX_PARAGRAPH_CHARS // 26))[: MAX_PARAGRAPH_CHARS - 100]
    items = "".join(f"* Punkt nummer {n} om trivsel og læring for alle børn\n" for n in range(400))
    assert len(items) > MAX_PARAGRAPH_CHARS  # one block of lines, but every item is its own unit
    document = parse_text(HEAD + paragraph + "\n\n" + items + TAIL, PATH)
    assert paragraph.strip() in document.text


def test_too_much_markup_is_refused_at_the_line_it_is_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    no_markdown(monkeypatch)
    line_of_markup = "*a* " * 50 + "\n\n"  # 100 markup characters a line
    code, line, message = problem_of(line_of_markup * (MAX_MARKUP // 100 + 1))
    assert code == "too_much_markup"
    assert line == HEAD_LINES + 1 + 2 * (MAX_MARKUP // 100)
    assert "Fjern formatering, eller del dokumentet i flere filer." in message


def test_the_policy_is_far_within_every_limit() -> None:
    text = POLICY.read_text(encoding="utf-8")
    assert len(text.encode()) * 50 < 1024 * 1024
    assert sum(text.count(c) for c in "*_`[<>&\\") * 50 < MAX_MARKUP
    load_document(POLICY)


# -- linear work --------------------------------------------------------------------------------
SHAPES = {
    "paragraphs": "Børn og unge skal trives og lære af hinanden.\n\n",
    "bold paragraphs": "**Børn** og *unge* skal trives.\n\n",  # found in the source despite the markup
    "entities": "&#66;ørn og unge skal trives.\n\n",  # not found in the source as written: searched for
    "list items": "* Et punkt om trivsel\n",
    "quotes": "> \"Venskab er vigtigt.\"\n>\n> — Elev, 4. klasse\n\n",
    "themes": "## Tema: {n}\n\nTekst om tema {n}.\n\n",
    "nested to the limit": "".join("    " * level + "* punkt\n" for level in range(MAX_NESTING)) + "\n",
}


def body_of(shape: str, count: int) -> str:
    unit = SHAPES[shape]
    return "".join(unit.format(n=n) for n in range(count)) if "{n}" in unit else unit * count


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parsing_takes_work_in_proportion_to_the_text(shape: str) -> None:
    small = calls_to_parse(HEAD + body_of(shape, 200) + TAIL)
    large = calls_to_parse(HEAD + body_of(shape, 2000) + TAIL)
    assert large < 14 * small, f"{shape}: {small} calls for 200, {large} for 2000"


def test_markdown_takes_blocks_from_a_deque() -> None:
    """Python-Markdown takes each block with ``pop(0)``; on a list that moves all the others (square time
    in the number of paragraphs, unseen by call counts because it happens inside one C call)."""
    seen: list[type] = []
    original = markdown.blockparser.BlockParser.parseBlocks

    def record(self: object, parent: object, blocks: object) -> None:
        seen.append(type(blocks))
        original(self, parent, blocks)  # type: ignore[arg-type]

    markdown.blockparser.BlockParser.parseBlocks = record  # type: ignore[method-assign]
    try:
        parse_text(HEAD + body_of("quotes", 20) + TAIL, PATH)
    finally:
        markdown.blockparser.BlockParser.parseBlocks = original  # type: ignore[method-assign]
    assert seen and not issubclass(seen[0], list), seen  # the whole document; inner calls get a block or two


def test_a_long_list_of_unfindable_lines_keeps_line_numbers_near() -> None:
    """Text Markdown changes beyond recognition is placed on the next line, not searched to the end."""
    body = "".join(f"&#{65 + n % 26}; linje {n}\n\n" for n in range(50)) + "> \"x\"\n"
    with pytest.raises(ContentError) as caught:
        parse_text(HEAD + body + TAIL, PATH)
    lines = {p.code: p.line for p in reversed(caught.value.problems)}  # (the first line of each kind)
    assert lines["entity"] == HEAD_LINES + 1  # each entity is named on its own line
    assert lines["quote_no_speaker"] == HEAD_LINES + 101
