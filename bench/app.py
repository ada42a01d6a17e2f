"""``python -m bench.app``: the reader against a bare PySide6 window, measured in the same run.

Each run starts two fresh processes, one after the other: the bare window (QApplication and one
QLabel, shown) and the real app (``reader.app.main()``, exactly as a user starts it, with a
temporary settings file). Each reports what it measured as one JSON line; the parent prints the
median over all runs and the ratio of the app to the bare window:

* start: from the moment the process is spawned to the first painted window, with the whole
  document laid out (the layout is forced to its end at the first paint, so nothing is left
  for later);
* size step: one text-size step on the whole document (the "view.zoom_in"/"view.zoom_out"
  commands, or the ``font_size`` setting when they do not exist) until it is laid out again
  and the text has been painted;
* theme change, font change: one colour theme (or text font) change through the settings, as
  the settings panel and the theme command make it, until the window has been painted with it
  (what is on screen is laid out; the rest of a long text is laid out in small steps
  afterwards, as Qt's text layout does), with the CPU time of that, and until the whole text
  is laid out (the medians over every theme, or every font, in turn), at the default text size;
  and the same with a size step at each text size from 12 to 72 pt, of which the slowest size
  is reported; and the first theme and font change since the start on their own (whatever Qt or
  PySide6 make only once is paid there, and a median would hide it);
* stall: the longest time the event loop did not run (a 1 ms timer measures the gaps) while the
  text size changes every 120 ms, and while the document is read aloud;
* read aloud: from the command to the first word heard (the first reading starts the speech
  worker and the player; a second one finds them running), and from "stop" to silence;
* memory: peak resident memory of the process (``ru_maxrss``; the speech worker is a process
  of its own and not counted).

Goals: start < 1.6x bare, theme and font changes (the first ones too) < 16 ms, size step < 16 ms,
stalls < 30 ms, memory < 1.6x bare.

    python -m bench.app [--runs 5] [--speech auto|real|fake|off] [--json FILE] [--no-cache]

Without a display it uses Qt's offscreen platform (as the tests do); with one, the real window.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MARK = "READER-BENCH "
T0_VARIABLE = "READER_BENCH_T0"
SIZE_STEPS = 8  # 4 up, 4 down
STALL_CHANGES = 10
STALL_INTERVAL_MS = 120
SPEAK_MS = 3000
SAFETY_TIMEOUT_MS = 60_000
RESTYLE_SIZES = (12.0, 18.0, 24.0, 36.0, 48.0, 72.0)  # text sizes (pt) at which every restyle is timed

GOALS: dict[str, tuple[str, float] | None] = {  # metric: (kind, limit): "ratio" is app / bare, "ms" absolute
    "start_ms": ("ratio", 1.6),
    "start_cpu_ms": None,  # no goal: shows how much of the start is work rather than waiting for a busy CPU
    "size_step_ms": ("ms", 16.0),
    "theme_change_ms": ("ms", 16.0),
    "theme_change_cpu_ms": None,
    "theme_change_full_ms": None,
    "font_change_ms": ("ms", 16.0),
    "font_change_cpu_ms": None,
    "font_change_full_ms": None,
    "theme_change_first_ms": ("ms", 16.0),
    "font_change_first_ms": ("ms", 16.0),
    "theme_change_worst_ms": ("ms", 16.0),
    "font_change_worst_ms": ("ms", 16.0),
    "size_step_worst_ms": ("ms", 16.0),
    "stall_sizes_ms": ("ms", 30.0),
    "stall_speech_ms": ("ms", 30.0),
    "speech_first_word_ms": ("ms", 150.0),
    "speech_first_word_warm_ms": ("ms", 150.0),
    "speech_stop_ms": ("ms", 50.0),
    "max_rss_mb": ("ratio", 1.6),
}
LABELS = {
    "start_ms": "start to first painted window (ms)",
    "start_cpu_ms": "  of which CPU time of the process (ms)",
    "size_step_ms": "one text-size step, relaid out (ms)",
    "theme_change_ms": "colour-theme change to painted window (ms)",
    "theme_change_cpu_ms": "  of which CPU time (ms)",
    "theme_change_full_ms": "  until the whole text is laid out (ms)",
    "font_change_ms": "text-font change to painted window (ms)",
    "font_change_cpu_ms": "  of which CPU time (ms)",
    "font_change_full_ms": "  until the whole text is laid out (ms)",
    "theme_change_first_ms": "first theme change after the start (ms)",
    "font_change_first_ms": "first font change after the start (ms)",
    "theme_change_worst_ms": "theme change, slowest text size (ms)",
    "font_change_worst_ms": "font change, slowest text size (ms)",
    "size_step_worst_ms": "size step, slowest text size (ms)",
    "stall_sizes_ms": "longest stall while changing sizes (ms)",
    "stall_speech_ms": "longest stall while reading aloud (ms)",
    "speech_first_word_ms": "read-aloud command to first word (ms)",
    "speech_first_word_warm_ms": "  the same, second reading (ms)",
    "speech_stop_ms": "stop to silence (ms)",
    "max_rss_mb": "peak memory, ru_maxrss (MB)",
}


# -- in the child processes ----------------------------------------------------------------------
def _max_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, kB elsewhere


def _since_spawn_ms() -> float:
    return (time.monotonic() - float(os.environ[T0_VARIABLE])) * 1000


class _StallMeter:
    """The longest gap between the ticks of a 1 ms timer: how long the event loop was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


