"""Self-voicing benchmark: ``python -m bench.voicing [--runs N] [--rate WPM] [--null] [--json FILE]``.

Drives the real window and speech worker with the app's own voice on, as a visitor would: the keys of
tests/speech/voicing_steps.py (Tab, Shift+Tab, a profile, the contents and its arrows, the text, a line,
a word, a theme, a quote, a sentence, where-am-I, search, a letter, Enter, Esc, F6, F1), each pressed once the voice
is quiet, and reports:

- key press to first sound, median and max over those keys (goal: median < 150 ms, max < 500 ms);
- key press to silence of the utterance being said: Ctrl alone while where-am-I is being said (from the
  recording), and a key that brings a new answer (from the worker's report of when the cut was heard);
- key press to the new answer's first sound when it cuts one being said.

Sound times come from a recording of a private PulseAudio null sink's monitor (what a loudspeaker or a
headset would get); with ``--null`` or without pulseaudio, from the worker's own events on its silent
NULL device. Not a test: the figures depend on the machine. Runs headless when there is no display.
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

GOALS = {"key_to_sound_median_ms": 150.0, "key_to_sound_max_ms": 500.0}
CUT_TRIES = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.voicing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="times to go through the keys (default 3)")
    parser.add_argument("--rate", type=int, default=175, help="speech rate, words per minute (default 175)")
    parser.add_argument("--null", action="store_true", help="the silent NULL device, no sound server")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.speech.soundserver import sound_server

    with sound_server() as server:
        if server is None or args.null:
            os.environ["HERNING_LAESER_AUDIO"] = "null"
            server = None
        else:
            os.environ.update(server.client_environment)
        figures = run(args, server)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def run(args: argparse.Namespace, server: Any) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.document import load_folder
    from reader.i18n import install_translators
    from reader.paths import CONTENT
    from reader.presentation.options import SELF_VOICING, SPEECH_RATE
    from reader.presentation.settings import MemoryStore
    from reader.settings_service import Settings
    from reader.speech.service import SpeechService
    from reader.ui.main_window import MainWindow
    from tests.speech.soundserver import RATE, Recorder, loud, silent_from
    from tests.speech.voicing_steps import STEPS, drive, quiet

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    translators = install_translators(app, "da")  # noqa: F841 - kept alive
    documents, problems = load_folder(CONTENT)

    def wait(ms: float, until: Any = None) -> bool:
        clock = time.monotonic()
        while (time.monotonic() - clock) * 1000 < ms:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if until is not None and until():
                return True
            time.sleep(0.001)
        return bool(until()) if until is not None else False

    key_to_sound: list[float] = []
    hush_to_silence: list[float] = []
    cut_to_silence: list[float] = []
    cut_to_sound: list[float] = []
    unanswered: list[str] = []
    for _run in range(args.runs):
        settings = Settings(MemoryStore())
        settings.set(SELF_VOICING, True)  # as --self-voicing does
        settings.set(SPEECH_RATE, args.rate)
        speech = SpeechService(settings)
        window = MainWindow(documents, problems, settings, speech=speech)
        assert window.voicing is not None
        window.voicing.screen_reader_running = lambda: False
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        window.access.show_start_screen()  # a first start, or a visit at the terminal
        speech.prepare()
        if not wait(20_000, lambda speech=speech: speech.voices is not None):
            raise SystemExit("the speech worker did not start")
        events: list[tuple[float, dict[str, Any]]] = []
        speech.heard.connect(lambda event, events=events: events.append((time.monotonic(), event)))
        recorder = Recorder(server) if server is not None else None
        if recorder is not None:
            wait(10_000, lambda recorder=recorder: recorder.frames() > RATE // 2)

        def settle(recorder: Any = recorder) -> None:
            if recorder is not None:  # the recording's tail of the last answer is over before the next key
                frames = recorder.frames()
                wait(5_000, lambda: recorder.frames() > frames + RATE // 5)

        answers = drive(window, speech, wait, settle, STEPS)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)  # the help closed
        window.activateWindow()
        window.view.setFocus()
        over: list[int] = []
        speech.talk_over.connect(over.append)
        quiet(window, speech, wait, over)
        cuts = _interruptions(window, speech, events, wait, settle, over, cut_to_silence,
                              cut_to_sound if recorder is None else None)
        if recorder is not None:
            recording = recorder.stop()
            for answer in answers:
                heard = recording.near(answer.pressed)  # (the sink's clock drifts from the system's over minutes)
                start = heard.index_at(answer.pressed)
                onset = loud(heard.samples, start, start + 3 * RATE)
                if onset is None:
                    unanswered.append(answer.step)
                else:
                    key_to_sound.append((heard.time_of(onset) - answer.pressed) * 1000)
            for kind, pressed, _cut in cuts:
                heard = recording.near(pressed)
                start = heard.index_at(pressed)
                if kind == "hush":
                    silent = silent_from(heard.samples, start, RATE, hold_ms=60)
                    if silent is not None:
                        hush_to_silence.append((heard.time_of(silent) - pressed) * 1000)
                else:  # the new answer's first sound after the old one faded out
                    faded = silent_from(heard.samples, start, RATE, hold_ms=3)
                    onset = loud(heard.samples, faded or start, (faded or start) + 3 * RATE)
                    if onset is not None:
                        cut_to_sound.append((heard.time_of(onset) - pressed) * 1000)
        else:
            for answer in answers:
                sound = next((e for t, e in events if e["ev"] == "talk-sound" and t >= answer.pressed), None)
                if sound is None:
                    unanswered.append(answer.step)
                else:
                    key_to_sound.append((float(sound["sent"]) - answer.pressed) * 1000)
            for kind, pressed, cut in cuts:
                if kind == "hush" and cut is not None:
                    hush_to_silence.append((float(cut["sent"]) - pressed) * 1000)
        unanswered += [f"{answer.step}: missing {answer.missing()}" for answer in answers if answer.missing()]
        speech.shutdown()
        window.close()
        window.deleteLater()
        wait(100)
    return {
        "runs": args.runs, "keys": len(STEPS), "rate": args.rate, "platform": app.platformName(),
        "device": "PulseAudio null sink (recorded)" if server is not None else "miniaudio NULL (worker events)",
        "key_to_sound_ms": [round(v, 1) for v in key_to_sound],
        "hush_to_silence_ms": [round(v, 1) for v in hush_to_silence],
        "cut_to_silence_ms": [round(v, 1) for v in cut_to_silence],
        "cut_to_new_sound_ms": [round(v, 1) for v in cut_to_sound],
        "unanswered": unanswered,
    }


def _event(events: list[tuple[float, dict[str, Any]]], since: int, kind: str, utterance: int) -> dict[str, Any] | None:
    """The worker's event ``kind`` for ``utterance`` among ``events[since:]``."""
    return next((e for _t, e in events[since:] if e["ev"] == kind and e.get("utterance") == utterance), None)


