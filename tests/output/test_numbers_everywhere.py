"""The numbers of the commitments and quotes are the same wherever the policy is met: in the window
(shown with Ctrl+Shift+N), in the large-print PDF's text, in the EPUB's navigation (and the ids it
points at) and in the MP3's chapters. One test reads all four, as a council member would compare them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import Qt

from reader.document.numbers import NUMBER_SEPARATOR, numbered_items
from reader.output import epub, mp3
from reader.output.pages import export_pdf
from tests.output.helpers import XHTML, FakeSynth
from tests.output.test_pages import pdf_text

NUMBER = r"C?\d+\.\d+"


def test_the_window_the_pdf_the_epub_and_the_mp3_number_alike(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    document = window.document
    expected = [item.number for item in numbered_items(document)]
    assert len(expected) == 22

    # The window: the numbers shown before the items, block by block, as the text pane holds them.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shown, block = [], window.view.document().begin()
    while block.isValid():
        if match := re.match(rf"({NUMBER}){NUMBER_SEPARATOR}", block.text()):
            shown.append(match.group(1))
        block = block.next()

    # The PDF's text, as a PDF viewer (pdftotext) gives it: each number starts its item's line.
    pdf = tmp_path / "stor-skrift.pdf"
    export_pdf(document, pdf, window.text_style())
    printed = re.findall(rf"^({NUMBER})\s", pdf_text(pdf), re.MULTILINE)

    # The EPUB's navigation: each link to a number, and the element it points at showing that number.
    book = tmp_path / "politik.epub"
    epub.export_epub(document, book, synth=FakeSynth())
    navigated, titles = [], {}
    with zipfile.ZipFile(book) as archive:
        nav = ElementTree.fromstring(archive.read("EPUB/nav.xhtml"))
        for link in nav.iter(f"{XHTML}a"):
            href = link.get("href", "")
            if "#nr-" not in href:
                continue
            name, ident = href.split("#")
            target = next(e for e in ElementTree.fromstring(archive.read(f"EPUB/{name}")).iter() if e.get("id") == ident)
            number = ident.removeprefix("nr-")
            assert "".join(target.itertext()) == number
            navigated.append(number)
            titles[number] = link.text

    # The MP3's chapters: a table of contents of the numbered items, under the sections' one.
    audio = tmp_path / "politik.mp3"
    mp3.export_mp3(document, audio, synth=FakeSynth())
    sections = mp3.read_chapters(audio)
    items = mp3.read_chapters(audio, mp3.NUMBERS_TOC)
    chaptered = [chapter.title.split(" ", 1)[0] for chapter in items]

    assert shown == printed == navigated == chaptered == expected
    for chapter in items:  # the same titles, and each item's chapter inside its section's
        number = chapter.title.split(" ", 1)[0]
        assert titles[number] == chapter.title
        assert any(section.start_ms <= chapter.start_ms < chapter.end_ms <= section.end_ms for section in sections)
    assert titles["2.3"] == "2.3 Støtte op om familier og børn der har forskellige behov, så de også kan blive så " \
                            "dygtige som muligt"
    assert titles["C2.1"] == "C2.1 Citat: Skoleelev, Det Fælles Elevråd"