class _PaintCounter:
    """Counts the paint events a widget receives."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _after_first_paint(widget: Any, then: Callable[[], None]) -> Any:
    """Calls ``then`` once, just after ``widget`` has been painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and watched is widget and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, then)  # after this paint (and the rest of the window's) is over
            return False

    probe = FirstPaint()
    widget.installEventFilter(probe)
    return probe


def _sequence(steps: list[Callable[[Callable[[], None]], None]], finish: Callable[[], None]) -> None:
    """Runs asynchronous steps one after another; each gets the function that starts the next.

    Each step starts from the event loop, as a user's command does, so what the previous one
    left for it (deferred deletions of replaced documents, repaints) is done in between."""
    from PySide6.QtCore import QTimer

    def run(index: int) -> None:
        if index == len(steps):
            finish()
        else:
            steps[index](lambda: QTimer.singleShot(0, lambda: run(index + 1)))

    run(0)


def _child_bare() -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0]])
    label = QLabel("Herning Læser")
    label.resize(1280, 800)
    result: dict[str, Any] = {}
    stall = _StallMeter()

    def sizes(next_step: Callable[[], None]) -> None:
        font = label.font()
        times = []
        for step in [1] * (SIZE_STEPS // 2) + [-1] * (SIZE_STEPS // 2):
            start = time.perf_counter()
            font.setPointSizeF(font.pointSizeF() + 2 * step)
            label.setFont(font)
            label.repaint()
            times.append((time.perf_counter() - start) * 1000)
        result["size_step_ms"] = statistics.median(times)
        next_step()

    def stall_sizes(next_step: Callable[[], None]) -> None:
        changes = {"left": STALL_CHANGES}

        def change() -> None:
            font = label.font()
            font.setPointSizeF(font.pointSizeF() + (2 if changes["left"] % 2 else -2))
            label.setFont(font)
            changes["left"] -= 1
            if changes["left"] == 0:
                result["stall_sizes_ms"] = stall.stop()
                next_step()
            else:
                QTimer.singleShot(STALL_INTERVAL_MS, change)

        stall.start()
        QTimer.singleShot(STALL_INTERVAL_MS, change)

    def started() -> None:
        result["start_ms"] = _since_spawn_ms()
        result["start_cpu_ms"] = time.process_time() * 1000
        _sequence([sizes, stall_sizes], app.quit)

    _probe = _after_first_paint(label, started)
    label.show()
    QTimer.singleShot(SAFETY_TIMEOUT_MS, lambda: app.exit(3))
    status = app.exec()
    if status:
        raise SystemExit(f"the bare window did not finish (status {status})")
    return result


def _child_app(content: str, settings_path: str, speech: str) -> dict[str, Any]:
    # The app's own modules first, as a user's start imports them: what reader.app needs before
    # Qt is loaded before it (PySide6 inspects every module imported after it).
    app_main = importlib.import_module("reader.app").main
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    if speech == "fake":
        from reader.speech import fake, service

        service.WorkerEngine = lambda parent: fake.FakeEngine(speed=1.0, parent=parent)  # type: ignore[assignment, misc]

    result: dict[str, Any] = {}
    keep: list[object] = []
    original_exec = QApplication.exec

    def measure(app: QApplication) -> None:
        from reader.ui.main_window import MainWindow

        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        view = window.view
        stall = _StallMeter()
        actions = window.binder.actions

        def laid_out() -> None:
            document = view.document()
            document.documentLayout().blockBoundingRect(document.lastBlock())  # lays out to the end

        def between_commands() -> None:
            """What the event loop does between two of a user's commands (each key press is a turn of
            its own): the documents a change replaced are deleted. Not timed."""
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

        def size_command(step: int) -> Callable[[], None]:
            action = actions.get("view.zoom_in" if step > 0 else "view.zoom_out")
            if action is not None and action.isEnabled():
                return action.trigger
            from reader.presentation.options import OPTIONS

            option = OPTIONS["font_size"]
            return lambda: window.settings.set(
                "font_size", min(max(float(window.settings.value("font_size")) + 2 * step,  # type: ignore[arg-type]
                                     float(option.minimum or 8)), float(option.maximum or 96)))

        def started() -> None:
            laid_out()
            result["start_ms"] = _since_spawn_ms()
            result["start_cpu_ms"] = time.process_time() * 1000
            result["characters"] = view.document().characterCount()
            original_size = float(window.settings.value("font_size"))  # type: ignore[arg-type]
            steps: list[Callable[[Callable[[], None]], None]] = [
                sizes, *(restyles_at(size, original_size) for size in restyle_sizes()), restyles_done, stall_sizes]
            if speech != "off":
                steps.append(read_aloud)
            _sequence(steps, app.quit)

        def sizes(next_step: Callable[[], None]) -> None:
            times = []
            for step in [1] * (SIZE_STEPS // 2) + [-1] * (SIZE_STEPS // 2):
                before, painted = view.document(), paints.count
                start = time.perf_counter()
                size_command(step)()
                app.processEvents()  # what the command left for the event loop (the repaint) is part of the step
                laid_out()
                if paints.count == painted:
                    view.viewport().repaint()
                times.append((time.perf_counter() - start) * 1000)
                between_commands()
                if view.document() is before:
                    result.setdefault("notes", []).append("a size step did not re-render the document")
            result["size_step_ms"] = statistics.median(times)
            result["size_step_max_ms"] = max(times)
            next_step()

        restyle_state: dict[str, Any] = {"worst": {}, "per_size": {}}

        def restyle_sizes() -> list[float]:
            return sorted({*RESTYLE_SIZES, float(window.settings.value("font_size"))})  # type: ignore[arg-type]

        def restyles_at(size: float, original_size: float) -> Callable[[Callable[[], None]], None]:
            """The theme, font and size changes at text size ``size``, as one step."""
            def step(next_step: Callable[[], None]) -> None:
                from reader.presentation.options import OPTIONS

                settings = window.settings
                settings.set("font_size", size)  # not timed: the restyles below happen at this size
                app.processEvents()
                laid_out()
                between_commands()
                figures: dict[str, float] = {}
                for key, metric in (("theme", "theme_change"), ("font", "font_change")):
                    original = settings.value(key)
                    choices = [choice for choice in OPTIONS[key].values if choice != original]
                    frames, cpu, full = [], [], []
                    for value in [*choices, original]:
                        before = paints.count
                        start, start_cpu = time.perf_counter(), time.process_time()
                        settings.set(key, value)
                        app.processEvents()  # the repaint the change asked for
                        if paints.count == before:
                            view.viewport().repaint()
                        frames.append((time.perf_counter() - start) * 1000)
                        cpu.append((time.process_time() - start_cpu) * 1000)
                        laid_out()
                        full.append((time.perf_counter() - start) * 1000)
                        between_commands()
                    result.setdefault(f"{metric}_first_ms", frames[0])  # the first change since the start
                    figures[f"{metric}_ms"] = statistics.median(frames)
                    figures[f"{metric}_cpu_ms"] = statistics.median(cpu)
                    figures[f"{metric}_full_ms"] = statistics.median(full)
                figures["size_step_ms"] = _size_steps(size)
                restyle_state["per_size"][f"{size:g}"] = figures
                worst = restyle_state["worst"]
                for metric, value in figures.items():
                    worst[metric] = max(worst.get(metric, 0.0), value)
                if size == original_size:
                    result.update({metric: value for metric, value in figures.items() if metric != "size_step_ms"})
                settings.set("font_size", original_size)
                next_step()
            return step

        def restyles_done(next_step: Callable[[], None]) -> None:
            result["restyle_by_size"] = restyle_state["per_size"]
            for metric in ("theme_change_ms", "font_change_ms", "size_step_ms"):
                result[metric.replace("_ms", "_worst_ms")] = restyle_state["worst"][metric]
            next_step()

        def _size_steps(size: float) -> float:
            """The median of one step up and one down from ``size``, each until laid out and painted."""
            times = []
            for step in (1, -1, 1, -1):
                painted = paints.count
                start = time.perf_counter()
                size_command(step if size < RESTYLE_SIZES[-1] else -step)()
                app.processEvents()
                laid_out()
                if paints.count == painted:
                    view.viewport().repaint()
                times.append((time.perf_counter() - start) * 1000)
                between_commands()
            return statistics.median(times)

        def stall_sizes(next_step: Callable[[], None]) -> None:
            changes = {"left": STALL_CHANGES}

            def change() -> None:
                size_command(1 if changes["left"] % 2 else -1)()
                changes["left"] -= 1
                if changes["left"] == 0:
                    QTimer.singleShot(STALL_INTERVAL_MS, finish)
                else:
                    QTimer.singleShot(STALL_INTERVAL_MS, change)

            def finish() -> None:
                result["stall_sizes_ms"] = stall.stop()
                next_step()

            stall.start()
            QTimer.singleShot(STALL_INTERVAL_MS, change)

        def read_aloud(next_step: Callable[[], None]) -> None:
            service = window.speech
            read = actions.get("speech.read_from_caret") or actions.get("speech.read_section")
            stop = actions.get("speech.stop")
            if service is None or read is None or stop is None or not read.isEnabled():
                result["speech"] = "n/a: speech not available"
                next_step()
                return
            view.move_to(0)
            state: dict[str, Any] = {"first": None}

            def first_word(_start: int, _end: int) -> None:
                if state["first"] is None:
                    state["first"] = (time.perf_counter() - state["pressed"]) * 1000

            def failed(message: str) -> None:  # e.g. no sound card: the voice is silent, the rest goes on
                result.setdefault("notes", []).append(f"the read-aloud service said: {message}")

            service.word_changed.connect(first_word)
            service.error.connect(failed)

            def stop_reading() -> float:
                start = time.perf_counter()
                stop.trigger()
                while service.state != "idle" and time.perf_counter() - start < 2:
                    app.processEvents()
                return (time.perf_counter() - start) * 1000

            def first_reading_over() -> None:
                result["stall_speech_ms"] = stall.stop()
                result["speech_first_word_ms"] = state["first"]
                result["speech_stop_ms"] = stop_reading()
                # Again, now that the worker and the player exist (they stay for a while after a reading).
                view.move_to(0)
                state["first"] = None
                state["pressed"] = time.perf_counter()
                read.trigger()
                QTimer.singleShot(SPEAK_MS // 3, second_reading_over)

            def second_reading_over() -> None:
                result["speech_first_word_warm_ms"] = state["first"]
                stop_reading()
                service.word_changed.disconnect(first_word)
                next_step()

            stall.start()
            state["pressed"] = time.perf_counter()
            read.trigger()
            QTimer.singleShot(SPEAK_MS, first_reading_over)

        keep.append(_after_first_paint(view.viewport(), started))
        paints = _PaintCounter(view.viewport())
        keep.append(paints)
        QTimer.singleShot(SAFETY_TIMEOUT_MS, lambda: app.exit(3))

    def exec_measured(app: QApplication) -> int:
        measure(app)
        return original_exec()

    QApplication.exec = exec_measured  # type: ignore[method-assign, assignment]
    status = app_main(["--content", content, "--settings", settings_path])
    if status:
        raise SystemExit(f"the app did not finish (status {status})")
    result["speech_mode"] = speech
    return result


def _child(kind: str, content: str, settings_path: str, speech: str) -> None:
    result = _child_bare() if kind == "bare" else _child_app(content, settings_path, speech)
    result["max_rss_mb"] = _max_rss_mb()
    print(MARK + json.dumps(result), flush=True)


# -- in the parent ------------------------------------------------------------------------------------
def _speech_mode(requested: str) -> str:
    if requested != "auto":
        return requested
    if importlib.util.find_spec("miniaudio") is None:
        return "fake"
    return "real" if shutil.which("espeak-ng") else "fake"


def _run_child(kind: str, content: Path, speech: str, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    settings_path = folder / f"settings-{kind}.ini"
    settings_path.write_text("[General]\nstart_screen_seen=true\n", encoding="utf-8")
    command = [sys.executable, "-m", "bench.app", "--child", kind, "--content", str(content),
               "--settings", str(settings_path), "--speech", speech]
    env = dict(env)
    # The child imports bench.app from the checkout, whatever the current folder is.
    checkout = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (checkout, env.get("PYTHONPATH"))))
    env[T0_VARIABLE] = repr(time.monotonic())
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180, check=False)
    lines = [line for line in completed.stdout.splitlines() if line.startswith(MARK)]
    if completed.returncode or not lines:
        raise RuntimeError(f"{kind} run failed (status {completed.returncode}):\n{completed.stderr[-3000:]}")
    return dict(json.loads(lines[-1][len(MARK):]))


def machine_description(env: dict[str, str]) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "?"
    memory = ""
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages * page_size / 1024**3:.0f} GB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at the end"
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical CPUs{memory}{load}; "
            f"Python {platform.python_version()}, PySide6 {qt}; Qt platform {env.get('QT_QPA_PLATFORM') or 'native'}")


