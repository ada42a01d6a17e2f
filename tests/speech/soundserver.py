"""A private PulseAudio daemon with a null sink: a sound card for tests, and its monitor to record what is heard.

Run as root or as a user, on a machine with no sound card: Debian ``pulseaudio pulseaudio-utils``.
Every client (the app's worker, parec) must share the daemon's ``XDG_RUNTIME_DIR``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.waiting import end_process

SINK = "nullsink"
RATE = 44100  # the recording's format: what a sound card is given (stereo, 16 bit)
CHANNELS = 2


@dataclass
class SoundServer:
    runtime: Path
    environment: dict[str, str]

    @property
    def client_environment(self) -> dict[str, str]:
        """What a client (the app's worker) needs to play here."""
        return {"PULSE_SERVER": self.environment["PULSE_SERVER"]}

    def pactl(self, *args: str) -> str:
        return subprocess.run(["pactl", *args], env=self.environment, capture_output=True, text=True, timeout=10,
                              check=True).stdout


@contextmanager
def sound_server() -> Iterator[SoundServer | None]:
    """Starts the daemon (None when pulseaudio is not installed or does not start) and ends it afterwards."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="reader-pulse-"))
    runtime, home = folder / "run", folder / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    environment = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PULSE_RUNTIME_PATH=str(runtime / "pulse"),
                       HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    environment.pop("PULSE_SERVER", None)
    daemon = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=false", "-n", "--disallow-exit",
         "--disable-shm=yes", "--realtime=true", "--high-priority=true",
         f"--load=module-null-sink sink_name={SINK} rate={RATE} channels={CHANNELS}",
         "--load=module-native-protocol-unix auth-anonymous=1"],
        env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    server = SoundServer(runtime, environment)
    try:
        deadline = time.monotonic() + 15
        while not (runtime / "pulse" / "native").exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                yield None
                return
            time.sleep(0.02)
        environment["PULSE_SERVER"] = f"unix:{runtime / 'pulse' / 'native'}"
        server.pactl("set-default-sink", SINK)
        yield server
    finally:
        end_process(daemon, 5)
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Recording:
    """What the sink's monitor heard: 16-bit samples of the first channel, and the clock of each of them.

    ``origin`` is the monotonic time of sample 0. Every chunk parec hands over can only arrive after
    its last sample was played, so the earliest (arrival - samples so far / rate) over all chunks is
    the best bound on when sample 0 played: it does not grow when the machine is busy."""

    samples: list[int] = field(default_factory=list)
    origin: float = float("inf")
    arrivals: list[tuple[float, int]] = field(default_factory=list)  # (when a chunk arrived, frames so far)

    def time_of(self, index: int) -> float:
        return self.origin + index / RATE

    def index_at(self, moment: float) -> int:
        return max(0, round((moment - self.origin) * RATE))

    def near(self, moment: float, span_s: float = 5.0) -> Recording:
        """The same samples on the clock the chunks around ``moment`` give: over minutes the sink's clock
        and the system's drift apart, so a long recording is read on a local origin."""
        near = [when - frames / RATE for when, frames in self.arrivals if abs(when - moment) <= span_s]
        return Recording(self.samples, min(near) if near else self.origin, self.arrivals)


class Recorder:
    """parec on the null sink's monitor, read by a thread that notes when each chunk arrived."""

    def __init__(self, server: SoundServer) -> None:
        self._process = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}", f"--channels={CHANNELS}",
             "--latency-msec=5"], env=server.environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._raw = bytearray()
        self._origin = float("inf")
        self._arrivals: list[tuple[float, int]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        frame = 2 * CHANNELS
        while True:
            chunk = self._process.stdout.read1(4096)  # type: ignore[attr-defined]
            now = time.monotonic()
            if not chunk:
                return
            with self._lock:
                self._raw.extend(chunk)
                frames = len(self._raw) // frame
                self._origin = min(self._origin, now - frames / RATE)
                self._arrivals.append((now, frames))

    def frames(self) -> int:
        with self._lock:
            return len(self._raw) // (2 * CHANNELS)

    def stop(self) -> Recording:
        self._process.terminate()
        self._process.wait(5)
        self._thread.join(5)
        assert self._process.stdout is not None
        self._process.stdout.close()
        import array

        with self._lock:
            raw = bytes(self._raw[: len(self._raw) // (2 * CHANNELS) * 2 * CHANNELS])
        samples = array.array("h")
        samples.frombytes(raw)
        return Recording(list(samples[::CHANNELS]), self._origin, list(self._arrivals))


# -- reading a recording -------------------------------------------------------------------------------
QUIET = 40  # |sample| at or below this is silence (espeak's pauses are exact zeros; resampling leaves a little)


def loud(samples: list[int], start: int = 0, end: int | None = None) -> int | None:
    """The first sample above QUIET in samples[start:end], or None."""
    end = len(samples) if end is None else end
    for index in range(max(0, start), min(end, len(samples))):
        if abs(samples[index]) > QUIET:
            return index
    return None


def silent_from(samples: list[int], start: int, rate: int, hold_ms: float = 100) -> int | None:
    """The first index at or after ``start`` from which at least ``hold_ms`` of silence follows."""
    hold = int(rate * hold_ms / 1000)
    run = 0
    for index in range(max(0, start), len(samples)):
        if abs(samples[index]) <= QUIET:
            run += 1
            if run >= hold:
                return index - run + 1
        else:
            run = 0
    return None


def gaps(samples: list[int], rate: int, start: int, end: int, min_ms: float = 40) -> list[tuple[float, float]]:
    """Silences of at least ``min_ms`` in samples[start:end]: (start ms, length ms) from ``start``."""
    found = []
    run_start = None
    minimum = rate * min_ms / 1000
    for index in range(start, min(end, len(samples))):
        quiet = abs(samples[index]) <= QUIET
        if quiet and run_start is None:
            run_start = index
        elif not quiet and run_start is not None:
            if index - run_start >= minimum:
                found.append(((run_start - start) * 1000 / rate, (index - run_start) * 1000 / rate))
            run_start = None
    return found


def rms_db(samples: list[int]) -> float:
    import math

    if not samples:
        return -math.inf
    mean = sum(s * s for s in samples) / len(samples)
    return 10 * math.log10(mean / 32768**2) if mean else -math.inf


def added_silence(heard: list[tuple[float, float]], own: list[tuple[float, float]], tolerance: float = 60) -> list[float]:
    """Per pause, ms of silence the recording has beyond the engine's own audio (negative: cut).

    Both lists are (start, length) in ms from the first sound. Pauses are paired in order; a
    silence the engine did not make counts whole, and time lost or added inside speech shows as
    a shifted start. The shift is carried on, so one added silence counts once."""
    errors: list[float] = []
    offset = 0.0
    i = j = 0
    while i < len(heard) and j < len(own):
        (start, length), (own_start, own_length) = heard[i], own[j]
        shift = start - offset - own_start
        if abs(shift) <= tolerance:
            errors.append(shift + length - own_length if abs(shift) < abs(length - own_length) else
                          max(shift, length - own_length, key=abs))
            offset += shift + length - own_length
            i, j = i + 1, j + 1
        elif shift < 0:  # a silence the engine did not make
            errors.append(length)
            offset += length
            i += 1
        else:  # a pause of the engine that was not heard
            errors.append(-own_length)
            offset -= own_length
            j += 1
    return errors
