"""Keyboard support of the main window, in one place.

``KeyboardSupport`` owns the structure navigator, the key describer and the help window, cycles
the panes with F6 / Shift+F6, and binds the registry commands of the "moving around", search and
"help" sections to them (``bind``). It is handed the window (whose panes it visits and over which
its dialogs open), the text, the search bar and the announcer (whose messages screen readers and the
app's own voice, reader/ui/self_voicing.py, speak).
``LateAltGuard`` keeps Alt+key commands (Alt+1, Alt+2...) from opening the menu bar when a
screen reader runs on Linux.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from reader.actions import ActionBinder
from reader.presentation.navigation import Target
from reader.presentation.themes import Theme
from reader.ui.announcer import Announcer
from reader.ui.navigation import StructureNavigator
from reader.ui.reading_view import ReadingView
from reader.ui.search_bar import SearchBar

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow

    from reader.ui.go_to_number import GoToNumberDialog
    from reader.ui.help import HelpDialog, KeyDescriber


def takes_tab_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def focus_target(pane: QWidget) -> QWidget | None:
    """The widget that gets the focus when ``pane`` is entered: itself, or its first control."""
    proxy = pane.focusProxy() or pane
    if takes_tab_focus(proxy):
        return proxy
    if not pane.isVisible():
        return None
    widget = pane.nextInFocusChain()
    while widget is not pane and widget is not None:
        if pane.isAncestorOf(widget) and takes_tab_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def hit_colours(theme: Theme | None) -> tuple[QColor, QColor] | None:
    """The colour theme's search colours, if there is a theme."""
    if theme is None:
        return None
    return QColor(theme.search_text), QColor(theme.search_background)


