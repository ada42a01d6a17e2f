"""The seeded monkey: thousands of random key presses and registry commands against the real window.

Whatever commands exist when it runs (taken from ``ACTIONS``), with the fake speech engine, a
real settings file and the interface language following the setting as in ``app.main()``.
Afterwards: no exception, no Qt warning, no step that hung, the window still answers the
keyboard, and the settings file is valid and holds what the window shows.

    READER_MONKEY_SEED=1234 READER_MONKEY_STEPS=20000 pytest tests/test_monkey.py

The seed is printed at the start and named in every failure. The tests are marked ``monkey``:
``pytest -m "not monkey"`` leaves them out locally; CI runs them.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from reader.actions import ACTIONS
from reader.document import load_folder
from reader.kiosk_config import KioskConfig
from reader.presentation.options import OPTIONS
from reader.presentation.settings import MemoryStore
from reader.settings_service import QSettingsStore, Settings
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.kiosk import Kiosk
from reader.ui.main_window import MainWindow
from tests.conftest import CONTENT, ROOT

EMOJI = ROOT / "tests" / "corpus" / "emoji-rtl.md"

pytestmark = [
    pytest.mark.monkey,
    pytest.mark.timeout(600),
    # The offscreen platform's own notes when a menu or dialog pops up: features it lacks, not faults.
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)", extend=True),
]

SEED = int(os.environ.get("READER_MONKEY_SEED", "20261127"))
STEPS = int(os.environ.get("READER_MONKEY_STEPS", "10000"))
KIOSK_STEPS = max(1, STEPS // 4)
RESET_DEADLINE_MS = 60_000  # the idle reset takes about 1.2 s; this only ends a wait that would never end
# A step costing more CPU time than this counts as a hang. CPU time of this process, not wall time:
# what the app does, however busy the machine is; a step blocked doing nothing meets the test's timeout.
SLOW_STEP_S = 10.0

# Commands the monkey never gives, and why. Every other command in ACTIONS is fair game; the
# dialogs they open (About, keys, settings, large print, save audio...) are closed by
# close_transients(), from a timer while a modal one runs its own event loop.
SKIPPED_ACTIONS = {
    "app.quit": "closes the window, which ends the app: there would be nothing left to test",
}

Key = Qt.Key
KEYS = (
    [getattr(Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]
    + [getattr(Key, f"Key_F{n}") for n in range(1, 13)]
    + [Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down, Key.Key_Home, Key.Key_End, Key.Key_PageUp,
       Key.Key_PageDown, Key.Key_Tab, Key.Key_Backtab, Key.Key_Escape, Key.Key_Return, Key.Key_Space,
       Key.Key_Backspace, Key.Key_Delete, Key.Key_Plus, Key.Key_Minus, Key.Key_Equal, Key.Key_Slash,
       Key.Key_Question, Key.Key_Period, Key.Key_Comma, Key.Key_AE, Key.Key_Ooblique, Key.Key_Aring]
)
Mod = Qt.KeyboardModifier
MODIFIERS = [Mod.NoModifier] * 6 + [Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier,
                                    Mod.ControlModifier | Mod.ShiftModifier, Mod.AltModifier | Mod.ShiftModifier,
                                    Mod.ControlModifier | Mod.AltModifier]


def skipped_keys() -> set[tuple[Qt.Key, Qt.KeyboardModifier]]:
    """The keys of the skipped commands, so a random key press does not give them either."""
    found = set()
    for spec in ACTIONS:
        if spec.id in SKIPPED_ACTIONS:
            for sequence in spec.key_sequences():
                if sequence.count():
                    combination = sequence[0]  # type: ignore[index]
                    found.add((combination.key(), combination.keyboardModifiers()))
    return found


def close_transients(window: QWidget) -> None:
    """Closes menus, pop-ups and dialogs so the next key goes to the window again."""
    for _ in range(5):
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or widget is window:
            break
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and isinstance(widget, QDialog | QMenu):
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()


class Monkey:
    def __init__(self, window: MainWindow, qtbot: object, qtlog: object, seed: int) -> None:
        self.window = window
        self.qtbot = qtbot
        self.qtlog = qtlog
        self.seed = seed
        self.rng = random.Random(seed)
        self.history: list[str] = []
        self.action_ids = sorted(a for a in window.binder.actions if a not in SKIPPED_ACTIONS)
        self.skipped_keys = skipped_keys()
        self.counts = {"actions": 0, "keys": 0, "disabled": 0}
        # While a modal dialog runs its own event loop, only a timer can close it.
        self.closer = QTimer()
        self.closer.setInterval(20)
        self.closer.timeout.connect(lambda: close_transients(window))

    def where(self, step: int) -> str:
        return (f"seed {self.seed} (READER_MONKEY_SEED={self.seed} to repeat), step {step}; "
                f"last steps: {self.history[-15:]}")

    def step(self) -> None:
        actions = self.window.binder.actions
        if self.rng.random() < 0.4:
            action_id = self.rng.choice(self.action_ids)
            action = actions[action_id]
            if action.isEnabled():
                self.history.append(action_id)
                self.counts["actions"] += 1
                action.trigger()
            else:
                self.history.append(f"{action_id} (disabled)")
                self.counts["disabled"] += 1
        else:
            key, modifiers = self.rng.choice(KEYS), self.rng.choice(MODIFIERS)
            if (key, modifiers) in self.skipped_keys:
                return
            target = QApplication.focusWidget() or self.window
            self.history.append(f"key {key.name} {modifiers}")
            self.counts["keys"] += 1
            QTest.keyClick(target, key, modifiers)

    def run(self, steps: int, between: Callable[[int], None] = lambda _step: None) -> None:
        print(f"monkey: seed {self.seed}, {steps} steps (READER_MONKEY_SEED / READER_MONKEY_STEPS to change)")
        app = QApplication.instance()
        assert app is not None
        self.closer.start()
        slowest = 0.0
        seen = 0
        with self.qtbot.capture_exceptions() as exceptions:  # type: ignore[attr-defined]
            for step in range(steps):
                started = time.process_time()
                self.step()
                app.processEvents()
                close_transients(self.window)
                between(step)
                took = time.process_time() - started
                slowest = max(slowest, took)
                assert took < SLOW_STEP_S, f"a step took {took:.1f} s of CPU time: {self.where(step)}"
                assert not exceptions, f"exception {exceptions[0][1]!r}: {self.where(step)}"
                records = self.qtlog.records  # type: ignore[attr-defined]
                warnings = [r.message for r in records[seen:]
                            if not r.ignored and r.log_type_name in ("WARNING", "CRITICAL", "FATAL")]
                seen = len(records)
                assert not warnings, f"Qt warning {warnings}: {self.where(step)}"
                if step % 250 == 249:
                    self.qtbot.wait(5)  # let timers run: the fake voice, debounces, the kiosk's idle clock
        self.closer.stop()
        close_transients(self.window)
        print(f"monkey: {self.counts}, slowest step {slowest * 1000:.0f} ms of CPU time")
        assert self.counts["actions"] > steps // 5 and self.counts["keys"] > steps // 3, self.counts


def visible_section(window: MainWindow) -> str:
    document = window.document
    assert document is not None
    return document.section_at(window.view.first_visible_offset()).title


def shown_text(window: MainWindow) -> str:
    """The document's text as the view shows it: with the commitments' and quotes' numbers where asked for."""
    from reader.output.text_document import shown_numbers

    document = window.document
    assert document is not None
    text = document.text
    for offset, label in sorted(shown_numbers(document, window.text_style()).items(), reverse=True):
        text = text[:offset] + label.replace("\u00a0", " ") + text[offset:]  # (plain text: a space)
    return text


