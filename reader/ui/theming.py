"""Applies a colour Theme and the interface size to the whole application.

The palette carries every colour of the theme (``theme.focus`` in the Accent role,
``theme.border`` in Mid, ``theme.disabled_text`` in PlaceholderText). The stylesheet adds
what palettes cannot: the focus ring (a 3 px frame, WCAG 2.4.13), control borders and
menu/list highlights. It names no colour of its own, only palette roles, so it is the same
for every theme and is applied to the application once. Qt resolves a stylesheet's
``palette(role)`` when it polishes a widget, so a theme change sets the new palette and
polishes the widgets again (a few milliseconds) instead of re-applying the stylesheet to the
whole application (tens of milliseconds). The focus ring rule lives here only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.paths import RESOURCES
from reader.presentation.themes import Theme
from reader.texts import QT_TRANSLATE_NOOP

CONTEXT = "Themes"

# The theme names in resources/themes/*.toml, here so lupdate collects them.
THEME_NAMES = (
    QT_TRANSLATE_NOOP("Themes", "Standard (follow the system)"),
    QT_TRANSLATE_NOOP("Themes", "Standard, dark"),
    QT_TRANSLATE_NOOP("Themes", "Black on white"),
    QT_TRANSLATE_NOOP("Themes", "White on black"),
    QT_TRANSLATE_NOOP("Themes", "Yellow on black"),
    QT_TRANSLATE_NOOP("Themes", "Black on cream"),
    QT_TRANSLATE_NOOP("Themes", "Dark blue"),
)

ICONS = RESOURCES / "icons"
FOCUS_RING_WIDTH = 3  # px; WCAG 2.4.13 asks at least 2
DARK_PROPERTY = "darkTheme"  # set on every window while a light-on-dark theme is shown


def theme_label(theme: Theme) -> str:
    return QCoreApplication.translate(CONTEXT, theme.name)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_prefers_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.window,
        roles.WindowText: theme.window_text,
        roles.Base: theme.background,
        roles.AlternateBase: theme.quote_background,
        roles.Text: theme.text,
        roles.PlaceholderText: theme.disabled_text,  # also the stylesheet's disabled text
        roles.Button: theme.button,
        roles.ButtonText: theme.button_text,
        roles.BrightText: theme.text,
        roles.Highlight: theme.selection_background,
        roles.HighlightedText: theme.selection_text,
        roles.Link: theme.link,
        roles.LinkVisited: theme.link,
        roles.ToolTipBase: theme.background,
        roles.ToolTipText: theme.text,
        roles.Light: theme.border,
        roles.Midlight: theme.border,
        roles.Mid: theme.border,
        roles.Dark: theme.border,
        roles.Shadow: theme.border,
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Base, QColor(theme.window))
    p.setColor(roles.Accent, QColor(theme.focus))  # the focus ring (the stylesheet's palette(accent))
    return p


class _Roles:
    """The stylesheet's colours: each a palette role that palette() fills from the theme."""

    window = "palette(window)"
    window_text = "palette(window-text)"
    text = "palette(text)"
    background = "palette(base)"
    border = "palette(mid)"
    selection_background = "palette(highlight)"
    selection_text = "palette(highlighted-text)"
    button = "palette(button)"
    button_text = "palette(button-text)"
    disabled_text = "palette(placeholder-text)"
    focus = "palette(accent)"


