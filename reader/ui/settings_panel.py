"""The display settings panel: theme, text and interface size, font, spacing, the app's own voice, with a
live preview.

Every control has a visible label that is also its accessible name (one helper does
both), changes apply at once to the whole window, and "Reset view" puts everything back.
Texts are set in ``retranslate()``, so the panel follows a change of interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.document import Document
from reader.output.text_document import render
from reader.presentation import view
from reader.presentation.options import FONT, FONT_SIZE, OPTIONS, THEME, VIEW_KEYS, WCAG_SPACING, Group, Option
from reader.presentation.themes import listed_themes
from reader.settings_service import Settings
from reader.texts import translate
from reader.ui import fonts, theming
from reader.ui.accessible import name_by_label, plain
from reader.ui.appearance import Appearance

# The panel's rows: every view and access option with a label, in the order of the option table.
ROWS: tuple[Option, ...] = tuple(option for option in OPTIONS.values()
                                 if option.group in (Group.VIEW, Group.ACCESS) and option.label)
PREVIEW_CHARACTERS = 24  # the narrowest preview shown beside the form, in average characters


def control_kind(option: Option) -> type[QWidget]:
    """The control an option gets: a list for a ladder or choices, a check box for a switch, else a spin box."""
    if option.ladder or option.choices:
        return QComboBox
    if isinstance(option.default, bool):
        return QCheckBox
    return QSpinBox


class SettingsPanel(QDialog):
    def __init__(self, settings: Settings, appearance: Appearance, document: Document | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_panel")
        self.settings = settings
        self.appearance = appearance
        self.document_model = document
        self._updating = False
        self.controls: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._preview_document: QTextDocument | None = None

        form_widget = QWidget()
        form_widget.setObjectName("settings_form")
        self.form = _Rows(form_widget)

        for option in ROWS:
            kind = control_kind(option)
            if kind is QComboBox:
                self._combo(option)
            elif kind is QCheckBox:
                self._check_box(option)
            else:
                self._spin(option)

        self.wcag_button = QPushButton()
        self.wcag_button.setObjectName("settings_wcag_spacing")
        self.wcag_button.clicked.connect(self.use_wcag_spacing)
        self.form.addRow(self.wcag_button)
        self.form.addStretch(1)

        scroll = _FormScroll()
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.preview_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setObjectName("settings_preview")
        self.preview.setTabChangesFocus(True)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_column = QVBoxLayout()
        preview_column.addWidget(self.preview_label)
        preview_column.addWidget(self.preview, 1)

        # Side by side where the panel is wide enough for the form and a readable preview;
        # otherwise (large interface, narrow screen) the preview goes under the form.
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.addWidget(scroll, 1)
        body.addLayout(preview_column, 1)
        self.body = body
        self.form_scroll = scroll

        self.reset_button = QPushButton()
        self.reset_button.setObjectName("settings_reset")
        self.reset_button.clicked.connect(self.reset)
        self.close_button = QPushButton()
        self.close_button.setObjectName("settings_close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.retranslate()
        self._update_preview()
        settings.changed.connect(self._setting_changed)
        appearance.text_style_changed.connect(lambda _style: self._update_preview())

    # -- texts ------------------------------------------------------------------------------
    def _items(self, option: Option) -> list[tuple[str, object]]:
        if option is THEME:
            return [(theming.theme_label(theme), theme.id) for theme in listed_themes(self.appearance.themes)]
        if option.ladder:
            return [(self._ladder_text(option, size), size) for size in option.ladder]
        return [(option.choice_label(value), value) for value in option.values]

    def _ladder_text(self, option: Option, size: float) -> str:
        """A text size as percent and points; other sizes (menus and buttons) in points."""
        return self._size_text(size) if option is FONT_SIZE else self._points_text(size)

    def _size_text(self, size: float) -> str:
        return self.tr("{percent} % ({points} pt)").format(percent=view.percent(size), points=f"{size:g}")

    def _points_text(self, size: float) -> str:
        return self.tr("{points} pt").format(points=f"{size:g}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Display settings"))
        for option in ROWS:
            text = option.shown_label()
            control = self.controls[option.key]
            if isinstance(control, QCheckBox):  # its own label
                control.setText(text)
                control.setAccessibleName(plain(text))
            else:
                name_by_label(self.labels[option.key], control, text)
            if isinstance(control, QSpinBox):
                control.setSuffix(translate("Options", option.suffix))
        self.wcag_button.setText(self.tr("More &space (WCAG)"))
        self.wcag_button.setAccessibleDescription(self.tr(
            "Line height 150 %, 12 % between letters, 16 % between words, 200 % after paragraphs."))
        name_by_label(self.preview_label, self.preview, self.tr("Pre&view"))
        self.reset_button.setText(self.tr("&Reset view"))
        self.close_button.setText(self.tr("Close"))
        self._fill_combos()

    def _fill_combos(self) -> None:
        self._updating = True
        try:
            for option in ROWS:
                box = self.controls[option.key]
                if isinstance(box, QComboBox):
                    box.clear()
                    for text, value in self._items(option):
                        box.addItem(text, value)
            font_box = self.controls[FONT.key]
            assert isinstance(font_box, QComboBox)
            for index in range(font_box.count()):  # each font's name shown in that font
                family = fonts.family_for(str(font_box.itemData(index)))
                font_box.setItemData(index, QFont(family), Qt.ItemDataRole.FontRole)
        finally:
            self._updating = False
        self._show_values()

    # -- building rows ------------------------------------------------------------------
    def _add_row(self, key: str, control: QWidget) -> None:
        """A form row; in retranslate its visible label names the control (``name_by_label``)."""
        label = QLabel()
        label.setWordWrap(True)
        control.setObjectName(f"setting_{key}")
        self.controls[key] = control
        self.labels[key] = label
        self.form.addRow(label, control)

    def _combo(self, option: Option) -> None:
        box = _Combo()
        box.currentIndexChanged.connect(lambda index: self._set(option.key, box.itemData(index)))
        self._add_row(option.key, box)

    def _check_box(self, option: Option) -> None:
        """A switch is its own label (the check box's text)."""
        box = QCheckBox()
        box.setObjectName(f"setting_{option.key}")
        box.toggled.connect(lambda on: self._set(option.key, on))
        self.controls[option.key] = box
        self.form.addRow(box)

    def _spin(self, option: Option) -> None:
        """A whole-number spin box showing the value times the option's scale (em as % of the text size)."""
        assert option.minimum is not None and option.maximum is not None and option.step is not None
        scale = option.shown_scale
        spin = QSpinBox()
        spin.setRange(round(option.minimum * scale), round(option.maximum * scale))
        spin.setSingleStep(round(option.step * scale))
        spin.valueChanged.connect(lambda value: self._set(option.key, value / scale if scale != 1.0 else value))
        self._add_row(option.key, spin)

    # -- values ---------------------------------------------------------------------------
    def _set(self, key: str, value: object) -> None:
        if not self._updating:
            self.settings.set(key, value)

    def _show_values(self) -> None:
        self._updating = True
        try:
            for key, control in self.controls.items():
                value = self.settings.value(key)
                if isinstance(control, QComboBox):
                    index = control.findData(value)
                    if index < 0:  # a size set from the command line, between two steps
                        size = float(value)  # type: ignore[arg-type]
                        control.addItem(self._ladder_text(OPTIONS[key], size), value)
                        index = control.count() - 1
                    control.setCurrentIndex(index)
                elif isinstance(control, QSpinBox):
                    control.setValue(round(float(value) * OPTIONS[key].shown_scale))  # type: ignore[arg-type]
                elif isinstance(control, QCheckBox):
                    control.setChecked(bool(value))
        finally:
            self._updating = False

    def _setting_changed(self, key: str, _value: object) -> None:
        if key in self.controls:
            self._show_values()

    # -- the preview ------------------------------------------------------------------------
    def show_document(self, document: Document | None) -> None:
        self.document_model = document
        self._update_preview()

    def _update_preview(self) -> None:
        style = self.appearance.text_style()
        if self.document_model is None:
            self.preview.setPlainText("Børne- og Ungepolitik – æ ø å Æ Ø Å")
            return
        rendered = render(self.document_model, style)
        rendered.setParent(self.preview)
        self.preview.setDocument(rendered)
        if self._preview_document is not None:
            self._preview_document.deleteLater()
        self._preview_document = rendered
        QTimer.singleShot(0, self, self._scroll_preview)

    def _scroll_preview(self) -> None:
        """Shows the first theme: a heading, body text, a quote and a "Vi vil:" list."""
        if self.document_model is None or not self.document_model.themes:
            return
        rendered = self.preview.document()
        block = rendered.findBlock(self.document_model.themes[0].start)
        top = rendered.documentLayout().blockBoundingRect(block).top()
        self.preview.verticalScrollBar().setValue(int(top))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
        QTimer.singleShot(0, self, self._scroll_preview)

    # -- arrangement ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # e.g. the form grew wider at a larger interface size
            self._arrange()
        return super().event(event)

    def _arrange(self) -> None:
        """The preview beside the form if both fit the panel's width, else under it."""
        preview_width = self.fontMetrics().averageCharWidth() * PREVIEW_CHARACTERS
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        room = self.width() - margins.left() - margins.right()
        side_by_side = self.form_scroll.minimumSizeHint().width() + self.body.spacing() + preview_width <= room
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)

    # -- buttons ------------------------------------------------------------------------------
    def use_wcag_spacing(self) -> None:
        for option, value in WCAG_SPACING:
            self.settings.set(option, value)

    def reset(self) -> None:
        self.settings.reset(list(VIEW_KEYS))


class _Rows(QVBoxLayout):
    """The form: each label above its control, row under row. (QFormLayout's wrapped rows give
    a label its preferred width even where the form is narrower, so its end would be cut off.)"""

    ROW_GAP = 8  # px between rows; a label sits close to its control

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSpacing(2)

    def addRow(self, first: QWidget, second: QWidget | None = None) -> None:  # noqa: N802 - as QFormLayout
        if self.count():
            self.addSpacing(self.ROW_GAP)
        self.addWidget(first)
        if second is not None:
            self.addWidget(second)


class _Combo(QComboBox):
    """A list box never narrower than its longest entry. (QComboBox keeps the minimum size it
    had before a font change, so at a larger interface size its entries would be cut off.)"""

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class _FormScroll(QScrollArea):
    """The scrolling form: never narrower than the form's widest control (it scrolls only
    vertically, so anything narrower would cut controls off at the right)."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form's width may have changed: so has ours
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        form = self.widget()
        hint = super().minimumSizeHint()
        if form is None:
            return hint
        frame = 2 * self.frameWidth()
        return QSize(form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + frame,
                     hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())
