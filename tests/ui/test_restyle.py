"""A colour-theme change recolours everything on screen at once, without re-applying the stylesheet.

Each theme is chosen in turn on a running window (the settings panel open beside it), and
the pixels of a grab show the new colours on the text, the chrome, the focus ring and the
panel's controls.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QComboBox

from reader.presentation.themes import THEME_ORDER
from tests.ui.test_appearance import THEMES, MakeWindow, colours, region, text_and_background


def test_every_theme_change_recolours_window_and_dialog(make_window: MakeWindow, settings, qtbot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    settings.set("theme", "dark-blue")
    window = make_window()
    panel = window.view_commands.open_settings()
    qtbot.waitExposed(panel)
    sheets: list[str] = []
    monkeypatch.setattr(QApplication, "setStyleSheet", lambda app, sheet: sheets.append(sheet))
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    button = window.toolbar.widgetForAction(window.binder.actions["view.zoom_in"])
    combo = panel.findChild(QComboBox)
    assert combo is not None
    for theme_id in [t for t in THEME_ORDER if t != "dark-blue"] + ["dark-blue"]:
        with qtbot.waitSignal(window.theme_changed):
            settings.set("theme", theme_id)
        theme = window.theme
        assert theme_id == "system" or theme == THEMES[theme_id]
        window.contents.list.setFocus()
        qtbot.waitUntil(window.contents.list.hasFocus)
        image = window.grab().toImage()
        _text, background, _ratio = text_and_background(colours(image, region(window, window.view.viewport())))
        assert background == theme.background, theme_id
        _text, background, _ratio = text_and_background(colours(image, region(window, window.contents.list.viewport())))
        assert background == theme.background, theme_id
        _text, background, _ratio = text_and_background(colours(image, region(window, button).adjusted(4, 4, -4, -4)), 10)
        assert background == theme.button, theme_id
        ring = region(window, window.contents.list)
        assert colours(image, QRect(ring.left(), ring.center().y() - 20, 3, 40)) == Counter({theme.focus: 120}), theme_id
        dialog = panel.grab().toImage()
        box = QRect(combo.mapTo(panel, combo.rect().topLeft()), combo.size()).adjusted(6, 6, -6, -6)
        _text, background, _ratio = text_and_background(colours(dialog, box), 10)
        assert background == theme.background, theme_id
    assert sheets == [], "the application's stylesheet was applied again"
    assert QApplication.instance().styleSheet() == sheet  # type: ignore[union-attr]


def test_a_bar_hidden_during_a_theme_change_shows_the_new_colours(make_window: MakeWindow, settings, qtbot) -> None:
    """The search bar, opened once and closed, is not polished while hidden; opened again after
    a theme change it must not keep the old theme's colours."""
    settings.set("theme", "black-on-white")
    window = make_window()
    bar = window.search_bar
    bar.open()
    qtbot.waitExposed(bar.field)
    bar.close_bar()
    assert not bar.isVisible()
    with qtbot.waitSignal(window.theme_changed):
        settings.set("theme", "yellow-on-black")
    bar.open()
    qtbot.waitUntil(bar.field.isVisible)
    image = window.grab().toImage()
    _text, background, _ratio = text_and_background(colours(image, region(window, bar.field).adjusted(6, 6, -6, -6)), 10)
    assert background == THEMES["yellow-on-black"].background
