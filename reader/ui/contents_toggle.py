"""Whether the table of contents is shown beside the text.

``ContentsToggle`` binds the registry's "view.contents" command (a key and a check item in the
View menu) and keeps the pane's state: shown when the reader wants it (the "contents_shown"
option, kept between visits) and the text keeps at least ``TEXT_SHARE`` of the width beside it.
Where the window is too narrow for both (a small screen, a large interface), the pane is hidden
by itself and comes back when there is room again; asked for while there is no room, it is shown
all the same, until it is hidden again. Each change is told through the announcer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from reader.actions import ActionBinder
from reader.presentation.options import CONTENTS_SHOWN
from reader.settings_service import Settings
from reader.ui.announcer import Announcer

TEXT_SHARE = 0.6  # the least share of the width the text keeps with the pane beside it
DEFAULT_WIDTH = 300  # the pane's width until the reader drags the splitter


translate = QCoreApplication.translate


class ContentsToggle(QObject):
    def __init__(self, splitter: QSplitter, pane: QWidget, text: QWidget, settings: Settings,
                 binder: ActionBinder, announcer: Announcer) -> None:
        """``splitter`` holds ``pane`` and then ``text``; the keyboard focus goes to ``text`` when the
        pane it was in is hidden."""
        super().__init__(splitter)
        self.splitter = splitter
        self.pane = pane
        self.text = text
        self.settings = settings
        self.announcer = announcer
        self.width = DEFAULT_WIDTH  # the pane's width when last shown
        self.insisted = False  # shown on request although the text has less than its share
        self.telling = False  # changes the window makes by itself are told once it is on screen (tell_changes)
        self.action = binder.bind("view.contents", self.toggle)
        self.action.setChecked(self.shown)
        self._toggling = False
        settings.changed.connect(self._setting_changed)  # also a reset (a public terminal's next visitor)
        splitter.installEventFilter(self)
        pane.installEventFilter(self)
        self.update(announce=False)

    @property
    def wanted(self) -> bool:
        return self.settings.get(CONTENTS_SHOWN)

    @property
    def shown(self) -> bool:
        return not self.pane.isHidden()

    def tell_changes(self) -> None:
        """From now on the pane hiding or showing by itself is told (not while the window opens)."""
        self.telling = True

    def room(self) -> bool:
        """True when the text keeps its share of the width with the pane beside it (before the window
        is shown its width is not known yet: then there is room)."""
        total = self.splitter.width()
        if total <= 0 or not self.splitter.isVisible():
            return True
        pane = max(self.width, self.pane.minimumSizeHint().width())
        return total - pane - self.splitter.handleWidth() >= TEXT_SHARE * total

    # -- commands --------------------------------------------------------------------------------
    def toggle(self) -> None:
        """Hides the pane where it is shown, else shows it (even where the text then has less room)."""
        self._toggling = True
        try:
            if self.shown:
                self.insisted = False
                self.settings.set(CONTENTS_SHOWN, False)
            else:
                self.insisted = not self.room()
                self.settings.set(CONTENTS_SHOWN, True)
            self.update(announce=True)
        finally:
            self._toggling = False

    def show_for_focus(self) -> None:
        """Shows the pane (for a command that moves the focus into it)."""
        if not self.shown:
            self.toggle()

    # -- keeping the state -------------------------------------------------------------------------
    def _setting_changed(self, key: str, _value: object) -> None:
        if key == CONTENTS_SHOWN.key and not self._toggling:
            self.insisted = False
            self.update(announce=False)

    def update(self, *, announce: bool) -> None:
        should_show = self.wanted and (self.insisted or self.room())
        self.action.setChecked(should_show)
        if should_show == self.shown:
            return
        if should_show:
            self.pane.show()
            sizes = self.splitter.sizes()
            total = sum(sizes)
            if total > self.width:
                self.splitter.setSizes([self.width, total - self.width])
        else:
            self.width = self.pane.width() if self.pane.isVisible() else self.width
            focus = QApplication.focusWidget()
            self.pane.hide()
            if focus is not None and self.pane.isAncestorOf(focus):
                self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        if announce:
            self.announcer.announce(self._told(should_show))

    def _told(self, shown: bool) -> str:
        if shown:
            return translate("ContentsToggle", "Table of contents shown.")
        if self.wanted:
            return translate("ContentsToggle", "Table of contents hidden to give the text room. {key} shows it.").format(
                key=self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return translate("ContentsToggle", "Table of contents hidden.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.splitter and kind == QEvent.Type.Resize:
            QTimer.singleShot(0, self, lambda: self.update(announce=self.telling))
        elif watched is self.pane and kind == QEvent.Type.Resize and self.pane.isVisible():
            self.width = self.pane.width()  # the reader dragged the splitter, or a larger interface widened it
            QTimer.singleShot(0, self, lambda: self.update(announce=self.telling))
        return False
