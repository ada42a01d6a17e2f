"""SpeechService: read-aloud commands in, state and highlight signals out.

The worker process (worker.py) synthesises *and* plays: one continuous sound stream per
reading, on the device's own thread, so a busy window can never stall the sound. The service
sends it the sentences of a Script (see spoken.py) and commands (pause, resume, stop, jump,
rate, volume); the worker reports, as each is heard, the sentence and the word with their
audio times, and the service turns them into displayed-text ranges. There is no timer here:
the highlight moves when the worker says the word is being heard. ``fake.py`` has an engine
of the same shape for GUI tests that claim no timing.

    speak(script)   read a Script; pause(), resume(), toggle_pause(), stop()
    say(text)       read a short announcement (not highlighted), interrupting any reading
    talk(parts)     the interface's own voice (self-voicing): a reading is held while it speaks and goes
                    on afterwards; ``cut`` stops what it was saying, else it follows; hush() silences it
    next_sentence(), previous_sentence(), next_paragraph(), previous_paragraph()
    prepare()       start the worker (voice loaded, sound device open) before it is needed

Stop fades the sound out in the worker and keeps it, ready for the next reading. A crashed
worker is reported through ``error`` and replaced by a fresh one in the background.
"""

from __future__ import annotations

import bisect
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader import log
from reader.child_process import ChildProcess, app_command
from reader.presentation import view
from reader.presentation.options import SPEECH_RATE, SPEECH_VOICE, SPEECH_VOLUME
from reader.settings_service import Settings
from reader.speech import WORKER_OPTION
from reader.speech.spoken import Script, Sentence, text_script

IDLE, LOADING, SPEAKING, PAUSED = "idle", "loading", "speaking", "paused"
BACK_TO_START_MS = 1000  # "previous sentence" after this much of a sentence restarts it


class Engine(Protocol):
    """What the service needs from the worker (the real process, or the fake)."""

    def start(self) -> None: ...

    def is_running(self) -> bool: ...

    def request(self, command: dict[str, object]) -> None: ...

    def kill(self) -> None: ...


# -- the worker process ----------------------------------------------------------------------
class WorkerEngine(QObject):
    """The worker process behind JSON lines; ``received(dict)`` for each line, ``crashed`` if it dies."""

    received = Signal(object)
    crashed = Signal(str)  # for the log: how it ended and its last lines on stderr, or why it could not start

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._child: ChildProcess | None = None
        self._errors: list[str] = []  # its last lines on stderr
        self._quitting = False
        app = QCoreApplication.instance()
        if app is not None:  # a quit without the window closing (a logout) ends the worker too
            app.aboutToQuit.connect(self._app_quitting)

    def _app_quitting(self) -> None:
        self._quitting = True  # nothing still queued (the start after the first paint) starts another
        self.kill()

    def start(self) -> None:
        if self.is_running() or self._quitting:
            return
        child = ChildProcess(app_command([WORKER_OPTION]), self)
        child.output_line.connect(self._line)
        child.error_line.connect(self._error_line)
        child.ended.connect(lambda code, crashed: self._ended(child, "; ".join([
            "killed or crashed (no exit status)" if crashed else f"exit status {code}", *self._errors])))
        child.failed_to_start.connect(lambda reason: self._ended(child, reason))
        self._child = child
        self._errors = []
        child.start()

    def is_running(self) -> bool:
        return self._child is not None and self._child.running

    def pid(self) -> int | None:
        return self._child.pid() if self._child is not None else None

    def request(self, command: dict[str, object]) -> None:
        self.start()
        if self._child is None:  # the application is quitting
            return
        import json  # here, not at start-up: the worker starts after the window is painted

        self._child.write_line(json.dumps(command))

    def kill(self) -> None:
        """Ends the worker and its process group now; no signal is sent for this expected end."""
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            child.deleteLater()

    def _line(self, line: str) -> None:
        if not line.strip():
            return
        import json

        try:
            event = json.loads(line)
        except ValueError:
            return
        self.received.emit(event)

    def _error_line(self, line: str) -> None:
        if line.strip():
            self._errors = [*self._errors[-2:], line.strip()]

    def _ended(self, child: ChildProcess, detail: str) -> None:
        if child is not self._child:
            return
        self._child = None
        child.deleteLater()
        self.crashed.emit(detail)


