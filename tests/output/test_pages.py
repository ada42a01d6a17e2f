"""The large-print copy: a PDF in the reader's text size, with the whole text, headings and page numbers.

The PDF is checked from the outside with poppler-utils (pdfinfo, pdftotext), as a reader's
PDF viewer would see it.
"""

from __future__ import annotations

import dataclasses
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from reader.document import Document
from reader.output.pages import LargePrint, export_pdf, page_layout, print_style
from reader.output.text_document import TextStyle
from tests.conftest import run_main


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None and sys.platform == "win32":
        pytest.skip("poppler's tools run on the Linux side: tools/test-windows.sh reads the bundle's PDF there")
    assert found, f"{tool} is missing: tools/setup.sh installs poppler-utils"
    return found


def pdf_pages(path: Path) -> int:
    info = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run([poppler("pdftotext"), *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def words(text: str) -> str:
    return " ".join(text.split())


FOOTER = re.compile(r"Børne- og Ungepolitik(, tema \d: [^–\n]+)? – side (\d+) af (\d+)")


def body_text(path: Path) -> str:
    """The text of the pages without their footers (a paragraph may go on over a page's footer)."""
    return FOOTER.sub(" ", pdf_text(path))


def letters(text: str) -> str:
    """The text without spaces and hyphens: pdftotext joins "Børne-" at a line end with the next word."""
    return re.sub(r"[\s\-]", "", text)


def style(size: float) -> TextStyle:
    """A screen style in yellow on black: the copy must come out black on white all the same."""
    return TextStyle("DejaVu Sans", size, QColor("#ffff00"), QColor("#000000"), QColor("#ffff00"),
                     QColor("#ffff00"), QColor("#202020"), QColor("#101010"))


def expected_pages(document: Document, size: float) -> int:
    """Pages the text needs: its height laid out in one long column, over the page's text height."""
    copy = LargePrint(document, print_style(style(size)))
    body, _footer = copy._areas(page_layout())
    one_column = copy._layout(body.__class__(body.width(), 10**7))
    return math.ceil(one_column.documentLayout().documentSize().height() / body.height())


@pytest.mark.parametrize("size", [16.0, 32.0])
def test_pdf_has_the_pages_the_size_needs_and_the_whole_text(qapp, tmp_path: Path, policy: Document,
                                                             size: float) -> None:
    path = tmp_path / "stor-skrift.pdf"
    result = export_pdf(policy, path, style(size))
    pages = pdf_pages(path)
    assert pages == result.pages
    # Lines are never split between pages, so a page may end a little early: at most one page more.
    assert expected_pages(policy, size) <= pages <= expected_pages(policy, size) + 1
    text = letters(body_text(path))
    assert "ﬁ" not in text  # no ligatures: the text is copied and read as it is written
    for block in policy.blocks:
        for line in block.lines:
            assert letters(line) in text, line
    for page in (1, pages):
        assert FOOTER.findall(pdf_text(path, page)) == [("", str(page), str(pages))]


def test_larger_text_makes_more_pages(qapp, tmp_path: Path, policy: Document) -> None:
    small = export_pdf(policy, tmp_path / "16.pdf", style(16.0)).pages
    large = export_pdf(policy, tmp_path / "32.pdf", style(32.0)).pages
    assert large >= 3 * small


def test_pdf_is_black_on_white_whatever_the_screen_shows(qapp, policy: Document) -> None:
    printed = print_style(style(24.0))
    assert (printed.text.name(), printed.background.name(), printed.heading.name()) == ("#000000", "#ffffff", "#000000")
    assert printed.point_size == 24.0
    assert printed.quote_background.lightness() > 220


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_main(*args, config_home=home, platform=False)


def test_export_pdf_from_the_command_line(tmp_path: Path, policy: Document) -> None:
    path = tmp_path / "politik.pdf"
    result = run("--export-pdf", str(path), home=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(path)
    assert result.stdout.strip() == f"Gemt {pages} side(r) i {path}."
    assert letters(policy.themes[3].quotes[0].quote_text) in letters(pdf_text(path))


def test_export_one_theme_from_the_command_line(tmp_path: Path, policy: Document) -> None:
    path = tmp_path / "tema-2.pdf"
    result = run("--export-pdf", str(path), "--section", "2", home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = words(pdf_text(path))
    theme = policy.themes[1]
    assert text.startswith("Børne- og Ungepolitik " + theme.title)
    assert "Børne- og Ungepolitik, tema 2: Leg, læring og trivsel – side 1 af" in text
    body = letters(body_text(path))
    for block in theme.blocks:
        for line in block.lines:
            assert letters(line) in body
    assert letters(policy.themes[0].blocks[1].text) not in body
    # Theme 2's commitments and quotes with their numbers, in order, before their text.
    assert re.findall(r"\bC?2\.\d\b", text) == ["2.1", "2.2", "2.3", "C2.1", "C2.2", "C2.3"]
    assert letters("2.3 " + theme.commitments[0].items[2]) in body


def test_bad_section_and_folder_are_clear_messages(tmp_path: Path) -> None:
    result = run("--export-pdf", str(tmp_path / "x.pdf"), "--section", "9", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "Der er intet tema 9; temaerne har numrene 1, 2, 3, 4."
    result = run("--export-pdf", str(tmp_path / "mangler" / "x.pdf"), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{tmp_path / 'mangler' / 'x.pdf'}: filen kunne ikke gemmes (mappen findes ikke). "
                                     "Den tidligere fil er urørt.")
    assert "Traceback" not in result.stderr


def save_whole_policy(qtbot, dialog, path: Path) -> Path:
    """In the open large-print dialog: the whole policy, Save, ``path`` in the file dialog, until saved."""
    dialog.scope.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog) and files.isVisible()
    files.selectFile(str(path))
    files.accept()
    qtbot.waitUntil(lambda: dialog.last_result is not None)
    return path


def test_save_as_pdf_from_the_window_in_the_users_text_size(make_window, qtbot, settings, tmp_path: Path) -> None:
    settings.set("font_size", 24.0)
    window = make_window()
    window.view.move_to(window.document.themes[2].blocks[1].start)
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.access.large_print
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.scope.currentText() == "Tema 3: Forældre og netværk"  # the theme being read
    assert dialog.size_label.text().startswith("Tekststørrelse 24 pt")
    path = save_whole_policy(qtbot, dialog, tmp_path / "min-kopi.pdf")
    assert path.is_file()
    pages = pdf_pages(path)
    assert dialog.message.text() == f"Gemt {pages} side(r) i {path}."
    # The user's size decides: the same copy at the default 16 pt has far fewer pages.
    default_size = dataclasses.replace(window.text_style(), point_size=16.0)
    assert pages >= 1.8 * export_pdf(window.document, tmp_path / "16.pdf", default_size).pages


def test_the_printer_path_lays_out_the_same_pages(qapp, tmp_path: Path, policy: Document) -> None:
    """What a printer receives (QPrinter at its own resolution), captured through Qt's PDF output."""
    from PySide6.QtPrintSupport import QPrinter

    from reader.ui.large_print import print_to

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = print_to(printer, LargePrint(policy, print_style(style(20.0))))
    assert pdf_pages(tmp_path / "printed.pdf") == result.pages
    assert result.pages == export_pdf(policy, tmp_path / "written.pdf", style(20.0)).pages
    assert letters(policy.themes[0].quotes[0].quote_text) in letters(body_text(tmp_path / "printed.pdf"))
