"""A speech engine with the shape of the worker (``WorkerEngine``), for GUI tests that claim no timing.

Deterministic and fast: every word "sounds" for 60000/rate ms of a clock running ``speed``
times faster than real time; sentences, words and the end are reported as the worker reports
them. It records each text it "synthesised" (``spoken``, a few sentences ahead like the
worker), the rates and voices asked for. ``crash()`` makes it die as a broken worker would;
``available=False`` is a machine without a speech engine; ``output=False`` one without a
sound card; ``voices`` is what is "installed".

The interface's voice (``say``, ``hush``) is kept as the worker keeps it: each utterance "sounds"
for its words' time, a new one cuts the one being said or waits its turn, and a reading is held
meanwhile. ``said`` records every utterance's text (its parts joined), ``said_voices``, ``said_rates``
and ``cuts`` their voices, rates and whether each cut the one before.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, QTimer, Signal

from reader.presentation.options import SPEECH_RATE

DANISH = {"id": "gmq/da", "name": "Danish", "language": "da"}
ENGLISH = {"id": "gmw/en", "name": "English (Great Britain)", "language": "en-gb"}
LOOKAHEAD = 3
PAUSE_MS = 100  # the engine's pause after each sentence


class FakeEngine(QObject):
    received = Signal(object)
    crashed = Signal(str)

    def __init__(self, voices: list[dict[str, str]] | None = None, *, available: bool = True, timing: bool = True,
                 speed: float = 4.0, output: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voices = list(voices) if voices is not None else [DANISH, ENGLISH]
        self.available = available
        self.timing = timing  # False: a driver without word timing: no word events
        self.speed = speed
        self.output = output
        self.running = False
        self.starts = 0
        self.spoken: list[str] = []  # every text synthesised, in order
        self.asked: list[str] = []  # the texts of the last reading the worker was asked to read
        self.rates: list[int] = []
        self.voices_used: list[str] = []
        self.volume = 1.0
        self.playing = False  # a reading is sounding (not paused, not ended)
        self._reading = 0
        self._texts: list[str] = []
        self._made: set[int] = set()
        self._index = 0
        self._events: list[tuple[float, dict[str, object]]] = []  # (ms into the sentence, event)
        self._position = 0.0  # ms into the sentence
        self._rate = SPEECH_RATE.default
        self._voice = ""
        self._clock = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self.said: list[str] = []
        self.said_voices: list[list[str]] = []
        self.said_rates: list[int] = []
        self.cuts: list[bool] = []  # per "say": whether it cut what was being said
        self._talks: list[tuple[int, float]] = []  # (utterance, ms it lasts) waiting; the first is being said
        self._held = False  # a reading waits for the interface's voice
        self._talk_timer = QTimer(self)
        self._talk_timer.setSingleShot(True)
        self._talk_timer.timeout.connect(lambda: self._talk_done("talk-end"))

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self.starts += 1
        QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        if not self.running:
            return
        if not self.available:
            self.received.emit({"ev": "error", "id": None, "code": "engine", "reason": "missing_library",
                                "message": "espeak-ng er ikke installeret.",
                                "detail": "libespeak-ng: libespeak-ng.so.1: cannot open shared object file"})
            return
        self.received.emit({"ev": "ready", "engine": "fake", "timing": self.timing, "voices": self.voices,
                            "sound": self.output})

    def is_running(self) -> bool:
        return self.running

    def request(self, command: dict[str, object]) -> None:
        self.start()
        op = command["op"]
        if op == "read":
            self._reading = int(command["reading"])  # type: ignore[call-overload]
            self._texts = [str(t) for t in command["texts"]]  # type: ignore[attr-defined]
            self.asked = list(self._texts)
            self._rate, self._voice = int(command["rate"]), str(command["voice"])  # type: ignore[call-overload]
            self.volume = float(command.get("volume", 1.0))  # type: ignore[arg-type]
            self._made = set()
            self._go(int(command.get("start", 0)))  # type: ignore[call-overload]
            if self._talks:
                self._hold()
        elif op == "pause":
            self._held = False
            self._advance()
            self.playing = False
            self._timer.stop()
        elif op == "resume" and self._talks:
            self._held = bool(self._texts)  # goes on once the interface has spoken
        elif op == "resume" and self._texts and not self.playing:
            self.playing = True
            self._clock = time.monotonic()
            self._timer.start()
        elif op == "stop":
            self._held = False
            self.playing = False
            self._texts = []
            self._timer.stop()
        elif op == "say":
            self._say(command)
        elif op == "hush":
            for dropped, _duration in self._talks[1:]:
                self._emit_talk("talk-cut", dropped)
            if self._talks:
                self._talks = self._talks[:1]
                self._talk_done("talk-cut")
        elif op == "seek" and self._texts:
            self._go(int(command["index"]))  # type: ignore[call-overload]
        elif op == "rate":
            self._rate, self._voice = int(command["rate"]), str(command["voice"])  # type: ignore[call-overload]
            self._made = {i for i in self._made if i <= self._index}
            self._make()
        elif op == "volume":
            self.volume = float(command["volume"])  # type: ignore[arg-type]

    def _say(self, command: dict[str, object]) -> None:
        parts = [(str(text), str(voice)) for text, voice in command["parts"]]  # type: ignore[attr-defined]
        words = sum(len(re.findall(r"\w+", text)) for text, _voice in parts)
        utterance = int(command["utterance"])  # type: ignore[call-overload]
        self.volume = float(command.get("volume", self.volume))  # type: ignore[arg-type]
        if parts:
            self.said.append(" ".join(text for text, _voice in parts))
            self.said_voices.append([voice for _text, voice in parts])
            self.said_rates.append(int(command["rate"]))  # type: ignore[call-overload]
            self.cuts.append(bool(command.get("cut", True)))
        length = words * 60_000 / int(command["rate"]) + PAUSE_MS  # type: ignore[call-overload]
        talk = (utterance, length / self.speed if self.speed else float("inf"))  # (speed 0: a clock standing still)
        if command.get("cut", True) and self._talks:
            for dropped, _duration in self._talks[1:]:  # waiting, never heard: over now
                self._emit_talk("talk-cut", dropped)
            self._talks = self._talks[:1] + ([talk] if parts else [])
            self._talk_done("talk-cut")
        elif parts:
            self._talks.append(talk)
            if len(self._talks) == 1:
                self._hold()
                self._begin_talk()

    def _hold(self) -> None:
        """A sounding reading waits while the interface speaks."""
        if self.playing:
            self._advance()
            self.playing = False
            self._timer.stop()
            self._held = True

    def _begin_talk(self) -> None:
        utterance, duration = self._talks[0]
        QTimer.singleShot(0, lambda: self._emit_talk("talk-sound", utterance))
        if duration != float("inf"):
            self._talk_timer.start(round(duration))

    def _emit_talk(self, kind: str, utterance: int) -> None:
        if self.running:
            self.received.emit({"ev": kind, "utterance": utterance})

    def _talk_done(self, kind: str) -> None:
        """The utterance being said ends (``talk-end``) or is cut (``talk-cut``); the next one, or the reading."""
        self._talk_timer.stop()
        utterance, _duration = self._talks.pop(0)
        self._emit_talk(kind, utterance)
        if self._talks:
            self._begin_talk()
        elif self._held and self._texts:
            self._held = False
            self.playing = True
            self._clock = time.monotonic()
            self._timer.start()

    def _make(self) -> None:
        for index in range(self._index, min(len(self._texts), self._index + 1 + LOOKAHEAD)):
            if index not in self._made:
                self._made.add(index)
                self.spoken.append(self._texts[index])
                self.rates.append(self._rate)
                self.voices_used.append(self._voice)

    def _go(self, index: int) -> None:
        self._index = index
        self.playing = True
        self._clock = time.monotonic()
        self._timer.start()
        if index >= len(self._texts):
            self._events = [(0.0, {"ev": "end"})]
        else:
            self._make()
            per_word = 60_000 / self._rate
            words = list(re.finditer(r"\w+", self._texts[index]))
            self._events = [(0.0, {"ev": "sentence", "index": index})]
            if self.timing:
                self._events += [(i * per_word, {"ev": "word", "index": index, "position": m.start(),
                                                 "length": len(m.group()), "ms": round(i * per_word)})
                                 for i, m in enumerate(words)]
            self._events.append((len(words) * per_word + PAUSE_MS, {"ev": "next"}))
        self._position = 0.0

    def _advance(self) -> None:
        now = time.monotonic()
        if self.playing:
            self._position += (now - self._clock) * 1000 * self.speed
        self._clock = now

    def _tick(self) -> None:
        if not self.running or not self.playing:
            self._timer.stop()
            return
        self._advance()
        while self._events and self._events[0][0] <= self._position:
            due, event = self._events.pop(0)
            if event["ev"] == "next":
                self._go(self._index + 1)
                return
            if event["ev"] == "end":
                self.playing = False
                self._timer.stop()
            self.received.emit(dict(event, reading=self._reading, due=due, at=self._position))
            if not self.playing:
                return

    def kill(self) -> None:
        self.running = False
        self.playing = False
        self._timer.stop()
        self._talk_timer.stop()
        self._talks = []
        self._held = False

    def crash(self) -> None:
        """Dies as a worker whose engine broke would: the service hears ``crashed``."""
        self.kill()
        self.crashed.emit("fake engine crashed")
