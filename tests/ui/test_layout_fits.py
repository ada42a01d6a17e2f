"""WCAG 1.4.4 / 1.4.10 at every access profile: no control is elided, clipped or hidden.

For each profile (chosen on the start screen with its number key, as a visitor would),
the window maximised on both screen sizes of a library PC and both interface languages, the interface is made as
large as it goes (the two top steps of the "Menus and buttons" ladder, then the largest
text too), and every visible button, label, list box, slider and field of the window, the
start screen and the display settings panel must get at least its size hint and lie
wholly inside what is shown: inside every parent up to the window, after scrolling it
into view where it sits in a scroll area. No tool bar or menu bar may hide a command in
its overflow ("»") button, and the text pane keeps a usable height.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.presentation import options
from reader.presentation.profiles import load_profiles
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.access import PROFILES
from reader.ui.flow import FlowToolBar
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, POLICY

# The inner size of the window maximised on a 1280x800 and on a 1024x768 screen, under a window
# manager with a 19 px title bar (openbox, measured: tests/screen/test_window_on_screen.py).
WINDOW_SIZES = [(1280, 781), (1024, 749)]
PROFILE_IDS = [profile.id for profile in load_profiles(PROFILES)[0]]
CONTROLS = (QAbstractButton, QLabel, QComboBox, QAbstractSlider, QLineEdit, QAbstractSpinBox)
# The text pane keeps at least half the window's height (about six lines of the profiles' 32 pt
# text in a 1024x768 window at the largest interface size); with the search bar open as well,
# a third (two and a half lines of the largest, 72 pt, text).
TEXT_SHARE = 0.5
TEXT_SHARE_SEARCHING = 0.35
TEXT_WIDTH_SHARE = 0.5  # and at least half its width, however long a document title is


def settle() -> None:
    """Lets every pending relayout happen (a wrap changes a bar's height, which moves the rest)."""
    for _ in range(10):
        QApplication.processEvents()


def name_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or label!r}"


def shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` that is not cut off by any of its parents, in its own coordinates."""
    visible = widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        offset = widget.mapTo(parent, QPoint(0, 0))
        visible = visible.intersected(parent.rect().translated(-offset))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return visible


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def reveal(area: QScrollArea, widget: QWidget) -> None:
    """Scrolls ``area`` as far as it can towards showing all of ``widget``.

    (QScrollArea.ensureWidgetVisible shows only the text cursor of a field or spin box.)"""
    content = area.widget()
    assert content is not None
    place = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    viewport = area.viewport()
    for bar, start, end, room in ((area.verticalScrollBar(), place.top(), place.bottom() + 1, viewport.height()),
                                  (area.horizontalScrollBar(), place.left(), place.right() + 1, viewport.width())):
        if start < bar.value():
            bar.setValue(start)
        elif end > bar.value() + room:
            bar.setValue(end - room)


def cut_off(root: QWidget) -> list[str]:
    """Every visible control under ``root`` that gets less than its size hint or is not wholly shown."""
    problems = []
    for widget in root.findChildren(QWidget):
        if (not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or not widget.isVisible()
                or widget.objectName().startswith("qt_")):  # Qt's own parts: scroll bar buttons, overflow buttons
            continue
        hint = widget.sizeHint()
        needed_height = hint.height()
        if widget.hasHeightForWidth():  # wraps its text: as narrow as its minimum, as high as its lines need
            needed_height = widget.heightForWidth(widget.width())
            hint.setWidth(widget.minimumSizeHint().width())
        if widget.width() < hint.width() or widget.height() < needed_height:
            problems.append(f"{name_of(widget)}: {widget.width()}x{widget.height()} < "
                            f"{hint.width()}x{needed_height}")
            continue
        area = scroll_area_of(widget)
        while area is not None:  # scrolled into view, as the mouse wheel or the scroll bar would
            reveal(area, widget)
            area = scroll_area_of(area)
        if shown_rect(widget) != widget.rect():
            top_left = widget.mapTo(widget.window(), QPoint(0, 0))
            problems.append(f"{name_of(widget)}: at {top_left.x()},{top_left.y()} {widget.width()}x{widget.height()}"
                            f" only {shown_rect(widget).width()}x{shown_rect(widget).height()} shown")
    return problems


def hidden_commands(window: QMainWindow) -> list[str]:
    """Commands pushed into a tool bar's or the menu bar's overflow button, or placed outside it."""
    problems = []
    for toolbar in window.findChildren(QToolBar):
        if not toolbar.isVisible():
            continue
        overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if overflow is not None and overflow.isVisible():
            problems.append(f"{toolbar.objectName()}: overflow button shown")
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if action.isVisible() and (button is None or not button.isVisible()):
                problems.append(f"{toolbar.objectName()}: {action.iconText()!r} hidden")
    bar = window.menuBar()
    overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if overflow is not None and overflow.isVisible():
        problems.append("menu bar: overflow button shown")
    for action in bar.actions():
        if action.isVisible() and not bar.rect().contains(bar.actionGeometry(action)):
            problems.append(f"menu bar: {action.text()!r} outside the bar")
    return problems


def cut_off_entries(window: MainWindow) -> list[str]:
    """Contents entries whose wrapped title needs more room than the list gives it, once scrolled to."""
    contents = window.contents.list
    metrics = QFontMetrics(contents.font())
    problems = []
    for row in range(contents.count()):
        item = contents.item(row)
        contents.scrollToItem(item)  # as the arrow keys would
        rect = contents.visualItemRect(item)
        shown = rect.intersected(contents.viewport().rect())
        needed = metrics.boundingRect(QRect(0, 0, shown.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
        if needed.height() > shown.height() or needed.width() > shown.width():
            problems.append(f"contents entry {item.text()!r}: {shown.width()}x{shown.height()} shown, "
                            f"{needed.width()}x{needed.height()} needed")
    return problems


def check_window(window: MainWindow, size: tuple[int, int], when: str) -> list[str]:
    settle()
    problems = [f"window forced to {window.width()}x{window.height()}"] if (window.width(), window.height()) != size \
        else []
    problems += hidden_commands(window) + cut_off(window) + cut_off_entries(window)
    text_height = window.view.viewport().height()
    if text_height < (TEXT_SHARE_SEARCHING if window.search_bar.isVisible() else TEXT_SHARE) * window.height():
        problems.append(f"text pane only {text_height} px high")
    if window.view.viewport().width() < TEXT_WIDTH_SHARE * window.width():
        problems.append(f"text pane only {window.view.viewport().width()} px wide")
    return [f"{when}: {problem}" for problem in problems]


def check_start_screen(window: MainWindow, qtbot, when: str) -> list[str]:
    window.access.show_start_screen()
    screen = window.access.start_screen
    qtbot.waitUntil(screen.isVisible)
    settle()
    problems = cut_off(screen)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Escape)
    assert not screen.isVisible()
    return [f"{when}, start screen: {problem}" for problem in problems]


def check_settings_panel(window: MainWindow, qtbot, when: str) -> list[str]:
    """The display settings panel at the size it opens with on a screen of each window size."""
    panel = window.view_commands.open_settings()
    qtbot.waitUntil(panel.isVisible)
    problems = []
    for width, height in WINDOW_SIZES:
        panel.resize(min(1100, width - 40), min(680, height - 40))  # as ViewCommands.open_settings on that screen
        settle()
        if panel.width() > width or panel.height() > height:
            problems.append(f"{width}x{height}: the panel needs {panel.width()}x{panel.height()}")
        problems += [f"{width}x{height}: {problem}" for problem in cut_off(panel)]
    panel.close()
    return [f"{when}, settings panel: {problem}" for problem in problems]


@pytest.fixture
def large_window(make_window, settings, interface_language, qtbot) -> Callable[..., MainWindow]:
    def make(profile_id: str, size: tuple[int, int], language: str, content: Path = CONTENT) -> MainWindow:
        interface_language.switch(language)
        window = make_window(content, size=size,
                             speech=SpeechService(settings, engine=FakeEngine(speed=1.0)))
        window.access.show_start_screen()
        screen = window.access.start_screen
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_1 + PROFILE_IDS.index(profile_id))
        assert not screen.isVisible()
        window.speech.stop()  # the profile that reads the introduction aloud
        return window

    return make


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("size", WINDOW_SIZES, ids=[f"{w}x{h}" for w, h in WINDOW_SIZES])
@pytest.mark.parametrize("profile_id", PROFILE_IDS)
@pytest.mark.skipif(sys.platform == "win32",
                    reason="measured with Linux's fonts; offscreen Windows has only the bundled ones (deploy.md, 11)")
def test_nothing_is_cut_off_at_the_largest_sizes(large_window, settings, qtbot, profile_id: str,
                                                 size: tuple[int, int], language: str) -> None:
    window = large_window(profile_id, size, language)
    problems = check_window(window, size, f"profile, {settings.value('interface_size')} pt")
    larger = window.binder.actions["view.interface_larger"]
    for interface_size in options.INTERFACE_SIZES[-2:]:
        while float(settings.value("interface_size")) < interface_size:  # type: ignore[arg-type]
            larger.trigger()
        problems += check_window(window, size, f"{interface_size} pt")
    problems += check_start_screen(window, qtbot, "largest interface")
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search bar too
    qtbot.keyClicks(window.search_bar.field, "børn")
    for _ in options.FONT_SIZES:
        window.binder.actions["view.zoom_in"].trigger()
    assert settings.value("font_size") == options.FONT_SIZES[-1]
    problems += check_window(window, size, "largest text and interface, search open")
    assert window.view.horizontalScrollBar().maximum() == 0
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.skipif(sys.platform == "win32",
                    reason="measured with Linux's fonts; offscreen Windows has only the bundled ones (deploy.md, 11)")
def test_every_interface_step_fits_the_small_window(large_window, settings, qtbot, language: str) -> None:
    """Every step of the "Menus and buttons" ladder, with the largest profile, maximised on a 1024x768 screen."""
    size = WINDOW_SIZES[-1]
    window = large_window(PROFILE_IDS[-1], size, language)
    problems = []
    for interface_size in options.INTERFACE_SIZES:
        settings.set("interface_size", interface_size)
        problems += check_window(window, size, f"{interface_size} pt")
    problems += check_settings_panel(window, qtbot, "largest interface")
    assert not problems, "\n".join(problems)


def test_a_tool_bar_wraps_its_commands_instead_of_hiding_them(qtbot) -> None:
    """More commands than one row holds: they wrap onto more rows, none goes into an overflow menu."""
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = FlowToolBar("Commands")
    toolbar.setObjectName("commands")
    window.addToolBar(toolbar)
    window.setCentralWidget(QTextEdit())
    actions = [QAction(f"Command number {number}", window) for number in range(12)]
    for action in actions:
        toolbar.addAction(action)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert toolbar.actions() == actions
    assert hidden_commands(window) == []
    buttons = [toolbar.widgetForAction(action) for action in actions]
    assert all(isinstance(button, QToolButton) and button.isVisible() for button in buttons)
    assert len({button.y() for button in buttons}) > 2  # rows of commands
    assert cut_off(window) == []
    toolbar.removeAction(actions[0])
    settle()
    assert toolbar.actions() == actions[1:] and len(toolbar.command_buttons()) == 11


@pytest.mark.parametrize("language", ["da", "en"])
def test_tab_scrolls_the_read_aloud_bar_to_the_control(large_window, settings, qtbot, language: str) -> None:
    """Where the bar's rows take more than their share of a small window, the rows beyond it
    scroll, and every control Tab or a command moves the focus to is scrolled wholly into view."""
    window = large_window(PROFILE_IDS[-1], WINDOW_SIZES[-1], language)
    settings.set("interface_size", options.INTERFACE_SIZES[-1])
    settle()
    bar = window.read_aloud.bar
    assert bar.strip.verticalScrollBar().maximum() > 0  # this is the case where it scrolls
    assert shown_rect(bar.voice) != bar.voice.rect()
    bar.buttons["speech.read_section"].setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    while QApplication.focusWidget() is not bar.voice and len(visited) < 12:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        visited.append(focus)
        assert shown_rect(focus) == focus.rect(), name_of(focus)
    assert bar.volume in visited and visited[-1] is bar.voice
    # Back to the text and the bar scrolled to its top; "Choose voice…" from the menu puts the
    # focus on the voice list, which comes into view.
    window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
    bar.strip.verticalScrollBar().setValue(0)
    assert shown_rect(bar.voice) != bar.voice.rect()
    window.binder.actions["speech.voice"].trigger()
    assert bar.voice.hasFocus() and shown_rect(bar.voice) == bar.voice.rect()


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.skipif(sys.platform == "win32",
                    reason="measured with Linux's fonts; offscreen Windows has only the bundled ones (deploy.md, 11)")
def test_a_read_aloud_message_is_shown_whole_below_the_bar(large_window, settings, qtbot, language: str) -> None:
    """The bar's message (here: no sound output) sits below its rows, always wholly in view, and
    takes its room from the bar's share of the window, not from the text: the rows scroll
    instead, and the bar's scroll bar then always has a row to show (it was an empty white bar
    with the message hidden beneath it)."""
    window = large_window(PROFILE_IDS[-1], WINDOW_SIZES[-1], language)
    bar = window.read_aloud.bar
    scroll = bar.strip.verticalScrollBar()
    settle()
    assert scroll.maximum() == 0  # every row of the profile's bar fits
    problems = []
    for interface_size in (settings.value("interface_size"), options.INTERFACE_SIZES[-1]):
        settings.set("interface_size", interface_size)
        bar.show_message("")
        window.speech.error.emit(window.speech.tr(
            "This computer has no sound output: the text is highlighted, but nothing can be heard. "
            "Connect a loudspeaker or headphones."))
        qtbot.waitUntil(bar.message.isVisible)
        settle()
        assert bar.message.text().startswith(("Computeren har ingen lydudgang", "This computer has no sound"))
        for value in (0, scroll.maximum()):
            scroll.setValue(value)
            assert shown_rect(bar.message) == bar.message.rect(), f"{interface_size} pt, scrolled to {value}"
        assert bar.message.height() >= bar.message.heightForWidth(bar.message.width())
        assert scroll.maximum() > 0  # the message's room came from the rows, which scroll now...
        scroll.setValue(0)
        assert shown_rect(bar.voice) != bar.voice.rect()  # ...to a row that is really there
        scroll.setValue(scroll.maximum())
        assert shown_rect(bar.voice) == bar.voice.rect()
        problems += check_window(window, WINDOW_SIZES[-1], f"message shown, {interface_size} pt")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(sys.platform == "win32",
                    reason="measured with Linux's fonts; offscreen Windows has only the bundled ones (deploy.md, 11)")
def test_the_document_chooser_fits_too(large_window, settings, tmp_path: Path) -> None:
    """With several documents the contents pane has a document list box: its title is not cut off either."""
    (tmp_path / "a-politik.md").write_bytes(POLICY.read_bytes())
    (tmp_path / "b-strategi.md").write_text(
        "---\ntitel: Strategi for fritid, kultur og idræt\nsprog: da\n---\n\n## Indledning\n\nTekst.\n\n"
        "## Tema: Et\n\nMere.\n\n## Om\n\nSlut.\n",
        encoding="utf-8")
    size = WINDOW_SIZES[-1]
    window = large_window(PROFILE_IDS[-1], size, "da", tmp_path)
    assert window.contents.document_box.isVisible()
    problems = []
    for interface_size in options.INTERFACE_SIZES:
        settings.set("interface_size", interface_size)
        problems += check_window(window, size, f"{interface_size} pt")
    assert not problems, "\n".join(problems)
