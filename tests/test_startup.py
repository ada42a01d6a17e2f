"""What a start loads before the first paint: only what that paint needs.

The app is started as a user starts it (``reader.app.main`` in a process of its own, nothing of
Qt imported first), twice, so the second start finds the parsed document and colour themes in
its cache, as every start after the first does. At the first paint the probe lists which of the
modules kept for later are loaded, and which of the app's source files Python keeps in memory.
"""

from __future__ import annotations

import ast
import os
import sys
import types
from pathlib import Path

import pytest

from tests.waiting import run_captured

ROOT = Path(__file__).resolve().parents[1]

# Each is needed only for something a user asks for, or after the window is painted.
LATER = (
    "markdown", "reader.document.parse",  # parsing: the cached model of an unchanged file is used
    "tomllib",  # colour themes: parsed ones are cached too
    "json", "reader.presentation.profiles",  # profiles: read after the first paint, or for the start screen
    "reader.ui.start_screen", "reader.ui.settings_panel", "reader.ui.help", "reader.ui.large_print",
    "reader.output.pages", "reader.output.narration", "reader.output.wav", "reader.output.mp3", "reader.output.epub",
    "reader.speech.synthesis", "reader.speech.worker",
    "configparser", "ctypes", "html", "importlib.resources",
)

_PROBE = """
import gc, linecache, sys

import reader.display

MODE = sys.argv.pop(1)  # "paint": what is loaded at the first paint; "started": after first_painted;
                       # "restyle": what the first theme change makes
LATER = sys.argv.pop(1).split(",")  # (not json: that is one of them)
_display_problem = reader.display.display_problem


def display_problem():
    # Called just before the window is made: Qt is imported here, as app.main imports it next.
    problem = _display_problem()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def run(app):
        from reader.ui.main_window import MainWindow

        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))

        def report(seen):
            print(repr(seen))
            app.quit()

        def guarded(slot):  # an error in the probe ends it at once, with a traceback, not after 30 s
            def run_guarded():
                try:
                    slot()
                except BaseException:
                    import traceback

                    traceback.print_exc()
                    app.exit(3)
            return run_guarded

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not hasattr(app, "_probed"):
                    app._probed = True
                    seen = {"loaded": [name for name in LATER if name in sys.modules],  # at the paint itself
                            "sources_kept": sorted(name for name in linecache.cache if "reader" in name)}
                    QTimer.singleShot(0, lambda: report(seen))
                return False

        def started():  # the app's own handlers of first_painted have run (connected before this one)
            screen = window.access._start_screen
            report({"start_screen": screen is not None and screen.isVisible(), "collector": gc.isenabled(),
                    "worker_started": window.speech.engine.is_running()})

        def first_restyle():  # a user's first theme change, once the window is painted
            import enum

            made, create = [], enum.EnumType._create_

            def counting(cls, *args, **kwargs):
                made.append(kwargs.get("qualname") or args[0])
                return create(cls, *args, **kwargs)

            enum.EnumType._create_ = counting
            window.settings.set("theme", "white-on-black" if window.theme.id != "white-on-black" else "black-on-white")
            app.processEvents()
            restyle = list(made)
            from PySide6.QtGui import QPageLayout  # a class nothing has used: the count must see its enums

            QPageLayout.Orientation
            enum.EnumType._create_ = create
            report({"enums_made": restyle, "control": "Orientation" in made[len(restyle):]})

        if MODE == "paint":
            probe = FirstPaint(app)
            window.view.viewport().installEventFilter(probe)
        else:
            # (a user's first command comes in a later turn of the event loop than first_painted)
            slot = guarded(started if MODE == "started" else first_restyle)
            window.first_painted.connect(slot if MODE == "started" else lambda: QTimer.singleShot(0, slot))
        QTimer.singleShot(30_000, lambda: app.exit(4))  # never painted (or first_painted never came)
        return original_exec()

    QApplication.exec = run
    return problem


reader.display.display_problem = display_problem
from reader.app import main

sys.exit(main(sys.argv[1:]))
"""


def _start(tmp_path: Path, mode: str, settings: Path) -> dict[str, object]:
    """Starts the app as a user does, with the probe watching; what the probe saw."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HERNING_LAESER_AUDIO="null")
    result = run_captured([sys.executable, "-c", _PROBE, mode, ",".join(LATER), "--settings", str(settings)],
                          cwd=ROOT, env=env, timeout=120)
    assert result.returncode != 4, "no first paint (or no first_painted) within 30 s"
    assert result.returncode == 0, result.stderr[-3000:]
    seen: dict[str, object] = ast.literal_eval(result.stdout.splitlines()[-1])
    return seen


def _first_paint(tmp_path: Path) -> dict[str, object]:
    settings = tmp_path / "settings.ini"
    if not settings.exists():
        settings.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    return _start(tmp_path, "paint", settings)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a fresh cache is chosen with XDG_CACHE_HOME (Linux)")
def test_the_first_paint_loads_only_what_it_needs(tmp_path: Path) -> None:
    first = _first_paint(tmp_path)
    assert "markdown" in first["loaded"]  # the first start parses the text (and fills the cache)
    again = _first_paint(tmp_path)
    assert again["loaded"] == []
    # PySide6 asks of every module imported after it whether its source mentions PySide6; the
    # app answers from the file's bytes (reader/pyside_check.py) rather than keeping every source.
    assert again["sources_kept"] == []


def test_the_faster_module_check_gives_pysides_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    import PySide6.QtCore  # noqa: F401  (brings PySide6's import hook)

    from reader.pyside_check import use_fast_module_check

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back afterwards
    assert use_fast_module_check()
    check = feature._mod_uses_pyside
    assert use_fast_module_check() and feature._mod_uses_pyside is check  # not wrapped twice
    (tmp_path / "uses_qt_probe.py").write_text("# drawn with PySide6\n", encoding="utf-8")
    (tmp_path / "plain_probe.py").write_text("NAME = 'Herning Læser'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    names = ["uses_qt_probe", "plain_probe", "reader.ui.main_window", "reader.document.model", "json", "sys"]
    modules = [importlib.import_module(name) for name in names]
    assert [check(module) for module in modules] == [True, False, True, False, False, False]
    pysides_own = check.__wrapped__
    missing = types.ModuleType("gone_probe")
    missing.__file__ = str(tmp_path / "gone_probe.py")  # a .py that is not there (as in a frozen bundle)
    every = [module for module in list(sys.modules.values()) if isinstance(module, types.ModuleType)]
    assert [check(module) for module in [missing, *every]] == [pysides_own(module) for module in [missing, *every]]


def test_a_first_start_behind_the_start_screen_also_finishes_starting(tmp_path: Path) -> None:
    """At a first start the start screen covers the text, which is then not painted: what waits for
    the first paint (the garbage collector, the speech worker) must not wait for ever."""
    seen = _start(tmp_path, "started", tmp_path / "new.ini")
    assert seen == {"start_screen": True, "collector": True, "worker_started": True}


def test_the_first_theme_change_finds_its_python_types_made(tmp_path: Path) -> None:
    """PySide6 makes a Qt class's Python type, enums and all, the first time Python meets it; for a
    restyle that is QStyle (~10 ms) and the types of Qt's own widgets. The window makes them once it
    is painted, so that a user's first theme change is as quick as the ones after it."""
    settings = tmp_path / "settings.ini"
    settings.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    assert _start(tmp_path, "restyle", settings) == {"enums_made": [], "control": True}
