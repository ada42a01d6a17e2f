"""Read-aloud control by real key presses: the speed ladder and its keys, stepping by section while
reading, and what is read (who said a quote, "Vi vil:", numbers), each said to screen readers, sent
to the speech worker and kept for the next start.

The fake engine (reader/speech/fake.py) records what the worker was asked to read (``asked``) and
at which rate; its clock stands still (speed 0), so a reading stays where the keys put it however
busy the machine is.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.presentation.options import SPEECH_RATE
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import IDLE, SpeechService
from reader.ui.main_window import MainWindow
from reader.ui.read_aloud import SENTENCE_LAYER

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: MakeWindow, settings) -> Iterator[MainWindow]:
    window = make_window(speech=SpeechService(settings, engine=FakeEngine(speed=0.0)))
    window.view.setFocus()
    yield window
    window.speech.stop()


def said(window: MainWindow) -> list[str]:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    return heard


def read(window: MainWindow, qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Presses a read-aloud key and returns what the worker was asked to read."""
    engine = window.speech.engine
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.view, key, modifiers)
    return engine.asked


def highlighted(window: MainWindow) -> str:
    (start, end), = window.view.highlight_ranges(SENTENCE_LAYER)
    return window.document.text[start:end]


def close_menu(window: MainWindow, qtbot, menu: QMenu) -> None:
    qtbot.waitUntil(lambda: not menu.isVisible())
    window.activateWindow()  # as a window manager does when a menu closes (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)


def choose(window: MainWindow, qtbot, action_id: str, steps: int) -> None:
    """Opens the option's submenu and picks the entry ``steps`` below the first with the arrow keys."""
    menu: QMenu = window.option_commands.menus[action_id]
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    for _ in range(steps + 1):  # the first Down selects the first entry
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    close_menu(window, qtbot, menu)


def pick(window: MainWindow, qtbot, action_id: str) -> None:
    """Opens the Read aloud menu, moves to the command's entry and presses Enter on it."""
    menu = window.menus["speech"]
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(window.binder.actions[action_id])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    close_menu(window, qtbot, menu)


# -- speed ------------------------------------------------------------------------------------------------
def test_the_speed_keys_walk_the_ladder_say_the_speed_and_reach_the_reading(window: MainWindow, qtbot,
                                                                             settings, settings_path) -> None:
    heard = said(window)
    engine = window.speech.engine
    window.view.move_to(window.document.themes[0].blocks[1].start)
    read(window, qtbot, Qt.Key.Key_F5)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    assert heard[-1] == "Hastighed: 190 ord i minuttet"
    qtbot.waitUntil(lambda: engine.rates[-1] == 190)  # the sentences still to come, at once at the new speed
    assert window.read_aloud.bar.rate_label.text() == "190 ord/min"
    for _ in range(len(SPEECH_RATE.ladder)):
        qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    assert settings.get(SPEECH_RATE) == 900
    assert heard[-1] == "Højeste hastighed: 900 ord i minuttet"  # told, not silently ignored
    qtbot.keyClick(window.view, Qt.Key.Key_0, ALT)
    assert heard[-1] == "Normal hastighed: 175 ord i minuttet"
    for _ in range(len(SPEECH_RATE.ladder)):
        qtbot.keyClick(window.view, Qt.Key.Key_Minus, ALT)
    assert heard[-1] == "Laveste hastighed: 80 ord i minuttet"
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)
    assert heard[-2:] == ["Hastighed: 90 ord i minuttet", "Hastighed: 100 ord i minuttet"]
    qtbot.waitUntil(lambda: engine.rates[-1] == 100)
    settings.flush()
    assert Settings(QSettingsStore(settings_path)).get(SPEECH_RATE) == 100  # kept for the next start


def test_the_ladder_has_fine_steps_near_normal_and_reaches_the_engines_range() -> None:
    ladder = SPEECH_RATE.ladder
    assert (ladder[0], ladder[-1], SPEECH_RATE.default) == (80, 900, 175)
    steps = [b / a for a, b in itertools.pairwise(ladder)]
    assert all(1.04 <= step <= 1.34 for step in steps), steps
    around_normal = [b / a for a, b in itertools.pairwise(ladder) if 130 <= a <= 260]
    assert max(around_normal) <= 1.10  # no jump of more than 10 % where most people listen


