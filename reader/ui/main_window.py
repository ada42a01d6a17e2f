"""The main window: contents beside the text, menus and toolbar from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QToolBar, QWidget

from reader import __version__
from reader.actions import ACTIONS, MENUS, ActionBinder
from reader.document import ContentProblem, Document
from reader.settings_service import Settings
from reader.ui.contents_pane import ContentsPane
from reader.ui.reading_view import ReadingView
from reader.ui.render import TextStyle

APP_NAME = "Herning Læser"


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


def style_from_palette(palette: QPalette, font_family: str, point_size: float) -> TextStyle:
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return TextStyle(
        font_family=font_family,
        point_size=point_size,
        text=text,
        background=base,
        heading=text,
        quote_text=text,
        quote_background=_mix(base, text, 0.06),
        commitments_background=_mix(base, text, 0.03),
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        documents: list[Document],
        problems: list[ContentProblem],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.documents = documents
        self.problems = problems
        self.settings = settings
        self.current_index = 0

        self.contents = ContentsPane()
        self.view = ReadingView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self.binder = ActionBinder(self)
        self._bind_actions()
        self._build_menus_and_toolbar()

        self.contents.section_chosen.connect(self.go_to_section)
        self.contents.document_chosen.connect(self.show_document)
        self.view.position_changed.connect(self._follow_position)
        self.settings.changed.connect(self._setting_changed)

        self.contents.set_documents(documents, 0)
        if documents:
            self.show_document(0)
        else:
            self.view.show_message(
                self.tr("The document could not be shown."),
                [problem.describe(str(settings.value("language"))) for problem in problems],
            )
            self.setWindowTitle(APP_NAME)
        if problems:
            self.statusBar().showMessage(
                self.tr("The content has {count} problem(s): {first}").format(
                    count=len(problems), first=problems[0].describe(str(settings.value("language")))
                )
            )

    # -- building -------------------------------------------------------------------
    def _bind_actions(self) -> None:
        bind = self.binder.bind
        bind("app.quit", self.close)
        bind("focus.contents", lambda: self.contents.list.setFocus(Qt.FocusReason.ShortcutFocusReason))
        bind("focus.text", lambda: self.view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        bind("help.about", self.show_about)
        if len(self.documents) > 1:
            bind("document.choose", self.choose_document)

    def _build_menus_and_toolbar(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for menu_id, title in MENUS:
            menu = self.menuBar().addMenu(QCoreApplication.translate("Actions", title))
            menu.setObjectName(f"menu_{menu_id}")
            self.menus[menu_id] = menu
        self.toolbar = QToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for spec in ACTIONS:
            action = self.binder.actions[spec.id]
            if spec.menu:
                self.menus[spec.menu].addAction(action)
            else:
                self.addAction(action)  # keyboard-only commands still need a widget to live on
            if spec.toolbar:
                self.toolbar.addAction(action)
        for menu in self.menus.values():
            menu.menuAction().setVisible(bool(menu.actions()))
        self.toolbar.setVisible(bool(self.toolbar.actions()))

    # -- documents and sections -----------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.documents[self.current_index] if self.documents else None

    def text_style(self) -> TextStyle:
        return style_from_palette(
            self.view.palette(), self.view.font().family(), float(self.settings.value("font_size"))  # type: ignore[arg-type]
        )

    def show_document(self, index: int) -> None:
        self.current_index = index
        document = self.documents[index]
        self.view.show_document(document, self.text_style())
        self.view.move_to(0)
        self.contents.set_document(document)
        self.setWindowTitle(f"{document.title} – {APP_NAME}")

    def go_to_section(self, index: int) -> None:
        document = self.document
        if document is None or not 0 <= index < len(document.sections):
            return
        self.view.move_to(document.sections[index].start)

    def _follow_position(self, offset: int) -> None:
        document = self.document
        if document is not None:
            self.contents.mark_section(document.sections.index(document.section_at(offset)))

    def choose_document(self) -> None:
        self.contents.document_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.contents.document_box.showPopup()

    def _setting_changed(self, key: str, _value: object) -> None:
        if key == "font_size":
            self.view.restyle(self.text_style())

    def show_about(self) -> None:
        document = self.document
        source = str(document.source) if document else ""
        QMessageBox.about(
            self,
            self.tr("About Herning Læser"),
            self.tr("Herning Læser {version}\nAn accessible reader for Herning Kommune's Børne- og Ungepolitik.\n\n"
               "Document: {source}").format(version=__version__, source=source),
        )
