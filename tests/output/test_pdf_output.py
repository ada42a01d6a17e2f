"""The large-print PDF judged by what it holds, as a reader's PDF viewer and printer see it.

Its pages are rendered to pixels with pdftoppm and read with pdftotext (words with their
boxes) and pdffonts: black text on white paper whatever colours the screen uses, every word
of the policy at the user's text size or larger, every font embedded, every sentence in the
source's order, and "side N af M" on every page. Only the public entry points are used
(``export_pdf`` and ``--export-pdf``), so a new pagination passes as long as the copy is right.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage

from reader.document import Document
from reader.output.pages import export_pdf
from reader.output.text_document import TextStyle
from reader.paths import RESOURCES
from reader.presentation.themes import contrast_ratio, load_themes
from tests.conftest import run_main
from tests.document import source
from tests.output.test_pages import save_whole_policy

THEMES = load_themes(RESOURCES / "themes")
XHTML = "{http://www.w3.org/1999/xhtml}"
RESOLUTION = 50  # dots per inch for the pixel checks: strokes of 16 pt text are still solid


def poppler(tool: str, *args: str) -> str:
    found = shutil.which(tool)
    if found is None and sys.platform == "win32":
        pytest.skip("poppler's tools run on the Linux side: tools/test-windows.sh reads the bundle's PDF there")
    assert found, f"{tool} is missing: tools/setup.sh installs poppler-utils"
    return subprocess.run([found, *args], capture_output=True, text=True, check=True).stdout


def letters(text: str) -> str:
    """The text without spaces and hyphens: a PDF line may end in "Børne-" and go on with "og"."""
    return re.sub(r"[\s\-]", "", text)


@dataclass(frozen=True)
class Line:
    text: str
    heights: tuple[float, ...]  # of each word's box, in points


def pdf_lines(path: Path) -> list[list[Line]]:
    """Each page's lines of text with the height of every word's box (pdftotext -bbox-layout)."""
    root = ET.fromstring(poppler("pdftotext", "-bbox-layout", str(path), "-"))
    pages = []
    for page in root.iter(f"{XHTML}page"):
        lines = []
        for line in page.iter(f"{XHTML}line"):
            words = list(line.iter(f"{XHTML}word"))
            lines.append(Line(" ".join(word.text or "" for word in words),
                              tuple(float(word.get("yMax", 0)) - float(word.get("yMin", 0)) for word in words)))
        pages.append(lines)
    return pages


def embedded_fonts(path: Path) -> dict[str, bool]:
    """pdffonts' table: font name -> embedded (the columns end: emb sub uni object generation)."""
    rows = poppler("pdffonts", str(path)).splitlines()[2:]
    return {row.split()[0]: row.split()[-5] == "yes" for row in rows if row.strip()}


