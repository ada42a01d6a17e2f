"""SpeechService: read-aloud commands in, state and highlight signals out.

It owns a synthesis engine (``WorkerEngine``: the worker process, see worker.py) and a
player (``QtPlayer``: QtMultimedia). Sentences are synthesised a few ahead of the one being
played, each into its own WAV file with the audio position of every word; while a sentence
plays, a timer reads the playback position and reports the sentence and the word being
heard as displayed-text offsets. ``fake.py`` has an engine and a player of the same shape.

    speak(script)   read a Script (see spoken.py); pause(), resume(), toggle_pause(), stop()
    say(text)       read a short announcement (not highlighted), interrupting any reading
    next_sentence(), previous_sentence(), next_paragraph(), previous_paragraph()
    export(texts, path)  write one WAV file (the worker does it; ``exported`` tells when)

Stop ends playback at once and kills the worker's process group; the next command starts a
fresh worker. A crashed worker is reported through ``error`` and the service goes back to
idle, ready to try again.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLoggingCategory, QObject, QProcess, QProcessEnvironment, QTemporaryDir, QTimer, QUrl, Signal

from reader.presentation.settings import OPTIONS
from reader.settings_service import Settings
from reader.speech.spoken import Script, Sentence, text_script

IDLE, LOADING, SPEAKING, PAUSED = "idle", "loading", "speaking", "paused"
LOOKAHEAD = 3  # sentences synthesised ahead of the one playing
RATE_STEP = 10  # words per minute per "faster"/"slower"
IDLE_SHUTDOWN_MS = 30_000  # a worker with nothing to do is ended after this long


@dataclass
class SynthResult:
    index: int
    path: str
    duration_ms: int
    words: list[tuple[int, int, int]] = field(default_factory=list)  # (spoken position, length, ms)
    timing: bool = True


class Engine(Protocol):
    """What the service needs from a synthesis engine (the worker process, or the fake)."""

    def start(self) -> None: ...

    def is_running(self) -> bool: ...

    def request(self, command: dict[str, object]) -> None: ...

    def kill(self) -> None: ...


class Player(Protocol):
    def play(self, result: SynthResult) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> None: ...

    def position_ms(self) -> int: ...

    def set_volume(self, volume: float) -> None: ...

    def has_output(self) -> bool: ...


# -- the worker process ----------------------------------------------------------------------
class WorkerEngine(QObject):
    """The worker process behind JSON lines; ``received(dict)`` for each line, ``crashed`` if it dies."""

    received = Signal(object)
    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""
        self._stderr = b""

    def start(self) -> None:
        if self.is_running():
            return
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        root = str(Path(__file__).resolve().parent.parent.parent)
        existing = environment.value("PYTHONPATH")
        environment.insert("PYTHONPATH", root + (os.pathsep + existing if existing else ""))
        environment.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.readyReadStandardError.connect(lambda: self._read_errors(process))
        process.finished.connect(lambda code, status: self._finished(process, code, status))
        process.errorOccurred.connect(lambda error: self._failed_to_start(process, error))
        self._process = process
        self._buffer = b""
        self._stderr = b""
        if getattr(sys, "frozen", False):  # a bundle's executable is the app: its hidden worker option
            process.start(sys.executable, ["--speech-worker"])
        else:
            process.start(sys.executable, ["-m", "reader.speech.worker"])

    def is_running(self) -> bool:
        return self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning

    def pid(self) -> int | None:
        if self._process is None:
            return None
        pid = int(self._process.processId())
        return pid or None

    def request(self, command: dict[str, object]) -> None:
        self.start()
        assert self._process is not None
        self._process.write((json.dumps(command) + "\n").encode("utf-8"))

    def kill(self) -> None:
        """Ends the worker and its process group now; no signal is sent for this expected end."""
        process, self._process = self._process, None
        if process is None:
            return
        process.blockSignals(True)
        pid = int(process.processId())
        if pid and hasattr(os, "killpg"):
            try:
                if os.getpgid(pid) == pid:  # the worker made itself a group leader
                    os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)  # reaps it: a killed process ends in milliseconds
        process.deleteLater()

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                event = json.loads(line.decode("utf-8"))
            except ValueError:
                continue
            self.received.emit(event)

    def _read_errors(self, process: QProcess) -> None:
        self._stderr = (self._stderr + bytes(process.readAllStandardError().data()))[-2000:]

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process is not self._process:
            return
        self._process = None
        process.deleteLater()
        detail = self._stderr.decode("utf-8", "replace").strip().splitlines()
        self.crashed.emit(detail[-1] if detail else "")  # the last line of an error, if it wrote one

    def _failed_to_start(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self._process and error == QProcess.ProcessError.FailedToStart:
            self._process = None
            process.deleteLater()
            self.crashed.emit(process.errorString())


# -- playback ------------------------------------------------------------------------------
_QUIET_MULTIMEDIA = "qt.multimedia.ffmpeg*.info=false\nqt.multimedia.symbolsresolver*=false"

class QtPlayer(QObject):
    """Plays one WAV at a time through QtMultimedia; pauses and stops at once.

    QMediaPlayer reports its position about every 100 ms; between reports the position is
    extrapolated from the clock so word highlighting can follow the voice more closely.

    Used only while the machine has an audio output (else ClockPlayer). Seen here: without a
    sound card QMediaPlayer's audio thread logs "No audio device detected"; with a Python
    message handler installed (pytest-qt's, the app's) that thread waits for the GIL while the
    GUI thread, holding it, waits in QMediaPlayer.stop() for that thread: a deadlock. And with
    no audio output attached QMediaPlayer never reaches the end of an audio-only file.
    """

    ended = Signal()
    failed = Signal(str)
    audio_started = Signal()  # the first position > 0 of a sentence: sound is coming out

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # FFmpeg's per-file dump ("Input #0, wav ...") and the probing of optional hardware-video
        # libraries are chatter for a reader playing WAV files; real warnings still come through.
        # (setFilterRules replaces only earlier setFilterRules rules: the app sets no others.)
        QLoggingCategory.setFilterRules(_QUIET_MULTIMEDIA)
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer  # needs PySide6-Addons

        self._devices = QMediaDevices(self)
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._status = QMediaPlayer.MediaStatus
        self._state = QMediaPlayer.PlaybackState
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.positionChanged.connect(self._position_changed)
        self._player.errorOccurred.connect(lambda _error, text: self.failed.emit(text))
        self._last = (0, time.monotonic())
        self._announced_start = False
        self._active = False

    def play(self, result: SynthResult) -> None:
        self._active = True
        self._announced_start = False
        self._last = (0, time.monotonic())
        self._player.setSource(QUrl.fromLocalFile(result.path))
        self._player.play()

    def pause(self) -> None:
        self._last = (self.position_ms(), time.monotonic())
        self._player.pause()

    def resume(self) -> None:
        self._last = (self._last[0], time.monotonic())
        self._player.play()

    def stop(self) -> None:
        self._active = False
        self._player.stop()

    def set_volume(self, volume: float) -> None:
        self._output.setVolume(volume)

    def has_output(self) -> bool:
        """False on a machine without a sound card: playback (and highlighting) still runs, silently."""
        return bool(self._devices.audioOutputs())

    def position_ms(self) -> int:
        position, when = self._last
        if self._player.playbackState() == self._state.PlayingState:
            return position + min(int((time.monotonic() - when) * 1000), 150)
        return position

    def _position_changed(self, position: int) -> None:
        self._last = (position, time.monotonic())
        if position > 0 and self._active and not self._announced_start:
            self._announced_start = True
            self.audio_started.emit()

    def _status_changed(self, status: object) -> None:
        if status == self._status.EndOfMedia and self._active:
            self._active = False
            self.ended.emit()
        elif status == self._status.InvalidMedia and self._active:
            self._active = False
            self.failed.emit(self._player.errorString())


def _linux_without_sound() -> bool:
    """True on Linux with neither a sound card nor a sound server: nothing QtMultimedia could use.

    Looking costs nothing, while asking QtMultimedia first loads it (about 0.2 s on the GUI thread)."""
    if not sys.platform.startswith("linux"):
        return False
    if list(Path("/dev/snd").glob("pcmC*D*p")) if Path("/dev/snd").is_dir() else False:
        return False
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    servers = [Path(runtime) / "pulse" / "native", Path(runtime) / "pipewire-0"]
    return not os.environ.get("PULSE_SERVER") and not any(path.exists() for path in servers)


def sound_outputs() -> bool:
    """True when QtMultimedia is installed and the machine has an audio output device."""
    if _linux_without_sound():
        return False
    QLoggingCategory.setFilterRules(_QUIET_MULTIMEDIA)  # before the first import: it probes at load
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())


class ClockPlayer(QObject):
    """Plays nothing, but keeps time like a player: for a machine without a sound output.

    The reading still runs in real time (``speed`` 1), so the highlighting moves through the
    text as if it were heard; the user is told there is no sound. The fake player for tests
    is this clock running faster."""

    ended = Signal()
    failed = Signal(str)
    audio_started = Signal()

    def __init__(self, speed: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speed = speed
        self.volume = 1.0
        self.playing: SynthResult | None = None
        self.paused = False
        self._started = 0.0
        self._offset = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def play(self, result: SynthResult) -> None:
        self.playing = result
        self.paused = False
        self._offset = 0.0
        self._started = time.monotonic()
        self._timer.start()
        QTimer.singleShot(0, self.audio_started.emit)

    def pause(self) -> None:
        if self.playing is not None and not self.paused:
            self._offset = self.position_ms()
            self.paused = True
            self._timer.stop()

    def resume(self) -> None:
        if self.playing is not None and self.paused:
            self.paused = False
            self._started = time.monotonic()
            self._timer.start()

    def stop(self) -> None:
        self.playing = None
        self.paused = False
        self._timer.stop()

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def has_output(self) -> bool:
        return False

    def position_ms(self) -> int:
        if self.playing is None:
            return 0
        if self.paused:
            return int(self._offset)
        return int(self._offset + (time.monotonic() - self._started) * 1000 * self.speed)

    def _tick(self) -> None:
        if self.playing is not None and self.position_ms() >= self.playing.duration_ms:
            self.playing = None
            self._timer.stop()
            self.ended.emit()


# -- the service ---------------------------------------------------------------------------
class SpeechService(QObject):
    state_changed = Signal(str)
    sentence_changed = Signal(int, int)  # displayed range of the sentence being spoken
    word_changed = Signal(int, int)  # displayed range of the word being spoken
    finished = Signal()  # a reading came to its end by itself
    error = Signal(str)  # a message for the user, in the interface language
    voices_changed = Signal(list)  # [{"id", "name", "language"}]
    exported = Signal(str, int)  # path, duration in ms
    export_failed = Signal(str)

    def __init__(self, settings: Settings, *, engine: QObject | None = None, player: QObject | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.engine: QObject = engine if engine is not None else WorkerEngine(self)
        self.engine.received.connect(self._engine_event)  # type: ignore[attr-defined]
        self.engine.crashed.connect(self._engine_crashed)  # type: ignore[attr-defined]
        self._player: QObject | None = player
        self._injected_player = player is not None
        if player is not None:
            self._connect_player(player)
        self.state = IDLE
        self.script = Script()
        self.index = 0
        self.language = "da"
        self.document_linked = False
        self.voices: list[dict[str, str]] | None = None
        self.engine_name = ""
        self.timing = True
        self._generation = 0
        self._results: dict[int, SynthResult] = {}
        self._requested: set[int] = set()
        self._voice = ""
        self._word = -1
        self._word_times: list[int] = []
        self._word_map: list[int] = []
        self._waiting_for_engine = False
        self._told_no_output = False
        self._playing_path = ""
        self._export_id = 0
        self._exports: dict[int, str] = {}
        self._pending_export: tuple[list[str], Path, str] | None = None
        self._files = QTemporaryDir()
        self._poll = QTimer(self)
        self._poll.setInterval(25)
        self._poll.timeout.connect(self._follow_playback)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_SHUTDOWN_MS)
        self._idle.timeout.connect(self._shutdown_idle_worker)
        settings.changed.connect(self._setting_changed)

    # -- commands ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while something is being read (also while paused)."""
        return self.state != IDLE

    def speak(self, script: Script, *, language: str = "da", document: bool = True) -> None:
        """Reads ``script`` from its first sentence; ``document`` scripts are highlighted."""
        self._halt_playback()
        if not script:
            self._set_state(IDLE)
            return
        self.script = script
        self.language = language
        self.document_linked = document
        self.index = 0
        self._idle.stop()
        self._new_generation()
        self._set_state(LOADING)
        if self.voices is not None:
            self.engine.start()  # type: ignore[attr-defined]
        self._warm_player()  # loads QtMultimedia (~50 ms, once) while the worker starts
        if self.voices is None:
            self._waiting_for_engine = True
            self.engine.start()  # type: ignore[attr-defined]
            return
        self._begin()

    def say(self, text: str, *, language: str = "da") -> None:
        """Reads a short announcement (e.g. where the reader is), interrupting any reading."""
        self.speak(text_script(text), language=language, document=False)

    def pause(self) -> None:
        if self.state == SPEAKING:
            self.player().pause()
            self._poll.stop()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state == PAUSED:
            self.player().resume()
            self._poll.start()
            self._set_state(SPEAKING)

    def toggle_pause(self) -> None:
        if self.state == PAUSED:
            self.resume()
        elif self.state == SPEAKING:
            self.pause()

    def stop(self) -> None:
        """Silences at once and ends the worker; nothing is left running.

        Only a sound file being saved ("Save as sound file…") keeps the worker until it is
        written; what the worker still sends for the stopped reading is ignored."""
        was_active = self.active
        self._halt_playback()
        self._waiting_for_engine = False
        self._idle.stop()
        if self._exports:
            self._idle.start()
        else:
            self.engine.kill()  # type: ignore[attr-defined]
        if was_active:
            self._set_state(IDLE)

    def shutdown(self) -> None:
        """Stops and ends the worker, also a sound file being saved; called when the window closes."""
        self._exports.clear()
        self.stop()
        self._files.remove()

    def next_sentence(self) -> None:
        self._jump(self.index + 1)

    def previous_sentence(self) -> None:
        # Within the first second of a sentence "back" goes to the one before, else restarts it.
        if self.state in (SPEAKING, PAUSED) and self.player().position_ms() > 1000:
            self._jump(self.index)
        else:
            self._jump(self.index - 1)

    def next_paragraph(self) -> None:
        starts = self.script.paragraph_starts()
        later = [s for s in starts if s > self.index]
        self._jump(later[0] if later else len(self.script))

    def previous_paragraph(self) -> None:
        # Back to the start of this paragraph; from its first second, to the paragraph before.
        starts = self.script.paragraph_starts()
        current = starts[bisect.bisect_right(starts, self.index) - 1] if starts else 0
        heard = self.player().position_ms() if self.state in (SPEAKING, PAUSED) else 0
        if self.index == current and heard <= 1000:
            earlier = [s for s in starts if s < current]
            self._jump(earlier[-1] if earlier else 0)
        else:
            self._jump(current)

    def change_rate(self, steps: int) -> int:
        """Faster (+) or slower (-) by RATE_STEP words per minute, within the allowed range."""
        option = OPTIONS["speech_rate"]
        assert option.minimum is not None and option.maximum is not None
        rate = int(self.settings.value("speech_rate"))  # type: ignore[call-overload]
        rate = int(min(option.maximum, max(option.minimum, rate + steps * RATE_STEP)))
        self.settings.set("speech_rate", rate)
        return rate

    def request_voices(self) -> None:
        """Starts the engine if needed so ``voices_changed`` reports the installed voices."""
        if self.voices is not None:
            self.voices_changed.emit(self.voices)
        else:
            self.engine.start()  # type: ignore[attr-defined]
            self._idle.start()

    def export(self, texts: list[str], path: Path, *, language: str = "da") -> bool:
        """Writes ``texts`` spoken into one WAV file (in the worker); ``exported`` or ``export_failed`` follows."""
        if self.voices is None:
            self._pending_export = (texts, path, language)
            self._waiting_for_engine = True
            self.engine.start()  # type: ignore[attr-defined]
            return True
        voice = self._resolve_voice(language)
        if voice is None:
            return False
        self._export_id += 1
        ident = -self._export_id
        self._exports[ident] = str(path)
        self._idle.stop()
        self.engine.request({"op": "export", "id": ident, "texts": texts, "rate": self._rate(),  # type: ignore[attr-defined]
                             "voice": voice, "path": str(path)})
        return True

    def player(self) -> Player:
        """QtPlayer while the machine has a sound output, else a silent ClockPlayer (see QtPlayer)."""
        if self._player is None:
            self._player = QtPlayer(self) if sound_outputs() else ClockPlayer(parent=self)
            self._connect_player(self._player)
        return self._player  # type: ignore[return-value]

    # -- inside ----------------------------------------------------------------------------------
    def _warm_player(self) -> None:
        if self._injected_player:
            return
        if type(self._player) is ClockPlayer and sound_outputs():  # a loudspeaker was plugged in since
            self._player.deleteLater()
            self._player = None
        self.player()

    def _connect_player(self, player: QObject) -> None:
        player.ended.connect(self._sentence_ended)  # type: ignore[attr-defined]
        player.failed.connect(self._playback_failed)  # type: ignore[attr-defined]
        player.set_volume(self._volume())  # type: ignore[attr-defined]

    def _rate(self) -> int:
        return int(self.settings.value("speech_rate"))  # type: ignore[call-overload]

    def _volume(self) -> float:
        return int(self.settings.value("speech_volume")) / 100  # type: ignore[call-overload]

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _new_generation(self) -> None:
        self._generation += 1
        for result in self._results.values():  # synthesised but no longer wanted
            if result.path != self._playing_path:  # the player may still be reading that one
                self._remove_file(result.path)
        self._results.clear()
        self._requested.clear()

    def _request_id(self, index: int) -> int:
        return self._generation * 100_000 + index

    def _halt_playback(self) -> None:
        self._poll.stop()
        if self._player is not None:
            self.player().stop()
        self._word = -1
        self._new_generation()

    def _resolve_voice(self, language: str) -> str | None:
        voices = self.voices or []
        chosen = str(self.settings.value("speech_voice"))
        ids = {v["id"] for v in voices}
        if chosen and chosen in ids:
            return chosen
        from reader.speech.worker import Voice, voice_for_language

        match = voice_for_language([Voice(v["id"], v["name"], v["language"]) for v in voices], language)
        if match is None:
            if language.startswith("da"):
                self.error.emit(self.tr("No Danish voice is installed, so the text cannot be read aloud. "
                                        "Choose another voice under Read aloud, or install espeak-ng."))
            else:
                self.error.emit(self.tr("No voice for the document's language ({language}) is installed. "
                                        "Choose another voice under Read aloud.").format(language=language))
            return None
        if chosen and chosen not in ids:
            self.error.emit(self.tr("The chosen voice is no longer installed; the document's language decides "
                                    "the voice instead."))
        return match.id

    def _begin(self) -> None:
        voice = self._resolve_voice(self.language)
        if voice is None:
            self._set_state(IDLE)
            return
        self._voice = voice
        self._fill()

    def _fill(self) -> None:
        """Asks for the current sentence and a few after it, if not asked for yet."""
        if not Path(self._files.path()).is_dir():  # removed by shutdown(); a new reading gets a new folder
            self._files = QTemporaryDir()
        for index in range(self.index, min(len(self.script), self.index + 1 + LOOKAHEAD)):
            if index in self._requested:
                continue
            self._requested.add(index)
            path = Path(self._files.path()) / f"{self._generation}-{index}.wav"
            self.engine.request({"op": "synth", "id": self._request_id(index), "text": self.script[index].text,  # type: ignore[attr-defined]
                                 "rate": self._rate(), "voice": self._voice, "path": str(path)})

    def _engine_event(self, event: dict[str, object]) -> None:
        kind = event.get("ev")
        if kind == "ready":
            self.engine_name = str(event.get("engine", ""))
            self.timing = bool(event.get("timing", True))
            self.voices = list(event.get("voices", []))  # type: ignore[call-overload]
            self.voices_changed.emit(self.voices)
            if self._waiting_for_engine:
                self._waiting_for_engine = False
                pending = self._pending_export
                if pending is not None:
                    self._pending_export = None
                    self.export(*pending[:2], language=pending[2])
                if self.state == LOADING:
                    self._begin()
        elif kind == "done":
            ident = int(event["id"])  # type: ignore[call-overload]
            generation, index = divmod(ident, 100_000)
            if generation != self._generation or self.state == IDLE:
                self._remove_file(str(event.get("path", "")))
                return
            self._results[index] = SynthResult(index, str(event["path"]), int(event["duration_ms"]),  # type: ignore[call-overload]
                                               [tuple(w) for w in event.get("words", [])],  # type: ignore[attr-defined]
                                               bool(event.get("timing", True)))
            if self.state == LOADING and index == self.index:
                self._play_current()
        elif kind == "progress":
            pass
        elif kind == "exported":
            path = self._exports.pop(int(event["id"]), str(event.get("path")))  # type: ignore[call-overload]
            self.exported.emit(path, int(event.get("duration_ms", 0)))  # type: ignore[call-overload]
            self._idle.start()
        elif kind == "error":
            ident = event.get("id")
            message = str(event.get("message", ""))
            if isinstance(ident, int) and ident < 0:
                self._exports.pop(ident, None)
                self.export_failed.emit(message)
                return
            if event.get("code") == "engine":
                self.voices = None
                self.engine.kill()  # type: ignore[attr-defined]
                self._halt_playback()
                self._waiting_for_engine = False
                self._set_state(IDLE)
                self.error.emit(self.tr("Reading aloud is not possible: the speech engine could not be started "
                                        "({detail}).").format(detail=message))
            elif event.get("code") == "voice":
                self.voices = None  # ask again next time
                self._halt_playback()
                self._set_state(IDLE)
                self.error.emit(self.tr("The voice could not be used ({detail}). Choose another voice.")
                                .format(detail=message))

    def _engine_crashed(self, detail: str) -> None:
        was_active = self.active or self._waiting_for_engine
        self._halt_playback()
        self._waiting_for_engine = False
        self._set_state(IDLE)
        if self._exports:
            self._exports.clear()
            self.export_failed.emit(detail)
        if was_active and detail:
            self.error.emit(self.tr("Reading aloud stopped unexpectedly: the speech engine closed ({detail}). "
                                    "Try again.").format(detail=detail))
        elif was_active:
            self.error.emit(self.tr("Reading aloud stopped unexpectedly: the speech engine closed. Try again."))

    def _play_current(self) -> None:
        result = self._results.get(self.index)
        if result is None:
            self._set_state(LOADING)
            self._fill()
            return
        sentence = self.script[self.index]
        self._word = -1
        self._word_times = [ms for _position, _length, ms in result.words]
        self._word_map = sentence.map_events(position for position, _length, _ms in result.words)
        if len(self._word_map) < len(self._word_times):  # events left unmapped: keep times and words aligned
            self._word_times = self._word_times[:len(self._word_map)]
        try:
            player = self.player()
        except RuntimeError as error:
            self._set_state(IDLE)
            self.error.emit(self.tr("Sound cannot be played: {detail}").format(detail=str(error)))
            return
        if not self._told_no_output and not player.has_output():
            self._told_no_output = True
            self.error.emit(self.tr("This computer has no sound output: the text is highlighted, but nothing "
                                    "can be heard. Connect a loudspeaker or headphones."))
        player.play(result)
        if self._playing_path and self._playing_path != result.path and \
                all(r.path != self._playing_path for r in self._results.values()):
            self._remove_file(self._playing_path)  # the player has let go of it
        self._playing_path = result.path
        self._set_state(SPEAKING)
        self._poll.start()
        if self.document_linked:
            self.sentence_changed.emit(sentence.start, sentence.end)
        self._fill()

    def _follow_playback(self) -> None:
        if self.state != SPEAKING or not self._word_times:
            return
        position = self.player().position_ms()
        word = bisect.bisect_right(self._word_times, position) - 1
        if word != self._word and word >= 0:
            same_word = self._word >= 0 and self._word_map[word] == self._word_map[self._word]
            self._word = word
            if self.document_linked and not same_word:  # a number spoken as several words stays lit
                target = self.script[self.index].words[self._word_map[word]]
                self.word_changed.emit(target.start, target.end)

    def _sentence_ended(self) -> None:
        if self.state not in (SPEAKING, LOADING):
            return
        # Going back to this sentence synthesises it again (its file goes at the next play).
        self._results.pop(self.index, None)
        self._requested.discard(self.index)
        self.index += 1
        if self.index >= len(self.script):
            self._poll.stop()
            self._set_state(IDLE)
            self._new_generation()
            self.finished.emit()
            self._idle.start()
            return
        self._play_current()

    def _jump(self, index: int) -> None:
        if not self.active:
            return
        if index >= len(self.script):
            self._halt_playback()
            self._set_state(IDLE)
            self.finished.emit()
            self._idle.start()
            return
        self.index = max(0, index)
        self._poll.stop()
        if self._player is not None:
            self.player().stop()
        self._play_current()

    def _playback_failed(self, detail: str) -> None:
        if self.active:
            self._halt_playback()
            self._set_state(IDLE)
            self.error.emit(self.tr("Sound cannot be played: {detail}").format(detail=detail))

    def _setting_changed(self, key: str, value: object) -> None:
        if key == "speech_volume" and self._player is not None:
            self.player().set_volume(self._volume())
        elif key in ("speech_rate", "speech_voice") and self.active:
            # Re-synthesise from the current sentence with the new rate or voice.
            index = self.index
            self._halt_playback()
            self.index = index
            self._set_state(LOADING)
            self._begin()

    def _remove_file(self, path: str) -> None:
        if path and path.startswith(self._files.path()):
            with contextlib.suppress(OSError):
                os.remove(path)

    def _shutdown_idle_worker(self) -> None:
        if not self.active and not self._exports:
            self.engine.kill()  # type: ignore[attr-defined]

    def current_sentence(self) -> Sentence | None:
        return self.script[self.index] if self.active and self.index < len(self.script) else None
