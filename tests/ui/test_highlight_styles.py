"""Read-aloud's highlight styles (coloured background, underline, none), chosen by key, measured from
the pixels of the text pane in every colour theme.

For each theme the reading starts (Shift+F5) in three places: a paragraph on the page, a "Vi vil"
commitment in its box and a quote in its box. The pane is grabbed with the marks, and again after
Esc without them; the second grab tells what each mark stands on. Asked of every mark, as of the
theme data (tests/presentation/test_themes.py): at least 3:1 against what it stands out from (the
sentence from the page or the box, the word from its sentence, an underline from what it is drawn
on), and the text on a coloured background at least 7:1.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt

from reader.document.numbers import find_item
from reader.presentation.options import HIGHLIGHT_STYLE, THEME
from reader.presentation.themes import contrast_ratio
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui import theming
from reader.ui.main_window import MainWindow
from reader.ui.read_aloud import SENTENCE_LAYER, WORD_LAYER
from tests.ui.pixels import as_rgb32, dominant, strongest

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
THEMES = ("system", "system-dark", "black-on-white", "white-on-black", "yellow-on-black", "black-on-cream",
          "dark-blue")
MakeWindow = Callable[..., MainWindow]


def themed_window(make_window: MakeWindow, settings, monkeypatch: pytest.MonkeyPatch, theme_id: str) -> MainWindow:
    if theme_id == "system-dark":  # "system" on a desktop that prefers dark colours
        monkeypatch.setattr(theming, "system_prefers_dark", lambda: True)
        theme_id = "system"
    settings.set(THEME, theme_id)
    window = make_window(speech=SpeechService(settings, engine=FakeEngine(speed=0.0)))
    window.view.setFocus()
    document = window.view.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # laid out to its end, not in steps
    return window


def places(window: MainWindow) -> dict[str, int]:
    """Where the readings start: a paragraph on the page, a commitment and a quote in their boxes (just
    after its first letter: from its start, the reading would begin with who said it)."""
    document = window.document
    return {"page": document.themes[0].blocks[1].start, "commitment": find_item(document, "1.2").start,
            "quote": find_item(document, "C2.1").start + 1}


def spoken_ranges(window: MainWindow) -> tuple[tuple[int, int], tuple[int, int]]:
    sentence = window.speech.current_sentence()
    assert sentence is not None
    return (sentence.start, sentence.end), (sentence.words[0].start, sentence.words[0].end)


@pytest.mark.parametrize("theme_id", THEMES)
def test_each_style_stands_out_3_to_1_from_pixels(make_window: MakeWindow, settings, qtbot, monkeypatch,
                                                  report, theme_id: str) -> None:
    window = themed_window(make_window, settings, monkeypatch, theme_id)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    view = window.view
    figures = []
    for style in ("background", "underline", "none"):
        assert settings.get(HIGHLIGHT_STYLE) == style
        for place, start in places(window).items():
            window.view.move_to(start)
            with qtbot.waitSignals([window.speech.sentence_changed, window.speech.word_changed]):
                qtbot.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
            (s_start, s_end), (w_start, w_end) = spoken_ranges(window)
            sentence_rects = view.range_rects(s_start, s_end)
            word_rects = view.range_rects(w_start, w_end)
            underlines = {layer: view.underline_rects(layer) for layer in (SENTENCE_LAYER, WORD_LAYER)}
            assert view.position() == (w_start if style != "none" else s_start)  # the caret follows
            with_marks = as_rgb32(view.viewport().grab().toImage())
            qtbot.keyClick(view, Qt.Key.Key_Escape)
            plain = as_rgb32(view.viewport().grab().toImage())
            under = dominant(plain, sentence_rects, minus=word_rects)  # the page or the box
            if style == "background":
                sentence = dominant(with_marks, sentence_rects, minus=word_rects)
                word = dominant(with_marks, word_rects)
                figures.append((style, place, contrast_ratio(sentence, under), contrast_ratio(word, sentence),
                                strongest(with_marks, sentence_rects, sentence), strongest(with_marks, word_rects, word)))
                assert sentence == window.theme.sentence_background
                assert word == window.theme.word_background
                assert underlines == {SENTENCE_LAYER: [], WORD_LAYER: []}
            elif style == "underline":
                line = dominant(with_marks, underlines[SENTENCE_LAYER], minus=underlines[WORD_LAYER])
                beneath = dominant(plain, underlines[SENTENCE_LAYER], minus=underlines[WORD_LAYER])
                word_line = dominant(with_marks, underlines[WORD_LAYER])
                assert underlines[WORD_LAYER][0].height() == 2 * underlines[SENTENCE_LAYER][0].height()
                assert dominant(with_marks, sentence_rects) == under  # the text itself is as it was
                figures.append((style, place, contrast_ratio(line, beneath), contrast_ratio(word_line, beneath),
                                0.0, 0.0))
            else:
                differing = sum(a != b for a, b in zip(colour_list(with_marks, sentence_rects),
                                                       colour_list(plain, sentence_rects), strict=True))
                assert differing <= 4 * sentence_rects[0].height()  # the caret at most: no mark
                assert underlines == {SENTENCE_LAYER: [], WORD_LAYER: []}
        qtbot.keyClick(view, Qt.Key.Key_H, CTRL_SHIFT)  # the next style
    assert [text for text in heard if text.startswith("Fremhæv")] == [
        "Fremhæv under oplæsning: Understregning", "Fremhæv under oplæsning: Ingen",
        "Fremhæv under oplæsning: Farvet baggrund"]
    for style, place, mark, word, text, word_text in figures:
        report(f"highlight {theme_id:15s} {style:10s} {place:10s}: mark {mark:5.2f}:1 against what is under it, "
               f"word {word:5.2f}:1" + (f", text on them {text:5.2f}:1 and {word_text:5.2f}:1" if text else ""))
        assert mark >= 3.0 and word >= 3.0, (style, place)
        if style == "background":
            assert text >= 7.0 and word_text >= 7.0, (style, place)


def colour_list(image: object, rects: list[QRectF]) -> list[int]:
    area = rects[0].toAlignedRect().intersected(image.rect())  # type: ignore[attr-defined]
    return [image.pixel(x, y) for y in range(area.top(), area.bottom() + 1)  # type: ignore[attr-defined]
            for x in range(area.left(), area.right() + 1)]


def test_the_style_is_kept_for_the_next_start_and_the_marks_follow_a_change(make_window: MakeWindow, qtbot,
                                                                              settings, settings_path) -> None:
    from reader.settings_service import QSettingsStore, Settings

    window = make_window(speech=SpeechService(settings, engine=FakeEngine(speed=0.0)))
    view = window.view
    view.setFocus()
    view.move_to(places(window)["page"])
    with qtbot.waitSignals([window.speech.sentence_changed, window.speech.word_changed]):
        qtbot.keyClick(view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert view.highlight_ranges(SENTENCE_LAYER) and not view.underline_ranges(SENTENCE_LAYER)
    qtbot.keyClick(view, Qt.Key.Key_H, CTRL_SHIFT)  # while reading: the next sentence is underlined
    assert not view.highlight_ranges(SENTENCE_LAYER)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.underline_ranges(SENTENCE_LAYER) and not view.highlight_ranges(SENTENCE_LAYER)
    settings.flush()
    assert Settings(QSettingsStore(settings_path)).get(HIGHLIGHT_STYLE) == "underline"
    menu = window.option_commands.menus["speech.highlight"]
    assert [action.text() for action in menu.actions() if action.isChecked()] == ["Understregning"]
