"""The table of contents: a document chooser (when there are several) and the section list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.document import Document, Section, SectionKind
from reader.ui.accessible import name_by_label


def section_label(section: Section) -> str:
    if section.kind is SectionKind.THEME:
        return QCoreApplication.translate("ContentsPane", "Theme {number}: {title}").format(
            number=section.number, title=section.title
        )
    return section.title


class ContentsPane(QWidget):
    section_chosen = Signal(int)  # index into Document.sections
    document_chosen = Signal(int)  # index into the documents list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contents_pane")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The document chooser (label and list box) is made only when there are several documents.
        self._chooser: tuple[QLabel, _WrappingComboBox] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("contents_heading")
        self.list = QListWidget()
        self.list.setObjectName("contents_list")
        # Long titles wrap rather than being cut off when the interface is large (WCAG 1.4.4/1.4.10).
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.list)
        self.list.currentRowChanged.connect(self._row_changed)
        self._updating = False
        self.retranslate()

    @property
    def document_label(self) -> QLabel:
        return self._document_chooser()[0]

    @property
    def document_box(self) -> _WrappingComboBox:
        return self._document_chooser()[1]

    def _document_chooser(self) -> tuple[QLabel, _WrappingComboBox]:
        if self._chooser is None:
            label, box = QLabel(), _WrappingComboBox()
            box.setObjectName("document_box")
            self._layout.insertWidget(0, label)
            self._layout.insertWidget(1, box)
            label.hide()
            box.hide()
            box.activated.connect(self.document_chosen)
            self._chooser = (label, box)
            self._retranslate_chooser()
        return self._chooser

    def retranslate(self) -> None:
        self._retranslate_chooser()
        name_by_label(self.heading, self.list, QCoreApplication.translate("ContentsPane", "&Contents"),
                      description=QCoreApplication.translate("ContentsPane", "Choose a section to move the text there."))

    def _retranslate_chooser(self) -> None:
        if self._chooser is not None:
            label, box = self._chooser
            name_by_label(label, box, QCoreApplication.translate("ContentsPane", "&Document:"))

    def set_documents(self, documents: list[Document], current: int) -> None:
        several = len(documents) > 1
        if not several and self._chooser is None:
            return
        label, box = self._document_chooser()
        box.clear()
        for document in documents:
            box.addItem(document.title)
        box.setCurrentIndex(current)
        label.setVisible(several)
        box.setVisible(several)

    def set_document(self, document: Document | None) -> None:
        self._updating = True
        self.list.clear()
        if document is not None:
            for section in document.sections:
                item = QListWidgetItem(section_label(section))
                self.list.addItem(item)
            self.list.setCurrentRow(0)
        self._updating = False

    def mark_section(self, index: int) -> None:
        """Follows the reading position without moving the text again."""
        if index != self.list.currentRow():
            self._updating = True
            self.list.setCurrentRow(index)
            self._updating = False

    def _row_changed(self, row: int) -> None:
        if not self._updating and row >= 0:
            self.section_chosen.emit(row)


class _WrappingComboBox(QComboBox):
    """The document list box: the chosen title wraps onto more lines instead of being cut off
    or widening the contents pane (long titles at a large interface size)."""

    MIN_CHARACTERS = 10  # the narrowest the box asks to be

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.MIN_CHARACTERS)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)  # a fixed height would allow only one line
        self.setSizePolicy(policy)

    # QStyle and its options are imported where used: the box is shown only with several
    # documents, and importing them builds Python enums for every QStyle enum (about 10 ms).
    def _text_rect(self, size: QSize) -> QRect:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, size.width(), size.height())
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        one_line = super().sizeHint().height()
        area = self._text_rect(QSize(width, one_line))
        needed = self.fontMetrics().boundingRect(QRect(0, 0, max(1, area.width()), 10_000),
                                                 Qt.TextFlag.TextWordWrap, self.currentText()).height()
        return one_line + max(0, needed - area.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        area = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), text)
