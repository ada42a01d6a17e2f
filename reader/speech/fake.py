"""A speech engine and a player with the shapes of ``WorkerEngine`` and ``QtPlayer``, for GUI tests.

Deterministic and fast: the engine "speaks" every word in 60000/rate ms, reports word events
exactly as the worker does, and records each text it was asked to speak (``spoken``); the
player runs a clock ``speed`` times faster than real time instead of playing sound.
``crash()`` makes the engine die as a broken worker would; ``available=False`` is a machine
without a speech engine; ``voices`` is what is "installed".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer, Signal

from reader.speech.service import ClockPlayer

DANISH = {"id": "gmq/da", "name": "Danish", "language": "da"}
ENGLISH = {"id": "gmw/en", "name": "English (Great Britain)", "language": "en-gb"}


class FakeEngine(QObject):
    received = Signal(object)
    crashed = Signal(str)

    def __init__(self, voices: list[dict[str, str]] | None = None, *, available: bool = True, timing: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voices = list(voices) if voices is not None else [DANISH, ENGLISH]
        self.available = available
        self.timing = timing  # False: a driver without word timing (SAPI5, NSSpeech): no word events
        self.running = False
        self.starts = 0
        self.spoken: list[str] = []  # every text synthesised, in order
        self.rates: list[int] = []
        self.voices_used: list[str] = []

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
            self.received.emit({"ev": "error", "id": None, "code": "engine", "message": "espeak-ng: not installed"})
            return
        self.received.emit({"ev": "ready", "engine": "fake", "timing": self.timing, "voices": self.voices})

    def is_running(self) -> bool:
        return self.running

    def request(self, command: dict[str, object]) -> None:
        self.start()
        QTimer.singleShot(0, lambda: self._answer(command))

    def _answer(self, command: dict[str, object]) -> None:
        if not self.running:
            return
        if command["op"] == "synth":
            text = str(command["text"])
            rate = int(command["rate"])  # type: ignore[call-overload]
            self.spoken.append(text)
            self.rates.append(rate)
            self.voices_used.append(str(command["voice"]))
            per_word = 60_000 // rate
            words = [[m.start(), len(m.group()), i * per_word] for i, m in enumerate(re.finditer(r"\w+", text))]
            self.received.emit({"ev": "done", "id": command["id"], "path": "", "duration_ms": len(words) * per_word + 100,
                                "words": words if self.timing else [], "timing": self.timing})
        elif command["op"] == "export":
            self.received.emit({"ev": "exported", "id": command["id"], "path": command["path"], "duration_ms": 1000})

    def kill(self) -> None:
        self.running = False

    def crash(self) -> None:
        """Dies as a worker whose engine broke would: the service hears ``crashed``."""
        self.running = False
        self.crashed.emit("fake engine crashed")


class FakePlayer(ClockPlayer):
    """The silent clock player, ``speed`` times faster than real time; ``output=False`` is a machine
    without a sound card."""

    def __init__(self, speed: float = 4.0, *, output: bool = True, parent: QObject | None = None) -> None:
        super().__init__(speed, parent)
        self.output = output

    def has_output(self) -> bool:
        return self.output
