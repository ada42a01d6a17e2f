"""One continuous sound stream per reading, played by the worker process (no Qt).

The sound device (PyPI ``miniaudio``) pulls PCM from ``Stream.pull`` on its own thread. The
sentences of a reading are synthesised a few ahead by a producer thread into segments; the
first is handed to the device while espeak is still making it. Nothing is inserted between
sentences: the stream is the engine's audio, end to end.

What is heard is known from the device's clock: the frames it has consumed minus the ones
still in its buffer. Every sentence start, word, end and "silent after stop" is a marker at
a stream frame; a reporter thread sends each one when that frame is heard, with both times
(``due``: the marker's place in the stream, ``at``: the heard position when it was sent).

Stop, pause and jumps fade the sound out over ``FADE_MS`` (no click); resume fades back in.
Volume scales the samples. Rate and voice changes apply from the next sentence, so nothing
already playing is cut or repeated.

The interface's own voice (self-voicing, ``say``) plays through the same stream, so the two never
talk at once: an utterance fades a sounding reading out, holds it where it was, and when the
utterance is over (or ``hush``-ed) the reading fades back in from that sample. A new utterance
either cuts the one being said (fading it out) or waits its turn; it is synthesised before any
sentence of the reading still to come. Its markers: ``talk-sound`` (first sound heard),
``talk-end`` (said to its end), ``talk-cut`` (silent after a cut or hush, or dropped unheard), each
with ``utterance``: every utterance ends with one of the last two.
"""

from __future__ import annotations

import array
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.presentation.options import SPEECH_RATE
from reader.speech.synthesis import EngineError, Synthesizer, engine_error

FADE_MS = 5  # stop/pause/jump fade; 5-10 ms is below a click and too short to hear as a fade
BUFFER_MS = int(os.environ.get("HERNING_LAESER_BUFFER_MS", "15"))  # the device's buffer: stream to loudspeaker
LOOKAHEAD = 3  # sentences synthesised ahead of the one being heard
REPORT_S = 0.004  # how often the reporter looks at the device clock
# Tests: a folder for each sentence's PCM as the engine made it, and for everything the device was
# given (volume and fades applied), as output-<pid>.raw from the device's first frame on.
DUMP = os.environ.get("HERNING_LAESER_STREAM_DUMP", "")

Send = Callable[[dict[str, object]], None]


@dataclass
class Segment:
    """One sentence's audio; grows while it is being synthesised."""

    reading: int
    index: int
    pcm: bytearray = field(default_factory=bytearray)
    words: list[tuple[int, int, int]] = field(default_factory=list)  # (char position, length, ms)
    done: bool = False
    wanted: bool = True
    interrupted: bool = False  # synthesis left off for an utterance of the interface: made again later


@dataclass
class Talk:
    """One utterance of the interface: parts (text, voice) said one after the other."""

    utterance: int
    parts: list[tuple[str, str]]
    rate: int
    segments: list[Segment] = field(default_factory=list)  # made by the producer, in order
    part: int = 0  # the part being heard
    offset: int = 0  # bytes into it
    sounding: bool = False  # its first sound is marked
    wanted: bool = True


# What the interface's voice is doing: nothing; fading the reading out before it speaks; speaking;
# fading itself out (a cut or hush).
NO_TALK, SWITCHING, TALKING, CUTTING = "none", "switching", "talking", "cutting"


