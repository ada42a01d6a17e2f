"""What a screen reader would say about the keyboard focus, for the app's own voice (reader/ui/self_voicing.py).

``FocusReader.look()`` notes what the user is on (the focused control's value and states, the entry inside
it, an open menu's item, the panels around it, a caret); comparing two looks tells what to say: the control
and what it entered (``describe``, ``entered``), what a key changed in it (``changes``), and in a text pane
the text the caret moved by (``caret_text``). Everything is read from Qt's accessibility interfaces, as a
screen reader reads it, and said in the interface language. Imported only once the voice is in use: Qt's
accessibility classes take some milliseconds to load.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QWidget,
)

from reader.actions import QT_TRANSLATE_NOOP
from reader.ui.announcer import SPOKEN_INTRODUCTION
from reader.ui.reading_view import ReadingView

translate = QCoreApplication.translate
Key = Qt.Key

LINE_KEYS = {Key.Key_Up, Key.Key_Down, Key.Key_PageUp, Key.Key_PageDown, Key.Key_Home, Key.Key_End}
CHARACTER_KEYS = {Key.Key_Left, Key.Key_Right}
EDIT_KEYS = {Key.Key_Backspace, Key.Key_Delete}
MODIFIERS = {Key.Key_Shift, Key.Key_Control, Key.Key_Alt, Key.Key_Meta, Key.Key_AltGr, Key.Key_CapsLock,
             Key.Key_NumLock, Key.Key_unknown}

Parts = list[tuple[str, str]]  # (text, language) said one after the other


def _role_word(role: QAccessible.Role, multi_line: bool, read_only: bool) -> str:
    """What a screen reader calls a control of ``role`` ("" for labels and list entries)."""
    roles = QAccessible.Role
    if role == roles.EditableText:
        if multi_line:
            return translate("SelfVoicing", "read-only text") if read_only else translate("SelfVoicing", "text")
        return translate("SelfVoicing", "edit field")
    word = {
        roles.Button: QT_TRANSLATE_NOOP("SelfVoicing", "button"),
        roles.CheckBox: QT_TRANSLATE_NOOP("SelfVoicing", "check box"),
        roles.RadioButton: QT_TRANSLATE_NOOP("SelfVoicing", "radio button"),
        roles.ComboBox: QT_TRANSLATE_NOOP("SelfVoicing", "list box"),
        roles.List: QT_TRANSLATE_NOOP("SelfVoicing", "list"),
        roles.SpinBox: QT_TRANSLATE_NOOP("SelfVoicing", "spin box"),
        roles.Slider: QT_TRANSLATE_NOOP("SelfVoicing", "slider"),
        roles.ScrollBar: QT_TRANSLATE_NOOP("SelfVoicing", "scroll bar"),
        roles.Dialog: QT_TRANSLATE_NOOP("SelfVoicing", "dialog"),
        roles.MenuBar: QT_TRANSLATE_NOOP("SelfVoicing", "menu bar"),
        roles.PopupMenu: QT_TRANSLATE_NOOP("SelfVoicing", "menu"),
        roles.MenuItem: QT_TRANSLATE_NOOP("SelfVoicing", "menu item"),
        roles.PageTab: QT_TRANSLATE_NOOP("SelfVoicing", "tab"),
        roles.Link: QT_TRANSLATE_NOOP("SelfVoicing", "link"),
        roles.ToolBar: QT_TRANSLATE_NOOP("SelfVoicing", "tool bar"),
        roles.ProgressBar: QT_TRANSLATE_NOOP("SelfVoicing", "progress bar"),
        roles.Table: QT_TRANSLATE_NOOP("SelfVoicing", "table"),
        roles.Tree: QT_TRANSLATE_NOOP("SelfVoicing", "tree"),
    }.get(role, "")
    return translate("SelfVoicing", word) if word else ""


CHARACTER_NAMES = {
    " ": QT_TRANSLATE_NOOP("SelfVoicing", "space"),
    "\u2029": QT_TRANSLATE_NOOP("SelfVoicing", "new line"),
    "\u2028": QT_TRANSLATE_NOOP("SelfVoicing", "new line"),
    "\n": QT_TRANSLATE_NOOP("SelfVoicing", "new line"),
    "\t": QT_TRANSLATE_NOOP("SelfVoicing", "tab"),
    ".": QT_TRANSLATE_NOOP("SelfVoicing", "full stop"),
    ",": QT_TRANSLATE_NOOP("SelfVoicing", "comma"),
    ":": QT_TRANSLATE_NOOP("SelfVoicing", "colon"),
    ";": QT_TRANSLATE_NOOP("SelfVoicing", "semicolon"),
    "!": QT_TRANSLATE_NOOP("SelfVoicing", "exclamation mark"),
    "?": QT_TRANSLATE_NOOP("SelfVoicing", "question mark"),
    "-": QT_TRANSLATE_NOOP("SelfVoicing", "dash"),
    "–": QT_TRANSLATE_NOOP("SelfVoicing", "dash"),
    "—": QT_TRANSLATE_NOOP("SelfVoicing", "dash"),
    "»": QT_TRANSLATE_NOOP("SelfVoicing", "quote"),
    "«": QT_TRANSLATE_NOOP("SelfVoicing", "quote"),
    "“": QT_TRANSLATE_NOOP("SelfVoicing", "quote"),
    "”": QT_TRANSLATE_NOOP("SelfVoicing", "quote"),
    '"': QT_TRANSLATE_NOOP("SelfVoicing", "quote"),
    "(": QT_TRANSLATE_NOOP("SelfVoicing", "bracket"),
    ")": QT_TRANSLATE_NOOP("SelfVoicing", "bracket"),
    "/": QT_TRANSLATE_NOOP("SelfVoicing", "slash"),
    "%": QT_TRANSLATE_NOOP("SelfVoicing", "percent"),
    "&": QT_TRANSLATE_NOOP("SelfVoicing", "and"),
}


def character_name(character: str) -> str:
    """A character as a voice should say it on its own ("space", "comma", "a")."""
    name = CHARACTER_NAMES.get(character)
    return translate("SelfVoicing", name) if name else character


KEY_NAMES = {
    "Ctrl": QT_TRANSLATE_NOOP("SelfVoicing", "Control"),
    "Shift": QT_TRANSLATE_NOOP("SelfVoicing", "Shift"),
    "Esc": QT_TRANSLATE_NOOP("SelfVoicing", "Escape"),
    "PgUp": QT_TRANSLATE_NOOP("SelfVoicing", "Page Up"),
    "PgDown": QT_TRANSLATE_NOOP("SelfVoicing", "Page Down"),
    "Return": QT_TRANSLATE_NOOP("SelfVoicing", "Enter"),
    "Del": QT_TRANSLATE_NOOP("SelfVoicing", "Delete"),
}


def spoken_keys(sequence: QKeySequence) -> str:
    """A key chord as it is said ("Ctrl+Shift+V": "Control Shift V"; Danish "Kontrol Skift V")."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    parts = [KEY_NAMES.get(part, part) for part in re.split(r"\+(?=.)", text) if part]
    return " ".join(translate("SelfVoicing", part) if part in KEY_NAMES.values() else part for part in parts)


