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


def main(argv: list[str] | None = None) -> int:
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    language = args.ui_language
    if args.check is not None:
        folder = args.content if args.check is True else Path(args.check)
        return cli.run_check(folder, language)

    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not cli.has_display():
        print(cli.texts(language)["no_display"], file=sys.stderr)
        return 2

    # Qt is imported only now, so --check and --help work without it.
    from PySide6.QtWidgets import QApplication

    from reader.document import load_folder
    from reader.i18n import install_translators
    from reader.settings_service import QSettingsStore, Settings
    from reader.ui.main_window import APP_NAME, MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("herning-laeser")
    interface_font = app.font()
    interface_font.setPointSizeF(max(interface_font.pointSizeF(), 12.0))  # calm, readable chrome by default
    app.setFont(interface_font)

    settings = Settings(QSettingsStore(args.settings or default_settings_path()))
    if args.lang:
        settings.set("language", args.lang)
    translators = install_translators(  # noqa: F841 - kept alive while the app runs
        app, str(settings.value("language")))

    documents, problems = load_folder(args.content)
    window = MainWindow(documents, problems, settings)
    if args.screenshot is not None:
        return _save_screenshot(app, window, args.screenshot)
    window.resize(1280, 800)
    window.show()
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
