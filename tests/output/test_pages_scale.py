"""The large-print layout takes work in proportion to the document's length.

Counted, not timed: the Python and Qt calls made while the pages are drawn, for N and 10N
paragraphs. Drawing each page used to walk every block of the document (10,000 paragraphs:
976 pages, 50 s of CPU), a hundred times the work for ten times the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter

from reader.document import parse_text
from reader.output.pages import PDF_RESOLUTION, LargePrint, page_layout, print_style
from tests.output.test_pages import style
from tests.waiting import count_calls

HEAD = "---\ntitel: Lang\nsprog: da\n---\n\n# Lang\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\n"
PARAGRAPH = "Børn og unge skal trives, lære og have venskaber hver eneste dag i Herning Kommune.\n\n"


def calls_to_paint(paragraphs: int, target: Path) -> tuple[int, int]:
    document = parse_text(HEAD + PARAGRAPH * paragraphs + "## Om\n\nSlut.\n", Path("lang.md"))
    copy = LargePrint(document, print_style(style(16.0)))
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    return count_calls(lambda: copy.paint(writer))


def test_drawing_the_pages_takes_work_in_proportion_to_the_text(qapp, tmp_path: Path) -> None:
    small_pages, small = calls_to_paint(100, tmp_path / "small.pdf")
    large_pages, large = calls_to_paint(1000, tmp_path / "large.pdf")
    assert 8 * small_pages <= large_pages <= 11 * small_pages
    assert large < 14 * small, f"{small} calls for {small_pages} pages, {large} for {large_pages}"