def summarise(bare: list[dict[str, Any]], app: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for metric, goal in GOALS.items():
        kind, limit = goal or ("", 0.0)
        app_values = [r[metric] for r in app if isinstance(r.get(metric), int | float)]
        bare_values = [r[metric] for r in bare if isinstance(r.get(metric), int | float)]
        row: dict[str, Any] = {"metric": metric, "label": LABELS[metric], "goal": goal}
        row["app"] = statistics.median(app_values) if app_values else None
        row["bare"] = statistics.median(bare_values) if bare_values else None
        row["ratio"] = row["app"] / row["bare"] if row["app"] is not None and row["bare"] else None
        value = row["ratio"] if kind == "ratio" else row["app"]
        row["met"] = None if value is None or goal is None else value < limit
        rows.append(row)
    return rows


def _format(rows: list[dict[str, Any]], notes: list[str]) -> str:
    def number(value: float | None, digits: int = 1) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}"

    lines = [f"{'':42} {'bare':>8} {'app':>8} {'ratio':>7}   goal"]
    for row in rows:
        figures = f"{row['label']:42} {number(row['bare']):>8} {number(row['app']):>8} {number(row['ratio'], 2):>7}"
        if row["goal"] is None:
            lines.append(figures)
            continue
        kind, limit = row["goal"]
        goal = f"< {limit:g}x bare" if kind == "ratio" else f"< {limit:g} ms"
        verdict = {True: "met", False: "MISSED", None: "n/a"}[row["met"]]
        if row["app"] is None and row["metric"].startswith(("stall_speech", "speech_")):
            verdict = "n/a: speech not available"
        lines.append(f"{figures}   {goal}: {verdict}")
    lines += [f"note: {note}" for note in notes]
    return "\n".join(lines)


