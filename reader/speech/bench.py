"""Read-aloud benchmark: ``python -m reader.speech.bench [--runs N] [--seconds S]``.

Drives the real window, worker and player as a user would (F5, Esc) and prints:

- key press to first audio out: F5 until the player's position first moves (sound is going out),
- how far the word highlight trails the audio position of the word it marks,
- stop latency: Esc until playback has stopped and the worker process is gone,
- the longest stall of the GUI's event loop while speaking (a 5 ms timer's largest gap, less 5 ms).

Not a test: the figures depend on the machine. Runs headless when there is no display.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.speech.bench")
    parser.add_argument("--runs", type=int, default=5, help="readings to start and stop (default 5)")
    parser.add_argument("--seconds", type=float, default=8.0, help="how long each reading goes on (default 8)")
    parser.add_argument("--qt-player", action="store_true",
                        help="use QtMultimedia even without a sound output (as far as it goes there)")
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.document import load_folder
    from reader.i18n import install_translators
    from reader.paths import CONTENT
    from reader.presentation.settings import MemoryStore
    from reader.settings_service import Settings
    from reader.speech.service import IDLE, QtPlayer, SpeechService
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    translators = install_translators(app, "da")  # noqa: F841 - kept alive
    settings = Settings(MemoryStore())
    documents, problems = load_folder(CONTENT)
    speech = SpeechService(settings, player=QtPlayer() if args.qt_player else None)
    window = MainWindow(documents, problems, settings, speech=speech)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    window.view.setFocus()

    def wait(ms: float, until: object = None) -> None:
        clock = time.monotonic()
        while (time.monotonic() - clock) * 1000 < ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if until is not None and until():  # type: ignore[operator]
                return
            time.sleep(0.001)

    wait(3000, window.isActiveWindow)
    window.view.setFocus()
    ticks = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = ticks.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)

    first_audio: list[float] = []
    stops: list[float] = []
    lags: list[int] = []
    stalls: list[int] = []
    theme_start = documents[0].themes[0].blocks[1].start
    started: list[float] = []
    player = speech.player()
    for run in range(args.runs):
        window.view.move_to(theme_start)
        started.clear()
        connection = player.audio_started.connect(lambda: started.append(time.monotonic()))  # type: ignore[attr-defined]
        pressed = time.monotonic()
        QTest.keyClick(window.view, Qt.Key.Key_F5)
        wait(10_000, lambda: bool(started))
        player.audio_started.disconnect(connection)  # type: ignore[attr-defined]
        if not started:
            print("no audio came out within 10 s", file=sys.stderr)
            return 1
        first_audio.append((started[0] - pressed) * 1000)

        def follow(_start: int, _end: int) -> None:
            result = speech._results.get(speech.index)
            if result is None or speech._word < 0:
                return
            heard = player.position_ms()
            lags.append(heard - result.words[speech._word][2])

        speech.word_changed.connect(follow)
        gaps.clear()
        ticks.start()
        last[0] = 0
        timer.start()
        wait(args.seconds * 1000)
        timer.stop()
        speech.word_changed.disconnect(follow)
        stalls.append(max(gaps) - 5 if gaps else 0)
        pid = speech.engine.pid()  # type: ignore[attr-defined]
        pressed = time.monotonic()
        QTest.keyClick(window.view, Qt.Key.Key_Escape)
        gone = speech.state == IDLE and (pid is None or not _alive(pid))
        stops.append((time.monotonic() - pressed) * 1000)
        if not gone:
            print(f"run {run + 1}: after Esc the reading or the worker ({pid}) was still going", file=sys.stderr)
            return 1
        wait(200)

    def line(name: str, values: list[float], unit: str = "ms") -> None:
        if not values:
            print(f"{name:<44} (no data)")
            return
        print(f"{name:<44} median {statistics.median(values):7.1f} {unit}   max {max(values):7.1f} {unit}"
              f"   (first {values[0]:.1f})")

    print(f"Read aloud benchmark: {args.runs} runs of {args.seconds:.0f} s, engine {speech.engine_name}, "
          f"platform {app.platformName()}, player {type(player).__name__}"
          + ("" if player.has_output() else " (no sound output)"))
    line("key press (F5) to first audio out", first_audio)
    line("word highlight behind the audio", [float(v) for v in lags])
    line("stop latency (Esc to silent, worker gone)", stops)
    line("longest GUI stall while speaking", [float(v) for v in stalls])
    speech.shutdown()
    window.close()
    return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
