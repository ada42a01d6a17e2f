"""Interface language: loads the app's own translations and Qt's, so stock dialogs match.

``InterfaceLanguage`` owns the installed translators. It is built once in ``app.main()``
and follows the "language" setting: switching removes the old translators and installs
the new ones, and Qt then sends every widget a ``QEvent.LanguageChange`` on which the
window retranslates itself (``MainWindow.retranslate``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from reader import texts
from reader.paths import RESOURCES
from reader.presentation.options import LANGUAGE

TRANSLATIONS = RESOURCES / "translations"
# System languages whose speakers get the Danish interface at first start; every other
# language gets English. "C" (no locale set, e.g. a service account) keeps the default.
_DANISH_READERS = (QLocale.Language.Danish, QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk,
                   QLocale.Language.Swedish, QLocale.Language.C, QLocale.Language.AnyLanguage)


def system_language(locale: QLocale | None = None) -> str:
    """The interface language that suits the system's locale: "da" or "en"."""
    language = (locale or QLocale.system()).language()
    return "da" if language in _DANISH_READERS else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Source strings are English; for Danish load reader_da.qm and Qt's qtbase_da.qm."""
    texts.set_language(language)  # first: installing a translator sends LanguageChange at once
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


class InterfaceLanguage(QObject):
    """The installed translators; ``switch()`` changes the interface language while the app runs."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        super().__init__(app)
        self._app = app
        self.language = language
        self._translators = install_translators(app, language)

    def switch(self, language: str) -> None:
        if language == self.language:
            return
        texts.set_language(language)  # first: removing a translator sends LanguageChange at once
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self.language = language
        self._translators = install_translators(self._app, language)

    def follow(self, key: str, value: object) -> None:
        """A slot for ``Settings.changed``: switches when the "language" setting changes."""
        if key == LANGUAGE.key:
            self.switch(str(value))

    def uninstall(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []


def current_language() -> str:
    """The interface language now ("da" or "en")."""
    return texts.language()