def run(runs: int, speech: str, content: Path, env: dict[str, str],
        progress: Callable[[str], None] = lambda _text: None, *, cache: bool = True) -> dict[str, Any]:
    bare: list[dict[str, Any]] = []
    app: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        env = dict(env)
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # nothing of the user's is read or written
        # The parsed-document cache too: the warm-up run fills it, as a user's first start does.
        env["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
        # A user's second start finds compiled bytecode; so does every measured run here (the
        # first, warm-up run compiles it into a folder of its own, whatever PYTHONDONTWRITEBYTECODE says).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        def without_cache() -> None:  # --no-cache: every start parses the content and the themes again
            if not cache:
                shutil.rmtree(Path(folder) / "cache", ignore_errors=True)

        progress("warm-up run (not counted)")
        _run_child("bare", content, speech, Path(folder), env)
        without_cache()
        _run_child("app", content, speech, Path(folder), env)
        for index in range(runs):
            progress(f"run {index + 1}/{runs}: bare window")
            bare.append(_run_child("bare", content, speech, Path(folder), env))
            progress(f"run {index + 1}/{runs}: app")
            without_cache()
            app.append(_run_child("app", content, speech, Path(folder), env))
    notes = sorted({note for r in app for note in r.get("notes", [])})
    notes += sorted({str(r["speech"]) for r in app if "speech" in r})
    if not cache:
        notes.append("no parsed-document or theme cache: every start of the app parsed its content (--no-cache)")
    if speech == "fake":
        notes.append("read aloud measured with the fake speech engine (no espeak-ng or miniaudio)")
    elif speech == "off":
        notes.append("read aloud not measured (--speech off)")
    return {"runs": runs, "speech": speech, "machine": machine_description(env), "bare": bare, "app": app,
            "summary": summarise(bare, app), "notes": notes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.app", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each process (default 5); medians are printed")
    parser.add_argument("--speech", choices=("auto", "real", "fake", "off"), default="auto",
                        help="read-aloud engine: real (espeak-ng worker), fake, or off; auto picks real when present")
    parser.add_argument("--content", type=Path, default=None, help="content folder (default: the bundled policy)")
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this JSON file")
    parser.add_argument("--no-cache", action="store_true",
                        help="empty the app's cache before each start (as if there were none)")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--settings", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    from reader.paths import CONTENT

    content = args.content or CONTENT
    if args.child:
        _child(args.child, str(content), args.settings, args.speech)
        return 0
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    env = dict(os.environ)
    from reader.cli import has_display

    if not has_display():
        env["QT_QPA_PLATFORM"] = "offscreen"
    speech = _speech_mode(args.speech)
    report = run(args.runs, speech, content, env, lambda text: print(text, file=sys.stderr, flush=True),
                 cache=not args.no_cache)
    print(f"Herning Læser benchmark: medians of {args.runs} run(s), each in fresh processes")
    print(f"machine: {report['machine']}")
    print(f"read aloud: {speech}")
    print(_format(report["summary"], report["notes"]))
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
