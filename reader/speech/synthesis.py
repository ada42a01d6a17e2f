"""Speech synthesis without Qt: text in, 16-bit mono PCM and word events (position, length, ms) out.

The stable API (the worker, ``--speak-to-file`` and the exports use it; worker.py re-exports it):

    synth = make_synthesizer()              # EngineError("engine", message) when there is none
    voice = voice_for_language(synth.voices(), "da")
    audio = synth.synthesize(text, rate, voice.id)   # Audio: pcm, sample_rate, words [(char pos, length, ms)]
    synth.stream(text, rate, voice.id, on_pcm, on_word)  # the same, handed over while it is being made

On Linux espeak-ng runs through pyttsx3's ctypes binding in synchronous mode (see
docs/speech-platforms.md for Windows and macOS). espeak initialises once per process.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import tempfile
import wave
from collections.abc import Callable
from ctypes import string_at
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from reader.texts import translate

PcmSink = Callable[[bytes], bool | None]  # returns True to abandon the rest of the sentence
WordSink = Callable[[int, int, int], None]  # (0-based character position, length, ms into the sentence)

# The reason of an EngineError (``reason``); the user is told why in the interface language by the caller
# (reader/output/narration.py, reader/speech/service.py), and the technical ``detail`` goes to the log.
MISSING_LIBRARY, MISSING_DATA, NO_START = "missing_library", "missing_data", "no_start"


@dataclass
class Voice:
    id: str
    name: str
    language: str

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "language": self.language}


@dataclass
class Audio:
    pcm: bytes  # 16-bit mono little-endian
    sample_rate: int
    words: list[tuple[int, int, int]] = field(default_factory=list)  # (0-based char position, length, ms)

    @property
    def duration_ms(self) -> int:
        return round(len(self.pcm) / 2 * 1000 / self.sample_rate)


class EngineError(Exception):
    """``code``: what failed ("engine", "voice", "sound"); ``reason``: why, when known (MISSING_LIBRARY,
    MISSING_DATA, NO_START); ``detail``: the technical text behind it, for the log."""

    def __init__(self, code: str, message: str, *, reason: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.detail = detail


def _cannot_start(engine: str) -> str:
    return translate("Speech", "{engine} could not be started.").format(engine=engine)


def _unknown_voice(voice: str) -> str:
    return translate("Speech", "unknown voice: {voice}").format(voice=voice)


def _unknown_format() -> str:
    return translate("Speech", "the speech engine gave sound in an unknown format")


def engine_error(error: BaseException) -> EngineError:
    """Any exception a speech engine raises, as an EngineError: the engine's own (a COM error from
    SAPI5, an Objective-C error from NSSpeechSynthesizer, a driver's RuntimeError) becomes code
    "engine" with a one-line description, so it takes the same path as a missing engine."""
    if isinstance(error, EngineError):
        return error
    arguments: tuple[object, ...] = tuple(error.args)
    if len(arguments) >= 2 and isinstance(arguments[0], int) and isinstance(arguments[1], str):
        # COMError(hresult, text, details), as comtypes raises it: the text and the code Microsoft documents
        detail = f"{arguments[1].strip()} (0x{arguments[0] & 0xFFFFFFFF:08X})"
    else:
        detail = str(error).strip() or type(error).__name__
    return EngineError("engine", detail, detail=detail)


class Synthesizer(Protocol):
    name: str
    timing: bool
    sample_rate: int

    def voices(self) -> list[Voice]: ...

    def synthesize(self, text: str, rate: int, voice: str) -> Audio: ...

    def stream(self, text: str, rate: int, voice: str, on_pcm: PcmSink, on_word: WordSink) -> None: ...


def espeak_data_problem(library: Any) -> str | None:
    """A message when espeak-ng's data folder lacks its phoneme table, else None.

    libespeak-ng ends the whole process (exit(1)) when Initialize finds no data; asking for the
    data path first (espeak_ng_InitializePath + espeak_Info) does not."""
    try:
        library.espeak_ng_InitializePath(None)
        path = ctypes.c_char_p()
        library.espeak_Info.restype = ctypes.c_char_p
        library.espeak_Info(ctypes.byref(path))
    except (AttributeError, OSError):
        return None  # an older library without these calls: nothing to check
    folder = Path(os.fsdecode(path.value or b""))
    if (folder / "phontab").is_file():
        return None
    return translate("Speech", "espeak-ng's language data are missing from {path}.").format(path=folder)


_espeak_rate = 0  # espeak's sample rate once initialised in this process


class EspeakSynthesizer:
    """espeak-ng through pyttsx3's ctypes binding, synchronous mode: PCM + word events."""

    name = "espeak"
    timing = True

    def __init__(self) -> None:
        global _espeak_rate
        try:
            from pyttsx3.drivers import _espeak
        except Exception as error:  # the binding raises RuntimeError (or OSError) without the library
            raise EngineError("engine", translate("Speech", "espeak-ng is not installed."), reason=MISSING_LIBRARY,
                              detail=f"libespeak-ng: {error}") from error
        self._espeak = _espeak
        if not _espeak_rate:
            problem = espeak_data_problem(_espeak.dll)
            if problem:
                raise EngineError("engine", problem, reason=MISSING_DATA, detail=problem)
            # 50 ms buffers: the first sound of a sentence is handed over after 50 ms of it is made.
            _espeak_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 50)
            if _espeak_rate <= 0:
                returned, _espeak_rate = _espeak_rate, 0
                raise EngineError("engine", _cannot_start("espeak-ng"), reason=NO_START,
                                  detail=f"espeak_Initialize returned {returned}")
        self.sample_rate = _espeak_rate
        self._on_pcm: PcmSink = lambda _pcm: None
        self._on_word: WordSink = lambda _position, _length, _ms: None
        self._abandon = False
        _espeak.SetSynthCallback(self._callback)  # the binding keeps the ctypes callback alive
        self._voice = ""

    def _callback(self, wav: Any, samples: int, events: Any) -> int:
        index = 0
        while events[index].type != self._espeak.EVENT_LIST_TERMINATED:
            event = events[index]
            if event.type == self._espeak.EVENT_WORD and event.length > 0:
                self._on_word(event.text_position - 1, event.length, event.audio_position)
            index += 1
        if samples > 0 and wav and self._on_pcm(string_at(wav, samples * 2)):
            self._abandon = True
        return 1 if self._abandon else 0  # 1: espeak abandons the rest of the text

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._espeak.ListVoices():
            languages = voice.languages or b""
            found.append(Voice(
                id=(voice.identifier or b"").decode("utf-8", "replace"),
                name=(voice.name or b"").decode("utf-8", "replace"),
                language=languages[1:].decode("utf-8", "replace"),
            ))
        return found

    def stream(self, text: str, rate: int, voice: str, on_pcm: PcmSink, on_word: WordSink) -> None:
        espeak = self._espeak
        if voice != self._voice:
            if espeak.SetVoiceByName(voice.encode("utf-8")) != espeak.EE_OK:
                raise EngineError("voice", _unknown_voice(voice))
            self._voice = voice
        espeak.SetParameter(espeak.RATE, int(rate), 0)
        self._on_pcm, self._on_word, self._abandon = on_pcm, on_word, False
        try:
            espeak.Synth(text.encode("utf-8"), flags=espeak.CHARS_UTF8 | espeak.ENDPAUSE)
        finally:
            self._on_pcm = lambda _pcm: None
            self._on_word = lambda _position, _length, _ms: None

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        pcm = bytearray()
        words: list[tuple[int, int, int]] = []
        self.stream(text, rate, voice, pcm.extend, lambda p, n, ms: words.append((p, n, ms)))
        return Audio(bytes(pcm), self.sample_rate, words)


