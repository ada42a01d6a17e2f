"""The start screen: access profiles as large buttons, chosen with number keys 1-9 or a click.

It lies over the whole window (menus included) until a profile is chosen. While it is
shown, the window's shortcuts are held back (it accepts every ``ShortcutOverride``)
except the language switch and the actions passed to ``let_through`` (Quit), and Tab
cycles among its own buttons only. The window's other parts are hidden meanwhile, not just
covered, so assistive technology does not find them behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from reader.presentation.profiles import Profile
from reader.ui.accessible import MIN_TARGET
from reader.ui.announcer import SPOKEN_INTRODUCTION

translate = QCoreApplication.translate


class WrappingButton(QPushButton):
    """A push button whose label wraps onto more lines where the button is narrower than it (a large
    interface on a small screen): as narrow as its longest word, as high as its lines need."""

    def __init__(self) -> None:
        super().__init__()
        self._label = ""
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # (a push button's Fixed would cap it at one line)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_label(self, label: str) -> None:
        self._label = label
        self._wrap(self.width())
        self.updateGeometry()

    def _size_for(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        content = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content,
                                             self).expandedTo(self.minimumSize())

    def _lines(self, width: int) -> str:
        """The label broken between words so that each line fits ``width``."""
        padding = self._size_for("").width()
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._label.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") + padding <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _wrap(self, width: int) -> None:
        text = self._label if self._size_for(self._label).width() <= width else self._lines(width)
        if text != self.text():
            self.setText(text)

    def sizeHint(self) -> QSize:
        return self._size_for(self._label)

    def minimumSizeHint(self) -> QSize:
        longest = max(self._label.split(" "), key=self.fontMetrics().horizontalAdvance, default="")
        return self._size_for(longest)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        text = self._label if self._size_for(self._label).width() <= width else self._lines(width)
        return self._size_for(text).height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._wrap(self.width())
            self.updateGeometry()


class StartScreen(QFrame):
    chosen = Signal(object)  # the Profile
    dismissed = Signal()  # Esc: keep the settings as they are

    def __init__(self, profiles: list[Profile], language_action: QAction, profile_action: QAction,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("start_screen")
        self.profiles = profiles
        self._language_action = language_action
        self._profile_action = profile_action
        self._let_through: list[QAction] = []
        self._hidden_behind: list[QWidget] = []  # the window's parts hidden while this is open
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        # Everything scrolls when it does not fit (the largest interface size in a small
        # window): cut-off buttons would be worse than a scroll bar.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("start_scroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame_layout = QVBoxLayout(self)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.scroll_area)
        page = QWidget()
        page.setObjectName("start_page")
        self.scroll_area.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        holder = QWidget()
        self.holder = holder
        holder.setMaximumWidth(960)  # buttons and lines of a readable width on a wide screen
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.heading = QLabel()
        self.heading.setObjectName("start_heading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("start_intro")
        self.intro.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        self.buttons: list[WrappingButton] = []
        for index, profile in enumerate(profiles):
            button = WrappingButton()
            button.setObjectName(f"profile_{profile.id}")
            button.setMinimumHeight(max(MIN_TARGET, 64))
            button.setMinimumWidth(MIN_TARGET)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, p=profile: self.chosen.emit(p))
            column.addWidget(button)
            self.buttons.append(button)
            if index >= 8:
                break
        self.language_button = QPushButton()
        self.language_button.setObjectName("start_language")
        self.language_button.setMinimumHeight(MIN_TARGET)
        self.language_button.setMinimumWidth(MIN_TARGET)
        self.language_button.setAutoDefault(False)
        self.language_button.clicked.connect(language_action.trigger)
        column.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hint = QLabel()
        self.hint.setObjectName("start_hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        # Centred by stretches rather than an alignment flag: an aligned widget gets its size
        # hint, and the wrapped heading would then be given the height of a wider line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.let_through(language_action)
        self.retranslate()
        parent.installEventFilter(self)
        self.hide()

    # -- texts and look -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(translate("StartScreen", "Start screen"))
        self.heading.setText(translate("StartScreen", "Welcome to Herning Læser"))
        self.intro.setText(translate("StartScreen", "Choose how the text is shown: press a number key or click."))
        for index, (button, profile) in enumerate(zip(self.buttons, self.profiles, strict=False), start=1):
            button.set_label(f"{index}   {profile.label()}")
            button.setAccessibleName(profile.label())
            button.setAccessibleDescription(
                translate("StartScreen", "Number key {number}. {description}").format(
                    number=index, description=profile.description())
            )
        self.language_button.setText(self._language_action.text())
        self.language_button.setAccessibleName(self._language_action.text())
        keys = self._language_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.language_button.setAccessibleDescription(self._language_action.statusTip())
        self.language_button.setToolTip(f"{self._language_action.text()} ({keys})" if keys else "")
        profile_keys = self._profile_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.hint.setText(translate("StartScreen", "You can change this later under View, Access profiles ({keys}).").format(
            keys=profile_keys))
        # The welcome and every choice, said by the app's own voice as the focus enters the start screen.
        choices = [translate("StartScreen", "{number}: {name}.").format(number=index, name=profile.label())
                   for index, profile in enumerate(self.profiles[:len(self.buttons)], start=1)]
        language_choice = f"{self._language_action.text()} ({keys})." if keys else ""
        self.setProperty(SPOKEN_INTRODUCTION, " ".join(
            [f"{self.heading.text()}.", self.intro.text(), *choices, language_choice, self.hint.text()]))
        self._restyle()

    def _restyle(self) -> None:
        base = self.font()
        heading_font = QFont(base)
        heading_font.setPointSizeF(max(base.pointSizeF(), 12.0) * 1.75)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        intro_font = QFont(base)
        intro_font.setPointSizeF(max(base.pointSizeF(), 12.0) * 1.2)
        self.intro.setFont(intro_font)
        button_font = QFont(base)
        button_font.setPointSizeF(max(base.pointSizeF(), 12.0) * 1.35)
        for button in self.buttons:
            button.setFont(button_font)
            button.setStyleSheet("text-align: left; padding: 8px 16px;")
            button.setMinimumHeight(max(MIN_TARGET, 64, button.sizeHint().height()))
        self.language_button.setFont(intro_font)
        widest = max((button.sizeHint().width() for button in self.buttons), default=0)
        self.holder.setMaximumWidth(max(960, widest))  # a readable column, never narrower than a label

    # -- showing ----------------------------------------------------------------------
    def let_through(self, action: QAction) -> None:
        """Lets ``action``'s keys work while the start screen is open (when the action is enabled)."""
        self._let_through.append(action)

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.retranslate()
        self._hide_what_is_behind(parent)
        self.show()
        self.raise_()
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_what_is_behind(self, parent: QWidget) -> None:
        """Hides the window's other visible parts (menu bar, toolbars, text, status bar)."""
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if (child is not self and not child.isWindow() and not child.isHidden() and child not in self._hidden_behind
                    and child.objectName() != "announcement_notice"):
                child.hide()
                self._hidden_behind.append(child)

    def _show_what_is_behind(self) -> None:
        hidden, self._hidden_behind = self._hidden_behind, []
        for child in hidden:
            child.show()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override (hide() comes here)
        super().setVisible(visible)
        if not visible:
            self._show_what_is_behind()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            event.accept()  # the window's shortcuts wait until a profile is chosen: the key comes here
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The let-through actions live in the hidden menu bar, where their shortcuts cannot fire.
        sequence = QKeySequence(event.keyCombination())
        for action in self._let_through:
            if action.isEnabled() and sequence in action.shortcuts():
                action.trigger()
                return
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            index = key - Qt.Key.Key_1
            if index < len(self.buttons):
                self.buttons[index].click()
                return
        if key == Qt.Key.Key_Escape:
            self.dismissed.emit()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab go round the start screen's own buttons."""
        chain = [*self.buttons, self.language_button]
        current = self.focusWidget()
        index = chain.index(current) if current in chain else -1
        target = chain[(index + (1 if forward else -1)) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        self.scroll_area.ensureWidgetVisible(target)
        return True