def _utf16_slice(text: str, start: int, length: int) -> str:
    """``text``'s part from UTF-16 unit ``start``, ``length`` units long (Qt's text layout counts units)."""
    units = text.encode("utf-16-le")
    return units[2 * start:2 * (start + length)].decode("utf-16-le", "replace")


@dataclass
class Look:
    """What the user is on at one moment: the focus and what a change of it would say."""

    window: QWidget | None = None
    focus: QWidget | None = None
    state: tuple[str, ...] = ()  # the focused control's value and states
    item: str = ""  # the entry inside it (a list's current entry)
    menu: str = ""  # the open menu's (or the menu bar's) current item
    contexts: list[int] = field(default_factory=list)  # ids of the introduced panels and tool bars around it
    caret: int = -1  # a text control's caret
    text: str = ""  # a field's text
    view_position: int = -1  # the reading view's caret


class FocusReader:
    """Looks at the focus and tells what changed, in words; ``view`` is the reading pane (its sentences and
    the document's language), ``language`` the interface's."""

    def __init__(self, view: ReadingView, language: Callable[[], str]) -> None:
        self.view = view
        self.language = language

    @staticmethod
    def nothing_seen() -> Look:
        """A look at nothing: compared with it, everything around the focus is new."""
        return Look()

    @staticmethod
    def is_typing(key: tuple[int, Qt.KeyboardModifier]) -> bool:
        return is_typing(key)

    def text_language(self, widget: QWidget | None) -> str:
        """The language of a text pane's text: the document's in the reading pane, else the interface's."""
        document = self.view.document_model if widget is self.view else None
        return (document.language or "da") if document is not None else self.language()

    def look(self) -> Look:
        focus = QApplication.focusWidget()
        look = Look(window=focus.window() if focus is not None else QApplication.activeWindow(), focus=focus)
        look.menu = self.menu_item(look.window, focus)
        look.view_position = self.view.textCursor().position()
        if focus is None:
            return look
        look.state, look.item = self.state(focus)
        look.contexts = [id(widget) for widget in self.contexts(focus)]
        if isinstance(focus, QTextEdit | QPlainTextEdit):
            look.caret = focus.textCursor().position()
        elif isinstance(focus, QLineEdit) and not _masked(focus):
            look.caret, look.text = focus.cursorPosition(), focus.text()
        return look

    def menu_item(self, window: QWidget | None, focus: QWidget | None) -> str:
        """The open menu's current item, else the menu bar's (when it is used from the keyboard)."""
        popup = QApplication.activePopupWidget()
        popup = focus if isinstance(focus, QMenu) else popup
        if isinstance(popup, QMenu):
            action = popup.activeAction()
            if action is None or action.isSeparator():
                return ""
            parts = [_plain(action.text()).rstrip("…")]
            if action.menu() is not None:
                parts.append(translate("SelfVoicing", "submenu"))
            if action.isCheckable():
                parts.append(_checked(action.isChecked()))
            if not action.isEnabled():
                parts.append(translate("SelfVoicing", "unavailable"))
            if not action.shortcut().isEmpty():
                parts.append(spoken_keys(action.shortcut()))
            return ", ".join(parts)
        if isinstance(window, QMainWindow) and window.menuWidget() is not None:
            bar = window.menuBar()
            action = bar.activeAction()
            if action is not None and bar.isVisible():
                title = _plain(action.text())
                return translate("SelfVoicing", "{title}, menu").format(title=title)
        return ""

    def state(self, widget: QWidget) -> tuple[tuple[str, ...], str]:
        """The control's value and states as they are said, and its current entry."""
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            return (), ""
        state = interface.state()
        words: list[str] = []
        role = interface.role()
        multi_line = isinstance(widget, QTextEdit | QPlainTextEdit)
        if not multi_line and not _masked(widget) and role in (
                QAccessible.Role.SpinBox, QAccessible.Role.Slider, QAccessible.Role.ComboBox,
                QAccessible.Role.EditableText, QAccessible.Role.ProgressBar, QAccessible.Role.ScrollBar):
            value = interface.text(QAccessible.Text.Value)
            if value and value != _name(widget, interface):
                words.append(value)
        if state.checkable:
            words.append(_checked(bool(state.checked)))
        if state.disabled:
            words.append(translate("SelfVoicing", "unavailable"))
        if state.readOnly and not multi_line and role == QAccessible.Role.EditableText:
            words.append(translate("SelfVoicing", "read only"))
        item = ""
        if role in (QAccessible.Role.List, QAccessible.Role.Tree, QAccessible.Role.Table):
            child = interface.focusChild()
            if child is not None and child.isValid():
                index, count = interface.indexOfChild(child), interface.childCount()
                name = child.text(QAccessible.Text.Name)
                item = name if index < 0 or count <= 0 else translate("SelfVoicing", "{name}, {number} of {count}") \
                    .format(name=name, number=index + 1, count=count)
                if child.state().checkable:
                    item += ", " + _checked(bool(child.state().checked))
        return tuple(words), item

    def contexts(self, widget: QWidget) -> list[QWidget]:
        """The panels that introduce themselves and the tool bars the widget is in, outermost first."""
        found = []
        parent = widget.parentWidget()
        while parent is not None and not parent.isWindow():
            if parent.property(SPOKEN_INTRODUCTION) or isinstance(parent, QToolBar):
                found.append(parent)
            parent = parent.parentWidget()
        return found[::-1]

    # -- what is said ----------------------------------------------------------------------------------
    def entered(self, seen: Look, now: Look) -> list[str]:
        """What the focus entered: a dialog (its title, a message's text, its default button), the
        window itself at first, tool bars and introduced panels."""
        said: list[str] = []
        window = now.window
        if window is not None and window is not seen.window:
            title = window.windowTitle().replace("[*]", "")
            if isinstance(window, QDialog):
                said.append(translate("SelfVoicing", "{title}, dialog").format(title=title) if title
                            else translate("SelfVoicing", "dialog"))
                if isinstance(window, QMessageBox):
                    said += [text for text in (window.text(), window.informativeText()) if text]
                default = next((button for button in window.findChildren(QPushButton)
                                if button.isDefault() and button.isVisible()), None)
                if default is not None and default is not now.focus:
                    said.append(translate("SelfVoicing", "Default button: {name}").format(name=_plain(default.text())))
            elif seen.window is None and title:
                said.append(title)
        focus = now.focus
        if focus is not None:
            for context in self.contexts(focus):
                if id(context) in seen.contexts:
                    continue
                introduction = context.property(SPOKEN_INTRODUCTION)
                if introduction:
                    said.append(str(introduction))
                elif isinstance(context, QToolBar):
                    name = context.windowTitle()
                    role = translate("SelfVoicing", "tool bar")
                    said.append(name if role.lower() in name.lower() else
                                translate("SelfVoicing", "{name}, tool bar").format(name=name))
        return said

    def describe(self, widget: QWidget | None) -> str:
        """The focused control: name, role, value and states, its current entry, and its description."""
        if widget is None:
            return ""
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            return widget.accessibleName()
        name = _plain(widget.title()) if isinstance(widget, QMenu) else _name(widget, interface)
        multi_line = isinstance(widget, QTextEdit | QPlainTextEdit)
        words = [name, _role_word(interface.role(), multi_line, bool(interface.state().readOnly))]
        if interface.state().defaultButton:
            words.append(translate("SelfVoicing", "default button"))
        state, item = self.state(widget)
        words += [*state, item]
        description = interface.text(QAccessible.Text.Description)
        text = ", ".join(word for word in words if word)
        return f"{text}. {description}" if description and description != name else text

    def changes(self, before: Look, now: Look) -> list[str]:
        """What a key changed in the focused control: typed or deleted characters, its entry, its value."""
        said: list[str] = []
        if isinstance(now.focus, QLineEdit) and before.focus is now.focus and now.text != before.text:
            said.append(edit_echo(before.text, now.text))
        elif isinstance(now.focus, QLineEdit) and before.focus is now.focus and now.caret != before.caret \
                and 0 <= now.caret < len(now.text):
            said.append(character_name(now.text[now.caret]))
        if now.item != before.item and now.item:
            said.append(now.item)
        if now.state != before.state and not isinstance(now.focus, QLineEdit):
            said.append(", ".join(now.state))
        return said

    def moved_caret(self, before: Look | None, now: Look) -> bool:
        return (before is not None and now.focus is not None and before.focus is now.focus
                and isinstance(now.focus, QTextEdit | QPlainTextEdit) and now.caret != before.caret)

    def line_on_entering(self, widget: QWidget | None) -> Parts:
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            return [(self.line(widget) or translate("SelfVoicing", "blank"), self.text_language(widget))]
        return []

    def caret_text(self, widget: QWidget | None, key: tuple[int, Qt.KeyboardModifier] | None) -> Parts:
        """The text the caret moved by, read as a screen reader reads it."""
        if not isinstance(widget, QTextEdit | QPlainTextEdit) or key is None:
            return []
        language = self.text_language(widget)
        code, modifiers = key
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if code in CHARACTER_KEYS and control:
            cursor = widget.textCursor()
            cursor.clearSelection()
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            return [(cursor.selectedText() or character_name(self.character(widget)), language)]
        if code in CHARACTER_KEYS:
            return [(character_name(self.character(widget)), language)]
        if code in LINE_KEYS:
            return [(self.line(widget) or translate("SelfVoicing", "blank"), language)]
        if widget is self.view:
            return self.sentence_at_caret(self.view)
        return [(self.line(widget) or translate("SelfVoicing", "blank"), language)]

    def character(self, widget: QTextEdit | QPlainTextEdit) -> str:
        position = widget.textCursor().position()
        character = widget.document().characterAt(position)
        return str(character) if character else ""

    def line(self, widget: QTextEdit | QPlainTextEdit) -> str:
        """The laid-out line the caret is on."""
        cursor = widget.textCursor()
        block = cursor.block()
        layout = block.layout()
        text = block.text()
        if layout is None or layout.lineCount() == 0:
            return text.strip()
        line = layout.lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return text.strip()
        return _utf16_slice(text, line.textStart(), line.textLength()).strip()

    def sentence_at_caret(self, view: ReadingView) -> Parts:
        """The spoken form of the sentence the reading view's caret is in."""
        document = view.document_model
        if document is None:
            return []
        from reader.speech import spoken

        offset = view.selection_range()[0]  # a search hit is selected: where it starts
        block = document.block_at(offset)
        if block is None:
            return []
        script = spoken.shown_order_script(document, block)
        sentence = next((s for s in script if s.start <= offset < s.end), None) or \
            next((s for s in script if s.start >= offset), script[-1] if script else None)
        return [(sentence.text, document.language or "da")] if sentence is not None else []


