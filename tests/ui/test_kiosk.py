"""Public-terminal mode: escape keys inert, the staff chord, idle reset, nothing written to disk.

The window is built as app.main() builds it for ``--kiosk``: settings in a MemoryStore,
the read-aloud service (with the fake engine), and a Kiosk over the running application.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from reader.document import load_folder
from reader.kiosk_config import KioskConfig, load_kiosk_config
from reader.presentation.settings import OPTIONS, MemoryStore
from reader.settings_service import Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import IDLE, SpeechService
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, run_main

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

MakeKiosk = Callable[..., tuple[MainWindow, Kiosk]]


@pytest.fixture
def make_kiosk(qtbot, qapp) -> Iterator[MakeKiosk]:
    kiosks: list[Kiosk] = []

    def make(**config: object) -> tuple[MainWindow, Kiosk]:
        settings = Settings(MemoryStore())
        documents, problems = load_folder(CONTENT)
        speech = SpeechService(settings, engine=FakeEngine(speed=8.0))
        window = MainWindow(documents, problems, settings, speech=speech)
        qtbot.addWidget(window)
        kiosk = Kiosk(qapp, window, KioskConfig(enabled=True, **config))  # type: ignore[arg-type]
        kiosks.append(kiosk)
        window.resize(1280, 720)
        kiosk.start()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window, kiosk

    yield make
    for kiosk in kiosks:
        kiosk.stop()


def visitor_starts(window: MainWindow, qtbot, key: Qt.Key = Qt.Key.Key_1) -> None:
    """The start screen greets the visitor; a number key chooses a profile."""
    assert window.access.start_screen.isVisible()
    qtbot.keyClick(window.access.start_screen.focusWidget(), key)
    assert not window.access.start_screen.isVisible()
    assert window.view.hasFocus()


def test_kiosk_is_full_screen_and_keys_that_leave_are_inert(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    assert window.isFullScreen()
    visitor_starts(window, qtbot)
    refused: list[str] = []
    kiosk.refused.connect(refused.append)
    for key, modifiers in ((Qt.Key.Key_Q, CTRL), (Qt.Key.Key_W, CTRL), (Qt.Key.Key_F4, ALT), (Qt.Key.Key_F4, CTRL)):
        qtbot.keyClick(window.view, key, modifiers)
        assert window.isVisible()
    assert refused == ["key"] * 4
    assert not window.binder.actions["app.quit"].isEnabled()
    assert not window.binder.actions["speech.save_audio"].isEnabled()  # it would open a file dialog
    # Alt+F4 handled by the window manager arrives as a close request: refused.
    assert window.close() is False
    assert window.isVisible() and refused[-1] == "close"


def test_context_menus_are_inert_in_kiosk_mode(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20), window.view.mapToGlobal(QPoint(20, 20)))
    with qtbot.waitSignal(kiosk.refused, check_params_cb=lambda what: what == "context menu"):
        QApplication.sendEvent(window.view.viewport(), event)
    qtbot.wait(50)
    assert QApplication.activePopupWidget() is None


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_same_context_menu_opens_outside_kiosk_mode(make_window, qtbot) -> None:
    """The counterpart of the test above: the event used there does open a menu normally."""
    window = make_window()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20), window.view.mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(window.view.viewport(), event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QApplication.activePopupWidget().close()


def test_links_and_file_dialogs_are_inert_in_kiosk_mode(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    with qtbot.waitSignal(kiosk.refused, check_params_cb=lambda what: what == "link"):
        QDesktopServices.openUrl(QUrl("https://www.herning.dk"))
    dialog = QFileDialog(window, "Open")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.open()
    assert not dialog.isVisible()


def test_large_print_goes_to_the_printer_without_dialogs(make_kiosk: MakeKiosk, qtbot) -> None:
    window, _kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL)
    dialog = window.access.large_print
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert not dialog.save_button.isVisible()  # no file dialog on a public terminal
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Der er ikke sat en printer op til denne computer. Spørg personalet."
    assert dialog.print_dialog is None and dialog.file_dialog is None


def test_a_configured_printer_that_is_missing_is_named(make_kiosk: MakeKiosk, qtbot) -> None:
    window, _kiosk = make_kiosk(printer="Bibliotek-stue")
    visitor_starts(window, qtbot)
    window.access.open_large_print()
    dialog = window.access.large_print
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Printeren »Bibliotek-stue« kan ikke findes. Spørg personalet."


def test_the_staff_chord_closes_the_app(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    with qtbot.waitSignal(kiosk.staff_exit):
        qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_staff_chord_can_be_changed(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(staff_chord="Ctrl+Alt+End")
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    qtbot.wait(50)
    assert window.isVisible()
    with qtbot.waitSignal(kiosk.staff_exit):
        qtbot.keyClick(window.view, Qt.Key.Key_End, CTRL | ALT)
    qtbot.waitUntil(lambda: not window.isVisible())


def changed_by_the_visitor(window: MainWindow, qtbot) -> int:
    """Larger text, another theme and a new position, all by keys; returns the position."""
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL | SHIFT)  # next colour theme
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, ALT)  # read aloud faster
    window.view.move_to(window.document.themes[2].start)
    settings = window.settings
    assert settings.value("font_size") > OPTIONS["font_size"].default
    assert settings.value("theme") != OPTIONS["theme"].default
    assert settings.value("speech_rate") > OPTIONS["speech_rate"].default
    return window.view.position()


def test_idle_terminal_warns_then_resets_everything(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(idle_seconds=0.3, warning_seconds=2)
    visitor_starts(window, qtbot, Qt.Key.Key_2)  # "Stor tekst"
    position = changed_by_the_visitor(window, qtbot)
    assert position > 0
    with qtbot.waitSignal(kiosk.idle_warning_started, timeout=3000):
        pass
    warning = kiosk.warning
    assert warning.isVisible()
    assert warning.prompt.text() == "Tryk på en tast for at fortsætte."
    assert warning.countdown.text() == "Skærmen starter forfra om 2 sekunder."
    assert warning.prompt.font().pointSizeF() >= 24
    assert "Tryk på en tast for at fortsætte." in warning.accessibleDescription()
    qtbot.waitUntil(lambda: any("Tryk på en tast" in text for text in window.speech.engine.spoken), timeout=3000)
    with qtbot.waitSignal(kiosk.reset_done, timeout=4000):
        pass
    assert not warning.isVisible()
    assert window.speech.state == IDLE
    for key, option in OPTIONS.items():
        assert window.settings.value(key) == option.default, key
    assert window.theme.id == "system"
    assert window.view.position() == 0
    assert window.access.start_screen.isVisible()  # ready for the next visitor
    assert window.contents.list.currentRow() == 0


def test_a_key_during_the_countdown_cancels_it(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(idle_seconds=0.3, warning_seconds=1)
    visitor_starts(window, qtbot)
    position = changed_by_the_visitor(window, qtbot)
    size = window.settings.value("font_size")
    with qtbot.waitSignal(kiosk.idle_warning_started, timeout=3000):
        pass
    kiosk.idle_timer.setInterval(60_000)  # the next quiet spell is long: only the countdown could reset now
    with qtbot.waitSignal(kiosk.idle_warning_cancelled):
        qtbot.keyClick(window.view, Qt.Key.Key_Shift)
    assert not kiosk.warning.isVisible()
    resets: list[bool] = []
    kiosk.reset_done.connect(lambda: resets.append(True))
    qtbot.wait(1300)  # past the end of the 1 s countdown, had it run on
    assert resets == []
    assert window.settings.value("font_size") == size
    assert window.view.position() == position
    assert not window.access.start_screen.isVisible()


def test_reset_closes_search_and_open_dialogs(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    search = window.findChild(QLineEdit, "search_field")
    qtbot.waitUntil(lambda: search is not None and search.isVisible())
    window.access.open_large_print()
    kiosk.used_since_reset = True
    kiosk.reset()
    assert not search.isVisible()
    assert not window.access.large_print.isVisible()


def test_an_unused_terminal_is_not_warned(make_kiosk: MakeKiosk, qtbot) -> None:
    _window, kiosk = make_kiosk(idle_seconds=0.2, warning_seconds=1)
    kiosk.used_since_reset = False
    kiosk.idle_timer.start()
    qtbot.wait(400)
    assert not kiosk.warning.isVisible()


def test_kiosk_configuration_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = ja\nstaff_chord = Ctrl+Alt+K\nidle_seconds = 120\nwarning_seconds = 15\n"
                    "printer = Stue-1\nbrightness = 3\n\n[settings]\nfont_size = 24\ntheme = pink\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert (config.enabled, config.staff_chord, config.idle_seconds, config.warning_seconds, config.printer) == (
        True, "Ctrl+Alt+K", 120.0, 15.0, "Stue-1")
    assert config.settings == {"font_size": 24.0}
    assert problems == [
        f"{path}: [kiosk] brightness er ikke en kendt indstilling; den ignoreres.",
        f"{path}: [settings] theme = »pink« kan ikke bruges; bruger standardværdien.",
    ]
    path.write_text("[kiosk]\nidle_seconds = snart\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert config.idle_seconds == 180.0
    assert problems == [f"{path}: [kiosk] idle_seconds skal være et tal fra 10 til 86400, ikke »snart«; bruger 180."]


def run_app(*args: str, config_home: Path) -> subprocess.CompletedProcess[str]:
    return run_main(*args, config_home=config_home)


def test_kiosk_mode_writes_no_settings(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.ini"
    config.write_text("[kiosk]\nidle_seconds = 60\n\n[settings]\nfont_size = 24\n", encoding="utf-8")
    home = tmp_path / "config"
    result = run_app("--kiosk", "--kiosk-config", str(config), "--lang", "en", "--screenshot", str(tmp_path / "k.png"),
                     config_home=home)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "k.png").is_file()
    assert not home.exists() or list(home.rglob("*")) == []
    # The same start without --kiosk keeps the language choice in the user's settings file.
    result = run_app("--lang", "en", "--screenshot", str(tmp_path / "n.png"), config_home=home)
    assert result.returncode == 0, result.stderr
    assert (home / "herning-laeser" / "settings.ini").is_file()


def test_a_missing_kiosk_configuration_is_a_clear_message(tmp_path: Path) -> None:
    result = run_app("--kiosk", "--kiosk-config", str(tmp_path / "nope.ini"), config_home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'nope.ini'}: filen findes ikke."


def test_close_events_pass_again_after_the_kiosk_stops(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    kiosk.stop()
    assert window.close() is True  # the filter is gone: the window closes normally
