"""The Windows bundle run as a user would, under Wine (step 3 of tools/test-windows.sh).

    python tools/windows/bundle_checks.py BUNDLE_FOLDER WORK_FOLDER

BUNDLE_FOLDER is dist/herning-laeser as PyInstaller built it under Wine. Prints one line per
check, "PASS what" or "FAIL what: why", and other lines as information. Every run of the app gets a
settings file of its own (--settings) under WORK_FOLDER, a Danish Windows locale, and a deadline.

Read aloud is checked twice: with Windows' own engine (SAPI5; under Wine it has no voice and raises
COM errors, as on a PC whose voices are broken) and with espeak-ng's Windows library, which
tools/test-windows.sh installs into the Wine prefix where espeak-ng's own installer puts it
(the fallback docs/deploy.md describes, chosen with HERNING_LAESER_TTS=espeak).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import wave
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from png_text import changed, measure  # the helper beside this script

TITLE = "Børne- og Ungepolitik"
NO_VOICE = "ingen stemme"  # the Danish "no voice" message of --speak-to-file and the exports
LARGEST_PROFILE = "4"  # the start screen's "Stor tekst, høj kontrast og oplæsning"


def report(ok: bool, what: str, why: str = "") -> bool:
    print(f"PASS {what}" if ok else f"FAIL {what}: {why}", flush=True)
    return ok


def windows(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


class Runner:
    """Runs the bundle's programs under Wine with their own profile and the chosen speech engine."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.work = work
        self.settings = work / "settings.ini"

    @property
    def env(self) -> dict[str, str]:
        # Wine takes the Windows locale from the Unix one (tools/test-windows.sh makes it and sets LOCPATH):
        # a Danish PC, whose first start is in Danish.
        return dict(os.environ, LC_ALL="da_DK.UTF-8", LANG="da_DK.UTF-8")

    def command(self, program: str, arguments: list[str], *, engine: str = "") -> list[str]:
        # Wine drops QT_* variables from the Linux side: the Windows-side ones are set inside.
        variables = {"HERNING_LAESER_TTS": engine, "HERNING_LAESER_AUDIO": "null"}
        sets = "&& ".join(f"set {name}={value}" for name, value in variables.items())
        exe = windows(self.bundle / f"{program}.exe")
        return ["wine", "cmd", "/c", f"{sets}&& {exe} --settings {windows(self.settings)} {' '.join(arguments)}"]

    def run(self, arguments: list[str], *, engine: str = "", timeout: float = 300) -> subprocess.CompletedProcess[str]:
        folder = self.work / "cli"
        folder.mkdir(parents=True, exist_ok=True)
        # A console program writing to a pipe uses Windows' ANSI code page: 1252 on a Danish PC.
        return subprocess.run(self.command("herning-laeser-cli", arguments, engine=engine), cwd=folder, env=self.env,
                              capture_output=True, text=True, encoding="cp1252", errors="replace", timeout=timeout,
                              check=False)

    def reset_profile(self, settings: str | None = None) -> None:
        """A first start (no settings file), or one with these settings."""
        self.settings.unlink(missing_ok=True)
        if settings is not None:
            self.settings.write_text(settings, encoding="utf-8")


