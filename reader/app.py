"""main(): parse the command line, build settings, documents and window, and run."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader import cli, paths, texts
from reader.interruption import Interruption, cancelled
from reader.pyside_check import use_fast_module_check  # imported before Qt, which checks what comes after
from reader.speech import WORKER_OPTION, run_speech_worker
from reader.texts import set_language, translate

if TYPE_CHECKING:
    from reader.kiosk_config import KioskConfig
    from reader.settings_service import Settings
    from reader.ui.kiosk import Kiosk
    from reader.ui.main_window import MainWindow


def cache_folder(kind: str) -> Path:
    """The user's cache folder for parsed ``kind`` ("documents", "themes")."""
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / kind


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [WORKER_OPTION]:  # a frozen app started as its own speech worker (reader/child_process.py)
        return run_speech_worker()
    _console_never_raises()
    try:
        return _main(arguments)
    except KeyboardInterrupt:  # Ctrl+C before an export's own handler is in place (while Python starts up)
        set_language(cli.language_from_argv(arguments))
        return cancelled()


def _main(arguments: list[str]) -> int:
    args = cli.parse_args(arguments)  # sets the interface language of the process
    args.homeless = not paths.ensure_home()  # nothing is then written: no settings file, no caches
    if args.homeless:
        print(translate("CommandLine", "The user has no home folder (HOME is not set), so the settings are not saved."),
              file=sys.stderr)
    problem = paths.installation_problem(texts.language())
    if problem is not None:  # a broken install or bundle: one sentence, not a traceback
        print(problem, file=sys.stderr)
        _show_installation_problem(args, problem)
        return 2
    refused = cli.output_problem(args)  # the document being read is never an output
    if refused is not None:
        print(refused[0], file=sys.stderr)
        return refused[1]
    if args.settings is not None:  # a device, a FIFO or a folder is refused before anything reads it
        problem = cli.settings_path_problem(args.settings)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    if args.check is not None:
        folder = args.content if args.check is True else Path(args.check)
        return cli.run_check(folder)
    # An export stops on Ctrl+C or SIGTERM at its next step, saving nothing (status 130).
    interruption = Interruption()
    if any(path is not None for path in (args.speak_to_file, args.export_mp3, args.export_epub, args.export_pdf,
                                         args.screenshot)):
        interruption.install()
    if args.speak_to_file is not None or args.export_mp3 is not None or args.export_epub is not None:
        return cli.run_speak_to_file(args, interruption)  # the audio exports need no display

    # Public terminal: the administrator's configuration, read before Qt starts.
    kiosk_config = None
    if _kiosk_possible(args):
        from reader.kiosk_config import kiosk_from_command_line

        # Fails closed: a configuration that cannot be read in full starts the locked terminal.
        kiosk_config, kiosk_problems = kiosk_from_command_line(args.kiosk, args.kiosk_config)
        for problem in kiosk_problems:  # the log; the staff screen shows them too
            print(problem, file=sys.stderr)

    if args.screenshot is not None or args.export_pdf is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.display import display_problem

    problem = display_problem()  # Qt would abort (exit 134) where it cannot connect
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    # Until the text is first painted, Python's cyclic garbage collector would run some sixty times
    # over the modules and widgets being made (~10 ms) and find next to nothing; it runs from then on.
    gc.disable()
    try:
        return _run(args, kiosk_config, interruption)
    finally:
        gc.enable()


