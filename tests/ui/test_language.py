"""The interface language: Danish by default, English on request, switched while the app runs,
and no string left untranslated in either (every widget and action is walked and each text
compared with the translation sources in resources/translations/reader_da.ts)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QWidget,
)

from reader.i18n import system_language
from reader.speech.fake import FakeEngine
from reader.speech.service import SpeechService
from reader.ui.main_window import APP_NAME, MainWindow
from tests.conftest import ROOT

MakeWindow = Callable[..., MainWindow]
TS = ROOT / "resources" / "translations" / "reader_da.ts"


def ts_pairs() -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(TS).iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        pairs.append((source, translation))
    return pairs


def _normal(text: str) -> str:
    """Mnemonics, trailing ellipses and a label's trailing colon do not matter for the comparison
    (tooltips drop them; a control's accessible name is its label without them)."""
    return text.replace("&", "").rstrip("…").strip().removesuffix(":").rstrip()


def _pattern(text: str) -> re.Pattern[str] | None:
    """A regex for a source or translation: each {placeholder} stands for any text."""
    if not re.sub(r"\{[^}]*\}", "", text).strip(" .,:;–-()%"):
        return None  # nothing but placeholders would match anything
    parts = re.split(r"(\{[^}]*\})", _normal(text))
    body = "".join(".+?" if part.startswith("{") and part.endswith("}") else re.escape(part) for part in parts)
    return re.compile(f"^{body}$", re.DOTALL)


def patterns(texts: list[str]) -> list[re.Pattern[str]]:
    return [p for text in texts if text and (p := _pattern(text)) is not None]


def shown_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person or a screen reader meets in the window."""
    def skip(widget: QObject) -> bool:
        while widget is not None:
            if widget.objectName().startswith("qt_"):
                return True
            widget = widget.parent()
        return False

    yield "window title", window.windowTitle()
    yield "status bar", window.statusBar().currentMessage()
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if skip(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{name} accessibleName", widget.accessibleName()
        yield f"{name} accessibleDescription", widget.accessibleDescription()
        yield f"{name} toolTip", widget.toolTip()
        yield f"{name} statusTip", widget.statusTip()
        yield f"{name} whatsThis", widget.whatsThis()
        if widget.isWindow() and widget is not window:
            yield f"{name} windowTitle", widget.windowTitle()
        if isinstance(widget, QLabel):
            yield f"{name} text", widget.text()
        if isinstance(widget, QAbstractButton):
            yield f"{name} text", widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item {index}", widget.itemText(index)
        if isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield f"{name} item {index}", widget.item(index).text()
        if isinstance(widget, QMenu):
            yield f"{name} title", widget.title()
    for action in window.findChildren(QAction):
        if skip(action) or action.isSeparator():
            continue
        name = f"action {action.objectName()!r}"
        yield f"{name} text", action.text()
        yield f"{name} statusTip", action.statusTip()
        yield f"{name} whatsThis", action.whatsThis()
        yield f"{name} toolTip", action.toolTip()


def allowed_names(window: MainWindow, language: str) -> list[str]:
    """Texts that are not interface strings: content, the app's name, profile labels from the data file."""
    names = [APP_NAME]
    for document in window.documents:
        names += [document.title, *(section.title for section in document.sections)]
    for profile in window.access.profiles:
        names += [*profile.labels.values(), *profile.descriptions.values()]
    return sorted({n for n in names if n}, key=len, reverse=True)


def untranslated(window: MainWindow, language: str) -> list[str]:
    pairs = ts_pairs()
    sources = patterns([s for s, _t in pairs])
    translations = patterns([t for _s, t in pairs])
    # The Danish interface must show translations; the English one the sources.
    expected, foreign = (translations, sources) if language == "da" else (sources, translations)
    names = allowed_names(window, language)
    found = []
    for where, text in shown_texts(window):
        rest = text
        for name in names:
            rest = rest.replace(name, "")
        if not re.search(r"[^\W\d_]", rest):
            continue  # nothing but content, numbers and punctuation
        candidates = [_normal(text)]
        if "toolTip" in where:  # "Label (Ctrl+Q)"
            candidates.append(_normal(re.sub(r"\s*\([^()]*\)$", "", text)))
        if any(p.match(c) for p in expected for c in candidates):
            continue
        if any(p.match(c) for p in foreign for c in candidates):
            found.append(f"{where}: {text!r} is in the other language")
        else:
            found.append(f"{where}: {text!r} is not from the translation sources (not passed through tr()?)")
    return found


@pytest.fixture
def full_window(make_window, settings) -> Callable[[], MainWindow]:
    """The window as app.main() builds it, read-aloud bar included (with the fake speech engine)."""
    def make() -> MainWindow:
        return make_window(speech=SpeechService(settings, engine=FakeEngine(speed=8.0)))

    return make


def open_everything(window: MainWindow, qtbot) -> None:
    """The parts that exist only when opened: search bar, key list, display settings, start screen, large print."""
    for action_id in ("search.find", "help.keys", "view.settings"):
        action = window.binder.actions.get(action_id)
        if action is not None and action.isEnabled():
            action.trigger()
    window.access.show_start_screen()
    window.access.open_large_print()
    qtbot.waitUntil(lambda: window.access.large_print is not None and window.access.large_print.isVisible())


def test_no_interface_string_is_left_in_english_in_the_danish_interface(full_window, qtbot) -> None:
    window = full_window()
    open_everything(window, qtbot)
    assert untranslated(window, "da") == []
    assert window.binder.actions["app.quit"].text() == "Afslut"


def test_no_interface_string_is_left_in_danish_in_the_english_interface(
        full_window, settings, interface_language, qtbot) -> None:
    settings.changed.connect(interface_language.follow)
    window = full_window()
    open_everything(window, qtbot)
    settings.set("language", "en")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert untranslated(window, "en") == []
    assert window.access.large_print.windowTitle() == "Large-print copy"


def test_the_walk_finds_a_string_that_skipped_tr(make_window: MakeWindow) -> None:
    window = make_window()
    label = QLabel("Read more", window.contents)
    label.setObjectName("hard_coded")

    def found() -> list[str]:
        return [line for line in untranslated(window, "da") + untranslated(window, "en") if "hard_coded" in line]

    assert found() == [
        "QLabel 'hard_coded' text: 'Read more' is not from the translation sources (not passed through tr()?)",
        "QLabel 'hard_coded' text: 'Read more' is not from the translation sources (not passed through tr()?)",
    ]
    label.setText("Afslut")
    assert found() == ["QLabel 'hard_coded' text: 'Afslut' is in the other language"]
    label.setText("Quit")
    assert found() == ["QLabel 'hard_coded' text: 'Quit' is in the other language"]


def test_language_switches_live_with_a_key(make_window: MakeWindow, settings, interface_language, qtbot) -> None:
    settings.changed.connect(interface_language.follow)
    window = make_window()
    window.view.setFocus()
    assert window.binder.actions["language.toggle"].text() == "In English"
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert settings.value("language") == "en"
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert window.binder.actions["app.quit"].text() == "Quit"
    assert window.binder.actions["language.toggle"].text() == "På dansk"
    assert window.contents.list.item(1).text() == "Theme 1: Dannelse"
    assert window.view.accessibleName() == "Document text"
    assert QLocale().language() == QLocale.Language.English  # stock dialogs follow
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Filer")
    assert window.contents.list.item(1).text() == "Tema 1: Dannelse"
    assert window.view.accessibleName() == "Dokumentets tekst"


@pytest.mark.parametrize("locale, expected", [
    (QLocale(QLocale.Language.Danish, QLocale.Country.Denmark), "da"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
    (QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway), "da"),
    (QLocale.c(), "da"),
])
def test_first_start_follows_the_system_locale(locale: QLocale, expected: str) -> None:
    assert system_language(locale) == expected


def start_app(tmp_path, locale: str, *args: str) -> str:
    """Starts the app once (a screenshot) with a fresh settings folder; returns the settings file's text."""
    env = dict(os.environ, LANG=locale, LC_ALL=locale, XDG_CONFIG_HOME=str(tmp_path / locale))
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp_path / "shot.png"), *args], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    stored = tmp_path / locale / "herning-laeser" / "settings.ini"
    return stored.read_text(encoding="utf-8") if stored.exists() else ""


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the system's language is given with LANG (Linux)")
def test_the_first_start_takes_the_language_from_the_system(tmp_path) -> None:
    assert "language=en" in start_app(tmp_path, "en_GB.UTF-8")
    assert "language" not in start_app(tmp_path, "da_DK.UTF-8")  # Danish, the default: nothing to store
