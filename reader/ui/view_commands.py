"""The View menu's commands: text and interface size ladders, themes, the settings panel, reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from reader.document import Document
from reader.presentation import view
from reader.presentation.options import FONT_SIZE, INTERFACE_SIZE, OPTIONS, THEME, VIEW_KEYS
from reader.presentation.themes import listed_themes
from reader.settings_service import Settings
from reader.ui import theming
from reader.ui.appearance import Appearance

if TYPE_CHECKING:
    from reader.ui.settings_panel import SettingsPanel

CONTEXT = "ViewCommands"


def rejected_message(rejected: list[str]) -> str:
    """A Danish (or English) sentence naming the stored settings that fell back to their defaults."""
    keys = []
    for note in rejected:
        key = note.split(":", 1)[0]
        if key not in keys:
            keys.append(key)
    names = ", ".join(OPTIONS[key].name() if key in OPTIONS and OPTIONS[key].label else key for key in keys)
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
        current = self.settings.get(FONT_SIZE)
        size = view.step(FONT_SIZE.ladder, current, direction)
        self.settings.set(FONT_SIZE, size)
        if size == current and direction > 0:
            self._tell(QCoreApplication.translate("ViewCommands", "The text is as large as it gets: {percent} %")
                       .format(percent=view.percent(size)))
        elif size == current:
            self._tell(QCoreApplication.translate("ViewCommands", "The text is as small as it gets: {percent} %")
                       .format(percent=view.percent(size)))
        else:
            self._size_changed(size)

    def text_size_reset(self) -> None:
        size = self.settings.starting(FONT_SIZE)  # (a public terminal's own)
        self.settings.set(FONT_SIZE, size)
        self._size_changed(size)

    def interface_size(self, direction: int) -> None:
        current = self.settings.get(INTERFACE_SIZE)
        size = view.step(INTERFACE_SIZE.ladder, current, direction)
        self.settings.set(INTERFACE_SIZE, size)
        self._tell(QCoreApplication.translate("ViewCommands", "Menus and buttons: {points} pt").format(points=f"{size:g}"))

    def next_theme(self) -> None:
        themes = [theme.id for theme in listed_themes(self.appearance.themes)]
        current = self.settings.get(THEME)
        following = themes[(themes.index(current) + 1) % len(themes)] if current in themes else themes[0]
        self.settings.set(THEME, following)
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
        self.settings.reset(list(VIEW_KEYS))
        self._tell(QCoreApplication.translate("ViewCommands", "The view is back to normal."))