def stylesheet() -> str:
    """Borders, highlights and the focus ring for every kind of control the app uses, in palette roles."""
    t = _Roles
    ring = FOCUS_RING_WIDTH
    gap = ring - 1
    # Arrows are images, which no palette colours: white ones inside a window marked dark.
    down, up = ((ICONS / f"arrow-{way}-black.svg").as_posix() for way in ("down", "up"))
    down_light, up_light = ((ICONS / f"arrow-{way}-white.svg").as_posix() for way in ("down", "up"))
    dark = DARK_PROPERTY  # unfocused controls keep the ring's room as margin, so nothing moves
    return f"""
QMainWindow, QDialog, QMessageBox, QStatusBar, QToolBar {{ background-color: {t.window}; color: {t.window_text}; }}
QStatusBar QLabel {{ color: {t.window_text}; }}
QLabel {{ background: transparent; }}
#contents_pane QLabel {{ padding: 0.2em 0.3em 0.1em 0.3em; }}
QToolTip {{ color: {t.text}; background-color: {t.background}; border: 1px solid {t.border}; }}
QMenuBar {{ background-color: {t.window}; color: {t.window_text}; }}
QMenuBar::item {{ padding: 0.2em 0.6em; background: transparent; color: {t.window_text}; }}
QMenuBar::item:selected, QMenuBar::item:pressed {{ background-color: {t.selection_background};
    color: {t.selection_text}; }}
QMenu {{ background-color: {t.button}; color: {t.button_text}; border: 1px solid {t.border}; }}
QMenu::item {{ padding: 0.3em 1.5em 0.3em 1.2em; }}
QMenu::item:selected {{ background-color: {t.selection_background}; color: {t.selection_text}; }}
QMenu::item:disabled {{ color: {t.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: 0.2em 0.5em; }}
QToolBar {{ border: none; border-bottom: 1px solid {t.border}; spacing: 0.3em; padding: 0.15em; }}
QToolButton {{ color: {t.button_text}; background-color: {t.button}; border: 1px solid {t.border};
    border-radius: 3px; padding: 0.2em 0.5em; margin: {gap}px; }}
QToolButton:hover, QPushButton:hover {{ border-color: {t.focus}; }}
QToolButton:checked, QToolButton:pressed {{ background-color: {t.selection_background}; color: {t.selection_text}; }}
QToolButton:disabled, QPushButton:disabled {{ color: {t.disabled_text}; }}
QToolButton:focus {{ border: {ring}px solid {t.focus}; margin: 0px; }}
QPushButton {{ color: {t.button_text}; background-color: {t.button}; border: 1px solid {t.border};
    border-radius: 3px; padding: 0.3em 0.9em; margin: {gap}px; }}
QPushButton:focus {{ border: {ring}px solid {t.focus}; margin: 0px; }}
QPushButton:pressed {{ background-color: {t.selection_background}; color: {t.selection_text}; }}
/* Dialog buttons in words only: the platform's icons (a dark cross on "Close") vanish on dark themes. */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QTextBrowser, QTextEdit, QPlainTextEdit, QListView, QListWidget, QTreeView {{
    color: {t.text}; background-color: {t.background}; border: 1px solid {t.border}; margin: {gap}px;
    selection-color: {t.selection_text}; selection-background-color: {t.selection_background}; }}
QTextBrowser:focus, QTextEdit:focus, QPlainTextEdit:focus, QListView:focus, QListWidget:focus,
QTreeView:focus {{ border: {ring}px solid {t.focus}; margin: 0px; }}
QListView, QListWidget {{ outline: 0; }}
QListView::item, QListWidget::item {{ color: {t.text}; }}
QListView::item:selected, QListWidget::item:selected {{ color: {t.selection_text};
    background-color: {t.selection_background}; }}
QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit {{ color: {t.text}; background-color: {t.background};
    border: 1px solid {t.border}; border-radius: 3px; padding: 0.15em 0.3em; margin: {gap}px;
    selection-color: {t.selection_text}; selection-background-color: {t.selection_background}; }}
QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QLineEdit:focus {{ border: {ring}px solid {t.focus};
    margin: 0px; }}
QComboBox::drop-down {{ width: 1.4em; border-left: 1px solid {t.border}; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{
    width: 1.4em; border-left: 1px solid {t.border}; background-color: {t.button}; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
QComboBox::down-arrow, QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url("{down}"); width: 0.7em;
    height: 0.5em; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url("{up}"); width: 0.7em; height: 0.5em; }}
*[{dark}="true"] QComboBox::down-arrow, *[{dark}="true"] QSpinBox::down-arrow,
*[{dark}="true"] QDoubleSpinBox::down-arrow {{ image: url("{down_light}"); }}
*[{dark}="true"] QSpinBox::up-arrow, *[{dark}="true"] QDoubleSpinBox::up-arrow {{ image: url("{up_light}"); }}
QComboBox QAbstractItemView {{ color: {t.text}; background-color: {t.background}; border: 1px solid {t.border};
    selection-color: {t.selection_text}; selection-background-color: {t.selection_background}; }}
QCheckBox, QRadioButton {{ color: {t.window_text}; background: transparent; border: 1px solid transparent;
    padding: 0.1em 0.2em; margin: {gap}px; }}
QCheckBox:focus, QRadioButton:focus {{ border: {ring}px solid {t.focus}; margin: 0px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 1em; height: 1em; border: 2px solid {t.border};
    background-color: {t.background}; }}
QRadioButton::indicator {{ border-radius: 0.5em; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background-color: {t.text};
    border: 2px solid {t.border}; }}
QSlider {{ background: transparent; border: 1px solid transparent; margin: {gap}px; }}
QSlider:focus {{ border: {ring}px solid {t.focus}; margin: 0px; }}
QSlider::groove:horizontal {{ height: 0.35em; background: {t.border}; border-radius: 2px; }}
QSlider::handle:horizontal {{ width: 1.1em; margin: -0.45em 0; background: {t.text};
    border: 2px solid {t.background}; border-radius: 0.55em; }}
QGroupBox {{ border: 1px solid {t.border}; margin-top: 1.4em; padding-top: 0.4em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0.5em; padding: 0 0.3em; color: {t.window_text}; }}
QScrollBar {{ background: {t.window}; border: 1px solid {t.border}; }}
QScrollBar:vertical {{ width: 1em; }}
QScrollBar:horizontal {{ height: 1em; }}
QScrollBar::handle {{ background: {t.border}; border-radius: 3px; min-height: 2em; min-width: 2em; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QSplitter::handle {{ background-color: {t.border}; }}
QSplitter::handle:horizontal {{ width: 2px; }}
QSplitter::handle:vertical {{ height: 2px; }}
QScrollArea {{ border: none; }}
"""


def interface_font(point_size: float) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    return font


def apply(app: QApplication, theme: Theme, interface_point_size: float) -> None:
    """Puts ``theme`` and the interface size on every widget, dialogs included."""
    font = interface_font(interface_point_size)
    if font != app.font():
        app.setFont(font)
    app.setPalette(palette(theme))
    for window in app.topLevelWidgets():
        window.setProperty(DARK_PROPERTY, theme.dark)
    sheet = stylesheet()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)  # the first time only: it names palette roles, not colours
    else:
        repolish(app)  # the palette's colours, and the em units of a new interface font


def prepare_repolish(app: QApplication) -> None:
    """Makes, ahead of time, the Python types that ``repolish`` uses. PySide6 makes them the first
    time Python meets them: QStyle with its enums (~10 ms) and the wrappers of Qt's own widgets
    (scroll bars, splitter handles...), which would otherwise freeze the first theme change for
    two frames. Called once the window is painted."""
    for widget in app.allWidgets():
        widget.style()


def repolish(app: QApplication) -> None:
    """Polishes every widget again, so the stylesheet's palette roles take the palette now set.

    ``allWidgets()`` is a list made before the loop: a widget on it that has been deleted since is
    passed over."""
    for widget in app.allWidgets():
        if not shiboken6.isValid(widget):
            continue
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