def page_colours(path: Path, tmp_path: Path) -> list[Counter[int]]:
    """Every page rendered at RESOLUTION dpi: how many pixels of each colour (0xRRGGBB)."""
    prefix = tmp_path / "page"
    poppler("pdftoppm", "-r", str(RESOLUTION), str(path), str(prefix))
    pages = []
    for image_path in sorted(tmp_path.glob("page-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        image = QImage(str(image_path)).convertToFormat(QImage.Format.Format_RGB32)
        assert not image.isNull(), image_path
        counts: Counter[int] = Counter()
        for y in range(image.height()):
            counts.update(image.constScanLine(y).cast("I")[: image.width()])  # type: ignore[attr-defined]
        pages.append(Counter({value & 0xFFFFFF: n for value, n in counts.items()}))
    return pages


def hex_colour(value: int) -> str:
    return f"#{value:06x}"


def assert_black_on_white(pages: list[Counter[int]]) -> None:
    """White paper, black strokes, light-grey boxes at most: no colour and no grey text."""
    for number, counts in enumerate(pages, 1):
        coloured = {hex_colour(v): n for v, n in counts.items()
                    if max(v >> 16, v >> 8 & 255, v & 255) - min(v >> 16, v >> 8 & 255, v & 255) > 12}
        assert coloured == {}, f"page {number} has colour: {Counter(coloured).most_common(5)}"
        total = sum(counts.values())
        # The page margins alone are a fifth of the page: white paper.
        assert counts[0xFFFFFF] > total * 0.2, f"page {number}: the paper is {hex_colour(counts.most_common(1)[0][0])}"
        dark = sum(n for v, n in counts.items() if v & 255 < 128)
        assert dark < total * 0.3, f"page {number} is mostly dark: light text on a dark box?"
        strokes = [v for v, n in counts.items() if n >= 20]
        ink = min(strokes, key=lambda v: v & 255)
        assert contrast_ratio(hex_colour(ink), "#ffffff") >= 15.0, f"page {number}: the text is {hex_colour(ink)}"


def font_ratio(family: str) -> float:
    """Height of a word's box over the font size: (ascent + descent) / em of ``family``, which
    is what poppler reports for a word set in that font."""
    from reader.ui import fonts

    fonts.load_bundled_fonts()
    font = QFont(family)
    font.setPixelSize(1000)
    metrics = QFontMetricsF(font)
    return (metrics.ascent() + metrics.descent()) / 1000


# The number the copy prints before each commitment and quote ("2.3 ", "C2.1 "): not the policy's text.
NUMBER = re.compile(r"^C?\d+\.\d+\s")


def split_policy_and_footers(document: Document, pages: list[list[Line]]) -> tuple[list[Line], list[str]]:
    """The lines that are the policy's text (a number before an item aside), and each page's remaining
    text (its footer)."""
    policy = letters(document.text)
    text_lines, footers = [], []
    for lines in pages:
        footer = [line.text for line in lines if letters(NUMBER.sub("", line.text)) not in policy]
        text_lines += [Line(NUMBER.sub("", line.text), line.heights) for line in lines
                       if letters(NUMBER.sub("", line.text)) in policy]
        footers.append(" ".join(footer))
    return text_lines, footers


def assert_every_sentence_in_order(document: Document, text_lines: list[Line]) -> None:
    printed = letters(" ".join(line.text for line in text_lines))
    expected = source.sentences([line for block in document.blocks for line in block.lines])
    position = 0
    for sentence in expected:
        found = printed.find(letters(sentence), position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(letters(sentence))


def assert_text_size_at_least(text_lines: list[Line], point_size: float, family: str) -> None:
    ratio = font_ratio(family)
    small = [(line.text, round(min(line.heights) / ratio, 1)) for line in text_lines
             if min(line.heights) / ratio < point_size - 0.2]
    assert small == [], f"text smaller than {point_size} pt"


def screen_style(theme_id: str, size: float, family: str = "DejaVu Sans") -> TextStyle:
    """The reader's style in a screen theme's colours: what the user sees, not what prints."""
    theme = THEMES[theme_id]
    return TextStyle(family, size, QColor(theme.text), QColor(theme.background), QColor(theme.heading),
                     QColor(theme.quote_text), QColor(theme.quote_background), QColor(theme.commitments_background))


def test_the_copy_from_the_command_line_in_yellow_on_black_at_32_pt(tmp_path: Path, policy: Document) -> None:
    """A user who reads yellow on black at 32 pt in Atkinson Hyperlegible saves the copy."""
    path = tmp_path / "stor-skrift.pdf"
    result = run_main("--settings", str(tmp_path / "settings.ini"), "--theme", "yellow-on-black", "--font-size", "32",
                      "--font", "atkinson", "--export-pdf", str(path), config_home=tmp_path, platform=False)
    assert result.returncode == 0, result.stderr
    pages = pdf_lines(path)
    assert result.stdout.strip() == f"Gemt {len(pages)} side(r) i {path}."
    fonts = embedded_fonts(path)
    assert fonts and all(fonts.values()), f"not embedded: {fonts}"
    assert all(name.split("+")[-1].startswith("AtkinsonHyperlegible") for name in fonts), fonts
    text_lines, footers = split_policy_and_footers(policy, pages)
    assert footers == [f"Børne- og Ungepolitik – side {n} af {len(pages)}" for n in range(1, len(pages) + 1)]
    assert_every_sentence_in_order(policy, text_lines)
    assert_text_size_at_least(text_lines, 32.0, "Atkinson Hyperlegible")
    assert_black_on_white(page_colours(path, tmp_path))


def test_the_copy_saved_from_the_window_in_yellow_on_black_at_24_pt(make_window, qtbot, settings, tmp_path: Path,
                                                                    policy: Document) -> None:
    """Ctrl+P in the window, the whole policy saved as PDF, as a user reading yellow on black does it."""
    settings.set("theme", "yellow-on-black")
    settings.set("font_size", 24.0)
    window = make_window()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.access.large_print
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    path = save_whole_policy(qtbot, dialog, tmp_path / "min-kopi.pdf")
    pages = pdf_lines(path)
    assert all(embedded_fonts(path).values())
    text_lines, footers = split_policy_and_footers(policy, pages)
    assert footers == [f"Børne- og Ungepolitik – side {n} af {len(pages)}" for n in range(1, len(pages) + 1)]
    assert_every_sentence_in_order(policy, text_lines)
    assert_text_size_at_least(text_lines, 24.0, window.text_style().font_family)
    assert_black_on_white(page_colours(path, tmp_path))


@pytest.mark.parametrize("theme_id", [*THEMES])
def test_every_screen_theme_prints_black_on_white(qapp, tmp_path: Path, policy: Document, theme_id: str) -> None:
    path = tmp_path / "tema-2.pdf"
    export_pdf(policy, path, screen_style(theme_id, 20.0), theme_number=2)
    pages = pdf_lines(path)
    theme = policy.themes[1]
    text_lines, footers = split_policy_and_footers(policy, pages)
    for number, footer in enumerate(footers, 1):
        assert footer.endswith(f"side {number} af {len(pages)}"), footer
    excerpt = Document(policy.title, policy.language, policy.year, (theme,), policy.source)
    assert_every_sentence_in_order(excerpt, text_lines)
    assert_text_size_at_least(text_lines, 20.0, "DejaVu Sans")
    assert_black_on_white(page_colours(path, tmp_path))


@pytest.mark.parametrize("size", [16.0, 48.0])
def test_the_whole_policy_at_the_users_size(qapp, tmp_path: Path, policy: Document, size: float) -> None:
    path = tmp_path / "politik.pdf"
    result = export_pdf(policy, path, screen_style("white-on-black", size))
    pages = pdf_lines(path)
    assert result.pages == len(pages)
    assert all(embedded_fonts(path).values())
    text_lines, footers = split_policy_and_footers(policy, pages)
    assert footers == [f"Børne- og Ungepolitik – side {n} af {len(pages)}" for n in range(1, len(pages) + 1)]
    assert_every_sentence_in_order(policy, text_lines)
    assert_text_size_at_least(text_lines, size, "DejaVu Sans")


def gap_before(lines: list[tuple[float, float, str]], text: str) -> float:
    """The space between the line starting with ``text`` and the line above it (points)."""
    index = next(i for i, (_top, _bottom, line) in enumerate(lines) if line.startswith(text))
    return lines[index][0] - lines[index - 1][1]


def test_the_paragraph_after_a_list_is_set_apart_as_after_a_paragraph(qapp, tmp_path: Path, policy: Document) -> None:
    """"Udover politikken…" follows the introduction's list of themes with a paragraph's space, not an
    item's, in the window (the rendered text) and on paper."""
    from reader.output.text_document import render

    style = screen_style("white-on-black", 16.0)
    rendered = render(policy, style)
    rendered.setTextWidth(900)
    assert rendered.size().height() > 0  # laid out whole
    shown = []
    block = rendered.begin()
    while block.isValid():
        layout = block.layout()
        assert layout.lineCount() > 0, block.text()
        first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
        y = layout.position().y()  # where the block's text starts in the document
        shown.append((y + first.y(), y + last.y() + last.height(), block.text()))
        block = block.next()
    window_list_gap, window_paragraph_gap = gap_before(shown, "Udover politikken"), gap_before(shown, "I politikken")
    assert window_list_gap >= 0.95 * window_paragraph_gap > 0
    assert gap_before(shown, "Leg, læring og trivsel") < 0.8 * window_paragraph_gap  # items stay close together

    path = tmp_path / "politik.pdf"
    export_pdf(policy, path, style)
    root = ET.fromstring(poppler("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"))
    printed = [(float(line.get("yMin", 0)), float(line.get("yMax", 0)),
                " ".join(word.text or "" for word in line.iter(f"{XHTML}word"))) for line in root.iter(f"{XHTML}line")]
    list_gap, paragraph_gap = gap_before(printed, "Udover politikken"), gap_before(printed, "I politikken")
    assert list_gap >= 0.95 * paragraph_gap > 0, (list_gap, paragraph_gap)
    assert gap_before(printed, "Leg, læring og trivsel") < 0.8 * paragraph_gap