def _masked(widget: QWidget) -> bool:
    """A field whose characters are hidden (a password): what is typed into it is never said."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _checked(checked: bool) -> str:
    return translate("SelfVoicing", "checked") if checked else translate("SelfVoicing", "not checked")


def _name(widget: QWidget, interface: QAccessibleInterface) -> str:
    """The control's name: its accessible name, else its label's text (what Qt's AT-SPI bridge gives as
    its "labelled by" relation: on Linux a list box's own name is its current entry), else Qt's name."""
    if widget.accessibleName():
        return widget.accessibleName()
    window = widget.window()
    label = next((label for label in window.findChildren(QLabel) if label.buddy() is widget), None)
    if label is not None and label.text():
        return _plain(label.text())
    name = interface.text(QAccessible.Text.Name)
    if not name and isinstance(widget, QAbstractButton):
        name = _plain(widget.text())
    return name


def _plain(text: str) -> str:
    """A label without its mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_typing(key: tuple[int, Qt.KeyboardModifier]) -> bool:
    """A key that types or deletes in a field (its answer is the echo, not the text's caret)."""
    code, modifiers = key
    if code in EDIT_KEYS:
        return True
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    return Key.Key_Space <= code < Key.Key_Escape  # a character (Qt's codes of special keys start at Escape)


def edit_echo(before: str, after: str) -> str:
    """What changed in a field: the characters typed, or those deleted."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_before, end_after = len(before), len(after)
    while end_before > start and end_after > start and before[end_before - 1] == after[end_after - 1]:
        end_before -= 1
        end_after -= 1
    typed, deleted = after[start:end_after], before[start:end_before]
    if typed:
        return character_name(typed) if len(typed) == 1 else typed
    if deleted:
        return character_name(deleted) if len(deleted) == 1 else deleted
    return ""
