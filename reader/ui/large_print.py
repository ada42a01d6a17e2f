"""The large-print dialog: the whole policy or one theme, to a PDF file or a printer.

In public-terminal mode (``printer`` is not None) there is no file dialog and no print
dialog: "Print" sends the copy straight to the configured printer, or says clearly that
none is configured or that it cannot be found.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.document import ContentProblem, Document
from reader.interruption import Interruption, cancelled
from reader.output.pages import (
    ExportCancelledError,
    ExportError,
    LargePrint,
    LargePrintResult,
    export_pdf,
    page_layout,
    print_style,
)
from reader.output.text_document import TextStyle
from reader.presentation.themes import load_themes
from reader.settings_service import Settings
from reader.ui.accessible import MIN_TARGET, name_by_label
from reader.ui.announcer import announcer_for
from reader.ui.contents_pane import section_label

translate = QCoreApplication.translate


def print_to(printer: QPrinter, copy: LargePrint) -> LargePrintResult:
    """Sends ``copy`` to ``printer`` on A4 with the copy's margins."""
    printer.setPageLayout(page_layout())
    printer.setDocName(copy.title)
    pages = copy.paint(printer)
    return LargePrintResult(pages, printer.printerName() or printer.outputFileName())


def kiosk_printer(name: str) -> QPrinter:
    """The configured printer; raises ExportError with a message for the visitor when there is none."""
    if not name:
        raise ExportError(translate("LargePrintDialog", "No printer is set up for this computer. Please ask the staff."))
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise ExportError(translate(
            "LargePrintDialog", "The printer “{name}” cannot be found. Please ask the staff.").format(name=name))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class LargePrintDialog(QDialog):
    """Chooses what to copy and where to; ``printer`` is the public terminal's printer name, or None."""

    def __init__(self, document: Document, style: Callable[[], TextStyle], current_theme: int | None,
                 printer: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("large_print_dialog")
        self.document = document
        self._style = style
        self.kiosk_printer = printer
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.last_result: LargePrintResult | None = None

        layout = QVBoxLayout(self)
        self.scope_label = QLabel()
        self.scope = QComboBox()
        self.scope.setObjectName("large_print_scope")
        self.scope.addItem("", None)
        for theme in document.themes:
            self.scope.addItem(section_label(theme), theme.number)
        if current_theme is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(current_theme)))
        self.size_label = QLabel()
        self.size_label.setObjectName("large_print_size")
        self.size_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("large_print_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.save_button = QPushButton()
        self.save_button.setObjectName("large_print_save")
        self.print_button = QPushButton()
        self.print_button.setObjectName("large_print_print")
        self.close_button = QPushButton()
        self.close_button.setObjectName("large_print_close")
        for button in (self.save_button, self.print_button, self.close_button):
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setAutoDefault(False)
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.scope_label, self.scope, self.size_label, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.save_button.setVisible(printer is None)  # no file dialogs on a public terminal
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_copy)
        self.close_button.clicked.connect(self.reject)
        self.message.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("LargePrintDialog", "Large-print copy"))
        name_by_label(self.scope_label, self.scope, translate("LargePrintDialog", "&What to copy:"))
        self.scope.setItemText(0, translate("LargePrintDialog", "The whole policy"))
        for index, theme in enumerate(self.document.themes, start=1):
            self.scope.setItemText(index, section_label(theme))
        self.size_label.setText(translate(
            "LargePrintDialog", "Text size {size} pt, as on the screen; black text on white paper, A4.").format(
            size=f"{self._style().point_size:g}"))
        self.save_button.setText(translate("LargePrintDialog", "&Save as PDF…"))
        self.print_button.setText(translate("LargePrintDialog", "&Print"))
        self.close_button.setText(translate("LargePrintDialog", "&Close"))

    def copy(self) -> LargePrint:
        return LargePrint(self.document, print_style(self._style()), theme_number=self.scope.currentData())

    # -- where it goes ----------------------------------------------------------------
    def choose_file(self) -> None:
        dialog = QFileDialog(self, translate("LargePrintDialog", "Save large-print copy"), QDir.homePath())
        dialog.setObjectName("large_print_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("LargePrintDialog", "PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        name = self.document.source.stem + ("" if self.scope.currentData() is None else f"-tema-{self.scope.currentData()}")
        dialog.selectFile(f"{name}-stor-skrift.pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> None:
        from reader.files import content_output_problem

        source = self.document.source  # the document shown, and its folder, are never replaced
        refused = content_output_problem(path, [source, source.parent])
        if refused is not None:
            self._tell(refused)
            return
        try:
            result = self.copy().export_pdf(path)
        except ExportError as error:
            self._tell(str(error))
            return
        self.last_result = result
        self._tell(translate("LargePrintDialog", "Saved {pages} page(s) in {path}.").format(pages=result.pages, path=path))

    def print_copy(self) -> None:
        if self.kiosk_printer is not None:
            try:
                result = print_to(kiosk_printer(self.kiosk_printer), self.copy())
            except ExportError as error:
                self._tell(str(error))
                return
            self._printed(result)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("large_print_print_dialog")
        self.print_dialog = dialog
        self._printer = printer

        def accepted() -> None:
            try:
                self._printed(print_to(printer, self.copy()))
            except ExportError as error:
                self._tell(str(error))

        dialog.accepted.connect(accepted)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _printed(self, result: LargePrintResult) -> None:
        self.last_result = result
        self._tell(translate("LargePrintDialog", "Sent {pages} page(s) to the printer {printer}.").format(pages=result.pages,
                                                                             printer=result.target))

    def _tell(self, text: str) -> None:
        """Shows the outcome in the dialog and sends it to screen readers."""
        self.message.setText(text)
        self.message.show()
        self._fit_height()
        announcer = announcer_for(self)
        if announcer is not None:
            announcer.announce(text, assertive=True, status=False)


    def _fit_height(self) -> None:
        """Grows the dialog so every line of the wrapped message has room (a window does not grow by itself)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)


def style_from_settings(settings: Settings) -> TextStyle:
    """The reader's text style (size, font, spacing) as the settings give it, without a window."""
    from reader.ui import fonts
    from reader.ui.appearance import THEME_FOLDER, text_style

    fonts.load_bundled_fonts()
    themes = load_themes(THEME_FOLDER)
    theme = themes.get("black-on-white") or next(iter(themes.values()))
    return text_style(theme, settings)


def export_from_command_line(documents: list[Document], problems: list[ContentProblem], settings: Settings,
                             path: Path, theme_number: int | None, interruption: Interruption) -> int:
    """``--export-pdf FILE [--section N]``: 0 when written, 1 when the content or the file is wrong,
    130 when stopped with Ctrl+C or SIGTERM (``interruption``; nothing saved, the old file untouched)."""
    if not documents:
        for problem in problems:
            print(problem.describe(), file=sys.stderr)
        return 1
    try:
        result = export_pdf(documents[0], path, style_from_settings(settings), theme_number=theme_number,
                            stop=interruption)
    except ExportCancelledError:
        return cancelled()
    except ExportError as error:
        print(error, file=sys.stderr)
        return 1
    print(translate("LargePrintDialog", "Saved {pages} page(s) in {path}.").format(pages=result.pages, path=path))
    return 0
