"""The next visitor at a public terminal starts fresh.

A table-driven test does every command of the action registry a visitor can reach, lets the idle
reset run, and compares the whole visible and spoken state with a fresh start: on the start screen,
and again once the next visitor has closed it. Single tests follow for what a visitor can leave
behind outside the registry: a dialog, the About box or an open list over the warning, a minimised
window, the search field's undo history, the key describer swallowing the staff chord, and the
administrator's text size after a profile is picked.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from reader.actions import ACTIONS
from reader.document import load_folder
from reader.kiosk_config import KioskConfig
from reader.presentation.options import OPTIONS
from reader.presentation.settings import MemoryStore
from reader.settings_service import Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import IDLE, PAUSED, SPEAKING, SpeechService
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from tests.conftest import POLICY

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STARTING = {"font_size": 20.0}  # the administrator's [settings]

# The offscreen platform cannot raise a window nor let a popup list grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """Two documents, so choosing a document is among the commands and the first one must come back."""
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(POLICY, folder / "a-politik.md")
    text = POLICY.read_text(encoding="utf-8").replace("titel: Børne- og Ungepolitik", "titel: Anden politik")
    (folder / "b-politik.md").write_text(text, encoding="utf-8")
    return folder


MakeKiosk = Callable[..., tuple[MainWindow, Kiosk]]


@pytest.fixture
def make_kiosk(qtbot, qapp, content: Path) -> Iterator[MakeKiosk]:
    """A public terminal as app.main() builds it (memory settings, the fake voice), started and focused."""
    made: list[tuple[Kiosk, SpeechService]] = []

    def make(**config: object) -> tuple[MainWindow, Kiosk]:
        settings = Settings(MemoryStore())
        documents, problems = load_folder(content)
        speech = SpeechService(settings, engine=FakeEngine(speed=8.0))
        window = MainWindow(documents, problems, settings, speech=speech)
        qtbot.addWidget(window)
        kiosk = Kiosk(qapp, window.terminal_parts(), KioskConfig(enabled=True, settings=dict(STARTING), **config))  # type: ignore[arg-type]
        made.append((kiosk, speech))
        window.resize(1280, 720)
        kiosk.start()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, kiosk

    yield make
    for kiosk, speech in made:
        kiosk.stop()
        speech.stop()
        QApplication.processEvents()


def _name(widget: QWidget) -> str:
    """The widget's name, or its kind and where it is (the nearest named parent)."""
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and (not parent.objectName() or parent.objectName().startswith("qt_")):
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {parent.objectName() if parent is not None else '-'}"


def state(window: MainWindow, kiosk: Kiosk) -> dict[str, object]:
    """What a visitor can see, hear and do, as data (once the layouts waiting to be done are done)."""
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    view = window.view
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    texts = {}
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit) and widget.objectName():
            texts[widget.objectName()] = widget.text()
        elif isinstance(widget, QComboBox) and widget.objectName():
            texts[widget.objectName()] = widget.currentText()
    search = window.search_bar
    describer = window.keyboard._describer
    focus = QApplication.focusWidget()
    speech = window.speech
    assert speech is not None
    return {
        "settings": {key: window.settings.value(key) for key in OPTIONS},
        "full screen": window.isFullScreen(),
        "minimised": window.isMinimized(),
        "active": window.isActiveWindow(),
        "other windows": sorted(_name(w) for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window),
        "popup": QApplication.activePopupWidget() is not None,
        "modal": QApplication.activeModalWidget() is not None,
        "visible widgets": sorted(_name(w) for w in widgets),
        "texts": texts,
        "focus": _name(focus) if focus is not None else None,
        "title": window.windowTitle(),
        "document": window.current_index,
        "position": view.position(),
        "selection": view.selection_range(),
        "scrolled": view.verticalScrollBar().value(),
        "contents row": window.contents.list.currentRow(),
        "search field": (search.field.text(), search.field.isUndoAvailable(), search.field.isRedoAvailable()),
        "search hits": list(search.hits),
        "highlights": sorted(name for name, ranges in getattr(view, "_highlights", {}).items() if ranges),
        "status bar": window.statusBar().currentMessage(),
        "describing keys": describer is not None and describer.active,
        "reading aloud": (speech.state, speech.active),
        "warning": kiosk.warning.isVisible(),
        "staff screen": getattr(kiosk, "_staff_screen", None) is not None and kiosk._staff_screen.isVisible(),
        "checked": {spec.id: window.binder.actions[spec.id].isChecked() for spec in ACTIONS if spec.checkable},
        "enabled": {spec.id: window.binder.actions[spec.id].isEnabled() for spec in ACTIONS},
    }