def _interruptions(window: Any, speech: Any, events: list[tuple[float, dict[str, Any]]], wait: Any, settle: Any,
                   over: list[int], cut_to_silence: list[float], cut_to_sound: list[float] | None
                   ) -> list[tuple[str, float, dict[str, Any] | None]]:
    """Where-am-I is said; while it is heard comes Ctrl alone ("hush") or a key with an answer of its own
    ("cut"). Returns (kind, key moment, the worker's talk-cut event) per try; fills in the cut figures
    the worker's events give (``cut_to_sound`` only without a recording)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.speech.voicing_steps import quiet

    tries = []
    for _try in range(CUT_TRIES):
        for key, kind in ((Qt.Key.Key_Control, "hush"), (Qt.Key.Key_Down, "cut")):
            settle()
            seen, before = len(events), speech.utterance
            QTest.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
            wait(3_000, lambda before=before: speech.utterance != before)  # where-am-I handed to the voice
            said = speech.utterance
            wait(5_000, lambda seen=seen, said=said: _event(events, seen, "talk-sound", said) is not None)
            wait(300)  # well into the answer
            pressed = time.monotonic()
            QTest.keyClick(window.view, key)
            wait(3_000, lambda seen=seen, said=said: _event(events, seen, "talk-cut", said) is not None)
            cut = _event(events, seen, "talk-cut", said)
            if kind == "cut":
                wait(3_000, lambda said=said: speech.utterance != said)  # the new answer handed to the voice
                new = speech.utterance
                wait(3_000, lambda seen=seen, new=new: _event(events, seen, "talk-sound", new) is not None)
                sound = _event(events, seen, "talk-sound", new)
                if cut is not None:
                    cut_to_silence.append((float(cut["sent"]) - pressed) * 1000)
                if sound is not None and cut_to_sound is not None:
                    cut_to_sound.append((float(sound["sent"]) - pressed) * 1000)
            tries.append((kind, pressed, cut))
            quiet(window, speech, wait, over)
    return tries


def report(figures: dict[str, Any]) -> None:
    def line(name: str, values: list[float], goal: str = "") -> None:
        if not values:
            print(f"{name:<48} (no data)")
            return
        print(f"{name:<48} min {min(values):7.1f} ms   median {statistics.median(values):7.1f} ms   "
              f"max {max(values):7.1f} ms   ({len(values)}){goal}")

    print(f"Self-voicing benchmark: {figures['runs']} run(s) of {figures['keys']} keys, {figures['device']}, "
          f"platform {figures['platform']}, {figures['rate']} words a minute")
    sound = figures["key_to_sound_ms"]
    verdict = ""
    if sound:
        median, worst = statistics.median(sound), max(sound)
        met = median < GOALS["key_to_sound_median_ms"] and worst < GOALS["key_to_sound_max_ms"]
        verdict = (f"   goal median < {GOALS['key_to_sound_median_ms']:g}, max < {GOALS['key_to_sound_max_ms']:g}: "
                   f"{'met' if met else 'MISSED'}")
    line("key press to first sound", sound, verdict)
    line("Ctrl (stop) to silence", figures["hush_to_silence_ms"])
    line("a new key to silence of the one being said", figures["cut_to_silence_ms"])
    line("  ... and to the new answer's first sound", figures["cut_to_new_sound_ms"])
    for step in figures["unanswered"]:
        print(f"not answered as expected: {step}")


if __name__ == "__main__":
    sys.exit(main())
