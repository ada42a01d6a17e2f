"""Line focus: every line but 1, 3 or 5 around the caret is dimmed, in every colour theme, following
the caret and read-aloud. Chosen with Ctrl+Shift+F (said, and kept for the next start); measured from
the pixels of the text pane.

Set HERNING_LAESER_SCREENSHOTS to a folder to keep a screenshot of the window in each theme.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt

from reader.presentation.options import LINE_FOCUS, THEME
from reader.presentation.themes import contrast_ratio
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui import theming
from reader.ui.main_window import MainWindow
from tests.ui.pixels import as_rgb32, dominant, strongest

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
THEMES = ("system", "system-dark", "black-on-white", "white-on-black", "yellow-on-black", "black-on-cream",
          "dark-blue")
MakeWindow = Callable[..., MainWindow]


def line_rects(window: MainWindow) -> list[QRectF]:
    """Every laid-out line of the text shown in the pane, top to bottom, in the pane's coordinates."""
    view = window.view
    text = window.document.text
    return [rect for rect in view.range_rects(view.first_visible_offset(), len(text))
            if rect.bottom() > 0 and rect.top() < view.viewport().height() and rect.width() > 4]


def lines_in_band(window: MainWindow) -> list[QRectF]:
    """The lines the band holds, once the text is laid out to its end (Qt lays a new text out in steps)."""
    document = window.view.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())
    top, bottom = band_in_pane(window)
    return [rect for rect in line_rects(window) if top <= rect.center().y() <= bottom]


def band_in_pane(window: MainWindow) -> tuple[float, float]:
    band = window.view.focus_band()
    assert band is not None
    scroll = window.view.verticalScrollBar().value()
    return band[0] - scroll, band[1] - scroll


def test_ctrl_shift_f_goes_through_the_choices_and_is_kept(make_window: MakeWindow, qtbot, settings,
                                                          settings_path) -> None:
    window = make_window()
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.view.setFocus()
    for _ in range(4):
        qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL_SHIFT)
    assert heard == ["Linjefokus: 1 linje", "Linjefokus: 3 linjer", "Linjefokus: 5 linjer", "Linjefokus: Fra"]
    assert window.view.focus_band() is None
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL_SHIFT)
    menu = window.option_commands.menus["view.line_focus"]
    assert [action.text() for action in menu.actions() if action.isChecked()] == ["1 linje"]
    settings.flush()
    assert Settings(QSettingsStore(settings_path)).get(LINE_FOCUS) == "1"
    # "Reset view" puts it back with the other view settings.
    window.binder.actions["view.reset"].trigger()
    assert settings.get(LINE_FOCUS) == "off" and window.view.focus_band() is None


@pytest.mark.parametrize("count", [1, 3, 5])
def test_the_band_holds_that_many_lines_around_the_caret(make_window: MakeWindow, qtbot, settings,
                                                         count: int) -> None:
    settings.set(LINE_FOCUS, str(count))
    window = make_window()
    view = window.view
    view.setFocus()
    paragraph = window.document.themes[3].blocks[2]  # a long paragraph: many lines of one block
    view.move_to(paragraph.start)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(lines_in_band(window)) == count)  # the window settled
    top, _bottom = band_in_pane(window)
    inside = lines_in_band(window)
    caret = view.cursorRect()
    own = max(line_rects(window), key=lambda rect: rect.intersected(QRectF(caret)).height())  # the caret's line
    assert own in inside
    above = [rect for rect in inside if rect.center().y() < own.center().y()]
    below = [rect for rect in inside if rect.center().y() > own.center().y()]
    assert len(above) == len(below) == (count - 1) // 2  # the caret's line in the middle
    # It follows the caret, line by line.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    new_top, _new_bottom = band_in_pane(window)
    assert new_top > top


@pytest.mark.parametrize("theme_id", THEMES)
def test_the_lines_outside_are_dimmed_in_every_theme(make_window: MakeWindow, qtbot, settings, monkeypatch,
                                                     report, theme_id: str) -> None:
    if theme_id == "system-dark":  # "system" on a desktop that prefers dark colours
        monkeypatch.setattr(theming, "system_prefers_dark", lambda: True)
        settings.set(THEME, "system")
    else:
        settings.set(THEME, theme_id)
    window = make_window(speech=SpeechService(settings, engine=FakeEngine(speed=0.0)))
    view = window.view
    view.setFocus()
    view.move_to(window.document.themes[0].blocks[1].start)  # the first paragraph of theme 1, its third line
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() - view.viewport().height() // 3)  # lines above the caret in view too
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)  # 3 lines
    qtbot.waitUntil(lambda: len(lines_in_band(window)) == 3)  # the window settled
    scroll = bar.value()
    focused = as_rgb32(view.viewport().grab().toImage())
    top, bottom = band_in_pane(window)
    lines = line_rects(window)
    inside = lines_in_band(window)
    outside = [rect for rect in lines if rect.bottom() < top or rect.top() > bottom]
    assert len(inside) == 3 and outside
    folder = os.environ.get("HERNING_LAESER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"line-focus-{theme_id}.png"))
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)  # 5 lines, then off: the same text, undimmed
    assert view.focus_band() is None and bar.value() == scroll
    plain = as_rgb32(view.viewport().grab().toImage())
    page = window.theme.background
    assert dominant(focused, inside) == dominant(plain, inside)  # the focused lines as they were
    full = strongest(plain, outside, dominant(plain, outside))
    dimmed = strongest(focused, outside, dominant(focused, outside))
    kept = strongest(focused, inside, dominant(focused, inside))
    report(f"line focus {theme_id:15s}: text {kept:5.2f}:1 in the band, {dimmed:5.2f}:1 outside it "
           f"(undimmed {full:5.2f}:1)")
    assert kept >= 7.0
    assert dimmed <= 2.5 and dimmed < full / 3  # there, but far in the background
    assert contrast_ratio(dominant(focused, outside), page) < 1.5  # dimmed toward the page's own colour
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL_SHIFT)  # 3 lines again
    # Read aloud: the band goes with the sentence being read (the caret follows the voice).
    qtbot.keyClick(view, Qt.Key.Key_Home)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(2):
        with qtbot.waitSignal(window.speech.sentence_changed):
            qtbot.keyClick(view, Qt.Key.Key_Right, ALT)
    sentence = window.speech.current_sentence()
    assert sentence is not None
    (first_line, *_rest) = view.range_rects(sentence.start, sentence.end)
    top, bottom = band_in_pane(window)
    assert top <= first_line.center().y() <= bottom
    window.speech.stop()