# -- stepping by section ------------------------------------------------------------------------------
def test_alt_page_keys_step_by_section_while_reading(window: MainWindow, qtbot) -> None:
    heard = said(window)
    themes = window.document.themes
    next_section = window.binder.actions["speech.next_section"]
    assert not next_section.isEnabled()  # Alt+Page Down is the text's own key when nothing is read
    window.view.move_to(themes[0].blocks[1].start)
    asked = read(window, qtbot, Qt.Key.Key_F5)
    assert asked[0] == "Dannelse"  # theme 1 from its heading
    asked = read(window, qtbot, Qt.Key.Key_PageDown, ALT)
    assert asked[0] == "Leg, læring og trivsel" and highlighted(window) == "Leg, læring og trivsel"
    assert heard[-1] == "Tema 2 af 4: Leg, læring og trivsel"
    assert window.view.position() == themes[1].start  # the caret (and line focus, magnifiers) follow
    read(window, qtbot, Qt.Key.Key_PageUp, ALT)  # at a section's first sentence: the one before
    assert highlighted(window) == "Dannelse" and heard[-1] == "Tema 1 af 4: Dannelse"
    # A reading from the caret holds every section: the keys move within it.
    window.speech.stop()
    window.view.move_to(0)
    asked = read(window, qtbot, Qt.Key.Key_F5, SHIFT)
    reading = window.speech.reading
    assert asked[0] == "Børne- og Ungepolitik"  # the title, in the introduction
    read(window, qtbot, Qt.Key.Key_PageDown, ALT)
    assert highlighted(window) == "Dannelse"
    read(window, qtbot, Qt.Key.Key_PageDown, ALT)
    assert highlighted(window) == "Leg, læring og trivsel" and window.speech.reading == reading
    assert window.speech.script[window.speech.index].text == "Leg, læring og trivsel"
    window.view.move_to(window.document.sections[-1].start)
    window.speech.stop()
    read(window, qtbot, Qt.Key.Key_F5)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, ALT)  # after the last section: the end
    assert window.speech.state == IDLE and heard[-1] == "Slutningen af dokumentet."


# -- what is read ---------------------------------------------------------------------------------------
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen menus
def test_who_said_a_quote_is_read_before_after_or_not(window: MainWindow, qtbot, settings, settings_path) -> None:
    heard = said(window)
    window.view.move_to(window.document.themes[0].start)
    asked = read(window, qtbot, Qt.Key.Key_F7, SHIFT)  # the quotes of theme 1
    assert asked[:2] == ["Citat fra en skoleelev i anden klasse:", asked[1]]
    assert asked[1].startswith("Hvis du en dag blev første- og andenvælger")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    choose(window, qtbot, "speech.quote_speaker", 1)
    assert heard[-1] == "Hvem der har sagt citatet: Efter citatet"
    assert settings.value("quote_speaker") == "after"
    asked = read(window, qtbot, Qt.Key.Key_F7, SHIFT)
    assert asked[0].startswith("Hvis du en dag") and asked[1] == "Sagt af en skoleelev i anden klasse."
    assert "Sagt af en medarbejder." in asked
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    choose(window, qtbot, "speech.quote_speaker", 2)
    asked = read(window, qtbot, Qt.Key.Key_F7, SHIFT)
    assert not any(text.startswith(("Citat", "Sagt af")) for text in asked)
    assert len(asked) == 4  # the two quotes' sentences only
    menu = window.option_commands.menus["speech.quote_speaker"]
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Læses ikke"]
    settings.flush()
    assert Settings(QSettingsStore(settings_path)).value("quote_speaker") == "none"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen menus
def test_the_we_will_headings_and_the_numbers_are_read_or_not(window: MainWindow, qtbot, settings,
                                                               settings_path) -> None:
    heard = said(window)
    window.view.move_to(window.document.themes[1].start)
    asked = read(window, qtbot, Qt.Key.Key_F8)  # theme 2's "Vi vil" list
    assert asked[0] == "Vi vil:" and asked[1].startswith("Give børn og unge lyst")
    assert not any("punkt" in text for text in asked)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    pick(window, qtbot, "speech.read_commitment_label")
    assert heard[-1] == "Læs overskrifterne “Vi vil:”: fra"
    assert not window.binder.actions["speech.read_commitment_label"].isChecked()
    asked = read(window, qtbot, Qt.Key.Key_F8)
    assert asked[0].startswith("Give børn og unge lyst") and "Vi vil:" not in asked
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    pick(window, qtbot, "speech.read_numbers")
    assert heard[-1] == "Læs listenumre: til" and settings.value("read_numbers") is True
    asked = read(window, qtbot, Qt.Key.Key_F8)
    assert asked[:4] == ["2 punkt 1.", asked[1], "2 punkt 2.", asked[3]]
    assert asked[1].startswith("Give børn")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    asked = read(window, qtbot, Qt.Key.Key_F7, SHIFT)
    assert asked[0] == "Citat 2 punkt 1 fra en skoleelev fra Det Fælles Elevråd:"
    settings.flush()
    stored = Settings(QSettingsStore(settings_path))
    assert (stored.value("read_commitment_label"), stored.value("read_numbers")) == (False, True)
