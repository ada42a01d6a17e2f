"""The "Go to number…" dialog: type "2.3" (theme 2, commitment 3), "C2.1" (its first quote) or "2".

The field's visible label is its accessible name; Enter goes there (the dialog closes and the
move is announced), a number the document does not have is told in the dialog and to screen
readers, and the dialog stays open with the text selected for another try. Esc closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class GoToNumberDialog(QDialog):
    def __init__(self, go: Callable[[str], str], parent: QWidget | None = None) -> None:
        """``go(text)`` moves to what ``text`` names and returns "" or, when it names nothing, why."""
        super().__init__(parent)
        self.setObjectName("go_to_number")
        self._go = go
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("go_to_number_field")
        self.label.setBuddy(self.field)
        self.problem = QLabel()
        self.problem.setObjectName("go_to_number_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Go to number"))
        self.label.setText(self.tr("&Number of a commitment (2.3), a quote (C2.1) or a theme (2):"))
        self.field.setAccessibleName(self.label.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Go"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def start(self) -> None:
        """Shows the dialog with an empty field, ready to type."""
        self.field.clear()
        self.problem.hide()
        self.open()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _accept(self) -> None:
        problem = self._go(self.field.text())
        if not problem:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()
        self.field.setAccessibleDescription(problem)
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
