"""The View menu's commands: text and interface size ladders, themes, the settings panel, reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from reader.document import Document
from reader.presentation import view
from reader.presentation.themes import listed_themes
from reader.settings_service import Settings
from reader.ui import theming
from reader.ui.appearance import Appearance

if TYPE_CHECKING:
    from reader.ui.settings_panel import SettingsPanel

CONTEXT = "ViewCommands"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


# Settings keys -> English names, for telling the user which stored values were not usable.
SETTING_NAMES: dict[str, str] = {
    "language": QT_TRANSLATE_NOOP("ViewCommands", "interface language"),
    "font_size": QT_TRANSLATE_NOOP("ViewCommands", "text size"),
    "theme": QT_TRANSLATE_NOOP("ViewCommands", "colour theme"),
    "interface_size": QT_TRANSLATE_NOOP("ViewCommands", "size of menus and buttons"),
    "font": QT_TRANSLATE_NOOP("ViewCommands", "font"),
    "line_height": QT_TRANSLATE_NOOP("ViewCommands", "line height"),
    "letter_spacing": QT_TRANSLATE_NOOP("ViewCommands", "space between letters"),
    "word_spacing": QT_TRANSLATE_NOOP("ViewCommands", "space between words"),
    "paragraph_spacing": QT_TRANSLATE_NOOP("ViewCommands", "space after paragraphs"),
    "line_length": QT_TRANSLATE_NOOP("ViewCommands", "longest line"),
    "plain_emphasis": QT_TRANSLATE_NOOP("ViewCommands", "no bold or italics"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rejected_message(rejected: list[str]) -> str:
    """A Danish (or English) sentence naming the stored settings that fell back to their defaults."""
    keys = []
    for note in rejected:
        key = note.split(":", 1)[0]
        if key not in keys:
            keys.append(key)
    names = ", ".join(_tr(SETTING_NAMES[key]) if key in SETTING_NAMES else key for key in keys)
    return QCoreApplication.translate(
        "ViewCommands",
        "Some saved settings could not be used and are back to normal: {names}. Your other settings are kept.",
    ).format(names=names)


class ViewCommands(QObject):
    """Handlers for the "view." actions of the registry, acting through the settings."""

    def __init__(self, window: QWidget, settings: Settings, appearance: Appearance,
                 document: Callable[[], Document | None], tell: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.appearance = appearance
        self._document = document
        self._tell = tell
        self.panel: SettingsPanel | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "view.zoom_in": lambda: self.text_size(+1),
            "view.zoom_out": lambda: self.text_size(-1),
            "view.zoom_reset": self.text_size_reset,
            "view.interface_larger": lambda: self.interface_size(+1),
            "view.interface_smaller": lambda: self.interface_size(-1),
            "view.next_theme": self.next_theme,
            "view.settings": self.open_settings,
            "view.reset": self.reset_view,
        }

    def _size_changed(self, size: float) -> None:
        self._tell(QCoreApplication.translate("ViewCommands", "Text size {percent} %").format(percent=view.percent(size)))

    def text_size(self, direction: int) -> None:
        current = float(self.settings.value("font_size"))  # type: ignore[arg-type]
        size = view.step(view.FONT_SIZES, current, direction)
        self.settings.set("font_size", size)
        if size == current and direction > 0:
            self._tell(QCoreApplication.translate("ViewCommands", "The text is as large as it gets: {percent} %")
                       .format(percent=view.percent(size)))
        elif size == current:
            self._tell(QCoreApplication.translate("ViewCommands", "The text is as small as it gets: {percent} %")
                       .format(percent=view.percent(size)))
        else:
            self._size_changed(size)

    def text_size_reset(self) -> None:
        size = float(self.settings.starting_value("font_size"))  # type: ignore[arg-type]  # (a terminal's own)
        self.settings.set("font_size", size)
        self._size_changed(size)

    def interface_size(self, direction: int) -> None:
        current = float(self.settings.value("interface_size"))  # type: ignore[arg-type]
        size = view.step(view.INTERFACE_SIZES, current, direction)
        self.settings.set("interface_size", size)
        self._tell(QCoreApplication.translate("ViewCommands", "Menus and buttons: {points} pt").format(points=f"{size:g}"))

    def next_theme(self) -> None:
        themes = [theme.id for theme in listed_themes(self.appearance.themes)]
        current = str(self.settings.value("theme"))
        following = themes[(themes.index(current) + 1) % len(themes)] if current in themes else themes[0]
        self.settings.set("theme", following)
        name = theming.theme_label(self.appearance.themes[following])
        self._tell(QCoreApplication.translate("ViewCommands", "Colour theme: {name}").format(name=name))

    def open_settings(self) -> SettingsPanel:
        if self.panel is None:
            from reader.ui.settings_panel import SettingsPanel  # imported when first opened, not at start

            self.panel = SettingsPanel(self.settings, self.appearance, self._document(), self.window)
            available = self.window.screen().availableGeometry()
            self.panel.resize(min(1100, available.width() - 40), min(680, available.height() - 40))
        else:
            self.panel.show_document(self._document())
        self.panel.show()
        self.panel.activateWindow()
        return self.panel

    def reset_view(self) -> None:
        self.settings.reset(list(view.VIEW_KEYS))
        self._tell(QCoreApplication.translate("ViewCommands", "The view is back to normal."))