def differences(now: dict[str, object], fresh: dict[str, object]) -> dict[str, object]:
    """What differs from a fresh start, readably: for lists what is extra and what is missing."""
    found: dict[str, object] = {}
    for key, value in now.items():
        before = fresh[key]
        if value == before:
            continue
        if isinstance(value, list) and isinstance(before, list):
            extra, missing = Counter(value) - Counter(before), Counter(before) - Counter(value)
            found[key] = {"extra": sorted(extra.elements()), "missing": sorted(missing.elements())}
        elif isinstance(value, dict) and isinstance(before, dict):
            found[key] = {k: (value.get(k), before.get(k)) for k in value.keys() | before.keys()
                          if value.get(k) != before.get(k)}
        else:
            found[key] = (value, before)
    return found


def next_visitor_arrives(window: MainWindow, qtbot) -> None:
    """The next visitor closes the start screen with Esc (the settings as they are)."""
    screen = window.access.start_screen
    assert screen.isVisible()
    qtbot.keyClick(screen.focusWidget() or screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not screen.isVisible())


def fresh_states(make_kiosk: MakeKiosk, qtbot) -> tuple[dict[str, object], dict[str, object]]:
    window, kiosk = make_kiosk()
    qtbot.waitUntil(lambda: window.access.start_screen.isVisible())
    on_start_screen = state(window, kiosk)
    next_visitor_arrives(window, qtbot)
    on_text = state(window, kiosk)
    kiosk.stop()
    window.close()  # (the window of the test comes next)
    return on_start_screen, on_text


def idle_reset_runs(kiosk: Kiosk, qtbot, while_open: Callable[[], bool] = lambda: True) -> None:
    """The quiet time runs out, the warning counts down to zero. Run from the event loop (also from
    inside a dialog's own loop, as the About box has), when ``while_open()`` says the visitor's
    window is there; the test is the clock."""
    done: list[bool] = []

    def run() -> None:
        if not while_open() or kiosk.listening():  # (a visitor listening keeps the terminal: no countdown)
            QTimer.singleShot(10, run)
            return
        kiosk.used_since_reset = True  # (a command triggered directly passes no input through the filter)
        kiosk.start_warning()
        assert kiosk.warning.isVisible()
        while kiosk.tick.isActive():
            kiosk.tick.timeout.emit()
        done.append(True)

    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: bool(done))


def _visible_window(kind: type) -> Callable[[], bool]:
    return lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())


# What a visitor does for each command: the command itself, then (for some) what follows it,
# so that every kind of state is left behind: a word in a field, a reading, a dialog, a choice.
def _search(window: MainWindow, qtbot) -> None:
    window.binder.actions["search.find"].trigger()
    QTest.keyClicks(window.search_bar.field, "venskab")
    QTest.keyClick(window.search_bar.field, Qt.Key.Key_F3)


def _select_then(action_id: str) -> Callable[[MainWindow, object], None]:
    def run(window: MainWindow, _qtbot: object) -> None:
        window.view.setFocus()
        window.view.select_range(40, 80)
        window.binder.actions[action_id].trigger()
    return run


def _open_list(window: MainWindow, qtbot) -> None:
    window.binder.actions["document.choose"].trigger()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)


def _large_print(window: MainWindow, qtbot) -> None:
    window.binder.actions["print.large"].trigger()
    dialog = window.access.large_print
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # "no printer" said in the dialog


def _choose_profile(window: MainWindow, qtbot) -> None:
    window.binder.actions["profile.choose"].trigger()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_4)  # large, contrast, read aloud
    _pause(window, qtbot)


def _pause(window: MainWindow, qtbot) -> None:
    """The visitor pauses the reading and walks away (while it reads, the terminal waits)."""
    speech = window.speech
    qtbot.waitUntil(lambda: speech.state == SPEAKING)
    window.binder.actions["speech.pause"].trigger()
    qtbot.waitUntil(lambda: speech.state == PAUSED)


