"""The start screen: access profiles as large buttons chosen with one key, profiles as data."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reader.presentation.profiles import load_profiles
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.access import PROFILES
from reader.ui.main_window import MainWindow
from tests.seen import seen
from tests.waiting import drain_events

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def greeted(make_window, settings) -> Iterator[Callable[[], MainWindow]]:
    """A window with read aloud (fake engine), showing the start screen as at a first start."""
    def make() -> MainWindow:
        window = make_window(speech=SpeechService(settings, engine=FakeEngine(speed=8.0)))
        window.access.show_start_screen()
        return window

    yield make


def test_four_large_profile_buttons_in_danish(greeted) -> None:
    window = greeted()
    screen = window.access.start_screen
    assert seen(screen) and screen.geometry() == window.rect()
    assert [b.text() for b in screen.buttons] == [
        "1   Standard", "2   Stor tekst", "3   Høj kontrast", "4   Stor tekst, høj kontrast og oplæsning"]
    for button in [*screen.buttons, screen.language_button]:
        assert seen(button)
        assert button.width() >= 44 and button.height() >= 44
    assert screen.buttons[0].hasFocus()
    assert screen.buttons[1].accessibleName() == "Stor tekst"
    assert screen.buttons[1].accessibleDescription() == "Taltast 2. Teksten i dobbelt størrelse."


def test_number_keys_choose_a_profile(greeted, qtbot, settings) -> None:
    window = greeted()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_2)
    assert not window.access.start_screen.isVisible()
    assert settings.value("font_size") == 32.0
    assert window.view.hasFocus()
    window.access.show_start_screen()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_3)
    assert settings.value("font_size") == 16.0  # each profile starts from the standard view
    assert settings.value("theme") == "white-on-black"
    assert window.theme.id == "white-on-black"
    assert settings.value("start_screen_seen") is True


def test_profile_4_reads_the_introduction_aloud(greeted, qtbot, settings) -> None:
    window = greeted()
    window.view.move_to(window.document.themes[1].start)
    with qtbot.waitSignal(window.speech.sentence_changed):
        qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_4)
    assert (settings.value("font_size"), settings.value("theme")) == (32.0, "white-on-black")
    introduction = window.document.sections[0]
    spoken = window.speech.engine.spoken[0]
    assert spoken.startswith(introduction.blocks[0].text) or introduction.title in spoken
    assert introduction.start <= window.view.position() <= introduction.end


def test_shortcuts_wait_and_tab_stays_on_the_start_screen(greeted, qtbot) -> None:
    window = greeted()
    screen = window.access.start_screen
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "Table of contents"
    assert not window.contents.list.hasFocus()
    seen = []
    for _ in range(len(screen.buttons) + 1):
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
        seen.append(screen.focusWidget())
    assert seen[-1] is screen.buttons[0]  # round and back
    assert set(seen) == {*screen.buttons, screen.language_button}


def test_escape_keeps_the_settings_and_the_choice_is_remembered(qtbot, settings_path: Path, greeted) -> None:
    window = greeted()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_Escape)
    assert not window.access.start_screen.isVisible()
    window.settings.flush()  # as when the app quits
    assert Settings(QSettingsStore(settings_path)).value("start_screen_seen") is True  # no start screen next time


def test_the_start_screen_switches_language(greeted, qtbot, settings, interface_language) -> None:
    settings.changed.connect(interface_language.follow)
    window = greeted()
    screen = window.access.start_screen
    assert screen.language_button.text() == "In English"
    qtbot.mouseClick(screen.language_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.heading.text() == "Welcome to Herning Læser")
    assert screen.buttons[3].text() == "4   Large text, high contrast and read aloud"
    assert screen.language_button.text() == "På dansk"
    assert seen(screen)


def test_the_bundled_profiles_are_valid() -> None:
    profiles, problems = load_profiles(PROFILES)
    assert problems == []
    assert [p.label() for p in profiles] == [
        "Standard", "Stor tekst", "Høj kontrast", "Stor tekst, høj kontrast og oplæsning"]
    assert profiles[3].read_aloud == "introduction"


def test_a_library_can_change_the_profiles(tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps({"profiles": [
        {"id": "gul", "label": {"da": "Gul på sort"}, "settings": {"theme": "yellow-on-black", "font_size": 500}},
        {"id": "uden-navn", "settings": {}},
    ]}), encoding="utf-8")
    profiles, problems = load_profiles(path)
    assert [(p.id, p.settings) for p in profiles] == [("gul", {"theme": "yellow-on-black"})]
    assert problems == [
        f"{path}: profil 1 (gul): font_size = 500 kan ikke bruges; den springes over.",
        f"{path}: profil 2 mangler label.",
    ]
    path.write_text("{ not json", encoding="utf-8")
    profiles, problems = load_profiles(path)
    assert [p.id for p in profiles] == ["standard"] and problems[0].startswith(f"{path}: profilerne kan ikke læses")


@pytest.mark.parametrize("interface_size", [12.0, 24.0])
def test_nothing_on_the_start_screen_is_cut_off(greeted, qtbot, settings, interface_size: float) -> None:
    """The wrapped heading gets the height its lines need; what does not fit scrolls instead of shrinking."""
    from PySide6.QtWidgets import QLabel, QPushButton

    settings.set("interface_size", interface_size)
    window = greeted()
    screen = window.findChild(QWidget, "start_screen")
    qtbot.waitUntil(screen.isVisible)
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    for button in screen.findChildren(QPushButton):
        assert button.height() >= button.sizeHint().height(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()


def test_the_window_behind_the_start_screen_is_hidden_from_assistive_technology(greeted, qtbot) -> None:
    from PySide6.QtGui import QAccessible

    window = greeted()
    behind = [window.menuBar(), window.toolbar, window.centralWidget(), window.statusBar(), window.view]
    for widget in behind:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.state().invisible, widget.objectName()  # not just covered
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_1)
    for widget in behind:
        assert seen(widget), widget.objectName()  # all back once a profile is chosen
    assert window.view.hasFocus()
    window.access.show_start_screen()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_Escape)
    assert all(seen(widget) for widget in behind)


def test_ctrl_q_quits_from_the_start_screen(greeted, qtbot) -> None:
    window = greeted()
    qtbot.keyClick(window.access.start_screen.focusWidget(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the machine folder is moved with XDG_CONFIG_DIRS (Linux)")
def test_a_broken_profiles_file_is_shown_and_heard_once_the_window_is_painted(
        qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's file is read after the first paint, not before it; its problem still reaches everyone."""
    from reader.document import load_folder
    from tests.conftest import CONTENT

    machine = tmp_path / "etc-xdg" / "herning-laeser"
    machine.mkdir(parents=True)
    (machine / "profiles.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    documents, problems = load_folder(CONTENT)
    window = MainWindow(documents, problems, settings)
    qtbot.addWidget(window)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    assert window.access._profiles is None  # nothing read yet
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(lambda: bool(heard))
    expected = f"{machine / 'profiles.json'}: profilerne kan ikke læses"
    assert heard[0].startswith(expected)
    assert window.statusBar().currentMessage() == heard[0]
    assert [p.id for p in window.access.profiles] == ["standard"]  # what is left still works


@pytest.mark.parametrize("first_start", [False, True], ids=["text", "start screen"])
@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the machine folder is moved with XDG_CONFIG_DIRS (Linux)")
def test_the_problems_found_at_a_start_are_heard_together(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          first_start: bool) -> None:
    """An unreadable settings file and a broken profiles file: one announcement says both, so that the
    second does not cut the first short; the lasting note keeps the first, the status bar the second.
    At a first start the start screen hides the status bar meanwhile: both are still said."""
    from reader.document import load_folder
    from reader.settings_service import QSettingsStore, Settings
    from tests.conftest import CONTENT

    machine = tmp_path / "etc-xdg" / "herning-laeser"
    machine.mkdir(parents=True)
    (machine / "profiles.json").write_text("[1, 2", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    settings_file = tmp_path / "settings.ini"
    settings_file.write_bytes(b"\x00\xff garbage")
    documents, problems = load_folder(CONTENT)
    window = MainWindow(documents, problems, Settings(QSettingsStore(settings_file, keep_aside=True)))
    qtbot.addWidget(window)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.show()
    if first_start:
        window.access.show_start_screen()
    qtbot.waitUntil(lambda: any("profilerne" in said for said in heard))
    drain_events(qtbot)  # nothing more comes
    heard = [said for said in heard if not said.startswith("Velkommen")]  # the start screen's own intro
    note = window.settings_notice.text()
    profiles = window.access.problems[0]
    assert note.startswith("Indstillingsfilen kunne ikke læses") and "profilerne kan ikke læses" in profiles
    assert heard == [f"{note} {profiles}"]
    assert window.statusBar().currentMessage() == profiles
