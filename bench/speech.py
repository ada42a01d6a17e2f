"""Read-aloud benchmark: ``python -m bench.speech [--runs N] [--seconds S] [--null] [--json FILE]``.

Drives the real window and worker as a user would (F5, Esc) and reports:

- F5 to first sound and Esc to silence: from a recording of a private PulseAudio null sink's
  monitor (what a loudspeaker would get), or, with ``--null`` or without pulseaudio, from the
  worker's own "sound" and "silent" events on the silent NULL device;
- the largest silence added to the engine's own audio at any pause (recording only);
- highlight lag: from the moment a word is heard (device clock) until the window has it
  highlighted, median and max;
- the GUI's longest stall while reading at the largest text size (a 5 ms timer's largest gap, less 5 ms);
- the installed size of the runtime environment (the project's dependency closure in this venv).

Not a test: the figures depend on the machine. Runs headless when there is no display.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def installed_size_mb(distribution: str = "herning-laeser") -> tuple[float, list[str]]:
    """MB on disk of ``distribution``'s runtime dependency closure (plus pip, as in any venv)."""
    import re
    from importlib import metadata

    seen: set[str] = set()
    todo = [distribution, "pip"]
    total = 0
    while todo:
        name = re.split(r"[ ;<>=!~\[]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
        todo += [r for r in (dist.requires or []) if "extra ==" not in r]
    python = Path(sys.prefix) / "bin"
    total += sum(p.stat().st_size for p in python.iterdir() if p.is_file()) if python.is_dir() else 0
    return total / 1e6, sorted(seen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speech", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="readings to start and stop (default 5)")
    parser.add_argument("--seconds", type=float, default=6.0, help="how long each reading goes on (default 6)")
    parser.add_argument("--null", action="store_true", help="the silent NULL device, no sound server")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import tempfile

    from tests.speech.soundserver import sound_server

    dump = tempfile.TemporaryDirectory(prefix="bench-speech-")
    os.environ["HERNING_LAESER_STREAM_DUMP"] = dump.name  # what the engine made, to compare the recording with
    with sound_server() as server:
        if server is None or args.null:
            os.environ["HERNING_LAESER_AUDIO"] = "null"
        else:
            os.environ.update(server.client_environment)
        figures = run(args, server if not args.null else None, Path(dump.name))
    dump.cleanup()
    size, _packages = installed_size_mb()
    figures["installed_mb"] = round(size, 1)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


def run(args: argparse.Namespace, server: Any, dump: Path) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.document import load_folder
    from reader.i18n import install_translators
    from reader.paths import CONTENT
    from reader.presentation.options import OPTIONS
    from reader.presentation.settings import MemoryStore
    from reader.settings_service import Settings
    from reader.speech.service import IDLE, SpeechService
    from reader.ui.main_window import MainWindow
    from tests.speech.soundserver import RATE, Recorder, added_silence, gaps, loud, silent_from

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    translators = install_translators(app, "da")  # noqa: F841 - kept alive
    settings = Settings(MemoryStore())
    largest = OPTIONS["font_size"].maximum if "font_size" in OPTIONS else None
    if largest is not None:
        settings.set("font_size", largest)
    documents, problems = load_folder(CONTENT)
    speech = SpeechService(settings)
    window = MainWindow(documents, problems, settings, speech=speech)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    window.view.setFocus()

    def wait(ms: float, until: Any = None) -> bool:
        clock = time.monotonic()
        while (time.monotonic() - clock) * 1000 < ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if until is not None and until():
                return True
            time.sleep(0.001)
        return False

    wait(3000, window.isActiveWindow)
    speech.prepare()
    if not wait(20_000, lambda: speech.voices is not None):
        raise SystemExit("the speech worker did not start")
    events: list[tuple[float, dict[str, Any]]] = []
    speech.heard.connect(lambda event: events.append((time.monotonic(), event)))
    highlighted: list[float] = []
    lags: list[float] = []

    def word_shown(_start: int, _end: int) -> None:
        now = time.monotonic()
        event = next((e for _t, e in reversed(events) if e["ev"] == "word"), None)
        if event is not None:  # heard at event["sent"] less (at - due) ms; shown now
            lags.append((now - float(event["sent"])) * 1000 + float(event["at"]) - float(event["due"]))
        highlighted.append(now)

    speech.word_changed.connect(word_shown)
    ticks = QElapsedTimer()
    stall_gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = ticks.elapsed()
        stall_gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    recorder = Recorder(server) if server is not None else None
    if recorder is not None:
        wait(10_000, lambda: recorder.frames() > RATE // 2)
    theme_start = documents[0].themes[0].blocks[1].start
    readings: list[tuple[float, float, int]] = []
    first_sound: list[float] = []
    stops: list[float] = []
    stalls: list[int] = []
    underruns: list[float] = []
    for run_number in range(args.runs):
        window.view.move_to(theme_start)
        seen = len(events)
        pressed = time.monotonic()
        QTest.keyClick(window.view, Qt.Key.Key_F5)
        if not wait(10_000, lambda seen=seen: any(e["ev"] == "sound" for _t, e in events[seen:])):
            raise SystemExit(f"run {run_number + 1}: nothing was heard within 10 s")
        sound_at = next(t for t, e in events[seen:] if e["ev"] == "sound")
        first_sound.append((sound_at - pressed) * 1000)
        stall_gaps.clear()
        ticks.start()
        last[0] = 0
        timer.start()
        wait(args.seconds * 1000 + 313 * run_number)  # Esc at a different place of the text each time
        timer.stop()
        stalls.append(max(stall_gaps) - 5 if stall_gaps else 0)
        seen = len(events)
        reading = speech.reading
        stopped = time.monotonic()
        QTest.keyClick(window.view, Qt.Key.Key_Escape)
        assert speech.state == IDLE
        wait(5000, lambda seen=seen: any(e["ev"] == "silent" for _t, e in events[seen:]))
        silent = next((t, e) for t, e in events[seen:] if e["ev"] == "silent")
        stops.append((silent[0] - stopped) * 1000)
        underruns.append(float(silent[1].get("underrun_ms", 0)))
        readings.append((pressed, stopped, reading))
        wait(300)
    figures: dict[str, Any] = {
        "runs": args.runs, "seconds": args.seconds, "device": "PulseAudio null sink (recorded)" if recorder else
        "miniaudio NULL (worker events)", "platform": app.platformName(), "font_size": largest,
        "first_sound_ms": first_sound, "stop_ms": stops, "stall_ms": stalls,
        "highlight_lag_ms": {"median": round(statistics.median(lags), 1), "max": round(max(lags), 1),
                             "count": len(lags)} if lags else None,
    }
    if recorder is not None:
        recording = recorder.stop()
        from tests.speech.test_heard import reference

        heard_first, heard_stop, worst = [], [], []
        for pressed, stopped, reading in readings:
            ref = reference(dump, reading, 40)
            ref_onset = loud(ref, 0) or 0
            onset = loud(recording.samples, recording.index_at(pressed))
            stop_index = recording.index_at(stopped)
            if onset is None:
                continue
            heard_first.append((recording.time_of(onset) - pressed) * 1000)
            silent_index = silent_from(recording.samples, max(onset, stop_index), RATE, hold_ms=60)
            if silent_index is not None:
                heard_stop.append((recording.time_of(silent_index) - stopped) * 1000)
            heard_gaps = gaps(recording.samples, RATE, onset, stop_index)[:-1]
            own = gaps(ref, RATE, ref_onset, ref_onset + stop_index - onset)
            errors = added_silence(heard_gaps, own)
            if errors:
                worst.append(max(errors))
        figures["first_sound_ms"] = heard_first
        figures["stop_ms"] = heard_stop
        figures["largest_added_gap_ms"] = worst
        figures["stream_underrun_ms"] = underruns  # of that, what the stream itself lacked (synthesis late)
    else:
        figures["largest_added_gap_ms"] = underruns  # silence the stream itself inserted (underruns)
    speech.shutdown()
    window.close()
    return figures


def report(figures: dict[str, Any]) -> None:
    def line(name: str, values: list[float]) -> None:
        if not values:
            print(f"{name:<44} (no data)")
            return
        print(f"{name:<44} min {min(values):7.1f} ms   median {statistics.median(values):7.1f} ms   "
              f"max {max(values):7.1f} ms")

    print(f"Read aloud benchmark: {figures['runs']} runs of {figures['seconds']:.0f} s, {figures['device']}, "
          f"platform {figures['platform']}, text size {figures['font_size']}")
    line("F5 to first sound", figures["first_sound_ms"])
    line("Esc to silence", figures["stop_ms"])
    line("largest silence added at a pause", figures["largest_added_gap_ms"])
    lag = figures["highlight_lag_ms"]
    print(f"{'highlight lag (heard -> highlighted)':<44} " +
          (f"median {lag['median']:7.1f} ms   max {lag['max']:7.1f} ms   ({lag['count']} words)" if lag else "(no data)"))
    line("GUI's longest stall while reading", [float(v) for v in figures["stall_ms"]])
    print(f"{'installed size (runtime dependency closure)':<44} {figures['installed_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
