"""Seeing it your way: themes on every widget, text size by keys, reflow, spacing, fonts.

Contrast is checked on the pixels of a grab() (stylesheets can override palettes), sizes
by what fits on screen at 1280x720, and keys are pressed as a user would.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget

from reader.paths import RESOURCES
from reader.presentation import options, view
from reader.presentation.themes import contrast_ratio, load_themes
from reader.ui import fonts
from reader.ui.main_window import MainWindow
from tests.waiting import wait_for

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
THEMES = load_themes(RESOURCES / "themes")


def colours(image: QImage, rect: QRect) -> Counter[str]:
    """How many pixels of each colour ("#rrggbb") lie in ``rect`` of ``image``."""
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[str] = Counter()
    for y in range(part.height()):
        line = part.constScanLine(y).cast("I")[: part.width()]  # type: ignore[attr-defined]
        counts.update(line)
    return Counter({f"#{value & 0xFFFFFF:06x}": n for value, n in counts.items()})


def text_and_background(counts: Counter[str], min_pixels: int = 40) -> tuple[str, str, float]:
    """The background (commonest colour) and the colour of solid text strokes on it: of the
    colours covering at least ``min_pixels`` pixels, the one contrasting most with the background."""
    background = counts.most_common(1)[0][0]
    candidates = [colour for colour, n in counts.items() if n >= min_pixels and colour != background]
    text = max(candidates, key=lambda colour: contrast_ratio(colour, background))
    return text, background, contrast_ratio(text, background)


def region(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("theme_id", [*THEMES])
def test_every_theme_reaches_7_to_1_on_screen(make_window: MakeWindow, settings, qtbot, theme_id: str,
                                              monkeypatch) -> None:
    from reader.ui import theming

    monkeypatch.setattr(theming, "system_prefers_dark", lambda: theme_id == "system-dark")
    settings.set("theme", "system" if theme_id.startswith("system") else theme_id)
    window = make_window()
    theme = THEMES[theme_id]
    assert window.theme == theme
    window.contents.list.setFocus()
    image = window.grab().toImage()

    # The text pane: its background and the body text drawn on it.
    text, background, ratio = text_and_background(colours(image, region(window, window.view.viewport())))
    assert background == theme.background
    assert text in (theme.text, theme.heading)
    assert ratio >= 7.0
    # The contents pane (chrome): its text on its background, and the selected entry.
    contents = colours(image, region(window, window.contents.list.viewport()))
    text, background, ratio = text_and_background(contents)
    assert background == theme.background and ratio >= 7.0
    selected = window.contents.list.visualItemRect(window.contents.list.currentItem())
    selected.translate(region(window, window.contents.list.viewport()).topLeft())
    text, background, ratio = text_and_background(colours(image, selected.adjusted(2, 2, -2, -2)), 3)
    assert contrast_ratio(background, theme.selection_background) < 1.2  # the selection colour (the style may shade it)
    assert ratio >= 7.0
    # The toolbar: button labels on the button colour.
    button = window.toolbar.widgetForAction(window.binder.actions["view.zoom_in"])
    text, background, ratio = text_and_background(colours(image, region(window, button).adjusted(4, 4, -4, -4)), 10)
    assert background == theme.button and ratio >= 7.0
    # The focus ring around the focused contents list: >= 2 px of the focus colour, 3:1 against the window.
    ring = region(window, window.contents.list)
    left_edge = colours(image, QRect(ring.left(), ring.center().y() - 20, 3, 40))
    assert left_edge == Counter({theme.focus: 120})
    assert contrast_ratio(theme.focus, theme.window) >= 3.0
    # A quote: its text on its own background, and the bold "Vi vil:" in the heading colour on the commitments.
    document = window.document
    quote, commitments = document.themes[0].quotes[0], document.themes[0].commitments[0]
    for block, foreground, expected_background in ((quote, theme.quote_text, theme.quote_background),
                                                   (commitments, theme.heading, theme.commitments_background)):
        window.view.scroll_to_offset(block.start)
        image = window.grab().toImage()
        text_block = window.view.document().findBlock(block.start)
        rect = window.view.document().documentLayout().blockBoundingRect(text_block).toRect()
        rect.translate(-window.view.horizontalScrollBar().value(), -window.view.verticalScrollBar().value())
        rect.translate(region(window, window.view.viewport()).topLeft())
        text, background, ratio = text_and_background(colours(image, rect), 10)
        assert background == expected_background and text == foreground and ratio >= 7.0


def test_theme_changed_is_emitted_after_the_theme_is_applied(make_window: MakeWindow, settings, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.theme_changed) as signal:
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)  # next colour theme
    assert signal.args == [THEMES["black-on-white"]]
    assert window.theme == THEMES["black-on-white"]
    assert settings.value("theme") == "black-on-white"
    assert QApplication.palette().color(QApplication.palette().ColorRole.Base).name() == "#ffffff"
    assert "Sort på hvid" in window.statusBar().currentMessage()


def point_size_at(window: MainWindow, offset: int) -> float:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(offset + 1)
    return cursor.charFormat().font().pointSizeF()


def test_ctrl_plus_minus_and_zero_walk_the_size_ladder(make_window: MakeWindow, settings, qtbot, policy) -> None:
    window = make_window()
    window.view.setFocus()
    paragraph = policy.sections[0].blocks[2].start
    assert point_size_at(window, paragraph) == 16
    with qtbot.waitSignal(window.announcer.announced) as told:  # status bar and screen readers
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    assert point_size_at(window, paragraph) == 18
    assert told.args == ["Tekststørrelse 113 %"] and window.statusBar().currentMessage() == told.args[0]
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert point_size_at(window, paragraph) == 14
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert point_size_at(window, paragraph) == 12  # 75 %, the bottom of the ladder
    assert "så lille" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key.Key_0, CTRL)
    assert point_size_at(window, paragraph) == 16
    assert settings.value("font_size") == 16


def clipped_texts(window: MainWindow) -> list[str]:
    """Labels, toolbar buttons and menu titles whose text does not fit the room they have."""
    clipped = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            if label.width() < label.minimumSizeHint().width() or label.height() < needed:
                clipped.append(label.text())
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if action.isVisible():
            if not isinstance(button, QToolButton) or not button.isVisible():
                clipped.append(action.iconText())  # pushed into the toolbar's overflow menu
                continue
            text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if button.width() < button.sizeHint().width() or button.contentsRect().width() < text_width:
                clipped.append(button.text())
    bar = window.menuBar()
    for action in bar.actions():
        if action.isVisible():
            geometry = bar.actionGeometry(action)
            text_width = bar.fontMetrics().horizontalAdvance(action.text().replace("&", ""))
            if geometry.width() < text_width or not bar.rect().contains(geometry):
                clipped.append(action.text())
    contents = window.contents.list
    for row in range(contents.count()):
        item = contents.item(row)
        rect = contents.visualItemRect(item)
        metrics = QFontMetrics(contents.font())
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
        if needed.height() > rect.height() or rect.right() > contents.viewport().width():
            clipped.append(item.text())
    return clipped


@pytest.mark.skipif(sys.platform == "win32",
                    reason="measured with Linux's fonts; offscreen Windows has only the bundled ones (deploy.md, 11)")
def test_largest_text_and_interface_fit_1280x720(make_window: MakeWindow, settings, qtbot) -> None:
    window = make_window(size=(1280, 720))
    window.view.setFocus()
    for _ in range(len(options.FONT_SIZES)):
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    assert settings.value("font_size") == options.FONT_SIZES[-1] == 72  # 450 % of 16 pt
    for _ in range(len(options.INTERFACE_SIZES)):
        window.binder.actions["view.interface_larger"].trigger()
    assert settings.value("interface_size") == options.INTERFACE_SIZES[-1]
    # Menus and toolbars lay themselves out again from the event loop: wait until that is done.
    wait_for(qtbot, lambda: not clipped_texts(window))
    text_pane = window.view
    assert text_pane.horizontalScrollBar().maximum() == 0
    assert text_pane.document().idealWidth() <= text_pane.viewport().width()
    assert clipped_texts(window) == []
    assert window.menuBar().font().pointSizeF() == options.INTERFACE_SIZES[-1]


@pytest.mark.parametrize("font", list(options.FONT.values))
def test_wcag_text_spacing_and_line_length(make_window: MakeWindow, settings, qtbot, policy, font: str) -> None:
    settings.set("font", font)
    window = make_window(size=(1280, 720))
    # At the default spacing the column is narrower than the pane and centred.
    frame = window.view.document().rootFrame().frameFormat()
    assert frame.leftMargin() == pytest.approx(frame.rightMargin()) and frame.leftMargin() > 50
    for key, value in (("line_height", 150), ("letter_spacing", 0.12), ("word_spacing", 0.16),
                       ("paragraph_spacing", 2.0), ("plain_emphasis", True)):
        settings.set(key, value)
    document = window.view.document()
    paragraph = policy.sections[0].blocks[2]
    block = document.findBlock(paragraph.start)
    cursor = QTextCursor(block)
    cursor.setPosition(paragraph.start + 1)
    font = cursor.charFormat().font()
    assert font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing
    pixels_per_em = 16 * window.logicalDpiY() / 72
    assert font.letterSpacing() == pytest.approx(0.12 * pixels_per_em, abs=0.02)
    assert font.wordSpacing() == pytest.approx(0.16 * pixels_per_em, abs=0.02)
    assert block.blockFormat().bottomMargin() == pytest.approx(2 * 16)
    assert block.blockFormat().lineHeight() == 150
    # No bold or italics anywhere, and still nothing pushed sideways.
    quote = policy.themes[0].quotes[0]
    cursor.setPosition(quote.start + 1)
    assert not cursor.charFormat().font().italic()
    cursor.setPosition(policy.themes[0].start + 1)
    assert not cursor.charFormat().font().bold()
    assert window.view.horizontalScrollBar().maximum() == 0
    # Lines of at most 80 characters (WCAG 1.4.8), in a centred column.
    longest = 0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            longest = max(longest, layout.lineAt(index).textLength())
        block = block.next()
    assert 50 <= longest <= 80
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify != Qt.AlignmentFlag.AlignJustify


@pytest.mark.parametrize("choice", list(options.FONT.values))
def test_every_font_is_there_and_has_the_danish_letters(qapp, choice: str) -> None:
    family = fonts.family_for(choice)  # registers a bundled family the system lacks
    font = QFont(family, 16)
    if view.FONT_FAMILIES[choice]:
        assert QFontInfo(font).family() == view.FONT_FAMILIES[choice]
    metrics = QFontMetrics(font)
    for letter in "æøåÆØÅ":
        assert metrics.inFontUcs4(ord(letter)), f"{family} has no {letter}"


def test_bundled_fonts_carry_their_licences() -> None:
    folder = RESOURCES / "fonts"
    for family_folder in ("atkinson-hyperlegible", "opendyslexic", "dejavu-serif"):
        files = {path.suffix for path in (folder / family_folder).iterdir()}
        assert ".txt" in files and ({".ttf", ".otf"} & files)


def test_the_chosen_font_is_used_in_the_text(make_window: MakeWindow, settings, policy) -> None:
    window = make_window()
    settings.set("font", "opendyslexic")
    assert QFontInfo(window.view.document().defaultFont()).family() == "OpenDyslexic"
    settings.set("font", "atkinson")
    assert point_size_at(window, policy.sections[0].blocks[2].start) == 16
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(policy.sections[0].blocks[2].start + 1)
    assert QFontInfo(cursor.charFormat().font()).family() == "Atkinson Hyperlegible"


def test_first_start_follows_a_dark_system(make_window: MakeWindow, monkeypatch) -> None:
    from reader.ui import theming

    monkeypatch.setattr(theming, "system_prefers_dark", lambda: True)
    window = make_window()
    assert window.theme.id == "system-dark"
    monkeypatch.setattr(theming, "system_prefers_high_contrast", lambda: True)
    with_signal = []
    window.theme_changed.connect(with_signal.append)
    window.appearance._system_changed()  # what QStyleHints.colorSchemeChanged calls
    assert window.theme.id == "white-on-black" and with_signal == [window.theme]


def test_nothing_is_clipped_at_the_default_size(make_window: MakeWindow) -> None:
    window = make_window(size=(1280, 720))
    assert clipped_texts(window) == []
    assert window.view.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("theme_id", ["system", "yellow-on-black"])
def test_every_control_shows_a_focus_ring_of_at_least_2_px(make_window: MakeWindow, settings, qtbot,
                                                          theme_id: str) -> None:
    settings.set("theme", theme_id)
    window = make_window()
    theme = window.theme
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Comma, CTRL)
    panel = window.view_commands.panel
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    controls = [*panel.controls.values(), panel.wcag_button, panel.preview, panel.reset_button, panel.close_button]
    for control in controls:
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        control.parentWidget().repaint()
        image = control.grab().toImage()
        middle = control.height() // 2
        edges = {
            "left": colours(image, QRect(0, middle - 3, 2, 6)),
            "right": colours(image, QRect(control.width() - 2, middle - 3, 2, 6)),
            "top": colours(image, QRect(control.width() // 2 - 3, 0, 6, 2)),
        }
        for side, seen in edges.items():
            assert seen == Counter({theme.focus: 12}), f"{control.objectName()} {side}: {seen}"
        control.clearFocus()
        unfocused = control.grab().toImage()
        assert theme.focus not in colours(unfocused, QRect(0, middle - 3, 2, 6)), control.objectName()


def caret_on_screen(window: MainWindow) -> tuple[int, str, str]:
    """The caret as drawn: how many pixels wide it is across its middle, its colour and the page's beside it."""
    view = window.view
    rect = view.cursorRect()
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    y = rect.center().y()
    page = image.pixel(rect.left() + 20, y) & 0xFFFFFF  # after the end of a paragraph: the page
    drawn = 0
    while image.pixel(rect.left() + drawn, y) & 0xFFFFFF != page:
        drawn += 1
    return drawn, f"#{image.pixel(rect.left(), y) & 0xFFFFFF:06x}", f"#{page:06x}"


@pytest.mark.parametrize("theme_id", ["black-on-white", "yellow-on-black"])
def test_the_caret_grows_with_the_text_and_stands_out(make_window: MakeWindow, settings, qtbot, policy,
                                                      theme_id: str) -> None:
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a caret that does not blink: drawn in every grab
    try:
        settings.set(options.THEME, theme_id)
        window = make_window()
        view = window.view
        view.setFocus()
        paragraph_end = policy.sections[0].blocks[2].end  # the page lies to the right of the caret
        view.move_to(paragraph_end)
        width, caret, page = caret_on_screen(window)
        assert width >= 2
        assert contrast_ratio(caret, page) >= 3  # WCAG 1.4.11: a part of the interface a person must see
        for _ in range(6):
            qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
        assert point_size_at(window, paragraph_end - 1) >= 32
        view.move_to(paragraph_end)
        wider, caret, page = caret_on_screen(window)
        assert wider >= 4 and wider >= 2 * width
        assert contrast_ratio(caret, page) >= 3
    finally:
        QApplication.setCursorFlashTime(flash)
