"""The user's presentation settings turned into a Theme, an interface size and a TextStyle.

``Appearance`` watches the settings and the desktop's colour scheme, resolves the
"system" theme, applies palette, stylesheet and interface font to the application
(so dialogs and menus follow), and tells the window through ``theme_changed`` and
``text_style_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.paths import RESOURCES
from reader.presentation.themes import Theme, load_themes, resolve_theme
from reader.presentation.view import VIEW_KEYS
from reader.settings_service import Settings
from reader.ui import fonts, theming
from reader.ui.render import TextStyle

THEME_FOLDER = RESOURCES / "themes"
_TEXT_KEYS = {"font_size", "font", "line_height", "letter_spacing", "word_spacing", "paragraph_spacing",
              "line_length", "plain_emphasis"}


def pixels_per_point() -> float:
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInchY() if screen is not None else 96.0) / 72.0


def text_style(theme: Theme, values: dict[str, object]) -> TextStyle:
    """The renderer's TextStyle for a theme and the view settings' values."""
    point_size = float(values["font_size"])  # type: ignore[arg-type]
    px_per_em = point_size * pixels_per_point()
    return TextStyle(
        font_family=fonts.family_for(str(values["font"])),
        point_size=point_size,
        text=QColor(theme.text),
        background=QColor(theme.background),
        heading=QColor(theme.heading),
        quote_text=QColor(theme.quote_text),
        quote_background=QColor(theme.quote_background),
        commitments_background=QColor(theme.commitments_background),
        line_height_percent=int(values["line_height"]),  # type: ignore[call-overload]
        paragraph_spacing_em=float(values["paragraph_spacing"]),  # type: ignore[arg-type]
        link=QColor(theme.link),
        letter_spacing_px=float(values["letter_spacing"]) * px_per_em,  # type: ignore[arg-type]
        word_spacing_px=float(values["word_spacing"]) * px_per_em,  # type: ignore[arg-type]
        line_length=int(values["line_length"]),  # type: ignore[call-overload]
        plain_emphasis=bool(values["plain_emphasis"]),
    )


class Appearance(QObject):
    """Keeps the application's look in step with the settings and the desktop."""

    theme_changed = Signal(object)  # the Theme now shown
    text_style_changed = Signal(object)  # the TextStyle the text pane must use

    def __init__(self, settings: Settings, themes: dict[str, Theme] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.themes = themes if themes is not None else load_themes(THEME_FOLDER)
        self.theme = self._resolve()
        settings.changed.connect(self._setting_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+: the desktop's contrast preference
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def _resolve(self) -> Theme:
        return resolve_theme(
            self.themes, str(self.settings.value("theme")),
            system_dark=theming.system_prefers_dark(), system_high_contrast=theming.system_prefers_high_contrast(),
        )

    def apply(self) -> None:
        """Puts the current theme and interface size on the whole application."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theming.apply(app, self.theme, float(self.settings.value("interface_size")))  # type: ignore[arg-type]

    def prepare_restyle(self) -> None:
        """Work the first restyle would otherwise do, done early (see ``theming.prepare_repolish``)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theming.prepare_repolish(app)

    def text_style(self) -> TextStyle:
        return text_style(self.theme, {key: self.settings.value(key) for key in VIEW_KEYS})

    def _setting_changed(self, key: str, _value: object) -> None:
        if key == "theme":
            self._set_theme(self._resolve())
        elif key == "interface_size":
            self.apply()
        elif key in _TEXT_KEYS:
            self.text_style_changed.emit(self.text_style())

    def _system_changed(self, *_args: object) -> None:
        theme = self._resolve()
        if theme != self.theme:
            self._set_theme(theme)

    def _set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.apply()
        self.text_style_changed.emit(self.text_style())
        self.theme_changed.emit(theme)