def assert_still_usable(window: MainWindow, qtbot: object, where: str) -> None:
    """A person can still find their way: the contents move the text, the text is the document."""
    assert window.isVisible(), where
    document = window.document
    assert document is not None, where
    assert window.view.toPlainText() == shown_text(window), where
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    for _ in range(3):  # Esc leaves whatever mode the monkey left on (describing keys, search, reading)
        QTest.keyClick(QApplication.focusWidget() or window, Key.Key_Escape)
    QTest.keyClick(window, Key.Key_1, Mod.AltModifier)  # the table of contents
    contents = window.contents.list
    assert contents.hasFocus(), where
    QTest.keyClick(contents, Key.Key_Home)
    QTest.keyClick(contents, Key.Key_Down)
    second = document.sections[1]
    assert window.view.position() == second.start, where
    assert visible_section(window) == second.title, where
    QTest.keyClick(window, Key.Key_2, Mod.AltModifier)
    assert window.view.hasFocus(), where


@pytest.fixture
def following_language(interface_language: object, settings: Settings) -> Settings:
    """The interface language follows the setting, as app.main() wires it (and is Danish again after)."""
    settings.changed.connect(interface_language.follow)  # type: ignore[attr-defined]
    return settings


@pytest.fixture(autouse=True)
def saved_files_land_in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The monkey saves whatever it likes through the file dialogs: into a temporary folder, never the checkout."""
    monkeypatch.chdir(tmp_path)


def shown_window(qtbot: object, documents: list, problems: list, settings: Settings) -> MainWindow:
    """The window with a fake voice, shown, exposed and active: where the monkey's keys go."""
    speech = SpeechService(settings, engine=FakeEngine(speed=20.0))
    window = MainWindow(documents, problems, settings, speech=speech)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    return window