def _run(args: argparse.Namespace, kiosk_config: KioskConfig | None, interruption: Interruption) -> int:
    """The window (or a screenshot or large-print PDF of it)."""
    # Qt is imported only now, so --check and --help work without it.
    from PySide6.QtWidgets import QApplication

    use_fast_module_check()  # before the rest of the app is imported
    from reader.i18n import InterfaceLanguage, system_language
    from reader.presentation.options import LANGUAGE, START_SCREEN_SEEN
    from reader.presentation.settings import MemoryStore
    from reader.settings_service import QSettingsStore, Settings
    from reader.ui.main_window import APP_NAME, MainWindow

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _quiet_offscreen_noise()
    paths.use_offscreen_fonts()  # on Windows the offscreen platform finds no fonts by itself
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("herning-laeser")
    interface_font = app.font()
    interface_font.setPointSizeF(max(interface_font.pointSizeF(), 12.0))  # calm, readable chrome by default
    app.setFont(interface_font)

    # On a public terminal nothing is written to disk: settings live in memory only.
    # The app's own file may be put aside when unreadable; a file named with --settings is never touched.
    store = (MemoryStore() if kiosk_config is not None or (args.homeless and args.settings is None)
             else QSettingsStore(args.settings or paths.user_settings_path(), keep_aside=args.settings is None))
    caching = kiosk_config is None and not args.homeless
    settings = Settings(store)
    first_start = kiosk_config is None and not settings.get(START_SCREEN_SEEN)
    if kiosk_config is not None:  # the administrator's values, which every reset returns to
        if args.lang:
            kiosk_config.settings[LANGUAGE.key] = args.lang
        kiosk_config.settings.update(args.option_values)  # --font-size, --theme, --font, --line-height
        settings.set_starting(kiosk_config.settings)
    elif args.lang:
        settings.set(LANGUAGE, args.lang)
    elif first_start and LANGUAGE.key not in store.load():
        settings.set(LANGUAGE, system_language())  # first start follows the system's locale
    for key, value in args.option_values.items():  # --font-size, --theme, --font, --line-height
        settings.set(key, value)
    interface_language = InterfaceLanguage(app, settings.get(LANGUAGE))
    settings.changed.connect(interface_language.follow)  # the "language" setting switches it live
    if settings.file_notice is not None:  # also said in the window; here for runs without one
        from reader.ui.settings_notice import file_notice_text

        print(file_notice_text(settings.file_notice), file=sys.stderr)

    # Parsed documents are cached for the next start, except on a public terminal (nothing written).
    from reader.document.cache import DocumentCache

    cache = DocumentCache(cache_folder("documents")) if caching else None
    try:
        documents, problems = cli.load_content(args.content, cache)
    except cli.PathError as problem:
        print(problem, file=sys.stderr)
        return 2
    from reader.speech.service import SpeechService

    speech = SpeechService(settings)  # read aloud; its worker starts once the window has painted
    if args.export_pdf is not None:  # the large-print copy from the command line
        gc.enable()  # the collector rests only while a window is made, not through a long export
        from reader.ui.large_print import export_from_command_line

        status = export_from_command_line(documents, problems, settings, args.export_pdf, args.section, interruption)
        settings.flush()  # what the options chose (e.g. --lang) is kept, as at quitting
        return status
    from reader.cache import FileCache
    from reader.presentation.themes import load_themes
    from reader.ui.appearance import THEME_FOLDER

    themes = load_themes(THEME_FOLDER, FileCache(cache_folder("themes")) if caching else None)
    window = MainWindow(documents, problems, settings, speech=speech, themes=themes)
    kiosk = None
    if kiosk_config is not None:
        from reader.ui.kiosk import Kiosk

        kiosk = Kiosk(app, window.terminal_parts(), kiosk_config)
    if args.screenshot is not None:
        if kiosk is not None and kiosk_config is not None and kiosk_config.start_screen:
            window.resize(1280, 800)
            window.access.show_start_screen()
        status = _save_screenshot(app, window, args.screenshot, interruption)
        settings.flush()
        return status
    show_window(window, settings, kiosk, first_start=first_start)
    # Once the text is on screen, the voice loads and the sound device opens in the background,
    # so the first F5 is heard at once.
    window.first_painted.connect(speech.prepare)
    window.first_painted.connect(gc.enable)
    return app.exec()


def show_window(window: MainWindow, settings: Settings, kiosk: Kiosk | None, *, first_start: bool) -> None:
    """Shows the window: on a public terminal full screen, at the beginning, with the start screen
    (every visit starts afresh); elsewhere inside the screen where it was last time on that screen,
    with the text where the reader left off, and at a first start with the start screen."""
    if kiosk is not None:
        window.resize(1280, 800)
        kiosk.start()
        if window.voicing is not None:  # the app's own voice as each visit starts: on, off, or at the first key
            window.voicing.follow_kiosk(kiosk.reset_done, kiosk.config.self_voicing)
        return
    from reader.ui.placement import WindowPlacement

    window.placement = WindowPlacement(window, settings)
    window.resume.restore()
    window.placement.show()
    if first_start:
        window.access.show_start_screen()


def _console_never_raises() -> None:
    """A console that cannot show a character (an ASCII or code-page terminal) gets it as an escape
    (\\xe6) instead of a UnicodeEncodeError in the middle of a message."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _kiosk_possible(args: argparse.Namespace) -> bool:
    """False only when public-terminal mode is surely off: no option names it and nothing at all is at
    the machine-wide kiosk.ini's path (then its reader is not even imported). A link to nowhere, a
    loop of links or a path that cannot be looked at counts as there: the full check says why."""
    if args.kiosk or args.kiosk_config is not None:
        return True
    try:
        os.lstat(paths.system_kiosk_config())
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def _show_installation_problem(args: object, problem: str) -> None:
    """The same sentence in a message box when the window was asked for (a Start-menu start has no console)."""
    headless = ("check", "speak_to_file", "export_mp3", "export_epub", "screenshot", "export_pdf")
    if any(getattr(args, name, None) is not None for name in headless) or not cli.has_display():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - the box needs it
    QMessageBox.critical(None, "Herning Læser", problem)


def _save_screenshot(app: object, window: object, path: Path, interruption: Interruption) -> int:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget) and isinstance(app, QApplication)
    window.resize(1280, 800)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))  # type: ignore[attr-defined]
    window.show()
    deadline = time.monotonic() + 5.0
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(5):  # the first paint's follow-up work (start-up problems in the status bar) is in the picture
        app.processEvents()
    from reader.files import OutputError, atomic_output, incomplete, verify_png

    if interruption():
        return cancelled()
    buffer = QBuffer()  # encoded in memory; Python writes the file and hears every write error
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = window.grab().save(buffer, "PNG")
    try:
        with atomic_output(path, verify=verify_png) as temporary:
            if not encoded:
                raise incomplete(temporary, translate("Files", "the picture could not be written"))
            temporary.write_bytes(buffer.data().data())
    except OutputError as error:
        print(error, file=sys.stderr)
        return 1
    print(path)
    return 0


def _quiet_offscreen_noise() -> None:
    """Drops the offscreen platform's harmless complaint about window size hints.

    Only for offscreen runs (screenshots, exports): a Python message handler needs the
    interpreter lock on every message from any Qt thread. Everything else Qt says still
    reaches stderr.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