class Pyttsx3Synthesizer:
    """pyttsx3's own driver (SAPI5 on Windows, NSSpeechSynthesizer on macOS): audio, no word timing.

    Untested on those systems here (see docs/speech-platforms.md); on Linux it runs pyttsx3's espeak driver."""

    name = "pyttsx3"
    timing = False
    sample_rate = 22050

    def __init__(self) -> None:
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as error:
            raise EngineError("engine", _cannot_start("pyttsx3"), reason=NO_START,
                              detail=f"pyttsx3: {engine_error(error)}") from error
        self._temporary = tempfile.TemporaryDirectory(prefix="herning-laeser-tts-")
        self._folder = Path(self._temporary.name)

    def voices(self) -> list[Voice]:
        found = []
        for voice in self._engine.getProperty("voices") or []:
            languages = [lang.decode() if isinstance(lang, bytes) else str(lang) for lang in (voice.languages or [])]
            found.append(Voice(id=str(voice.id), name=str(voice.name), language=(languages[0] if languages else "")
                               .replace("_", "-").lower()))
        return found

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        if voice not in {v.id for v in self.voices()}:
            raise EngineError("voice", _unknown_voice(voice))
        self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", int(rate))
        path = self._folder / ("utterance.aiff" if sys.platform == "darwin" else "utterance.wav")
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()
        audio = read_sound_file(path)
        return Audio(resample(audio.pcm, audio.sample_rate, self.sample_rate), self.sample_rate)

    def stream(self, text: str, rate: int, voice: str, on_pcm: PcmSink, on_word: WordSink) -> None:
        on_pcm(self.synthesize(text, rate, voice).pcm)


