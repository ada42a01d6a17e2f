"""How a content problem is written for the editor: 'file:line: fejl: message', in the interface
language, Danish or English (``--check`` prints exactly this, and the window shows it)."""

from __future__ import annotations

from pathlib import Path

from reader.document import ContentError, ContentProblem, Document, Severity
from tests.conftest import messages_in


def test_an_error_with_its_line_in_both_languages() -> None:
    problem = ContentProblem(Path("politik.md"), 12, "quote_no_speaker")
    assert problem.describe() == (
        "politik.md:12: fejl: Citatet mangler hvem der siger det. Afslut citatet med en linje '> — Navn eller rolle'.")
    with messages_in("en"):
        assert problem.describe() == (
            "politik.md:12: error: The quote lacks who says it. End the quote with a line '> — Name or role'.")


def test_a_warning_and_a_problem_of_the_whole_file() -> None:
    warning = ContentProblem(Path("politik.md"), 0, "closing_missing", Severity.WARNING)
    assert warning.describe().startswith("politik.md: advarsel: Dokumentet har intet afsluttende afsnit")
    with messages_in("en"):
        assert warning.describe().startswith("politik.md: warning: The document has no closing section")
        assert warning.message().startswith("The document has no closing section")


def test_parameters_are_filled_in() -> None:
    problem = ContentProblem(Path("a.md"), 3, "theme_duplicate", params={"title": "Dannelse", "first": 1})
    assert problem.message() == "Temaet 'Dannelse' findes allerede (linje 1). Giv hvert tema sin egen titel."
    with messages_in("en"):
        assert problem.message() == "The theme 'Dannelse' already exists (line 1). Give each theme its own title."


def test_a_content_error_carries_every_problem_in_the_interface_language(english: None) -> None:
    problems = [ContentProblem(Path("a.md"), 1, "empty"), ContentProblem(Path("a.md"), 2, "title_missing")]
    error = ContentError(problems)
    assert error.problems == problems
    assert str(error) == ("a.md:1: error: The file is empty. Write the document's text in it, or remove it from "
                          "the content folder.; a.md:2: error: The document has no title. "
                          "Write 'titel: ...' at the top or a heading with one #.")


def test_an_offset_before_the_first_section_belongs_to_the_first(policy: Document) -> None:
    assert policy.section_at(-1) is policy.sections[0]
    assert policy.block_at(-1) is policy.blocks[0]
    assert policy.section_at(len(policy.text) + 10) is policy.sections[-1]
