"""Public-terminal mode: escape keys inert, the staff chord, idle reset, nothing written to disk.

The window is built as app.main() builds it for ``--kiosk``: settings in a MemoryStore,
the read-aloud service (with the fake engine), and a Kiosk over the running application.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from reader.document import load_folder
from reader.kiosk_config import KioskConfig, load_kiosk_config
from reader.presentation.options import OPTIONS
from reader.presentation.settings import MemoryStore
from reader.settings_service import Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import IDLE, PAUSED, SPEAKING, SpeechService
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, run_main
from tests.seen import seen
from tests.waiting import drain_events

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

MakeKiosk = Callable[..., tuple[MainWindow, Kiosk]]


@pytest.fixture
def make_kiosk(qtbot, qapp) -> Iterator[MakeKiosk]:
    kiosks: list[Kiosk] = []

    def make(config: KioskConfig | None = None, **fields: object) -> tuple[MainWindow, Kiosk]:
        """A terminal configured by ``config`` (as read from a kiosk.ini), or by these ``fields``."""
        settings = Settings(MemoryStore())
        documents, problems = load_folder(CONTENT)
        speech = SpeechService(settings, engine=FakeEngine(speed=8.0))
        window = MainWindow(documents, problems, settings, speech=speech)
        qtbot.addWidget(window)
        kiosk = Kiosk(qapp, window.terminal_parts(), config or KioskConfig(enabled=True, **fields))  # type: ignore[arg-type]
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
    assert seen(window.access.start_screen)
    qtbot.keyClick(window.access.start_screen.focusWidget(), key)
    assert not window.access.start_screen.isVisible() and seen(window.view)
    assert window.view.hasFocus()


def test_kiosk_is_full_screen_and_keys_that_leave_are_inert(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    assert window.isFullScreen()
    visitor_starts(window, qtbot)
    refused: list[str] = []
    kiosk.refused.connect(refused.append)
    for key, modifiers in ((Qt.Key.Key_Q, CTRL), (Qt.Key.Key_W, CTRL), (Qt.Key.Key_F4, ALT), (Qt.Key.Key_F4, CTRL)):
        qtbot.keyClick(window.view, key, modifiers)
        assert seen(window)
    assert refused == ["key"] * 4
    assert not window.binder.actions["app.quit"].isEnabled()
    assert not window.binder.actions["export.wav"].isEnabled()  # it would open a file dialog
    # Alt+F4 handled by the window manager arrives as a close request: refused.
    assert window.close() is False
    assert seen(window) and refused[-1] == "close"


def test_context_menus_are_inert_in_kiosk_mode(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(20, 20), window.view.mapToGlobal(QPoint(20, 20)))
    with qtbot.waitSignal(kiosk.refused, check_params_cb=lambda what: what == "context menu"):
        QApplication.sendEvent(window.view.viewport(), event)
    drain_events(qtbot)
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
    with qtbot.waitSignal(dialog.rejected):
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


def test_the_staff_chord_opens_the_staff_screen_and_again_closes_the_app(make_kiosk: MakeKiosk, qtbot,
                                                                          capfd: pytest.CaptureFixture[str]) -> None:
    window, kiosk = make_kiosk(problems=("kiosk.ini:3: noget kunne ikke bruges.",))
    visitor_starts(window, qtbot)
    with qtbot.waitSignal(kiosk.staff_screen_opened):
        qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    screen = kiosk.staff_screen
    assert screen.isVisible() and screen.back_button.hasFocus()
    assert "kiosk.ini:3: noget kunne ikke bruges." in screen.problem_list.text()
    assert "Ændringer får først virkning, når programmet startes igen." in screen.status.text()
    qtbot.keyClick(screen.back_button, Qt.Key.Key_Escape)  # back to the terminal
    assert not screen.isVisible() and window.isVisible()
    with qtbot.waitSignal(kiosk.staff_screen_opened):
        qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    with qtbot.waitSignal(kiosk.staff_exit):
        qtbot.keyClick(screen.back_button, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert capfd.readouterr().err.strip() == "Den offentlige skærm blev lukket med personalets tastekombination."


def test_the_staff_screen_closes_the_app_with_its_button(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    with qtbot.waitSignal(kiosk.staff_screen_opened):
        qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    assert "Indstillingerne kunne bruges, som de er." in kiosk.staff_screen.problem_list.text()
    qtbot.keyClick(kiosk.staff_screen.back_button, Qt.Key.Key_Tab)
    assert kiosk.staff_screen.quit_button.hasFocus()  # Tab stays on the staff screen
    with qtbot.waitSignal(kiosk.staff_exit):
        qtbot.keyClick(kiosk.staff_screen.quit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_staff_chord_can_be_changed(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(staff_chord="Ctrl+Alt+End")
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F12, CTRL | ALT | SHIFT)
    drain_events(qtbot)  # the staff chord would open the staff screen from a zero-timer
    assert seen(window) and kiosk._staff_screen is None
    with qtbot.waitSignal(kiosk.staff_screen_opened):
        qtbot.keyClick(window.view, Qt.Key.Key_End, CTRL | ALT)
    with qtbot.waitSignal(kiosk.staff_exit):
        qtbot.keyClick(kiosk.staff_screen.back_button, Qt.Key.Key_End, CTRL | ALT)
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


def quiet_time_passes(kiosk: Kiosk) -> None:
    """The idle time runs out. The test is the clock: nothing races a loaded machine."""
    assert kiosk.idle_timer.isActive(), "the idle countdown is not running"
    kiosk.idle_timer.stop()
    kiosk.idle_timer.timeout.emit()


def a_second_passes(kiosk: Kiosk) -> None:
    assert kiosk.tick.isActive(), "the warning's countdown is not running"
    kiosk.tick.timeout.emit()


def test_idle_terminal_warns_then_resets_everything(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(warning_seconds=2)
    visitor_starts(window, qtbot, Qt.Key.Key_2)  # "Stor tekst"
    position = changed_by_the_visitor(window, qtbot)
    assert position > 0
    with qtbot.waitSignal(kiosk.idle_warning_started):
        quiet_time_passes(kiosk)
    warning = kiosk.warning
    assert seen(warning)
    assert warning.prompt.text() == "Tryk på en tast for at fortsætte."
    assert warning.countdown.text() == "Skærmen starter forfra om 2 sekunder."
    assert warning.prompt.font().pointSizeF() >= 24
    assert "Tryk på en tast for at fortsætte." in warning.accessibleDescription()
    qtbot.waitUntil(lambda: any("Tryk på en tast" in text for text in window.speech.engine.spoken))
    a_second_passes(kiosk)
    assert warning.countdown.text() == "Skærmen starter forfra om 1 sekund."  # (one second, not "sekunder")
    with qtbot.waitSignal(kiosk.reset_done):
        a_second_passes(kiosk)
    assert not warning.isVisible()
    assert window.speech.state == IDLE
    for key, option in OPTIONS.items():
        assert window.settings.value(key) == option.default, key
    assert window.theme.id == "system"
    assert window.view.position() == 0
    assert seen(window.access.start_screen)  # ready for the next visitor
    assert window.contents.list.currentRow() == 0
    assert not kiosk.idle_timer.isActive() and not kiosk.tick.isActive()


# Look again at these fractions of a configured time. The kiosk's timers are coarse: Qt keeps them within
# 5 % of their time, early or late, so a look is at least 20 % away from the moment it checks, and the
# warning lasts long enough (5 s) that the idle time's late look comes well before the screen starts afresh.
EARLY, LATE = 0.8, 1.25


def test_the_idle_time_and_the_countdown_are_the_ones_in_kiosk_ini(make_kiosk: MakeKiosk, qtbot,
                                                                   tmp_path: Path) -> None:
    """The kiosk's own timers, running, with short times from a kiosk.ini: nothing is fired by hand.

    What the visitor sees is looked at by timers of the test started with the kiosk's: a Qt timer
    fires after its time, never before, and timers that are due together fire in the order of their
    times, so a busy machine can only make both later, never change what is seen at each look."""
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nenabled = true\nidle_seconds = 10\nwarning_seconds = 5\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert problems == []
    window, kiosk = make_kiosk(config)
    visitor_starts(window, qtbot)
    looks: dict[str, tuple[bool, bool, str]] = {}

    def look_at(name: str, after_s: float) -> None:
        def look() -> None:
            looks[name] = (seen(kiosk.warning), seen(window.access.start_screen), kiosk.warning.countdown.text())

        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(look)
        timer.start(round(after_s * 1000))

    def countdown_started() -> None:
        for second in range(1, 5):
            look_at(f"countdown after {second} s", second + 0.5)
        look_at("countdown early", 5 * EARLY)
        look_at("countdown late", 5 * LATE)

    kiosk.idle_warning_started.connect(countdown_started)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)  # the visitor's last key: the quiet time starts
    look_at("idle early", 10 * EARLY)
    look_at("idle late", 10 * LATE)
    qtbot.waitUntil(lambda: "countdown late" in looks)
    hidden = (False, False, "Skærmen starter forfra om 0 sekunder.")
    assert looks["idle early"] == hidden, "the warning came before idle_seconds had passed"
    assert looks["idle late"][:2] == (True, False), "no warning once idle_seconds had passed"
    for second, said in enumerate(("4 sekunder", "3 sekunder", "2 sekunder", "1 sekund"), start=1):
        assert looks[f"countdown after {second} s"] == (True, False, f"Skærmen starter forfra om {said}.")
    assert looks["countdown early"][:2] == (True, False), "the screen started afresh before warning_seconds"
    assert looks["countdown late"][:2] == (False, True), "the screen did not start afresh after warning_seconds"
    assert window.settings.value("font_size") == OPTIONS["font_size"].default


def test_a_key_during_the_countdown_cancels_it(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk(warning_seconds=1)
    visitor_starts(window, qtbot)
    position = changed_by_the_visitor(window, qtbot)
    size = window.settings.value("font_size")
    with qtbot.waitSignal(kiosk.idle_warning_started):
        quiet_time_passes(kiosk)
    with qtbot.waitSignal(kiosk.idle_warning_cancelled):
        qtbot.keyClick(window.view, Qt.Key.Key_Shift)
    assert not kiosk.warning.isVisible()
    assert not kiosk.tick.isActive()  # the countdown cannot reach zero any more
    assert kiosk.idle_timer.isActive()  # and the quiet time is counted afresh
    assert window.settings.value("font_size") == size
    assert window.view.position() == position
    assert not window.access.start_screen.isVisible() and seen(window.view)


def test_an_unused_terminal_is_not_warned(make_kiosk: MakeKiosk, qtbot) -> None:
    _window, kiosk = make_kiosk()
    kiosk.used_since_reset = False
    kiosk.idle_timer.start()
    quiet_time_passes(kiosk)
    assert not kiosk.warning.isVisible() and not kiosk.tick.isActive()


def test_listening_is_use_the_idle_countdown_waits_for_the_reading(make_kiosk: MakeKiosk, qtbot) -> None:
    """A blind visitor listening to the policy is not interrupted: no countdown while it reads aloud."""
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    speech = window.speech
    qtbot.keyClick(window.view, Qt.Key.Key_F5)  # read this theme aloud
    qtbot.waitUntil(lambda: speech.state == SPEAKING)
    assert not kiosk.idle_timer.isActive()
    qtbot.mouseMove(window.view.viewport())  # the mouse moving by does not restart it either
    assert not kiosk.idle_timer.isActive()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)  # paused: the countdown runs
    assert speech.state == PAUSED and kiosk.idle_timer.isActive()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)  # reading again: it stops
    assert speech.state == SPEAKING and not kiosk.idle_timer.isActive()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # stopped: it runs, and warns when the time is up
    assert speech.state == IDLE
    with qtbot.waitSignal(kiosk.idle_warning_started):
        quiet_time_passes(kiosk)


def test_the_countdown_starts_when_a_reading_ends_by_itself(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Right, CTRL | SHIFT)  # select one word
    qtbot.keyClick(window.view, Qt.Key.Key_F5, CTRL)  # read the selection
    qtbot.waitUntil(lambda: window.speech.state == SPEAKING)
    assert not kiosk.idle_timer.isActive()
    with qtbot.waitSignal(window.speech.finished):
        pass
    assert kiosk.idle_timer.isActive()


@pytest.mark.qt_log_ignore("does not support raise")  # the window activated again, offscreen
def test_reset_closes_search_and_open_dialogs(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)
    search = window.findChild(QLineEdit, "search_field")
    qtbot.waitUntil(lambda: search is not None and seen(search))
    window.access.open_large_print()
    qtbot.waitUntil(lambda: seen(window.access.large_print))
    kiosk.used_since_reset = True
    kiosk.reset()
    assert not window.access.large_print.isVisible()
    window.activateWindow()  # as a window manager does when a dialog closes (the offscreen platform does not)
    qtbot.waitUntil(window.isActiveWindow)
    # The start screen covers the window (and hides what is behind it), so the search bar is looked for
    # where the next visitor would see it: once they have chosen a profile.
    visitor_starts(window, qtbot)
    assert not search.isVisible() and not window.search_bar.isVisible()


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


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the user's folder is moved with XDG_CONFIG_HOME (Linux)")
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


LOCKED = ("{path}: filen kunne ikke læses helt, så programmet starter låst som offentlig skærm med "
          "standardværdierne for det, der ikke kunne læses.")


def test_a_missing_kiosk_configuration_is_said_and_the_terminal_starts_locked(tmp_path: Path) -> None:
    missing = tmp_path / "nope.ini"
    result = run_app("--kiosk", "--kiosk-config", str(missing), "--screenshot", str(tmp_path / "k.png"),
                     config_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"{missing}: filen findes ikke.", LOCKED.format(path=missing)]


def test_close_events_pass_again_after_the_kiosk_stops(make_kiosk: MakeKiosk, qtbot) -> None:
    window, kiosk = make_kiosk()
    kiosk.stop()
    assert window.close() is True  # the filter is gone: the window closes normally


CHORD_REFUSED = ("{path}: [kiosk] staff_chord = »{value}« kan ikke bruges: en besøgende kunne ramme den. "
                 "Brug mindst to af Ctrl, Alt, Shift og Meta med en tast (fx Ctrl+Alt+Shift+F12), eller én af dem "
                 "med en funktionstast F1-F35, Pause, Print eller ScrollLock (fx Ctrl+F12); bruger Ctrl+Alt+Shift+F12.")


@pytest.mark.parametrize("chord", ["Space", "K", "Return", "Shift+K", "Shift+Tab", "Ctrl+Home", "Alt+Space",
                                   "F12", "Ctrl+Ctrl+K", "Ctrl+Alt+Blomst", "ctrl alt k", "+++", "Ctrl+"])
def test_a_staff_chord_a_visitor_could_press_is_refused(tmp_path: Path, chord: str) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nstaff_chord = {chord}\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert config.staff_chord == "Ctrl+Alt+Shift+F12"
    assert problems == [CHORD_REFUSED.format(path=path, value=chord)]


@pytest.mark.parametrize("chord", ["Ctrl+Alt+Shift+F12", "Ctrl+F12", "Meta+Pause", "Ctrl+Alt+K", "Ctrl+Shift+End",
                                   "Alt+Shift+Space", "Ctrl+Alt++"])
def test_a_staff_chord_of_two_modifiers_or_a_function_key_is_accepted(tmp_path: Path, chord: str) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nstaff_chord = {chord}\n", encoding="utf-8")
    config, problems = load_kiosk_config(path)
    assert (config.staff_chord, problems) == (chord, [])


def test_space_as_staff_chord_does_not_let_a_visitor_close_the_terminal(make_kiosk: MakeKiosk, qtbot,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nstaff_chord = Space\n", encoding="utf-8")
    config, _problems = load_kiosk_config(path)
    window, kiosk = make_kiosk(staff_chord=config.staff_chord)
    exits: list[bool] = []
    kiosk.staff_exit.connect(lambda: exits.append(True))
    visitor_starts(window, qtbot, Qt.Key.Key_Space)  # Space presses the focused start-screen button
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert seen(window) and exits == []


def test_a_refused_staff_chord_is_said_at_start(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.ini"
    config.write_text("[kiosk]\nstaff_chord = Space\n", encoding="utf-8")
    result = run_app("--kiosk", "--kiosk-config", str(config), "--screenshot", str(tmp_path / "k.png"),
                     config_home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == CHORD_REFUSED.format(path=config, value="Space")


@pytest.mark.skipif(not hasattr(os, "mkfifo"),
                    reason="no FIFOs on Windows")
def test_a_kiosk_configuration_that_is_not_a_file_is_said_and_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "kiosk.fifo"
    os.mkfifo(fifo)  # reading it would wait for a writer for ever
    result = run_app("--kiosk", "--kiosk-config", str(fifo), "--screenshot", str(tmp_path / "k.png"),
                     config_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"{fifo}: det er ikke en almindelig fil.", LOCKED.format(path=fifo)]


def test_the_terminals_texts_offer_only_what_it_allows_and_show_no_paths(make_kiosk: MakeKiosk, qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window, _kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    file_menu = [action for action in window.menus["file"].actions() if action.isVisible()]
    assert [action.text() for action in file_menu] == ["Vælg dokument…", "Kopi med stor skrift…"]
    large_print = window.binder.actions["print.large"]
    assert large_print.statusTip() == "Udskriv hele politikken eller ét tema med stor skrift."
    qtbot.keyClick(window.view, Qt.Key.Key_F1)  # the key list
    dialog = window.keyboard.help_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    help_text = dialog.browser.toPlainText()
    for offered in ("Kopi med stor skrift", "Læs dette tema op"):
        assert offered in help_text
    for not_offered in ("PDF", "EPUB", "MP3", "lydfil", "Afslut"):
        assert not_offered not in help_text, not_offered
    dialog.reject()
    about: list[str] = []

    def read_about_box() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, read_about_box)
            return
        about.append(box.text())
        box.accept()

    QTimer.singleShot(0, window.binder.actions["help.about"].trigger)
    QTimer.singleShot(0, read_about_box)
    qtbot.waitUntil(lambda: bool(about))
    assert "Dokument: Børne- og Ungepolitik" in about[0]
    assert "/" not in about[0] and str(CONTENT) not in about[0]


def test_the_no_printer_message_is_shown_whole(make_kiosk: MakeKiosk, qtbot) -> None:
    window, _kiosk = make_kiosk()
    visitor_starts(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_P, CTRL)
    dialog = window.access.large_print
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    message = dialog.message
    qtbot.waitUntil(message.isVisible)
    # Every line of the wrapped message has room, and the label lies inside the dialog.
    assert message.height() >= message.heightForWidth(message.width())
    assert dialog.rect().contains(message.geometry())
    assert message.width() >= min(message.sizeHint().width(), dialog.width() - 40)


def test_the_terminal_shows_visitors_no_paths_of_broken_content_and_the_staff_screen_has_them(
        qtbot, qapp, tmp_path: Path, machine_folder: Path, capfd: pytest.CaptureFixture[str]) -> None:
    machine = machine_folder
    (machine / "profiles.json").write_text("{", encoding="utf-8")  # broken
    content = tmp_path / "content"
    content.mkdir()
    (content / "politik.md").write_text("---\ntitel: X\n---\n\nIngen afsnit.\n", encoding="utf-8")
    settings = Settings(MemoryStore())
    documents, problems = load_folder(content)
    assert not documents and problems
    window = MainWindow(documents, problems, settings)
    qtbot.addWidget(window)
    kiosk = Kiosk(qapp, window.terminal_parts(), KioskConfig(enabled=True))
    try:
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        kiosk.start()
        qtbot.waitUntil(lambda: bool(painted))
        qtbot.waitUntil(lambda: window.access._profiles is not None)  # read after the first paint
        shown = window.view.toPlainText() + window.statusBar().currentMessage()
        assert "Dokumentet kunne ikke vises." in shown and "Spørg personalet." in shown
        assert str(tmp_path) not in shown and "politik.md" not in shown and "profiles.json" not in shown
        staff = kiosk.staff_problems()
        assert any(line.startswith(f"{content / 'politik.md'}:") for line in staff)
        assert any(line.startswith(f"{machine / 'profiles.json'}:") for line in staff)
        assert f"{content / 'politik.md'}:" in capfd.readouterr().err  # and in the log
    finally:
        kiosk.stop()