class Sapi5Synthesizer:
    """Windows: SAPI5's SpVoice speaking into an SpMemoryStream; its Word events carry stream positions.

    Written from Microsoft's SAPI 5.4 documentation, untested (this project's machines run Linux):
    SpVoice.AudioOutputStream = SpMemoryStream with Format.Type = SAFT22kHz16BitMono (22), Speak with
    SVSFlagsAsync, WaitUntilDone; each Word event gives (StreamNumber, StreamPosition in bytes,
    CharacterPosition, Length). Danish voice: "Microsoft Helle" (Windows' Danish language pack)."""

    name = "sapi5"
    timing = True
    sample_rate = 22050

    def __init__(self) -> None:
        try:
            import comtypes.client  # pyttsx3 depends on comtypes on Windows

            self._client = comtypes.client
            self._voice = comtypes.client.CreateObject("SAPI.SpVoice")
        except Exception as error:
            raise EngineError("engine", _cannot_start("SAPI5"), reason=NO_START,
                              detail=f"SAPI5: {engine_error(error)}") from error

    def voices(self) -> list[Voice]:
        try:
            return self._voices()
        except Exception as error:  # COMError from a broken or absent voice, a locked-down PC, Wine
            detail = f"SAPI5: {engine_error(error)}"
            raise EngineError("engine", detail, detail=detail) from error

    def _voices(self) -> list[Voice]:
        found = []
        tokens = self._voice.GetVoices()
        for index in range(tokens.Count):
            token = tokens.Item(index)
            language_ids = str(token.GetAttribute("Language") or "").split(";")[0]
            found.append(Voice(id=str(token.Id), name=str(token.GetDescription()),
                               language=_WINDOWS_LANGUAGES.get(language_ids.lower(), language_ids)))
        return found

    def synthesize(self, text: str, rate: int, voice: str) -> Audio:
        try:
            return self._synthesize(text, rate, voice)
        except EngineError:
            raise
        except Exception as error:
            raise EngineError("engine", f"SAPI5: {engine_error(error)}") from error

    def _synthesize(self, text: str, rate: int, voice: str) -> Audio:
        tokens = self._voice.GetVoices()
        chosen = next((tokens.Item(i) for i in range(tokens.Count) if str(tokens.Item(i).Id) == voice), None)
        if chosen is None:
            raise EngineError("voice", _unknown_voice(voice))
        self._voice.Voice = chosen
        self._voice.Rate = max(-10, min(10, round((rate - SAPI_NORMAL_WPM) / 15)))  # SAPI's rate runs -10..10
        stream = self._client.CreateObject("SAPI.SpMemoryStream")
        stream.Format.Type = 22  # SAFT22kHz16BitMono
        self._voice.AudioOutputStream = stream
        words: list[tuple[int, int, int]] = []
        sink = _SapiEvents(words, self.sample_rate)
        connection = self._client.GetEvents(self._voice, sink)
        try:
            self._voice.Speak(text, 1)  # SVSFlagsAsync
            self._voice.WaitUntilDone(-1)
        finally:
            del connection
        pcm = bytes(stream.GetData())
        return Audio(pcm, self.sample_rate, words)

    def stream(self, text: str, rate: int, voice: str, on_pcm: PcmSink, on_word: WordSink) -> None:
        audio = self.synthesize(text, rate, voice)
        for position, length, ms in audio.words:
            on_word(position, length, ms)
        on_pcm(audio.pcm)