class LateAltGuard(QObject):
    """Drops the copies of Alt presses that Qt's AT-SPI bridge posts to the window.

    With a screen reader on Linux, the bridge holds back every key press and release until the
    screen reader has seen it, then posts a copy to the window. Shortcuts such as Alt+1 act at
    once (they are matched before the bridge sees the key), and so does the menu bar's Alt
    navigation, armed by the physical Alt press. When the screen reader answers late, the
    copies arrive after all that: Qt gives the copied press a ShortcutOverride of its own,
    which arms the menu bar again, and the copied release then opens it (after Alt+1 the
    focus lands in the first menu, not in the contents) or closes it (after a lone Alt).
    The physical press has done all an Alt press does, so a posted copy is dropped.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.handle: QWindow | None = None
        # ``watch`` is called from the first paint on (a key pressed before the window is even painted
        # is not a real case); the native window is asked for only then, as its Python type costs a
        # millisecond or two to make.

    def watch(self) -> None:
        """Starts dropping the copies, once the window has its native window (it is shown)."""
        if self.handle is None:
            self.handle = self.window.windowHandle()
            if self.handle is not None:
                self.handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (watched is self.handle and event.type() == QEvent.Type.KeyPress and not event.spontaneous()
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Alt)


class KeyboardSupport(QObject):
    def __init__(self, window: QMainWindow, panes: list[QWidget], view: ReadingView, search_bar: SearchBar,
                 announcer: Announcer) -> None:
        """``panes``: the window's fixed panes in F6 order (contents, text, search); its tool bars and
        docks follow them."""
        super().__init__(window)
        self.window = window
        self.fixed_panes = panes
        self.search_bar = search_bar
        self.announcer = announcer
        self.late_alt_guard = LateAltGuard(window)
        self.navigator = StructureNavigator(view, announcer)
        self._describer: KeyDescriber | None = None
        self.help_dialog: HelpDialog | None = None
        self.go_to_dialog: GoToNumberDialog | None = None
        self._binder: ActionBinder | None = None

    # -- the commands ----------------------------------------------------------------------
    def bind(self, binder: ActionBinder, *, has_documents: bool) -> None:
        self._binder = binder
        navigator = self.navigator
        search_bar = self.search_bar
        bind = binder.bind
        bind("focus.next_pane", lambda: self.cycle_panes(1))
        bind("focus.previous_pane", lambda: self.cycle_panes(-1))
        moves: dict[str, Callable[[], object]] = {
            "nav.next_theme": lambda: navigator.next(Target.THEME),
            "nav.previous_theme": lambda: navigator.previous(Target.THEME),
            "nav.next_quote": lambda: navigator.next(Target.QUOTE),
            "nav.previous_quote": lambda: navigator.previous(Target.QUOTE),
            "nav.next_commitments": lambda: navigator.next(Target.COMMITMENTS),
            "nav.previous_commitments": lambda: navigator.previous(Target.COMMITMENTS),
            "nav.next_paragraph": lambda: navigator.next(Target.PARAGRAPH),
            "nav.previous_paragraph": lambda: navigator.previous(Target.PARAGRAPH),
            "nav.next_sentence": navigator.next_sentence,
            "nav.previous_sentence": navigator.previous_sentence,
            "nav.start": navigator.start,
            "nav.end": navigator.end,
            "nav.where": navigator.where_am_i,
            "nav.go_to_number": self.go_to_number,
        }
        for number in range(1, 5):
            moves[f"nav.theme_{number}"] = lambda number=number: navigator.theme(number)  # type: ignore[misc]
        if has_documents:
            for action_id, handler in moves.items():
                bind(action_id, handler)
            bind("search.find", search_bar.open)
            bind("search.next", search_bar.next)
            bind("search.previous", search_bar.previous)
            bind("search.close", search_bar.close_bar)
        bind("help.keys", self.show_help)
        bind("help.describe_keys", lambda: self.describer.start())

    @property
    def describer(self) -> KeyDescriber:
        """Shift+F1's key describer, made when first used (reader/ui/help.py is not needed before)."""
        if self._describer is None:
            from reader.ui.help import KeyDescriber

            assert self._binder is not None, "bind() comes first"
            self._describer = KeyDescriber(self.window, self.announcer, self._binder)
        return self._describer

    def stop_describing(self) -> None:
        """Ends Shift+F1's key describer if it runs (the public terminal's reset)."""
        if self._describer is not None:
            self._describer.stop()
    def go_to_number(self) -> None:
        """Opens the "Go to number…" dialog (made when first used)."""
        if self.go_to_dialog is None:
            from reader.ui.go_to_number import GoToNumberDialog

            dialog = GoToNumberDialog(self.navigator.go_to_number, self.window)
            # Back to the text, at the place gone to (or where it was): also where no window manager
            # hands the focus back when a dialog closes.
            dialog.finished.connect(lambda _result: self._back_to_text())
            self.go_to_dialog = dialog
        self.go_to_dialog.start()

    def _back_to_text(self) -> None:
        self.window.activateWindow()
        self.navigator.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_help(self) -> None:
        if self.help_dialog is None:
            from reader.ui.help import HelpDialog

            assert self._binder is not None, "bind() comes first"
            self.help_dialog = HelpDialog(self._binder, self.window)
        else:
            self.help_dialog.retranslate()  # which commands are available may have changed
        self.help_dialog.show()
        self.help_dialog.activateWindow()
        self.help_dialog.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- panes -------------------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        """The panes F6 visits, in order: contents, text, search, then toolbars and docks."""
        window = self.window
        panes: list[QWidget] = list(self.fixed_panes)
        for child in window.findChildren(QWidget):
            if child in panes:
                continue
            if (isinstance(child, QToolBar | QDockWidget) and child.parent() is window) or child.property("pane"):
                panes.append(child)
        return [pane for pane in panes if pane.isVisible() and focus_target(pane) is not None]

    def cycle_panes(self, step: int) -> None:
        panes = self.panes()
        if not panes:
            return
        focus = self.window.focusWidget()
        current = next((i for i, pane in enumerate(panes)
                        if focus is not None and (focus is pane or pane.isAncestorOf(focus))), None)
        index = (current + step) % len(panes) if current is not None else (0 if step > 0 else len(panes) - 1)
        target = focus_target(panes[index])
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
