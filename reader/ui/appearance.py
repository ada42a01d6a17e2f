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

from reader.output.text_document import TextStyle
from reader.paths import RESOURCES
from reader.presentation import options
from reader.presentation.options import OPTIONS, Restyle
from reader.presentation.themes import Theme, load_themes, resolve_theme
from reader.settings_service import Settings
from reader.ui import fonts, theming

THEME_FOLDER = RESOURCES / "themes"


def pixels_per_point() -> float:
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInchY() if screen is not None else 96.0) / 72.0


def text_style(theme: Theme, settings: Settings) -> TextStyle:
    """The renderer's TextStyle for a theme and the settings' text options."""
    point_size = settings.get(options.FONT_SIZE)
    px_per_em = point_size * pixels_per_point()
    return TextStyle(
        font_family=fonts.family_for(settings.get(options.FONT)),
        point_size=point_size,
        text=QColor(theme.text),
        background=QColor(theme.background),
        heading=QColor(theme.heading),
        quote_text=QColor(theme.quote_text),
        quote_background=QColor(theme.quote_background),
        commitments_background=QColor(theme.commitments_background),
        line_height_percent=settings.get(options.LINE_HEIGHT),
        paragraph_spacing_em=settings.get(options.PARAGRAPH_SPACING),
        link=QColor(theme.link),
        letter_spacing_px=settings.get(options.LETTER_SPACING) * px_per_em,
        word_spacing_px=settings.get(options.WORD_SPACING) * px_per_em,
        line_length=settings.get(options.LINE_LENGTH),
        plain_emphasis=settings.get(options.PLAIN_EMPHASIS),
        show_numbers=settings.get(options.SHOW_NUMBERS),
        line_focus=options.focused_lines(settings.get(options.LINE_FOCUS)),
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
            self.themes, self.settings.get(options.THEME),
            system_dark=theming.system_prefers_dark(), system_high_contrast=theming.system_prefers_high_contrast(),
        )

    def apply(self) -> None:
        """Puts the current theme and interface size on the whole application."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theming.apply(app, self.theme, self.settings.get(options.INTERFACE_SIZE))

    def prepare_restyle(self) -> None:
        """Work the first restyle would otherwise do, done early (see ``theming.prepare_repolish``)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theming.prepare_repolish(app)

    def text_style(self) -> TextStyle:
        return text_style(self.theme, self.settings)

    def _setting_changed(self, key: str, _value: object) -> None:
        restyle = OPTIONS[key].restyle
        if restyle is Restyle.THEME:
            self._set_theme(self._resolve())
        elif restyle is Restyle.INTERFACE:
            self.apply()
        elif restyle is Restyle.TEXT:
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