# -- the console program -----------------------------------------------------------------------------
def cli_checks(runner: Runner) -> None:
    out = runner.work / "cli"
    runner.reset_profile()
    started = time.monotonic()
    result = runner.run(["--check"])
    report(result.returncode == 0 and "indholdet er i orden" in result.stdout,
           f"--check ({time.monotonic() - started:.1f} s): {result.stdout.strip()[-90:]}",
           f"exit {result.returncode}: {result.stdout[-300:]} {result.stderr[-600:]}")

    pdf = out / "policy.pdf"
    result = runner.run(["--export-pdf", windows(pdf)])
    text = ""
    if result.returncode == 0 and pdf.is_file() and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=False).stdout
    report(result.returncode == 0 and TITLE in text and "Dannelse" in text and "Vi vil" in text,
           f"--export-pdf: {pdf.stat().st_size if pdf.exists() else 0} bytes, the text extracted from it holds the "
           f"title, the themes and the \"Vi vil\" lists",
           f"exit {result.returncode}; {result.stderr[-600:]}; text {text[:200]!r}")

    shot = out / "window.png"
    result = runner.run(["--screenshot", windows(shot)])
    figures = measure(str(shot)) if shot.is_file() else None
    report(result.returncode == 0 and figures is not None and figures.text_like(25),
           f"--screenshot shows real letters: {figures}", f"exit {result.returncode}; {result.stderr[-600:]}; {figures}")

    # With Windows' own engine (no SAPI voice under Wine): the Danish "no voice" message, status 1, no file.
    for option, name in (("--speak-to-file", "theme1.wav"), ("--export-epub", "theme1.epub")):
        target = out / f"sapi-{name}"
        result = runner.run([option, windows(target), "--section", "1"])
        message = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        report(result.returncode == 1 and NO_VOICE in message and "Traceback" not in result.stderr
               and not target.exists(),
               f"{option} with SAPI5 and no voice: exit 1, \"{message[:150]}\"",
               f"exit {result.returncode}; {result.stderr[-800:]}")

    # With a voice (espeak-ng's Windows library): the file is made.
    wav = out / "theme1.wav"
    result = runner.run(["--speak-to-file", windows(wav), "--section", "1"], engine="espeak")
    seconds = 0.0
    if result.returncode == 0 and wav.is_file():
        with wave.open(str(wav)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
    report(result.returncode == 0 and seconds > 20, f"--speak-to-file with a voice: theme 1, {seconds:.0f} s of speech",
           f"exit {result.returncode}; {result.stderr[-600:]}")

    epub = out / "theme1.epub"
    result = runner.run(["--export-epub", windows(epub), "--section", "1"], engine="espeak")
    names: list[str] = []
    if result.returncode == 0 and epub.is_file():
        with zipfile.ZipFile(epub) as book:
            names = book.namelist()
    report(result.returncode == 0 and names[:1] == ["mimetype"] and any(n.endswith(".smil") for n in names),
           f"--export-epub with a voice: {epub.stat().st_size if epub.exists() else 0} bytes, {len(names)} files "
           "with the narration's SMIL", f"exit {result.returncode}; {result.stderr[-600:]}; {names[:8]}")


# -- the window ----------------------------------------------------------------------------------------
def our_processes(bundle: Path) -> dict[int, str]:
    """The bundle's programs running under Wine: Linux pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if "herning-laeser" in arguments and ".exe" in arguments and state != "Z" and "cmd" not in arguments.split()[0]:
            found[int(entry.name)] = arguments.strip()
    return found


def workers(bundle: Path) -> list[int]:
    return sorted(pid for pid, arguments in our_processes(bundle).items() if "--speech-worker" in arguments)


def wait_for(condition: Callable[[], object], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return bool(condition())


class Screen:
    """Xvfb, xdotool and pictures of the screen (PySide6 on the Linux side, platform xcb)."""

    def __init__(self, work: Path) -> None:
        self.work = work
        read_end, write_end = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                                      "-nolisten", "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(write_end)
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
        os.close(read_end)
        self.display = f":{number.decode().strip()}"
        os.environ["DISPLAY"] = self.display
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication.instance() or QGuiApplication(["bundle_checks", "-platform", "xcb"])

    def xdotool(self, *arguments: str) -> str:
        return subprocess.run(["xdotool", *arguments], capture_output=True, text=True, timeout=30,
                              check=False).stdout.strip()

    def windows_named(self, name: str) -> list[str]:
        return [line for line in self.xdotool("search", "--onlyvisible", "--name", name).splitlines() if line]

    def visible_windows(self) -> list[str]:
        """Every visible top-level window with a title (Wine's own desktop windows have none)."""
        titled = []
        for window in self.windows_named("."):
            if self.xdotool("getwindowname", window):
                titled.append(window)
        return titled

    def key(self, window: str, *keys: str) -> None:
        self.xdotool("windowactivate", "--sync", window)
        self.xdotool("windowfocus", "--sync", window)
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.3)  # Wine hands key events on through its own message queue

    def grab(self, window: str, path: Path) -> Path:
        geometry = dict(line.strip().split(": ", 1) for line in
                        self.xdotool("getwindowgeometry", "--shell", window).replace("=", ": ").splitlines())
        screen = self.app.primaryScreen()  # type: ignore[attr-defined]
        picture = screen.grabWindow(0, int(geometry["X"]), int(geometry["Y"]), int(geometry["WIDTH"]),
                                    int(geometry["HEIGHT"]))
        picture.save(str(path))
        return path

    def close(self) -> None:
        self.xvfb.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.xvfb.wait(5)


@contextlib.contextmanager
def window_of(runner: Runner, screen: Screen, log: Path, *,
              engine: str = "") -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    command = runner.command("herning-laeser", [], engine=engine)
    # Its output through a pipe into the log: a Windows program's stdout on a file dies under Wine.
    app = subprocess.Popen(command, cwd=runner.work, env=runner.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           start_new_session=True)
    copier = threading.Thread(target=lambda: log.write_bytes(app.stdout.read() if app.stdout else b""), daemon=True)
    copier.start()
    try:
        found: list[str] = []
        wait_for(lambda: found.extend(screen.windows_named("Herning")) or found or app.poll() is not None, 90)
        if not found:
            raise RuntimeError(f"no window appeared (exit {app.poll()})")
        time.sleep(2.0)  # the first paint's follow-up work (the worker starts after it)
        yield app, found[0]
    finally:
        for pid in our_processes(runner.bundle):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(app.pid, signal.SIGKILL)
        app.wait(10)
        copier.join(10)


def window_with_a_voice(runner: Runner, screen: Screen) -> None:
    """Start screen -> the largest profile (which reads the introduction aloud) -> T -> F1 -> Esc;
    the worker killed mid-reading is reported and replaced; Ctrl+Q ends everything."""
    runner.reset_profile()
    pictures = runner.work / "pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    with window_of(runner, screen, runner.work / "window-espeak.log", engine="espeak") as (app, window):
        start = screen.grab(window, pictures / "start-screen.png")
        figures = measure(str(start))
        report(figures.text_like(10), f"the window under Xvfb shows the start screen in real letters: {figures}",
               str(figures))
        screen.key(window, LARGEST_PROFILE)
        text = pictures / "largest-profile.png"
        shown = wait_for(lambda: changed(str(screen.grab(window, text)), str(start), None) > 10000, 30)
        time.sleep(3.0)  # the introduction is being read: its first words lit
        screen.grab(window, text)
        report(shown and measure(str(text)).text_like(10),
               f"key {LARGEST_PROFILE} chose the largest profile: the text in large letters, {measure(str(text))}",
               "the start screen stayed")
        reading = wait_for(lambda: workers(runner.bundle), 60)
        report(bool(reading), f"the speech worker reads the introduction: {workers(runner.bundle)} "
               "(herning-laeser.exe --speech-worker)", "no speech worker")
        screen.key(window, "t")
        theme = screen.grab(window, pictures / "after-t.png")
        report(changed(str(theme), str(text), None) > 2000, "T moved to the next theme (the text scrolled)",
               "nothing changed after T")
        screen.key(window, "F1")
        helped = wait_for(lambda: screen.windows_named("Tastaturkommandoer"), 30)
        if helped:
            screen.grab(screen.windows_named("Tastaturkommandoer")[0], pictures / "help.png")
        report(helped, "F1 opened the keyboard commands (\"Tastaturkommandoer\")", "no help window")
        screen.key(screen.windows_named("Tastaturkommandoer")[0] if helped else window, "Escape")
        report(helped and wait_for(lambda: not screen.windows_named("Tastaturkommandoer"), 30), "Esc closed them",
               "the help window stayed" if helped else "there was no help window to close")

        before = workers(runner.bundle)
        if before:
            bottom = screen.grab(window, pictures / "before-kill.png")
            os.kill(before[0], signal.SIGKILL)
            replaced = wait_for(lambda: [pid for pid in workers(runner.bundle) if pid not in before], 60)
            after = screen.grab(window, pictures / "after-kill.png")
            told = changed(str(after), str(bottom), _bottom(after)) > 200
            report(replaced and told and app.poll() is None,
                   f"the speech worker killed: told in the window, replaced by {workers(runner.bundle)}",
                   f"replaced {workers(runner.bundle)}, message shown {told}, app running {app.poll() is None}")
        else:
            report(False, "the speech worker killed", "there was no worker to kill")

        screen.key(window, "ctrl+q")
        ended = wait_for(lambda: app.poll() is not None and not our_processes(runner.bundle), 60)
        report(ended, "Ctrl+Q ended the app and its speech worker: no process left",
               f"still running: {our_processes(runner.bundle)}")


def _bottom(picture: Path) -> tuple[int, int, int, int]:
    """The lower part of the window: the read-aloud bar and the status bar, where messages are shown."""
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    return (0, max(0, image.height() - 180), image.width(), min(180, image.height()))


def window_without_a_voice(runner: Runner, screen: Screen) -> None:
    """F5 with SAPI5 failing (no voice under Wine): a Danish message in the window, no message box, no
    worker left behind, the rest of the app working."""
    runner.reset_profile("[General]\nstart_screen_seen=true\n")
    pictures = runner.work / "pictures"
    pictures.mkdir(parents=True, exist_ok=True)
    with window_of(runner, screen, runner.work / "window-sapi.log") as (app, window):
        wait_for(lambda: not workers(runner.bundle), 60)  # the worker started after the first paint, failed, ended
        before = screen.grab(window, pictures / "sapi-before-f5.png")
        screen.key(window, "F5")
        time.sleep(3.0)
        wait_for(lambda: not workers(runner.bundle), 60)
        after = screen.grab(window, pictures / "sapi-after-f5.png")
        titles = {w: screen.xdotool("getwindowname", w) for w in screen.visible_windows()}
        others = {w: t for w, t in titles.items() if w != window}
        told = changed(str(after), str(before), _bottom(after))
        report(told > 200 and not others and app.poll() is None and not workers(runner.bundle),
               f"F5 with SAPI5 failing: a message in the window ({told} pixels), no other window, no worker left, "
               "the app running",
               f"message pixels {told}; other windows {others}; workers {workers(runner.bundle)}; "
               f"app running {app.poll() is None}")
        screen.key(window, "alt+1")  # the rest of the app answers: the contents get the focus
        screen.key(window, "ctrl+q")
        ended = wait_for(lambda: app.poll() is not None and not our_processes(runner.bundle), 60)
        report(ended, "Ctrl+Q ended it: no process left", f"still running: {our_processes(runner.bundle)}")


def main() -> int:
    bundle, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    runner = Runner(bundle, work)
    cli_checks(runner)
    screen = Screen(work)
    try:
        for check in (window_without_a_voice, window_with_a_voice):
            try:
                check(runner, screen)
            except Exception as error:  # one broken check is reported, the next still runs
                report(False, check.__name__, f"{type(error).__name__}: {error}")
    finally:
        screen.close()
    print(f"DONE {work / 'pictures'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