def _read_then(action_id: str, *, pause: bool = True) -> Callable[[MainWindow, object], None]:
    """A reading, then ``action_id`` (a command that works while reading), then a pause."""
    def run(window: MainWindow, qtbot) -> None:
        window.binder.actions["speech.read_section"].trigger()
        qtbot.waitUntil(lambda: window.speech.state == SPEAKING)
        window.binder.actions[action_id].trigger()
        if pause and window.speech.state != PAUSED:
            _pause(window, qtbot)
    return run


def _then_pause(action_id: str) -> Callable[[MainWindow, object], None]:
    def run(window: MainWindow, qtbot) -> None:
        window.binder.actions[action_id].trigger()
        _pause(window, qtbot)
    return run


FOLLOW_UPS: dict[str, Callable[[MainWindow, object], None]] = {
    "search.find": _search,
    "search.next": lambda window, qtbot: (_search(window, qtbot), window.binder.actions["search.next"].trigger()),
    "search.previous": lambda window, qtbot: (_search(window, qtbot),
                                              window.binder.actions["search.previous"].trigger()),
    "search.close": lambda window, qtbot: (_search(window, qtbot), window.binder.actions["search.close"].trigger()),
    "speech.read_selection": lambda window, qtbot: (_select_then("speech.read_selection")(window, qtbot),
                                                    _pause(window, qtbot)),
    **{action_id: _then_pause(action_id) for action_id in (
        "speech.read_section", "speech.read_from_caret", "speech.read_quotes", "speech.read_section_quotes",
        "speech.read_commitments", "speech.continue")},
    "speech.pause": _read_then("speech.pause"),
    "speech.stop": _read_then("speech.stop", pause=False),
    **{action_id: _read_then(action_id) for action_id in (
        "speech.previous_sentence", "speech.next_sentence", "speech.previous_paragraph", "speech.next_paragraph",
        "speech.previous_section", "speech.next_section", "speech.faster", "speech.slower", "speech.normal_rate")},
    "document.choose": _open_list,
    "print.large": _large_print,
    "profile.choose": _choose_profile,
}
# Commands a dialog's own event loop follows (the About box): the reset runs from inside it.
BLOCKING = {"help.about": QMessageBox}


def reachable() -> list[str]:
    """Every command a visitor of the terminal can reach: enabled and offered in kiosk mode (the
    disabled ones are asserted in test_kiosk.py)."""
    return [spec.id for spec in ACTIONS if spec.id not in ("app.quit", "export.wav", "export.epub",
                                                             "export.mp3")]


@pytest.mark.parametrize("action_id", reachable())
def test_after_any_command_the_idle_reset_gives_the_next_visitor_a_fresh_start(
        make_kiosk: MakeKiosk, qtbot, action_id: str) -> None:
    fresh_start_screen, fresh_text = fresh_states(make_kiosk, qtbot)
    window, kiosk = make_kiosk()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_2)  # the visitor: "Stor tekst"
    window.binder.actions["nav.theme_3"].trigger()  # and reads on in theme 3
    action = window.binder.actions[action_id]
    assert action.isVisible() and (action.isEnabled() or action_id in FOLLOW_UPS), f"{action_id} is not offered"
    if action_id in BLOCKING:
        QTimer.singleShot(0, action.trigger)
        idle_reset_runs(kiosk, qtbot, _visible_window(BLOCKING[action_id]))
    else:
        FOLLOW_UPS.get(action_id, lambda window, _qtbot: window.binder.actions[action_id].trigger())(window, qtbot)
        idle_reset_runs(kiosk, qtbot)
    qtbot.waitUntil(lambda: window.speech.state == IDLE)
    assert differences(state(window, kiosk), fresh_start_screen) == {}
    next_visitor_arrives(window, qtbot)
    assert differences(state(window, kiosk), fresh_text) == {}


# -- what a visitor leaves behind outside the registry -------------------------------------------------

