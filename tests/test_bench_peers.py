"""``python -m bench.peers``: its EPUB carries the policy, and its detector tells text from an empty window."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QToolBar

from bench.peers import make_inputs, text_on_screen


def test_the_epub_holds_every_section_of_the_policy(tmp_path: Path, policy: object) -> None:
    epub, first_lines = make_inputs(tmp_path)
    with zipfile.ZipFile(epub) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        chapters = "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                           if name.startswith("s") and name.endswith(".xhtml"))
    for section in policy.sections:  # type: ignore[attr-defined]
        assert f"<h1>{section.title}</h1>" in chapters
    assert "Her skaber vi venskaber" in first_lines.read_text(encoding="utf-8")


def test_lines_of_text_count_as_text_and_an_empty_window_or_a_toolbar_does_not(qtbot: object,
                                                                                 policy: object) -> None:
    blank = QImage(1280, 800, QImage.Format.Format_RGB32)
    blank.fill(QColor("black"))
    assert not text_on_screen(blank)

    toolbar = QToolBar()
    for name in ("Filer", "Vis", "Gå til", "Oplæsning", "Hjælp"):
        toolbar.addAction(name)
    toolbar.resize(1280, 40)
    assert not text_on_screen(toolbar.grab().toImage())

    page = QLabel(policy.text[:1500])  # type: ignore[attr-defined]
    # Its own look: a window test run before may leave the application's style sheet and font changed.
    page.setStyleSheet("QLabel { color: #000000; background: #ffffff; font-family: 'DejaVu Sans'; font-size: 16px; }")
    page.setWordWrap(True)
    page.resize(1280, 800)
    assert text_on_screen(page.grab().toImage())