class Stream:
    def __init__(self, synth: Synthesizer, send: Send, *, buffer_ms: int = BUFFER_MS) -> None:
        self.synth = synth
        self.rate = synth.sample_rate
        self.send = send
        self.buffer_frames = buffer_ms * self.rate // 1000
        self.lock = threading.Condition()
        # What is playing.
        self.reading = 0
        self.count = 0
        self.index = 0
        self.offset = 0  # bytes into the segment
        self.word_next = 0
        self.marked = False  # the sentence marker of (reading, index) is placed
        self.sounding = False  # the first sound of the reading is marked
        self.mode = "idle"  # idle | playing | paused
        # What the producer should make.
        self.texts: list[str] = []
        self.want_reading = 0
        self.want = 0
        self.speech_rate = SPEECH_RATE.default
        self.voice = ""
        self.segments: dict[tuple[int, int], Segment] = {}
        # Fades and the device clock.
        self.fade_total = max(1, FADE_MS * self.rate // 1000)
        self.fade_left = 0
        self.after_fade: Callable[[], None] | None = None
        self.fade_in_left = 0
        self.volume = 1.0
        self.frames_out = 0
        self.clock = (0, time.monotonic())
        self.markers: deque[tuple[int, dict[str, object]]] = deque()
        self.underrun_frames = 0
        self.closed = False
        self.problem: str | None = None
        # The interface's voice: utterances waiting (the first is the one heard), and its fade.
        self.talks: deque[Talk] = deque()
        self.talk_state = NO_TALK
        self.switch_left = 0
        self._tap = open(Path(DUMP) / f"output-{os.getpid()}.raw", "wb", buffering=0) if DUMP else None  # noqa: SIM115
        self._producer = threading.Thread(target=self._produce, name="speech-producer", daemon=True)
        self._reporter = threading.Thread(target=self._report, name="speech-reporter", daemon=True)
        self._producer.start()
        self._reporter.start()

    # -- commands (from the worker's main thread) ------------------------------------------------
    def read(self, reading: int, texts: list[str], start: int, rate: int, voice: str, volume: float) -> None:
        with self.lock:
            self.texts = list(texts)
            self.want_reading, self.want = reading, max(0, start)
            self.speech_rate, self.voice, self.volume = rate, voice, volume
            self._unwant(lambda segment: segment.reading != reading)

            def begin() -> None:
                self.reading, self.count, self.index = reading, len(texts), max(0, start)
                self._enter_sentence()
                self.sounding = False
                # Idle if the engine already failed on it while the previous reading faded out.
                self.mode = "playing" if self.want_reading == reading else "idle"
                self._drop_old()

            self._after_fade(begin)
            self.lock.notify_all()

    def pause(self) -> None:
        with self.lock:
            if self.mode == "playing" and self.after_fade is None:
                self._after_fade(self._paused)

    def _paused(self) -> None:
        self.mode = "paused"

    def resume(self) -> None:
        with self.lock:
            if self.mode == "paused" and self.after_fade is None:
                self.mode = "playing"
                self.fade_in_left = self.fade_total
            elif self.after_fade == self._paused:  # resumed while the pause was still fading: fade back in
                self.after_fade = self._fade_back_in

    def _fade_back_in(self) -> None:
        self.fade_in_left = self.fade_total

    def stop(self) -> None:
        with self.lock:
            self.want_reading = -1
            self._unwant(lambda _segment: True)
            reading = self.reading

            def silence() -> None:
                self.mode = "idle"
                self.markers.append((self.frames_out + self._pulled, {
                    "ev": "silent", "reading": reading, "underrun_ms": round(self.underrun_frames * 1000 / self.rate)}))
                self._drop_old()

            self._after_fade(silence)
            self.lock.notify_all()

    def seek(self, index: int) -> None:
        """Jumps to sentence ``index`` of the reading (past the end: the reading ends)."""
        with self.lock:
            if self.mode == "idle" or self.want_reading != self.reading:
                return
            index = max(0, index)
            self.want = index
            self._unwant(lambda segment: segment.index < index or segment.index > index + LOOKAHEAD)
            mode = self.mode

            def jump() -> None:
                self.index = index
                self._enter_sentence()
                self.mode = "playing" if mode == "playing" else "paused"
                self._drop_old()

            self._after_fade(jump)
            self.lock.notify_all()

    def say(self, utterance: int, parts: list[tuple[str, str]], rate: int, volume: float, *, cut: bool) -> None:
        """Says ``parts`` (text, voice) in the interface's voice: at once (``cut``: what it was saying
        fades out first), or after what it is saying. A reading is held meanwhile and goes on afterwards."""
        with self.lock:
            talk = Talk(utterance, [(str(text), str(voice)) for text, voice in parts if str(text).strip()], rate)
            self.volume = max(0.0, min(1.0, volume))
            if cut:
                self._drop_talks(keep_heard=True)
            if talk.parts:
                self.talks.append(talk)
            if self.talk_state == NO_TALK and self.talks:
                self._start_talking()
            self.lock.notify_all()

    def hush(self) -> None:
        """Silences the interface's voice (a short fade); a held reading goes on."""
        with self.lock:
            self._drop_talks(keep_heard=True)
            if self.talk_state == SWITCHING:  # the reading was fading out: it comes back
                self.talk_state = NO_TALK
                self._talk_over()
            self.lock.notify_all()

    def set_rate(self, rate: int, voice: str) -> None:
        """From the next sentence on (the one being heard plays to its end as it was made)."""
        with self.lock:
            if (rate, voice) == (self.speech_rate, self.voice):
                return
            self.speech_rate, self.voice = rate, voice
            current = self.index if self.want_reading == self.reading else -1
            self._unwant(lambda segment: segment.index != current)
            self.want = max(self.want, current)
            self.lock.notify_all()

    def set_volume(self, volume: float) -> None:
        with self.lock:
            self.volume = max(0.0, min(1.0, volume))

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.lock.notify_all()
            if self._tap is not None:
                self._tap.close()
                self._tap = None

    # -- state helpers (with the lock held) -------------------------------------------------------
    _pulled = 0  # frames produced so far in the current pull

    def _after_fade(self, action: Callable[[], None]) -> None:
        if self.talk_state != NO_TALK:  # the reading is silent (or fading out for the interface): at once
            self.fade_left, self.after_fade = 0, None
            action()
            return
        if self.mode == "playing" and self.fade_left == 0:
            self.fade_left = self.fade_total
        if self.mode == "playing" or self.fade_left:
            self.after_fade = action
        else:
            action()

    def _enter_sentence(self) -> None:
        self.offset = 0
        self.word_next = 0
        self.marked = False

    def _unwant(self, test: Callable[[Segment], bool]) -> None:
        for key, segment in list(self.segments.items()):
            if test(segment) and (segment.reading, segment.index) != (self.reading, self.index):
                segment.wanted = False
                if segment.done:
                    del self.segments[key]

    def _drop_old(self) -> None:
        for key, segment in list(self.segments.items()):
            if segment.reading != self.want_reading and (segment.reading, segment.index) != (self.reading, self.index):
                segment.wanted = False
                del self.segments[key]

    def _start_talking(self) -> None:
        """The first utterance waiting begins: after the reading (if it sounds) has faded out."""
        if self.after_fade is not None:  # a fade of the reading under way ends now: its action applies
            action, self.after_fade = self.after_fade, None
            self.fade_left = 0
            action()
        if self.mode == "playing":
            self.talk_state, self.switch_left = SWITCHING, self.fade_total
        else:
            self.talk_state = TALKING

    def _drop_talks(self, *, keep_heard: bool) -> None:
        """Forgets every utterance waiting; the one being heard fades out (``keep_heard``) or goes at once."""
        heard = self.talks[0] if keep_heard and self.talks and self.talk_state in (TALKING, CUTTING) else None
        for talk in self.talks:  # nothing more of them is made (what the fade needs is made already)
            talk.wanted = False
            for segment in talk.segments:
                segment.wanted = False
            if talk is not heard:  # never heard: over now
                self.markers.append((self.frames_out + self._pulled, {"ev": "talk-cut", "utterance": talk.utterance}))
        self.talks = deque([heard]) if heard is not None else deque()
        if heard is not None and self.talk_state == TALKING:
            self.talk_state, self.switch_left = CUTTING, self.fade_total

    def _talk_over(self) -> None:
        """Nothing more to say: the next utterance begins, or a held reading fades back in."""
        if self.talks:
            self.talk_state = TALKING  # the reading is silent already
            return
        self.talk_state = NO_TALK
        if self.mode == "playing":
            self.fade_in_left = self.fade_total

    def _give_up(self, segment: Segment) -> None:
        """The engine failed on ``segment``: its reading ends, unless another is wanted by now."""
        if segment.reading < 0 or segment.reading != self.want_reading:  # an utterance, or a reading left already
            return
        self.want_reading = -1
        self._unwant(lambda _segment: True)
        if self.reading == segment.reading:  # what sounds of it fades out (a pause or jump under way is dropped)
            self._after_fade(self._idle)

    def _idle(self) -> None:
        self.mode = "idle"

    def _talk_waiting(self) -> bool:
        """An utterance of the interface still needs synthesis (the producer makes it first)."""
        return any(talk.wanted and len(talk.segments) < len(talk.parts) for talk in self.talks)

    # -- the device's side (its own thread) -------------------------------------------------------
    def generator(self) -> Generator[bytes, int, None]:
        required = yield b""
        while True:
            required = yield self.pull(required)

    def pull(self, frames: int) -> bytes:
        with self.lock:
            out = array.array("h")
            self._pulled = 0
            while len(out) < frames:
                need = frames - len(out)
                if self.talk_state != NO_TALK:
                    talked = self._take_talk(need)
                    out.extend(talked)
                    self._pulled += len(talked)
                    continue
                if self.fade_left:
                    count = min(need, self.fade_left)
                    chunk = self._take(count)
                    for i in range(count):
                        chunk[i] = int(chunk[i] * (self.fade_left - i) / (self.fade_total + 1))
                    self.fade_left -= count
                    out.extend(chunk)
                    self._pulled += count
                    if not self.fade_left and self.after_fade is not None:
                        action, self.after_fade = self.after_fade, None
                        action()
                    continue
                chunk = self._take(need)
                if self.fade_in_left:
                    count = min(len(chunk), self.fade_in_left)
                    done = self.fade_total - self.fade_in_left
                    for i in range(count):
                        chunk[i] = int(chunk[i] * (done + i + 1) / self.fade_total)
                    self.fade_in_left -= count
                out.extend(chunk)
                self._pulled += len(chunk)
            if self.volume < 0.999:
                volume = self.volume
                for i in range(len(out)):
                    out[i] = int(out[i] * volume)
            self.frames_out += frames
            self.clock = (self.frames_out, time.monotonic())
            self.lock.notify_all()
            self._pulled = 0
            if sys.byteorder != "little":
                out.byteswap()
            if self._tap is not None:
                self._tap.write(out.tobytes())
            return out.tobytes()

    def _take(self, frames: int) -> array.array[int]:
        """Up to ``frames`` frames of the stream as it stands (silence where there is nothing)."""
        out = array.array("h")
        while len(out) < frames:
            need = frames - len(out)
            at = self.frames_out + self._pulled + len(out)
            if self.mode != "playing":
                out.extend(array.array("h", bytes(need * 2)))
                break
            if self.index >= self.count:
                self.mode = "idle"
                self.markers.append((at, {"ev": "end", "reading": self.reading,
                                          "underrun_ms": round(self.underrun_frames * 1000 / self.rate)}))
                continue
            segment = self.segments.get((self.reading, self.index))
            if segment is None or (len(segment.pcm) - self.offset < 2 and not segment.done):
                if self.sounding:  # silence inside the reading that the engine did not make
                    self.underrun_frames += need
                out.extend(array.array("h", bytes(need * 2)))
                break
            if not self.marked:
                self.marked = True
                self.markers.append((at, {"ev": "sentence", "reading": self.reading, "index": self.index}))
            available = (len(segment.pcm) - self.offset) // 2
            if available <= 0:  # this sentence is over: straight on to the next, nothing added
                self.index += 1
                self._enter_sentence()
                self.lock.notify_all()  # the producer may now make one more
                continue
            count = min(available, need)
            start = self.offset // 2
            chunk = array.array("h")
            chunk.frombytes(bytes(segment.pcm[self.offset:self.offset + count * 2]))
            if sys.byteorder != "little":
                chunk.byteswap()
            while self.word_next < len(segment.words):
                position, length, ms = segment.words[self.word_next]
                frame = ms * self.rate // 1000
                if frame >= start + count:
                    break
                self.markers.append((at + max(0, frame - start), {
                    "ev": "word", "reading": self.reading, "index": self.index, "position": position,
                    "length": length, "ms": ms}))
                self.word_next += 1
            if not self.sounding:
                silent = len(chunk.tobytes()) - len(chunk.tobytes().lstrip(b"\0"))
                if silent < count * 2:
                    self.sounding = True
                    self.markers.append((at + silent // 2, {"ev": "sound", "reading": self.reading}))
            self.offset += count * 2
            out.extend(chunk)
        return out

    def _take_talk(self, frames: int) -> array.array[int]:
        """Up to ``frames`` frames while the interface's voice has the stream: the reading fading out,
        the utterance (silence while it is still being made), or the utterance fading out."""
        if self.talk_state == SWITCHING:
            count = min(frames, self.switch_left)
            chunk = self._take(count)
            for i in range(len(chunk)):
                chunk[i] = int(chunk[i] * (self.switch_left - i) / (self.fade_total + 1))
            self.switch_left -= count
            if not self.switch_left:
                self.talk_state = TALKING if self.talks else NO_TALK
                if self.talk_state == NO_TALK:
                    self._talk_over()
            return chunk
        if not self.talks:
            self._talk_over()
            return array.array("h")
        talk = self.talks[0]
        if self.talk_state == CUTTING:
            frames = min(frames, self.switch_left)
        out = array.array("h")
        at = self.frames_out + self._pulled
        while len(out) < frames:
            need = frames - len(out)
            if talk.part >= len(talk.parts):  # said to its end
                self.talks.popleft()
                self.markers.append((at + len(out), {"ev": "talk-end", "utterance": talk.utterance}))
                self._talk_over()
                return out
            segment = talk.segments[talk.part] if talk.part < len(talk.segments) else None
            available = (len(segment.pcm) - talk.offset) // 2 if segment is not None else 0
            if segment is None or (available <= 0 and not segment.done):  # still being made
                out.extend(array.array("h", bytes(need * 2)))
                break
            if available <= 0:
                talk.part, talk.offset = talk.part + 1, 0
                continue
            count = min(available, need)
            chunk = array.array("h")
            chunk.frombytes(bytes(segment.pcm[talk.offset:talk.offset + count * 2]))
            if sys.byteorder != "little":
                chunk.byteswap()
            if not talk.sounding:
                silent = next((i for i, sample in enumerate(chunk) if sample), None)
                if silent is not None:
                    talk.sounding = True
                    self.markers.append((at + len(out) + silent, {"ev": "talk-sound", "utterance": talk.utterance}))
            talk.offset += count * 2
            out.extend(chunk)
        if self.talk_state == CUTTING:
            for i in range(len(out)):
                out[i] = int(out[i] * (self.switch_left - i) / (self.fade_total + 1))
            self.switch_left -= len(out)
            if not self.switch_left:
                self.talks.popleft()
                self.markers.append((at + len(out), {"ev": "talk-cut", "utterance": talk.utterance}))
                self._talk_over()
        return out

    def heard(self) -> float:
        """The stream frame being heard now: consumed minus buffered, moved on by the time since."""
        frames, when = self.clock
        if self.frames_out == 0:
            return -1.0
        moved = (time.monotonic() - when) * self.rate
        return min(float(frames), frames - self.buffer_frames + moved)

    # -- the reporter thread ------------------------------------------------------------------
    def _report(self) -> None:
        while True:
            with self.lock:
                if self.closed:
                    return
                if not self.markers:
                    self.lock.wait(0.1)
                    continue
                heard = self.heard()
                due: list[dict[str, object]] = []
                while self.markers and self.markers[0][0] <= heard:
                    frame, event = self.markers.popleft()
                    event = dict(event, due=round(frame * 1000 / self.rate, 1), at=round(heard * 1000 / self.rate, 1),
                                 sent=time.monotonic())
                    due.append(event)
            for event in due:
                self.send(event)
            time.sleep(REPORT_S)

    # -- the producer thread ------------------------------------------------------------------
    def _next_job(self) -> tuple[Segment, str, int, str] | None:
        for talk in self.talks:  # the interface's words before anything of the reading still to come
            if talk.wanted and len(talk.segments) < len(talk.parts):
                text, voice = talk.parts[len(talk.segments)]
                segment = Segment(-talk.utterance, len(talk.segments))
                talk.segments.append(segment)
                return segment, text, talk.rate, voice
        if self.want_reading < 0 or not self.texts:
            return None
        base = max(self.want, self.index if self.reading == self.want_reading else 0)
        for index in range(base, min(len(self.texts), base + LOOKAHEAD + 1)):
            key = (self.want_reading, index)
            if key not in self.segments:
                segment = Segment(self.want_reading, index)
                self.segments[key] = segment
                return segment, self.texts[index], self.speech_rate, self.voice
        return None

    def _produce(self) -> None:
        while True:
            with self.lock:
                job = None
                while job is None:
                    if self.closed:
                        return
                    job = self._next_job()
                    if job is None:
                        self.lock.wait(0.5)
            segment, text, rate, voice = job

            talking = segment.reading < 0

            def on_pcm(pcm: bytes, segment: Segment = segment, talking: bool = talking) -> bool:
                with self.lock:
                    if segment.wanted:
                        segment.pcm.extend(pcm)
                    if (not talking and segment.wanted and self._talk_waiting()
                            and (segment.reading, segment.index) != (self.reading, self.index)):
                        segment.interrupted = True  # a sentence still to come: made again after the utterance
                    return not segment.wanted or segment.interrupted

            def on_word(position: int, length: int, ms: int, segment: Segment = segment) -> None:
                with self.lock:
                    segment.words.append((position, length, ms))

            try:
                self.synth.stream(text, rate, voice, on_pcm, on_word)
            except Exception as raised:  # the engine's own exception ends this reading, not the producer
                error = engine_error(raised)
                with self.lock:
                    segment.done = True
                    self._give_up(segment)
                # Told once the stream is settled: the window may answer with the next reading at once.
                self.send({"ev": "error", "id": None, "reading": segment.reading, "code": error.code,
                           "message": str(error)})
                continue
            with self.lock:
                if segment.interrupted:
                    self.segments.pop((segment.reading, segment.index), None)
                    continue
                segment.done = True
                if not segment.wanted and not talking:
                    self.segments.pop((segment.reading, segment.index), None)
            if DUMP and segment.wanted and not talking:  # tests compare what was heard with exactly what the engine made
                (Path(DUMP) / f"{segment.reading}-{segment.index}.raw").write_bytes(bytes(segment.pcm))


# -- the sound device ---------------------------------------------------------------------------------
def _backends() -> list[Any] | None:
    import miniaudio

    if os.environ.get("HERNING_LAESER_AUDIO") == "null":  # tests, and machines that must stay silent
        return []
    if sys.platform.startswith("linux"):
        return [miniaudio.Backend.PULSEAUDIO, miniaudio.Backend.ALSA]
    return None  # miniaudio's own order: WASAPI on Windows, Core Audio on macOS


class Output:
    """The device pulling from ``stream``: the platform's sound output, or the silent NULL device."""

    def __init__(self, stream: Stream) -> None:
        try:
            import miniaudio
        except ImportError as error:
            raise EngineError("engine", f"miniaudio: {error}") from error
        self.device: Any = None
        self.sound = False
        self.backend = ""
        choices = _backends()
        attempts: list[list[Any] | None] = [choices] if choices != [] else []
        attempts.append([miniaudio.Backend.NULL])
        for backends in attempts:
            try:
                # The device thread at real-time priority where allowed: a busy machine must not starve the sound.
                device = miniaudio.PlaybackDevice(
                    output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=stream.rate,
                    buffersize_msec=BUFFER_MS, backends=backends, app_name="Herning Læser",
                    thread_prio=miniaudio.ThreadPriority.REALTIME)
            except miniaudio.MiniaudioError:
                continue
            self.device = device
            self.backend = str(getattr(device, "backend", ""))
            self.sound = self.backend.lower() != "null"
            break
        if self.device is None:
            raise EngineError("engine", "miniaudio: no sound device, not even the silent one")
        generator = stream.generator()
        next(generator)
        self.device.start(generator)

    def close(self) -> None:
        if self.device is not None:
            self.device.close()
