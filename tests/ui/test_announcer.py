"""One announcement path: what screen readers get for every status message, and only once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from reader.ui import announcer as announcer_module
from reader.ui.announcer import Announcer, announcer_for, platform_uses_notices
from reader.ui.main_window import MainWindow
from tests.waiting import drain_events

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def notices(window: MainWindow) -> list[tuple[str, bool]]:
    """(name, showing) of every object with the role Notification in the window's tree."""
    found = []
    for child in window.findChildren(announcer_module.AnnouncementNotice):
        interface = QAccessible.queryAccessibleInterface(child)
        assert interface is not None
        if interface.role() == QAccessible.Role.Notification:
            found.append((interface.text(QAccessible.Text.Name), not interface.state().invisible))
    return sorted(found)


def sent_events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records the Qt announcement events the announcer sends."""
    sent: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event) -> None:  # type: ignore[no-untyped-def]
        if hasattr(event, "message"):
            sent.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    return sent


def test_linux_gets_notifications_and_windows_mac_qt_announcements() -> None:
    assert platform_uses_notices("linux")
    assert not platform_uses_notices("win32")
    assert not platform_uses_notices("darwin")


def test_on_atspi_a_structure_move_shows_one_notification_and_nothing_else(
        make_window: MakeWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    announcer = window.announcer
    announcer.uses_notices = True
    sent = sent_events(monkeypatch)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    assert notices(window) == [("Tema 1 af 4: Dannelse", True)]
    assert sent == []  # Orca 45+ speaks object:announcement too: sending both would be heard twice
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    # The previous message is no longer showing: nothing stale for the screen reader to find.
    assert notices(window) == [("Tema 1 af 4: Dannelse", False), ("Tema 2 af 4: Leg, læring og trivsel", True)]
    assert announcer.showing_notices() == ["Tema 2 af 4: Leg, læring og trivsel"]
    assert window.statusBar().currentMessage() == "Tema 2 af 4: Leg, læring og trivsel"
    assert window.view.hasFocus()  # the focus did not move
    qtbot.waitUntil(lambda: announcer.showing_notices() == [])  # and it goes by itself (after NOTICE_SHOWN_MS)


def test_elsewhere_a_qt_announcement_and_no_notification(make_window: MakeWindow, qtbot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.announcer.uses_notices = False
    sent = sent_events(monkeypatch)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    assert sent == ["Tema 1 af 4: Dannelse"]
    assert notices(window) == []


def test_search_where_am_i_and_text_size_go_through_the_announcer(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    assert heard[-1].startswith("Indledning. Overskrift 1 af ")
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    assert heard[-1].startswith("Tekststørrelse ")
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search_bar.field, "barn")
    assert heard[-1] == "1 af 10"
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert heard[-1] == "Søgningen er lukket."


def test_announcer_for_finds_the_windows_announcer_from_a_dialog(make_window: MakeWindow) -> None:
    window = make_window()
    assert announcer_for(window.view) is window.announcer
    assert announcer_for(window.search_bar.field) is window.announcer
    assert isinstance(window.announcer, Announcer)


def test_where_am_i_is_not_also_spoken_by_the_app_while_a_screen_reader_runs(
        make_window: MakeWindow, settings, qtbot) -> None:
    from reader.presentation.options import SELF_VOICING
    from reader.speech.fake import FakeEngine
    from reader.speech.service import IDLE, SpeechService

    engine = FakeEngine()
    speech = SpeechService(settings, engine=engine)
    settings.set(SELF_VOICING, True)  # the app's own voice on, from an earlier session
    window = make_window(speech=speech)
    window.view.setFocus()
    window.voicing.screen_reader_running = lambda: True
    drain_events(qtbot)
    said = len(engine.said)
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    message = window.statusBar().currentMessage()
    assert message  # told, through the screen reader
    drain_events(qtbot)
    assert len(engine.said) == said and speech.state == IDLE  # and not with a second voice
    window.voicing.screen_reader_running = lambda: False
    qtbot.keyClick(window.view, Qt.Key.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: any(message in text for text in engine.said[said:]))  # no screen reader: the app says it
    speech.stop()


@pytest.mark.qt_log_ignore("does not support raise")  # the warning brings the window to the front
def test_the_kiosk_countdown_is_told_by_the_screen_reader_alone(qtbot, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.document import load_folder
    from reader.kiosk_config import KioskConfig
    from reader.presentation.settings import MemoryStore
    from reader.settings_service import Settings
    from reader.speech.fake import FakeEngine
    from reader.speech.service import SpeechService
    from reader.ui.kiosk import Kiosk
    from tests.conftest import CONTENT

    settings = Settings(MemoryStore())
    documents, problems = load_folder(CONTENT)
    speech = SpeechService(settings, engine=FakeEngine(speed=8.0))
    window = MainWindow(documents, problems, settings, speech=speech)
    qtbot.addWidget(window)
    kiosk = Kiosk(qapp, window.terminal_parts(), KioskConfig(enabled=True, idle_seconds=0.2, warning_seconds=30))
    try:
        kiosk.start()
        qtbot.waitExposed(window)
        heard: list[str] = []
        window.announcer.announced.connect(heard.append)
        said: list[str] = []
        monkeypatch.setattr(speech, "say", lambda text, **_kwargs: said.append(text))
        monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
        kiosk.used_since_reset = True
        kiosk.start_warning()
        assert heard == [kiosk.warning.spoken_text()]
        assert said == []
        kiosk.cancel_warning()
        monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: False))
        kiosk.start_warning()
        assert said == [kiosk.warning.spoken_text()]  # no screen reader: the app's voice tells it
        kiosk.cancel_warning()
    finally:
        kiosk.stop()
        speech.stop()
