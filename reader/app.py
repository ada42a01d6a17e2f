"""main(): parse the command line, build settings, documents and window, and run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader import cli


def default_settings_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / "herning-laeser" / "settings.ini"


def document_cache_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "documents"


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["--speech-worker"]:  # a frozen app started as its own speech worker (worker_command)
        from reader.speech import worker

        return worker.main()
    args = cli.parse_args(arguments)
    language = args.ui_language
    if args.check is not None:
        folder = args.content if args.check is True else Path(args.check)
        return cli.run_check(folder, language)
    if args.speak_to_file is not None or args.export_mp3 is not None or args.export_epub is not None:
        return cli.run_speak_to_file(args, language)  # the audio take-aways need no display

    # Public terminal (issue 6): the administrator's configuration, read before Qt starts.
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
    if not cli.has_display():
        print(cli.texts(language)["no_display"], file=sys.stderr)
        return 2

    # Qt is imported only now, so --check and --help work without it.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.document import load_folder
    from reader.i18n import InterfaceLanguage, system_language
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
    store = MemoryStore() if kiosk_config is not None else QSettingsStore(args.settings or default_settings_path())
    settings = Settings(store)
    first_start = kiosk_config is None and not settings.value("start_screen_seen")
    if kiosk_config is not None:
        if args.lang:
            kiosk_config.settings["language"] = args.lang
        for key, value in kiosk_config.settings.items():
            settings.set(key, value)
    elif args.lang:
        settings.set("language", args.lang)
    elif first_start and "language" not in store.load():
        settings.set("language", system_language())  # first start follows the system's locale
    for key, value in args.view_settings.items():  # --font-size, --theme, --font, --line-height
        settings.set(key, value)
    interface_language = InterfaceLanguage(app, str(settings.value("language")))
    settings.changed.connect(interface_language.follow)  # the "language" setting switches it live

    # Parsed documents are cached for the next start, except on a public terminal (nothing written).
    from reader.document.cache import DocumentCache

    cache = DocumentCache(document_cache_folder()) if kiosk_config is None else None
    documents, problems = load_folder(args.content, cache)
    from reader.speech.service import SpeechService

    speech = SpeechService(settings)  # read aloud; its worker starts once the window has painted
    if args.export_pdf is not None:  # the large-print copy from the command line (issue 6)
        from reader.ui.large_print import export_from_command_line

        return export_from_command_line(documents, problems, settings, args.export_pdf, args.section)
    window = MainWindow(documents, problems, settings, speech=speech)
    kiosk = None
    if kiosk_config is not None:
        from reader.ui.kiosk import Kiosk

        kiosk = Kiosk(app, window, kiosk_config)
    if args.screenshot is not None:
        if kiosk is not None and kiosk_config is not None and kiosk_config.start_screen:
            window.resize(1280, 800)
            window.access.show_start_screen()
        return _save_screenshot(app, window, args.screenshot)
    window.resize(1280, 800)
    if kiosk is not None:
        kiosk.start()  # full screen, start screen
    else:
        window.show()
        if first_start:
            window.access.show_start_screen()
    # After the first paint (posted events go before zero timers): the voice loads and the sound
    # device opens in the background, so the first F5 is heard at once.
    QTimer.singleShot(0, speech.prepare)
    return app.exec()


def _save_screenshot(app: object, window: object, path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget) and isinstance(app, QApplication)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(str(path)):
        print(f"{path}: could not write PNG", file=sys.stderr)
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
