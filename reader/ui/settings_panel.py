"""The display settings panel: theme, text and interface size, font, spacing, with a live preview.

Every control has a visible label that is also its accessible name (one helper does
both), changes apply at once to the whole window, and "Reset view" puts everything back.
Texts are set in ``retranslate()``, so the panel follows a change of interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QSize, Qt, QTimer
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
from reader.presentation import view
from reader.presentation.themes import listed_themes
from reader.settings_service import Settings
from reader.ui import fonts, theming
from reader.ui.appearance import Appearance
from reader.ui.render import render


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text


# The font labels of reader/presentation/view.py, here so lupdate collects them.
FONT_LABELS = (
    QT_TRANSLATE_NOOP("SettingsPanel", "System default"),
    QT_TRANSLATE_NOOP("SettingsPanel", "Serif (DejaVu Serif)"),
)

# Spin boxes: setting -> (minimum, maximum, step, scale); the box shows value * scale as a whole number
# (percent of the text size for spacing, which the setting holds in em).
SPINS: dict[str, tuple[int, int, int, float]] = {
    "line_height": (view.LINE_HEIGHT[0], view.LINE_HEIGHT[1], 10, 1.0),
    "letter_spacing": (0, round(view.LETTER_SPACING[1] * 100), 2, 100.0),
    "word_spacing": (0, round(view.WORD_SPACING[1] * 100), 4, 100.0),
    "paragraph_spacing": (round(view.PARAGRAPH_SPACING[0] * 100), round(view.PARAGRAPH_SPACING[1] * 100), 25, 100.0),
    "line_length": (view.LINE_LENGTH[0], view.LINE_LENGTH[1], 5, 1.0),
}
COMBOS = ("theme", "font_size", "font", "interface_size")
PREVIEW_CHARACTERS = 24  # the narrowest preview shown beside the form, in average characters


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

        self.theme_box = self._combo("theme")
        self.size_box = self._combo("font_size")
        self.font_box = self._combo("font")
        self.plain_box = QCheckBox()
        self.plain_box.setObjectName("setting_plain_emphasis")
        self.plain_box.toggled.connect(lambda on: self._set("plain_emphasis", on))
        self.controls["plain_emphasis"] = self.plain_box
        self.form.addRow(self.plain_box)
        for key in SPINS:
            self._spin(key)
        self.interface_box = self._combo("interface_size")

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
        self.preview_label.setBuddy(self.preview)
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
    def _label_texts(self) -> dict[str, str]:
        return {
            "theme": self.tr("Colour &theme"),
            "font_size": self.tr("Text &size"),
            "font": self.tr("&Font"),
            "line_height": self.tr("&Line height"),
            "letter_spacing": self.tr("Space between &letters (% of text size)"),
            "word_spacing": self.tr("Space between &words (% of text size)"),
            "paragraph_spacing": self.tr("Space after &paragraphs (% of text size)"),
            "line_length": self.tr("Longest line (&characters)"),
            "interface_size": self.tr("Size of &menus and buttons"),
        }

    def _items(self, key: str) -> list[tuple[str, object]]:
        if key == "theme":
            return [(theming.theme_label(theme), theme.id) for theme in listed_themes(self.appearance.themes)]
        if key == "font_size":
            return [(self._size_text(size), size) for size in view.FONT_SIZES]
        if key == "font":
            return [(QCoreApplication.translate("SettingsPanel", label), choice)
                    for choice, (label, _family) in view.FONTS.items()]
        return [(self._points_text(size), size) for size in view.INTERFACE_SIZES]

    def _size_text(self, size: float) -> str:
        return self.tr("{percent} % ({points} pt)").format(percent=view.percent(size), points=f"{size:g}")

    def _points_text(self, size: float) -> str:
        return self.tr("{points} pt").format(points=f"{size:g}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Display settings"))
        for key, text in self._label_texts().items():
            self.labels[key].setText(text)
            self.controls[key].setAccessibleName(_plain(text))
        self.plain_box.setText(self.tr("&No bold or italics"))
        self.plain_box.setAccessibleName(_plain(self.plain_box.text()))
        suffix = self.tr(" characters")
        spin = self.controls["line_length"]
        assert isinstance(spin, QSpinBox)
        spin.setSuffix(suffix)
        self.wcag_button.setText(self.tr("More &space (WCAG)"))
        self.wcag_button.setAccessibleDescription(self.tr(
            "Line height 150 %, 12 % between letters, 16 % between words, 200 % after paragraphs."))
        self.preview_label.setText(self.tr("Pre&view"))
        self.preview.setAccessibleName(_plain(self.preview_label.text()))
        self.reset_button.setText(self.tr("&Reset view"))
        self.close_button.setText(self.tr("Close"))
        self._fill_combos()

    def _fill_combos(self) -> None:
        self._updating = True
        try:
            for key in COMBOS:
                box = self.controls[key]
                assert isinstance(box, QComboBox)
                box.clear()
                for text, value in self._items(key):
                    box.addItem(text, value)
            for index in range(self.font_box.count()):
                family = fonts.family_for(str(self.font_box.itemData(index)))
                self.font_box.setItemData(index, QFont(family), Qt.ItemDataRole.FontRole)
        finally:
            self._updating = False
        self._show_values()

    # -- building rows ------------------------------------------------------------------
    def _add_row(self, key: str, control: QWidget) -> None:
        """A form row whose visible label is the control's buddy and (in retranslate) its accessible name."""
        label = QLabel()
        label.setBuddy(control)
        label.setWordWrap(True)
        control.setObjectName(f"setting_{key}")
        self.controls[key] = control
        self.labels[key] = label
        self.form.addRow(label, control)

    def _combo(self, key: str) -> QComboBox:
        box = _Combo()
        box.currentIndexChanged.connect(lambda index: self._set(key, box.itemData(index)))
        self._add_row(key, box)
        return box

    def _spin(self, key: str) -> None:
        minimum, maximum, step, scale = SPINS[key]
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setSingleStep(step)
        if key != "line_length":
            spin.setSuffix(" %")
        spin.valueChanged.connect(lambda value: self._set(key, value / scale if scale != 1.0 else value))
        self._add_row(key, spin)

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
                        control.addItem(self._points_text(size) if key == "interface_size" else self._size_text(size),
                                        value)
                        index = control.count() - 1
                    control.setCurrentIndex(index)
                elif isinstance(control, QSpinBox):
                    control.setValue(round(float(value) * SPINS[key][3]))  # type: ignore[arg-type]
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
        for key, value in (("line_height", 150), ("letter_spacing", 0.12), ("word_spacing", 0.16),
                           ("paragraph_spacing", 2.0)):
            self.settings.set(key, value)

    def reset(self) -> None:
        self.settings.reset(list(view.VIEW_KEYS))


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


def _plain(text: str) -> str:
    """A label without its mnemonic ampersand, as a screen reader should say it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
