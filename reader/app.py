"""main(): parse the command line, build settings, documents and window, and run."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reader import cli, paths
from reader.pyside_check import use_fast_module_check  # imported before Qt, which checks what comes after
from reader.speech.command import WORKER_OPTION

if TYPE_CHECKING:
    from reader.kiosk_config import KioskConfig


def cache_folder(kind: str) -> Path:
    """The user's cache folder for parsed ``kind`` ("documents", "themes")."""
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / kind


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [WORKER_OPTION]:  # a frozen app started as its own speech worker (worker_command)
        from reader.speech import worker

        return worker.main()
    args = cli.parse_args(arguments)
    language = args.ui_language
    problem = paths.installation_problem(language)
    if problem is not None:  # a broken install or bundle: one sentence, not a traceback
        print(problem, file=sys.stderr)
        _show_installation_problem(args, problem)
        return 2
    if args.settings is not None:  # a device, a FIFO or a folder is refused before anything reads it
        problem = cli.settings_path_problem(args.settings, language)
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    if args.check is not None:
        folder = args.content if args.check is True else Path(args.check)
        return cli.run_check(folder, language)
    if args.speak_to_file is not None or args.export_mp3 is not None or args.export_epub is not None:
        return cli.run_speak_to_file(args, language)  # the audio take-aways need no display

    # Public terminal: the administrator's configuration, read before Qt starts.
    kiosk_config = None
    if _kiosk_possible(args):
        from reader.kiosk_config import KioskConfigError, kiosk_from_command_line

        try:
            kiosk_config, kiosk_problems = kiosk_from_command_line(args.kiosk, args.kiosk_config, language)
        except KioskConfigError as error:
            print(error, file=sys.stderr)
            return 2
        for problem in kiosk_problems:
            print(problem, file=sys.stderr)

    if args.screenshot is not None or args.export_pdf is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.display import display_problem

    problem = display_problem(language)  # Qt would abort (exit 134) where it cannot connect
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    # Until the text is first painted, Python's cyclic garbage collector would run some sixty times
    # over the modules and widgets being made (~10 ms) and find next to nothing; it runs from then on.
    gc.disable()
    try:
        return _run(args, language, kiosk_config)
    finally:
        gc.enable()


def _run(args: argparse.Namespace, language: str, kiosk_config: KioskConfig | None) -> int:
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
    store = (MemoryStore() if kiosk_config is not None
             else QSettingsStore(args.settings or paths.user_settings_path(), keep_aside=args.settings is None))
    settings = Settings(store)
    first_start = kiosk_config is None and not settings.get(START_SCREEN_SEEN)
    if kiosk_config is not None:
        if args.lang:
            kiosk_config.settings[LANGUAGE.key] = args.lang
        for key, value in kiosk_config.settings.items():
            settings.set(key, value)
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

    cache = DocumentCache(cache_folder("documents")) if kiosk_config is None else None
    try:
        documents, problems = cli.load_content(args.content, language, cache)
    except cli.PathError as problem:
        print(problem, file=sys.stderr)
        return 2
    from reader.speech.service import SpeechService

    speech = SpeechService(settings)  # read aloud; its worker starts once the window has painted
    if args.export_pdf is not None:  # the large-print copy from the command line
        gc.enable()  # the collector rests only while a window is made, not through a long export
        from reader.ui.large_print import export_from_command_line

        status = export_from_command_line(documents, problems, settings, args.export_pdf, args.section)
        settings.flush()  # what the options chose (e.g. --lang) is kept, as at quitting
        return status
    from reader.cache import PickleCache
    from reader.presentation.themes import load_themes
    from reader.ui.appearance import THEME_FOLDER

    themes = load_themes(THEME_FOLDER, PickleCache(cache_folder("themes")) if kiosk_config is None else None)
    window = MainWindow(documents, problems, settings, speech=speech, themes=themes)
    kiosk = None
    if kiosk_config is not None:
        from reader.ui.kiosk import Kiosk

        kiosk = Kiosk(app, window, kiosk_config)
    if args.screenshot is not None:
        if kiosk is not None and kiosk_config is not None and kiosk_config.start_screen:
            window.resize(1280, 800)
            window.access.show_start_screen()
        status = _save_screenshot(app, window, args.screenshot)
        settings.flush()
        return status
    window.resize(1280, 800)
    if kiosk is not None and kiosk_config is not None:
        kiosk.start()  # full screen, start screen
        if window.voicing is not None:  # the app's own voice as each visit starts: on, off, or at the first key
            window.voicing.follow_kiosk(kiosk.reset_done, kiosk_config.self_voicing)
    else:
        window.show()
        if first_start:
            window.access.show_start_screen()
    # Once the text is on screen, the voice loads and the sound device opens in the background,
    # so the first F5 is heard at once.
    window.first_painted.connect(speech.prepare)
    window.first_painted.connect(gc.enable)
    return app.exec()


def _kiosk_possible(args: argparse.Namespace) -> bool:
    """False only when public-terminal mode is surely off: no option names it and there is no
    machine-wide kiosk.ini (then its reader, with configparser, is not even imported)."""
    if args.kiosk or args.kiosk_config is not None:
        return True
    try:
        return paths.system_kiosk_config().exists()
    except OSError:  # cannot even look: the full check reports why
        return True


def _show_installation_problem(args: object, problem: str) -> None:
    """The same sentence in a message box when the window was asked for (a Start-menu start has no console)."""
    headless = ("check", "speak_to_file", "export_mp3", "export_epub", "screenshot", "export_pdf")
    if any(getattr(args, name, None) is not None for name in headless) or not cli.has_display():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - the box needs it
    QMessageBox.critical(None, "Herning Læser", problem)


def _save_screenshot(app: object, window: object, path: Path) -> int:
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
    from reader.i18n import current_language

    language = current_language()
    buffer = QBuffer()  # encoded in memory; Python writes the file and hears every write error
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = window.grab().save(buffer, "PNG")
    try:
        with atomic_output(path, verify=lambda written: verify_png(written, language),
                           language=language) as temporary:
            if not encoded:
                raise incomplete(temporary, "png_failed", language)
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