def test_the_warning_comes_over_an_open_dialog_a_list_and_a_menu_and_is_announced(make_kiosk: MakeKiosk,
                                                                                   qtbot) -> None:
    window, kiosk = make_kiosk()
    next_visitor_arrives(window, qtbot)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.binder.actions["help.keys"].trigger()  # a dialog of its own
    window.binder.actions["print.large"].trigger()  # another, over it
    qtbot.waitUntil(lambda: window.access.large_print is not None and window.access.large_print.isVisible())
    window.access.large_print.scope.showPopup()  # its list, open
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    with qtbot.waitSignal(kiosk.idle_warning_started):
        kiosk.used_since_reset = True
        kiosk.start_warning()
    assert QApplication.activePopupWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    assert kiosk.warning.isVisible() and window.isFullScreen()
    assert window.childAt(window.rect().center()) in (kiosk.warning, *kiosk.warning.findChildren(QWidget))
    assert heard[-1] == kiosk.warning.spoken_text()


def test_the_warning_comes_over_the_about_box(make_kiosk: MakeKiosk, qtbot) -> None:
    """The About box runs an event loop of its own: the warning closes it from inside that loop."""
    window, kiosk = make_kiosk()
    next_visitor_arrives(window, qtbot)
    seen: list[bool] = []
    kiosk.idle_warning_started.connect(lambda: seen.append(_visible_window(QMessageBox)()))
    QTimer.singleShot(0, window.binder.actions["help.about"].trigger)
    idle_reset_runs(kiosk, qtbot, _visible_window(QMessageBox))
    assert seen == [False]  # closed before the warning showed
    assert not _visible_window(QMessageBox)()


def test_a_minimised_window_is_full_screen_and_focused_again(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    next_visitor_arrives(window, qtbot)
    window.setWindowState(Qt.WindowState.WindowMinimized)  # as the window manager does it
    qtbot.waitUntil(window.isMinimized)
    idle_reset_runs(kiosk, qtbot)
    assert not window.isMinimized() and window.isFullScreen()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.access.start_screen.isVisible()
    assert window.access.start_screen.isAncestorOf(QApplication.focusWidget())


def test_the_last_search_word_is_gone_with_its_undo_history(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    next_visitor_arrives(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    field = window.search_bar.field
    QTest.keyClicks(field, "venskab")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    idle_reset_runs(kiosk, qtbot)
    next_visitor_arrives(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)  # the next visitor opens the search
    qtbot.waitUntil(field.isVisible)
    assert field.text() == "" and window.search_bar.hits == [] and window.search_bar.count_label.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # and undoes
    assert field.text() == ""


def test_the_staff_chord_works_while_keys_are_described_and_the_reset_ends_describing(make_kiosk: MakeKiosk,
                                                                                        qtbot) -> None:
    window, kiosk = make_kiosk()
    next_visitor_arrives(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F1, SHIFT)  # describe keys
    describer = window.keyboard.describer
    assert describer.active
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL)  # described, not done, as the terminal offers it
    assert window.statusBar().currentMessage() == (
        "Ctrl+P: Kopi med stor skrift. Udskriv hele politikken eller ét tema med stor skrift.")
    qtbot.keyClick(window.view, Qt.Key.Key_Q, CTRL)  # held back: no quitting, and no description of it
    assert window.isVisible() and window.access.large_print is None
    with qtbot.waitSignal(kiosk.staff_screen_opened):
        qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    kiosk.close_staff_screen()
    idle_reset_runs(kiosk, qtbot)
    assert not describer.active
    next_visitor_arrives(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)  # the keys work again
    qtbot.waitUntil(window.search_bar.field.hasFocus)


def test_the_administrators_settings_stay_when_a_visitor_picks_a_profile(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    assert window.settings.value("font_size") == 20.0
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_1)  # "Standard"
    assert window.settings.value("font_size") == 20.0
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_3)  # "Høj kontrast"
    assert (window.settings.value("font_size"), window.settings.value("theme")) == (20.0, "white-on-black")
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_0, CTRL)  # "normal text size" is the terminal's normal size
    assert window.settings.value("font_size") == 20.0
    window.binder.actions["view.reset"].trigger()
    assert (window.settings.value("font_size"), window.settings.value("theme")) == (20.0, "system")
    idle_reset_runs(kiosk, qtbot)
    assert window.settings.value("font_size") == 20.0
