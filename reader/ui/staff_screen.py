"""The staff screen of a public terminal: opened with the staff chord, it says how the terminal was
configured and what could not be used, and closes the program on request.

It lies over the whole window like the start screen. Visitors never see it: only the staff chord
opens it, and the idle reset closes it. The chord pressed again on it, or "Close the program",
closes the program; Esc or "Back" returns to the terminal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

MIN_TARGET = 44  # px, WCAG 2.5.5 (target size, enhanced)

translate = QCoreApplication.translate


class StaffScreen(QFrame):
    close_requested = Signal()  # "Close the program"
    dismissed = Signal()  # Esc or "Back"

    def __init__(self, parent: QWidget, source: str, read_at: str, problems: Callable[[], list[str]]) -> None:
        """``source``: where the configuration came from (a path, or that there was none);
        ``read_at``: the time it was read (the start); ``problems()``: what could not be used, asked
        each time the screen opens."""
        super().__init__(parent)
        self.setObjectName("staff_screen")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.source = source
        self.read_at = read_at
        self.problems = problems
        scroll = QScrollArea(self)
        scroll.setObjectName("staff_scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(16)
        self.heading = QLabel()
        self.heading.setObjectName("staff_heading")
        self.status = QLabel()
        self.status.setObjectName("staff_status")
        self.problem_list = QLabel()
        self.problem_list.setObjectName("staff_problems")
        for label in (self.heading, self.status, self.problem_list):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("staff_quit")
        self.back_button = QPushButton()
        self.back_button.setObjectName("staff_back")
        buttons = QHBoxLayout()
        for button in (self.back_button, self.quit_button):
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        self.quit_button.clicked.connect(self.close_requested)
        self.back_button.clicked.connect(self.dismissed)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(max(heading_font.pointSizeF(), 12.0) * 1.75)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.retranslate()
        parent.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("StaffScreen", "Staff screen"))
        self.heading.setText(translate("StaffScreen", "Staff screen"))
        self.status.setText(translate(
            "StaffScreen", "Public terminal. The configuration was read from {source} when the program started, "
                           "at {time}. Changes apply only when the program is started again.").format(
            source=self.source, time=self.read_at))
        problems = self.problems()
        if problems:
            heading = translate("StaffScreen", "What could not be used (the defaults apply instead):")
            self.problem_list.setText("\n".join([heading, *problems]))
        else:
            self.problem_list.setText(translate("StaffScreen", "The configuration could be used as it is."))
        self.quit_button.setText(translate("StaffScreen", "&Close the program"))
        self.back_button.setText(translate("StaffScreen", "&Back to the terminal"))

    def text(self) -> str:
        """Everything the screen says, for the announcement when it opens."""
        return "\n".join((self.heading.text(), self.status.text(), self.problem_list.text()))

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            event.accept()  # no command of the window behind it: the key comes here
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab go round the screen's own buttons, never to the window behind it."""
        chain = [self.back_button, self.quit_button]
        current = self.focusWidget()
        index = chain.index(current) if current in chain else -1
        chain[(index + (1 if forward else -1)) % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True
