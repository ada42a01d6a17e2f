"""Interface language: loads the app's own translations and Qt's, so stock dialogs match."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Source strings are English; for Danish load reader_da.qm and Qt's qtbase_da.qm."""
    translators: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"reader_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators
