"""The main window: contents beside the text, menus and toolbar from the action registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from reader import __version__
from reader.actions import ACTIONS, MENUS, ActionBinder
from reader.document import ContentProblem, Document
from reader.output.text_document import TextStyle
from reader.presentation.themes import Theme
from reader.settings_service import Settings
from reader.speech.service import SpeechService
from reader.ui.access import AccessFeatures
from reader.ui.announcer import Announcer
from reader.ui.appearance import Appearance
from reader.ui.contents_pane import ContentsPane
from reader.ui.contents_toggle import ContentsToggle
from reader.ui.exports import Exports
from reader.ui.flow import FlowToolBar
from reader.ui.keyboard import KeyboardSupport, hit_colours
from reader.ui.language import retranslate_children
from reader.ui.option_commands import OptionCommands
from reader.ui.read_aloud import ReadAloud
from reader.ui.reading_view import ReadingView
from reader.ui.resume import Resume
from reader.ui.search_bar import SearchBar
from reader.ui.self_voicing import SelfVoicing
from reader.ui.settings_notice import SettingsNotice
from reader.ui.view_commands import ViewCommands, rejected_message

if TYPE_CHECKING:
    from reader.ui.kiosk import TerminalParts
    from reader.ui.placement import WindowPlacement

APP_NAME = "Herning Læser"


class MainWindow(QMainWindow):
    theme_changed = Signal(object)  # the Theme just applied (see reader/ui/appearance.py)
    first_painted = Signal()  # once, just after the window was first painted (for work that can wait)

    def __init__(
        self,
        documents: list[Document],
        problems: list[ContentProblem],
        settings: Settings,
        parent: QWidget | None = None,
        *,
        themes: dict[str, Theme] | None = None,
        speech: SpeechService | None = None,
    ) -> None:
        super().__init__(parent)
        self._first_paint_watch: list[QWidget] | None = []  # see watch_first_paint
        # Colours, fonts, sizes: `theme` is the Theme shown now; `theme_changed`
        # is emitted after a new one has been applied to every widget.
        self.appearance = Appearance(settings, themes, self)
        self.theme: Theme = self.appearance.theme
        self.appearance.apply()
        self.appearance.theme_changed.connect(self._theme_applied)
        self.setObjectName("main_window")
        self.documents = documents
        self.problems = problems
        self.settings = settings
        # Read aloud: the SpeechService built in app.main(), or None (no read-aloud
        # commands). Others may call `speech.say(text)` for a short announcement and `speech.stop()`.
        self.speech = speech
        self.current_index = 0
        # Where the window opens and that it stays on the screen: set by app.main() outside
        # public-terminal mode (reader/ui/placement.py).
        self.placement: WindowPlacement | None = None

        self.contents = ContentsPane()
        self.view = ReadingView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.splitter = splitter
        # The one way the app tells what just happened: status bar and screen readers.
        self.announcer = Announcer(self, self.statusBar())
        self.binder = ActionBinder(self)
        # The app's own voice, heard without a screen reader: focus, messages, the caret's text.
        self.voicing = (SelfVoicing(speech, settings, self.announcer, self.binder, self.view, self)
                        if speech is not None else None)
        # The search bar sits under the text; keyboard support: structure navigation, F6, help, key describer.
        self.search_bar = SearchBar(self.view, self.announcer, lambda: hit_colours(self.theme))
        self.keyboard = KeyboardSupport(self, [self.contents, self.view, self.search_bar], self.view, self.search_bar,
                                        self.announcer)
        self.first_painted.connect(self.keyboard.late_alt_guard.watch)
        central = QWidget()
        central.setObjectName("central")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(splitter, 1)
        central_layout.addWidget(self.search_bar)
        self.setCentralWidget(central)
        self.theme_changed.connect(lambda _theme: self.search_bar.refresh_highlight())

        self._bind_actions()
        # Profiles, start screen, language, large print.
        self.access = AccessFeatures(self, settings, self.announcer, self.binder, self.view, lambda: self.document,
                                     self.text_style, self.watch_first_paint)
        self._build_menus_and_toolbar()
        # EPUB, MP3 and WAV exports in a child process.
        self.exports = Exports(self, self.binder, self.announcer, settings, lambda: self.document)
        self.read_aloud = (ReadAloud(self, speech, settings, self.binder, self.view, lambda: self.document,
                                     self.announcer, self.appearance)
                           if speech is not None else None)
        # The reading position, kept for the next visit; "Continue reading aloud" (app.main() restores it).
        self.resume = Resume(self, settings, self.view, documents, self.show_document, self.binder, self.announcer)

        self.contents.section_chosen.connect(self.go_to_section)
        self.contents.document_chosen.connect(self.show_document)
        self.view.position_changed.connect(self._follow_position)
        self.appearance.text_style_changed.connect(self.view.restyle)

        self.contents.set_documents(documents, 0)
        if documents:
            self.show_document(0)
        else:
            self._show_no_document()
            self.setWindowTitle(APP_NAME)
        if problems:
            self._show_problems()
        elif settings.rejected:
            self.statusBar().showMessage(rejected_message(settings.rejected))
        # The settings file: unreadable, or cannot be saved (a lasting note beside the status bar).
        self.settings_notice = SettingsNotice(self, settings)
        # In the turn of the event loop after first_painted: the speech worker (started on the signal
        # itself) loads in a process of its own meanwhile.
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))
        self.watch_first_paint(self.view.viewport())

    def watch_first_paint(self, widget: QWidget) -> None:
        """``first_painted`` also follows the first paint of ``widget``: whatever covers the text at
        the start (the start screen) paints instead of it."""
        if self._first_paint_watch is not None:
            widget.installEventFilter(self)
            self._first_paint_watch.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watch = self._first_paint_watch
        if watch is not None and event.type() == QEvent.Type.Paint and any(watched is w for w in watch):
            for widget in watch:
                widget.removeEventFilter(self)
            self._first_paint_watch = None
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint (and the window's) is done
        return super().eventFilter(watched, event)

    # -- building -------------------------------------------------------------------
    def _bind_actions(self) -> None:
        bind = self.binder.bind
        bind("app.quit", self.close)
        # The table of contents can be hidden (a key, the View menu; by itself where the window is narrow).
        self.contents_toggle = ContentsToggle(self.splitter, self.contents, self.view, self.settings, self.binder,
                                              self.announcer)
        self.first_painted.connect(self.contents_toggle.tell_changes)
        bind("focus.contents", self.focus_contents)
        bind("focus.text", lambda: self.view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        bind("help.about", self.show_about)
        self.keyboard.bind(self.binder, has_documents=bool(self.documents))
        self.view_commands = ViewCommands(self, self.settings, self.appearance, lambda: self.document,
                                          self.announcer.announce)  # status bar + screen readers
        for action_id, handler in self.view_commands.handlers().items():
            bind(action_id, handler)
        # The commands that change one option (line focus, numbers, read-aloud choices): saved, said.
        self.option_commands = OptionCommands(self, self.binder, self.settings, self.announcer.announce)
        if len(self.documents) > 1:
            bind("document.choose", self.choose_document)

    def _build_menus_and_toolbar(self) -> None:
        self.menus: dict[str, QMenu] = {}
        for menu_id, title in MENUS:
            menu = self.menuBar().addMenu(QCoreApplication.translate("Actions", title))
            menu.setObjectName(f"menu_{menu_id}")
            self.menus[menu_id] = menu
        # Its buttons wrap onto another row rather than hiding in an overflow menu (reader/ui/flow.py).
        self.toolbar = FlowToolBar(self.tr("Toolbar"), max_share=0.2)
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
            if spec.id in self.binder.local_actions:  # keys that work only inside one widget
                {"view": self.view, "search": self.search_bar}[spec.local_to].addAction(self.binder.local_actions[spec.id])
        for menu in self.menus.values():
            menu.menuAction().setVisible(bool(menu.actions()))
        self.toolbar.setVisible(bool(self.toolbar.actions()))

    # -- documents and sections -----------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.documents[self.current_index] if self.documents else None

    def text_style(self) -> TextStyle:
        return self.appearance.text_style()

    def _theme_applied(self, theme: Theme) -> None:
        self.theme = theme
        self.theme_changed.emit(theme)

    def show_document(self, index: int) -> None:
        self.current_index = index
        document = self.documents[index]
        self.view.show_document(document, self.text_style())
        self.view.move_to(0)
        self.contents.set_document(document)
        self.setWindowTitle(f"{document.title} – {APP_NAME}")
        self.search_bar.document_changed()

    def go_to_section(self, index: int) -> None:
        document = self.document
        if document is None or not 0 <= index < len(document.sections):
            return
        self.view.move_to(document.sections[index].start)

    def _follow_position(self, offset: int) -> None:
        document = self.document
        if document is not None:
            self.contents.mark_section(document.sections.index(document.section_at(offset)))

    def focus_contents(self) -> None:
        self.contents_toggle.show_for_focus()
        self.contents.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choose_document(self) -> None:
        self.contents.document_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.contents.document_box.showPopup()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window closes (and with it the app): an export still running is cancelled, the speech
        worker ends; the reading position is kept for the next visit."""
        self.resume.save()
        self.exports.shutdown()
        if self.speech is not None:
            self.speech.shutdown()
        super().closeEvent(event)

    # -- interface language ----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every label in the current interface language (after the "language" setting changed)."""
        self.binder.retranslate()
        for menu_id, title in MENUS:
            self.menus[menu_id].setTitle(QCoreApplication.translate("Actions", title))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        if self.document is not None:
            row = self.contents.list.currentRow()
            self.contents.set_document(self.document)
            self.contents.mark_section(max(row, 0))
        if self.problems:
            self._show_problems()
        retranslate_children(self)

    def terminal_parts(self) -> TerminalParts:
        """What public-terminal mode (reader/ui/kiosk.py) is handed to lock this window down and reset it."""
        from reader.ui.kiosk import TerminalParts  # (public-terminal mode only: printing dialogs and all)

        return TerminalParts(
            window=self, settings=self.settings, speech=self.speech, voicing=self.voicing, announcer=self.announcer,
            binder=self.binder, access=self.access, keyboard=self.keyboard, search_bar=self.search_bar,
            view=self.view, problems=self.problems, use_terminal=self.use_terminal, start_afresh=self.start_afresh)

    def start_afresh(self) -> None:
        """The first document from its top, nothing selected, the contents at its start."""
        if self.documents:
            self.show_document(0)

    def use_terminal(self, hidden: tuple[str, ...]) -> None:
        """Public-terminal mode: the commands ``hidden`` are gone (see ActionBinder.use_terminal), and the
        content's problems are told without the files' paths (the staff screen and the log have them)."""
        self.binder.use_terminal(hidden)
        if self.problems:
            self._show_problems()
        if not self.documents:
            self._show_no_document()

    def _show_no_document(self) -> None:
        details = ([self.tr("Please ask the staff.")] if self.binder.terminal
                   else [problem.describe() for problem in self.problems])
        self.view.show_message(self.tr("The document could not be shown."), details, self.text_style())

    def _show_problems(self) -> None:
        """The content's problems in the status bar, in the interface language."""
        self.statusBar().showMessage(self._problems_message())

    def _problems_message(self) -> str:
        if self.binder.terminal:
            return self.tr("The content has {count} problem(s). Please ask the staff.").format(count=len(self.problems))
        return self.tr("The content has {count} problem(s): {first}").format(
            count=len(self.problems), first=self.problems[0].describe()
        )

    def _after_first_paint(self) -> None:
        self._tell_start_problems()
        self.appearance.prepare_restyle()

    def _tell_start_problems(self) -> None:
        """What went wrong while starting, said to screen readers once the window is painted, as one
        message so that none cuts another short: the settings file's note, then the content's problems,
        the settings that could not be used, or a broken access-profiles file (read only now, after
        the first paint), and last where the text was opened again (``Resume.restore``). The status
        bar shows the first of the problems, or else the note, or else where the text was opened."""
        # (isHidden: the note's own state; the start screen hides the whole status bar for a while)
        note = [self.settings_notice.text()] if not self.settings_notice.isHidden() else []
        if self.problems:
            problem = [self._problems_message()]  # (already in the status bar)
        elif self.settings.rejected:
            problem = [rejected_message(self.settings.rejected)]
        else:
            # (a public terminal tells visitors nothing of the profiles file: its staff screen and log do)
            problem = [] if self.binder.terminal else self.access.problems[:1]
            if problem or note:
                self.statusBar().showMessage((problem or note)[0])
        resumed = [self.resume.restored] if self.resume.restored else []
        if resumed and not (problem or note):
            self.statusBar().showMessage(resumed[0])
        if note or problem or resumed:
            self.announcer.announce(" ".join(note + problem + resumed), status=False)

    def show_about(self) -> None:
        document = self.document
        # A public terminal shows visitors no paths of the machine: the document's title instead.
        source = "" if document is None else document.title if self.binder.terminal else str(document.source)
        from PySide6.QtWidgets import QMessageBox  # here: its enums cost ~1.5 ms at start-up

        QMessageBox.about(
            self,
            self.tr("About Herning Læser"),
            self.tr("Herning Læser {version}\nAn accessible reader for Herning Kommune's Børne- og Ungepolitik.\n\n"
               "Document: {source}").format(version=__version__, source=source),
        )