def test_monkey_on_the_window(qtbot: object, qtlog: object, following_language: Settings,
                              settings_path: Path) -> None:
    settings = following_language
    documents, problems = load_folder(CONTENT)
    window = shown_window(qtbot, documents, problems, settings)

    monkey = Monkey(window, qtbot, qtlog, SEED)
    monkey.run(STEPS)
    window.speech.stop()
    assert_still_usable(window, qtbot, monkey.where(STEPS))

    # The settings file is valid and holds exactly what the window uses (once written, as at quitting).
    settings.flush()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.status() == QSettings.Status.NoError, monkey.where(STEPS)
    reread = Settings(QSettingsStore(settings_path))
    assert reread.rejected == [], monkey.where(STEPS)
    assert {key: reread.value(key) for key in OPTIONS} == {key: settings.value(key) for key in OPTIONS}


def test_monkey_on_emoji_and_right_to_left_text(qtbot: object, qtlog: object, settings: Settings,
                                                tmp_path: Path) -> None:
    """The same monkey over a document whose code-point and UTF-16 positions differ all through."""
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copyfile(EMOJI, folder / EMOJI.name)
    documents, problems = load_folder(folder)
    assert problems == [] and len(documents) == 1
    window = shown_window(qtbot, documents, problems, settings)
    monkey = Monkey(window, qtbot, qtlog, SEED + 2)
    try:
        monkey.run(KIOSK_STEPS)
    finally:
        window.speech.stop()
    assert_still_usable(window, qtbot, monkey.where(KIOSK_STEPS))


def test_monkey_on_the_public_terminal(qtbot: object, qtlog: object, qapp: QApplication) -> None:
    """Kiosk mode, with an idle time so short that warnings and resets happen in between."""
    settings = Settings(MemoryStore())
    documents, problems = load_folder(CONTENT)
    speech = SpeechService(settings, engine=FakeEngine(speed=20.0))
    window = MainWindow(documents, problems, settings, speech=speech)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    kiosk = Kiosk(qapp, window.terminal_parts(), KioskConfig(enabled=True, idle_seconds=0.15, warning_seconds=1))
    resets: list[int] = []
    kiosk.reset_done.connect(lambda: resets.append(1))
    window.resize(1280, 720)
    kiosk.start()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    monkey = Monkey(window, qtbot, qtlog, SEED + 1)

    def now_and_then_nobody(step: int) -> None:
        if step % 400 == 399:  # the visitor walks away: warning, countdown, reset
            speech.stop()  # the reading ends (listening is use: no countdown while it reads aloud)
            with qtbot.waitSignal(kiosk.reset_done, timeout=RESET_DEADLINE_MS):  # type: ignore[attr-defined]
                pass

    try:
        monkey.run(KIOSK_STEPS, now_and_then_nobody)
        assert len(resets) >= KIOSK_STEPS // 400, monkey.where(KIOSK_STEPS)
        speech.stop()
        with qtbot.waitSignal(kiosk.reset_done, timeout=RESET_DEADLINE_MS):  # type: ignore[attr-defined]
            pass
        close_transients(window)
        assert not window.close()  # the visitor still cannot close it (full screen is not checked: the
        # offscreen test screen is 800 px wide, narrower than the window at the largest interface size)
        assert {key: settings.value(key) for key in OPTIONS} == {key: o.default for key, o in OPTIONS.items()}
        assert_still_usable(window, qtbot, monkey.where(KIOSK_STEPS))
    finally:
        speech.stop()
        kiosk.stop()