# -- the service ---------------------------------------------------------------------------
class SpeechService(QObject):
    state_changed = Signal(str)
    sentence_changed = Signal(int, int)  # displayed range of the sentence being heard
    word_changed = Signal(int, int)  # displayed range of the word being heard
    finished = Signal()  # a reading came to its end by itself
    error = Signal(str)  # a message for the user, in the interface language
    voices_changed = Signal(list)  # [{"id", "name", "language"}]
    heard = Signal(dict)  # every event of every reading as the worker sent it, also stale ones (benchmarks, tests)
    talk_heard = Signal(int)  # the first sound of an utterance of the interface was heard (its number)
    talk_over = Signal(int)  # an utterance of the interface was said to its end, or cut

    def __init__(self, settings: Settings, *, engine: QObject | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.engine: QObject = engine if engine is not None else WorkerEngine(self)
        self.engine.received.connect(self._engine_event)  # type: ignore[attr-defined]
        self.engine.crashed.connect(self._engine_crashed)  # type: ignore[attr-defined]
        self.state = IDLE
        self.script = Script()
        self.index = 0
        self.language = "da"
        self.document_linked = False
        self.voices: list[dict[str, str]] | None = None
        self.engine_name = ""
        self.timing = True
        self.sound: bool | None = None  # None until the worker has opened its device
        self.reading = 0
        self._voice = ""
        self._positions: list[int] = []  # word events of the sentence being heard
        self._word = -1
        self._sentence_due = 0.0
        self._last_heard = 0.0
        self._waiting_for_engine = False
        self._told_no_output = False
        self.utterance = 0  # the number of the last utterance of the interface
        self._shut_down = False  # the window closed: the interface says nothing more (no worker is started)
        self._no_engine = False  # the worker found no speech engine: talk() does not start it again
        self._pending_talk: list[tuple[int, list[tuple[str, str]], bool]] = []  # until the worker is ready
        settings.changed.connect(self._setting_changed)

    # -- commands ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """True while something is being read (also while paused)."""
        return self.state != IDLE

    def prepare(self) -> None:
        """Starts the worker in the background: voice loaded and sound device open before the first F5."""
        self.engine.start()  # type: ignore[attr-defined]

    def speak(self, script: Script, *, language: str = "da", document: bool = True) -> None:
        """Reads ``script`` from its first sentence; ``document`` scripts are highlighted."""
        if not script:
            self.stop()
            return
        self.script = script
        self.language = language
        self.document_linked = document
        self.index = 0
        self.reading += 1
        self._enter(0)
        self._set_state(LOADING)
        if self.voices is None:
            self._waiting_for_engine = True
            self.engine.start()  # type: ignore[attr-defined]
            return
        self._begin()

    def say(self, text: str, *, language: str = "da") -> None:
        """Reads a short announcement (e.g. where the reader is), interrupting any reading."""
        self.speak(text_script(text), language=language, document=False)

    def talk(self, parts: list[tuple[str, str]], *, cut: bool = True) -> int:
        """Says ``parts`` ((text, language) each) in the interface's voice and returns the utterance's
        number. ``cut``: what the interface was saying stops; otherwise this follows it. A reading is
        held while the interface speaks and goes on afterwards (its state does not change)."""
        self.utterance += 1
        if self._shut_down or (self._no_engine and self.voices is None):
            return self.utterance
        if cut:
            self._pending_talk.clear()
        if self.voices is None:  # said once the worker is ready
            self._pending_talk.append((self.utterance, list(parts), cut))
            self.engine.start()  # type: ignore[attr-defined]
        else:
            self._send_talk(self.utterance, parts, cut)
        return self.utterance

    def hush(self) -> None:
        """Silences the interface's voice at once (a reading it held goes on)."""
        self._pending_talk.clear()
        if self.engine.is_running():  # type: ignore[attr-defined]
            self._send({"op": "hush"})

    def talk_voice(self, language: str) -> str | None:
        """The voice the interface speaks ``language`` with: the chosen voice where it speaks that
        language, else the first installed voice for it, else the Danish one (None: no voice at all)."""
        from reader.speech.synthesis import Voice, voice_for_language

        voices = [Voice(v["id"], v["name"], v["language"]) for v in self.voices or []]
        chosen = next((v for v in voices if v.id == self.settings.get(SPEECH_VOICE)), None)
        if chosen is not None and chosen.language.split("-")[0] == language.split("-")[0]:
            return chosen.id
        match = voice_for_language(voices, language) or voice_for_language(voices, "da")
        return match.id if match is not None else (voices[0].id if voices else None)

    def _send_talk(self, utterance: int, parts: list[tuple[str, str]], cut: bool) -> None:
        voiced = [(text, voice) for text, language in parts if text.strip()
                  for voice in [self.talk_voice(language)] if voice is not None]
        if not voiced and not cut:
            return
        self._send({"op": "say", "utterance": utterance, "parts": voiced, "rate": self._rate(),
                    "volume": self._volume(), "cut": cut})

    def pause(self) -> None:
        if self.state == SPEAKING:
            self._send({"op": "pause"})
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state == PAUSED:
            self._send({"op": "resume"})
            self._set_state(SPEAKING)

    def toggle_pause(self) -> None:
        if self.state == PAUSED:
            self.resume()
        elif self.state == SPEAKING:
            self.pause()

    def stop(self) -> None:
        """Fades the sound out (in the worker, over a few ms) and forgets the reading; the worker stays ready."""
        was_active = self.active
        self._waiting_for_engine = False
        self.reading += 1  # whatever the worker still reports of the old reading is ignored
        if was_active and self.engine.is_running():  # type: ignore[attr-defined]
            self._send({"op": "stop"})
        if was_active:
            self._set_state(IDLE)

    def shutdown(self) -> None:
        """Stops and ends the worker; called when the window closes."""
        self._pending_talk.clear()
        self._shut_down = True
        self.stop()
        self.engine.kill()  # type: ignore[attr-defined]

    def next_sentence(self) -> None:
        self._jump(self.index + 1)

    def previous_sentence(self) -> None:
        # Within the first second of a sentence "back" goes to the one before, else restarts it.
        if self.state in (SPEAKING, PAUSED) and self.heard_in_sentence() > BACK_TO_START_MS:
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
        if self.index == current and self.heard_in_sentence() <= BACK_TO_START_MS:
            earlier = [s for s in starts if s < current]
            self._jump(earlier[-1] if earlier else 0)
        else:
            self._jump(current)

    def heard_in_sentence(self) -> float:
        """How far into the current sentence the listener is, in ms, as last reported."""
        return max(0.0, self._last_heard - self._sentence_due)

    def seek(self, index: int) -> None:
        """Goes on reading from sentence ``index`` of the script (the end: stops)."""
        self._jump(index)

    def change_rate(self, direction: int) -> int:
        """One step faster (direction > 0) or slower (< 0) on the option's ladder, or the normal speed (0)."""
        current = self.settings.get(SPEECH_RATE)
        rate = round(view.step(SPEECH_RATE.ladder, current, direction)) if direction else SPEECH_RATE.default
        self.settings.set(SPEECH_RATE, rate)
        return rate

    def request_voices(self) -> None:
        """Starts the engine if needed so ``voices_changed`` reports the installed voices."""
        if self.voices is not None:
            self.voices_changed.emit(self.voices)
        else:
            self._waiting_for_engine = True  # asked for: a failing engine is told
            self.engine.start()  # type: ignore[attr-defined]

    def current_sentence(self) -> Sentence | None:
        return self.script[self.index] if self.active and self.index < len(self.script) else None

    # -- inside ----------------------------------------------------------------------------------
    def _send(self, command: dict[str, object]) -> None:
        self.engine.request(command)  # type: ignore[attr-defined]

    def _rate(self) -> int:
        return self.settings.get(SPEECH_RATE)

    def _volume(self) -> float:
        return self.settings.get(SPEECH_VOLUME) / 100

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _enter(self, index: int) -> None:
        self.index = index
        self._positions = []
        self._word = -1
        self._sentence_due = self._last_heard

    def _resolve_voice(self, language: str) -> str | None:
        voices = self.voices or []
        chosen = self.settings.get(SPEECH_VOICE)
        ids = {v["id"] for v in voices}
        if chosen and chosen in ids:
            return chosen
        from reader.speech.synthesis import Voice, voice_for_language

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
        if self.sound is False and not self._told_no_output:
            self._tell_no_output()
        self._send({"op": "read", "reading": self.reading, "texts": [s.text for s in self.script], "start": self.index,
                    "rate": self._rate(), "voice": voice, "volume": self._volume()})

    def _tell_no_output(self) -> None:
        self._told_no_output = True
        self.error.emit(self.tr("This computer has no sound output: the text is highlighted, but nothing "
                                "can be heard. Connect a loudspeaker or headphones."))

    def _engine_event(self, event: dict[str, object]) -> None:
        kind = event.get("ev")
        if "utterance" in event:  # the interface's voice
            self.heard.emit(event)
            if kind == "talk-sound":
                self.talk_heard.emit(int(event["utterance"]))  # type: ignore[call-overload]
            elif kind in ("talk-end", "talk-cut"):
                self.talk_over.emit(int(event["utterance"]))  # type: ignore[call-overload]
            return
        if "reading" in event:
            self.heard.emit(event)
            if event["reading"] == self.reading and self.active:
                self._heard(str(kind), event)
            return
        if kind == "ready":
            self._no_engine = False
            self.engine_name = str(event.get("engine", ""))
            self.timing = bool(event.get("timing", True))
            self.sound = bool(event.get("sound", True))
            self.voices = list(event.get("voices", []))  # type: ignore[call-overload]
            self.voices_changed.emit(self.voices)
            talks, self._pending_talk = self._pending_talk, []
            for utterance, parts, cut in talks:
                self._send_talk(utterance, parts, cut)
            if self._waiting_for_engine:
                self._waiting_for_engine = False
                if self.state == LOADING:
                    self._begin()
        elif kind == "error":
            self._engine_error(event)

    def _heard(self, kind: str, event: dict[str, object]) -> None:
        """An event of the current reading, sent by the worker as its audio was heard."""
        self._last_heard = float(event.get("at", self._last_heard))  # type: ignore[arg-type]
        if kind == "sentence":
            self._enter(int(event["index"]))  # type: ignore[call-overload]
            self._sentence_due = float(event.get("due", self._last_heard))  # type: ignore[arg-type]
            if self.state == LOADING:
                self._set_state(SPEAKING)
            sentence = self.current_sentence()
            if self.document_linked and sentence is not None:
                self.sentence_changed.emit(sentence.start, sentence.end)
        elif kind == "word":
            self._word_heard(int(event["position"]))  # type: ignore[call-overload]
        elif kind == "end":
            self._set_state(IDLE)
            self.finished.emit()
        elif kind == "error":
            self._engine_error(event)

    def _word_heard(self, position: int) -> None:
        sentence = self.current_sentence()
        if sentence is None or not sentence.words:
            return
        self._positions.append(position)
        mapped = sentence.map_events(self._positions)
        if len(mapped) != len(self._positions):
            return  # espeak spoke something before our first word
        word = mapped[-1]
        if word == self._word:
            return  # a number spoken as several words stays lit
        self._word = word
        if self.document_linked:
            target = sentence.words[word]
            self.word_changed.emit(target.start, target.end)

    def _engine_error(self, event: dict[str, object]) -> None:
        message = str(event.get("message", ""))
        code = event.get("code")
        log.detail(f"speech engine: {event.get('detail') or message}")  # the user is told without it
        if code == "engine":
            # Told when someone asked (F5, the voice list, the interface's own voice waiting to speak); a
            # worker started ahead of time (after the first paint) fails quietly, and the next F5 tries
            # again and tells why.
            asked = self.active or self._waiting_for_engine or bool(self._pending_talk)
            self.voices = None
            self.engine.kill()  # type: ignore[attr-defined]
            self._waiting_for_engine = False
            self._pending_talk.clear()
            self._no_engine = True  # the interface's voice does not start it again by itself (F5 does)
            self._stop_here()
            reason = event.get("reason")
            if not asked:
                pass
            elif reason == "missing_library":
                self.error.emit(self.tr("Reading aloud is not possible: the speech engine espeak-ng is not "
                                        "installed (Debian: apt install espeak-ng)."))
            elif reason == "missing_data":
                self.error.emit(self.tr("Reading aloud is not possible: the language data of espeak-ng are "
                                        "missing (Debian: apt install --reinstall espeak-ng-data)."))
            else:
                self.error.emit(self.tr("Reading aloud is not possible: the speech engine could not be started."))
        elif code == "voice":
            self.voices = None  # ask again next time
            self._stop_here()
            self.error.emit(self.tr("The voice could not be used ({detail}). Choose another voice.")
                            .format(detail=message))
        elif code == "sound":
            self._stop_here()
            self.error.emit(self.tr("Sound cannot be played: {detail}").format(detail=message))

    def _stop_here(self) -> None:
        self.reading += 1
        self._set_state(IDLE)

    def _engine_crashed(self, detail: str) -> None:
        was_active = self.active or self._waiting_for_engine
        self._waiting_for_engine = False
        self.voices = None
        self._stop_here()
        log.detail(f"speech worker ended{': ' + detail if detail else ''}")  # its last output: for the log only
        if was_active:
            self.error.emit(self.tr("Reading aloud stopped unexpectedly: the speech engine closed. Try again."))
        self.engine.start()  # type: ignore[attr-defined]  # a fresh worker, ready for the next F5

    def _jump(self, index: int) -> None:
        if not self.active:
            return
        if index >= len(self.script):
            self.stop()
            self.finished.emit()
            return
        index = max(0, index)
        if self.state == LOADING and self.voices is None:
            self.index = index  # the reading starts there once the worker is ready
            return
        self._send({"op": "seek", "index": index})

    def _setting_changed(self, key: str, value: object) -> None:
        if not self.engine.is_running():  # type: ignore[attr-defined]
            return
        if key == SPEECH_VOLUME.key:
            self._send({"op": "volume", "volume": self._volume()})
        elif key in (SPEECH_RATE.key, SPEECH_VOICE.key) and self.active and self.voices is not None:
            voice = self._resolve_voice(self.language)
            if voice is not None:
                self._voice = voice
                self._send({"op": "rate", "rate": self._rate(), "voice": voice})