class _SapiEvents:
    def __init__(self, words: list[tuple[int, int, int]], sample_rate: int) -> None:
        self.words = words
        self.sample_rate = sample_rate

    def _ISpeechVoiceEvents_Word(self, _stream: int, position: Any, character: int, length: int) -> None:  # noqa: N802
        self.words.append((int(character), int(length), round(int(position) / 2 * 1000 / self.sample_rate)))


_WINDOWS_LANGUAGES = {"406": "da", "409": "en-us", "809": "en-gb"}
SAPI_NORMAL_WPM = 175  # about what a SAPI voice speaks at its rate 0


def read_sound_file(path: Path) -> Audio:
    """A 16-bit mono WAV (or, on macOS, AIFF) file's samples."""
    if path.suffix == ".aiff":  # macOS's NSSpeechSynthesizer writes AIFF: not read yet (docs/speech-platforms.md)
        raise EngineError("engine", _unknown_format())
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        if wav.getnchannels() != 1 or wav.getsampwidth() != 2:
            raise EngineError("engine", _unknown_format())
        return Audio(frames, wav.getframerate())


def resample(pcm: bytes, source: int, target: int) -> bytes:
    """Linear interpolation between sample rates (only for drivers that choose their own rate)."""
    if source == target or not pcm:
        return pcm
    import array

    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    count = int(len(samples) * target / source)
    out = array.array("h", bytes(2 * count))
    step = source / target
    last = len(samples) - 1
    for index in range(count):
        where = index * step
        left = int(where)
        right = min(left + 1, last)
        fraction = where - left
        out[index] = int(samples[left] * (1 - fraction) + samples[right] * fraction)
    return out.tobytes()


def make_synthesizer(kind: str | None = None) -> Synthesizer:
    """espeak-ng where its library is (Linux, and elsewhere when installed), SAPI5 on Windows, else pyttsx3's driver."""
    kind = kind or os.environ.get("HERNING_LAESER_TTS", "")
    if kind == "pyttsx3":
        return Pyttsx3Synthesizer()
    if kind == "espeak" or sys.platform.startswith("linux"):
        return EspeakSynthesizer()
    if sys.platform == "win32" or kind == "sapi5":
        with contextlib.suppress(EngineError):
            return Sapi5Synthesizer()
    return Pyttsx3Synthesizer()


def voice_for_language(voices: list[Voice], language: str) -> Voice | None:
    language = language.lower()
    exact = [v for v in voices if v.language.lower() == language]
    if exact:
        return exact[0]
    close = [v for v in voices if v.language.lower().split("-")[0] == language.split("-")[0]]
    return close[0] if close else None
