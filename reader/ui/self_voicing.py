"""The app's own voice (self-voicing): heard without a screen reader, as EN 301 549 clause 5.1.3 asks of a
public terminal ("closed functionality"), and of a library PC where no screen reader runs.

``SelfVoicing`` says what a screen reader would, in the interface language, through the speech service's
interface voice (``SpeechService.talk``: the reading's own stream, so read-aloud and the interface never
talk at once; a reading is held while the interface speaks and goes on afterwards):

* the keyboard focus: the control's name, role, state and value, and the entry inside it (a list's
  current entry, "3 of 6"); on entering a dialog its title (and a message box's text and default button),
  on entering a tool bar its name, on entering a panel that introduces itself (the widget property
  ``SPOKEN_INTRODUCTION``: the start screen's welcome and choices) that introduction; in a text pane the
  line at the caret; the menu bar's and an open menu's current item;
* what a key changed in the focused control: a spin box's number, a list's entry, a check box, the
  characters typed into or deleted from a field (never those of a masked field, 5.1.3.8);
* every message of the window's Announcer that is meant to be voiced (``Announcer.voiced``): structure
  moves, where-am-I, search counts, exports, errors, the kiosk's countdown;
* in a text pane, what the caret moved by: the line (Up, Down, Page Up, Page Down, Home, End), the word
  (Ctrl+Left, Ctrl+Right), the character (Left, Right), or the sentence (any other key that moved it: a
  theme, a quote, a search hit).

What one turn of the event loop changed is said as one utterance. An utterance that answers the user's
input (a key, a click) cuts what was being said (5.1.3.5); anything else (a message that comes by itself,
the focus the app moves at its start) waits its turn. A key that
changes nothing silences the voice, Ctrl on its own too ("voicing.stop"); "voicing.repeat" says the last
utterance again. Every utterance is kept in ``log`` (in memory only, emptied by ``forget()`` at the
public terminal's reset) and emitted as ``spoken``.

On and off: the SELF_VOICING option (settings panel, ``--self-voicing``) and "voicing.toggle" anywhere.
While a screen reader runs (``screen_reader_running``: AT-SPI's ScreenReaderEnabled on Linux,
SPI_GETSCREENREADER on Windows, see reader/ui/screen_reader.py) the voice stays quiet unless the user
turned it on during this session (the key, the settings panel): two voices at once drown each other.
The public terminal's ``use_kiosk_mode``: "on", "off", or "key", where the first key press of a visit is
not taken as a command but turns the voice on, with a welcome that tells how to use the terminal by ear
and how to turn the voice off.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeyEvent, QKeySequence, QTextCursor
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

from reader.actions import QT_TRANSLATE_NOOP, ActionBinder
from reader.presentation.options import LANGUAGE, SELF_VOICING
from reader.settings_service import Settings
from reader.speech.service import SpeechService
from reader.ui.announcer import SPOKEN_INTRODUCTION, Announcer
from reader.ui.reading_view import ReadingView
from reader.ui.screen_reader import ScreenReaderCheck

LOG_SIZE = 500  # utterances kept in ``log``

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


class SelfVoicing(QObject):
    spoken = Signal(str)  # every utterance, as it is handed to the voice (``log`` keeps them)
    audible_changed = Signal(bool)

    def __init__(self, speech: SpeechService, settings: Settings, announcer: Announcer, binder: ActionBinder,
                 view: ReadingView, parent: QObject) -> None:
        """``view``: the reading pane (its sentences and the document's language); ``binder``: the
        "voicing.*" commands are bound here."""
        super().__init__(parent)
        self.speech = speech
        self.settings = settings
        self.announcer = announcer
        self.view = view
        self.binder = binder
        self.log: deque[str] = deque(maxlen=LOG_SIZE)
        self.last: Parts = []
        self.screen_reader_running: Callable[[], bool] = ScreenReaderCheck().running
        self.kiosk_mode = ""
        self._explicit = False  # turned on by the user during this session (heard even with a screen reader)
        self._armed = False  # "key": the next key press turns the voice on
        self._quiet_change = False  # the option is being set by the terminal, not by the user
        self._greeting = ""  # said before the next utterance (just turned on)
        self._input = False  # a key or a click in this turn of the event loop
        self._key: tuple[int, Qt.KeyboardModifier] | None = None
        self._before: Look | None = None  # at the first key press of this turn
        self._messages: list[str] = []
        self._scheduled = False
        self._seen: Look = Look()
        self._was_audible = False
        binder.bind("voicing.toggle", self.toggle)
        binder.bind("voicing.repeat", self.repeat)
        binder.bind("voicing.stop", self.hush)
        self._show_checked()
        announcer.voiced.connect(self._message)
        settings.changed.connect(self._setting_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)  # (a method: disconnected when this object goes)
        if self.enabled:
            self._greeting = self._on_text()
            self._schedule()

    # -- on and off ------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return self.settings.get(SELF_VOICING)

    def audible(self) -> bool:
        """True while the voice speaks: on, and no screen reader runs unless the user asked for it now."""
        return self.enabled and (self._explicit or not self.screen_reader_running())

    def toggle(self) -> None:
        """The key: off when it is heard; on (and heard, also beside a screen reader) when it is not."""
        if self.audible():
            self.settings.set(SELF_VOICING, False)
        elif self.enabled:  # on, but quiet beside a screen reader: the user wants to hear it
            self._explicit = True
            self._turned_on()
        else:
            self.settings.set(SELF_VOICING, True)

    def follow_kiosk(self, reset_done: SignalInstance, mode: str) -> None:
        """The public terminal's ``self_voicing`` ("on", "key", "off"): now, and again after each reset."""
        self.use_kiosk_mode(mode)
        reset_done.connect(lambda: self.use_kiosk_mode(mode))

    def use_kiosk_mode(self, mode: str) -> None:
        """The public terminal's setting ("on", "key", "off"), at its start and after each reset."""
        self.kiosk_mode = mode
        self.forget()
        self._explicit = False
        self._armed = mode == "key"
        self._set_quietly(mode == "on")

    def forget(self) -> None:
        """Nothing of what was said is kept (the public terminal's reset: the next visitor starts fresh)."""
        self.log.clear()
        self.last = []
        self._messages.clear()
        self.hush()

    def _set_quietly(self, on: bool) -> None:
        self._quiet_change = True
        try:
            self.settings.set(SELF_VOICING, on)
        finally:
            self._quiet_change = False

    def _setting_changed(self, key: str, value: object) -> None:
        if key != SELF_VOICING.key:
            return
        self._show_checked()
        if value:
            self._explicit = not self._quiet_change
            self._armed = False
            self._turned_on()
        else:
            self._explicit = False
            self._turned_off()

    def _turned_on(self) -> None:
        self.announcer.announce(translate("SelfVoicing", "Built-in speech is on."), voice=False)
        self._greeting = self._greeting or (self._welcome_text() if self.kiosk_mode else self._on_text())
        self._seen = Look()  # everything around the focus is said anew
        self._schedule()

    def _turned_off(self) -> None:
        self.speech.hush()
        self.announcer.announce(translate("SelfVoicing", "Built-in speech is off."), voice=False)
        # Turned off by the user (a key, a click) while it was heard: it says so as it goes. (Not when the
        # public terminal's reset turns it off: the next visit starts in its own way.)
        if self._was_audible and self._input and not self.screen_reader_running():
            self._say([(translate("SelfVoicing", "Built-in speech is off."), self._language())], cut=True)
        self._was_audible = False

    def _on_text(self) -> str:
        keys = self._keys_of("voicing.toggle")
        return translate("SelfVoicing", "Built-in speech is on. {keys} turns it off.").format(keys=keys)

    def _welcome_text(self) -> str:
        return translate(
            "SelfVoicing", "Welcome to Herning Læser. This screen speaks. Tab and Shift Tab move between the choices, "
                           "Enter chooses, F1 lists every key. {repeat} says it again, Control on its own stops the "
                           "speech, and {toggle} turns the voice off.").format(
            repeat=self._keys_of("voicing.repeat"), toggle=self._keys_of("voicing.toggle"))

    def _keys_of(self, action_id: str) -> str:
        shortcuts = self.binder.actions[action_id].shortcuts()
        return spoken_keys(shortcuts[0]) if shortcuts else ""

    def _show_checked(self) -> None:
        action = self.binder.actions["voicing.toggle"]
        if action.isChecked() != self.enabled:
            action.setChecked(self.enabled)

    # -- commands ----------------------------------------------------------------------------------
    def repeat(self) -> None:
        """Says the last utterance again (the key that asked is not an utterance of its own)."""
        if self.last and self.audible():
            self._say(list(self.last), cut=True, remember=False)
            self._input = False  # this turn's key is answered

    def hush(self) -> None:
        self.speech.hush()

    # -- what happens ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            if self._armed and event.key() not in MODIFIERS and not self.enabled \
                    and not self.screen_reader_running():
                event.accept()  # the first key of a visit is not a command: it wakes the voice
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self._armed = False
                    self._greeting = self._welcome_text()
                    self._set_quietly(True)
                return True
            if kind == QEvent.Type.KeyPress and event.key() == Key.Key_Control and not event.isAutoRepeat():
                self.hush()  # Ctrl on its own: quiet, as with every screen reader
            elif event.key() not in MODIFIERS:
                self._key_pressed(event)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._input_arrived()
        return False

    def _key_pressed(self, event: QKeyEvent) -> None:
        if not self._input:
            self._before = self._look()
        self._input_arrived()
        self._key = (event.key(), event.modifiers())

    def _input_arrived(self) -> None:
        self._input = True
        self._schedule()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._schedule()

    def _message(self, text: str) -> None:
        if text.strip():
            self._messages.append(text)
            self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._speak_changes)

    # -- one utterance per turn ------------------------------------------------------------------------
    def _speak_changes(self) -> None:
        self._scheduled = False
        user, key, messages, before = self._input, self._key, self._messages, self._before
        self._input, self._key, self._messages, self._before = False, None, [], None
        now = self._look()
        seen, self._seen = self._seen, now
        audible = self.audible()
        if audible != self._was_audible:
            self._was_audible = audible
            self.audible_changed.emit(audible)
        if not audible:
            self._greeting = ""
            return
        if now.focus is None and not now.menu and not messages:
            return  # (a window not active yet: what is to be said waits for the focus)
        language = self._language()
        parts: Parts = []
        caret: Parts = []
        moved_focus = now.focus is not seen.focus
        menu_closed = bool(seen.menu) and not now.menu
        if moved_focus or menu_closed:  # (after a menu the focus is where it was: said again)
            parts += [(text, language) for text in self._entered(seen, now)]
            parts.append((self._describe(now.focus), language))
            caret = self._line_on_entering(now.focus)
        if now.menu != seen.menu:
            parts.append((now.menu, language))
        elif now.focus is not None and not moved_focus and not menu_closed:
            parts += [(text, language) for text in self._changes(before or seen, now)]
            if self._moved_caret(before, now):
                caret = self._caret_text(now.focus, key)
        if not caret and key is not None and before is not None and now.focus is not self.view \
                and before.view_position != now.view_position and not _typing(key) and self.view.isVisible() \
                and not self.speech.active:
            caret = self._sentence_at_caret(self.view)  # a command moved the text's caret (a search hit)
        parts += [(message, language) for message in messages]
        said = " ".join(text for text, _language in parts)
        parts += [part for part in caret if part[0].strip() and part[0].strip() not in said]
        if self._greeting:
            parts.insert(0, (self._greeting, language))
            self._greeting = ""
        parts = [(text, lang) for text, lang in parts if text.strip()]
        if parts:
            self._say(parts, cut=user)
        elif user:
            self.speech.hush()  # a key that changed nothing: quiet (5.1.3.5)

    def _say(self, parts: Parts, *, cut: bool, remember: bool = True) -> None:
        if remember:
            self.last = list(parts)
        text = " ".join(text.strip() for text, _language in parts)
        self.log.append(text)
        self.speech.talk(parts, cut=cut)
        self.spoken.emit(text)

    def _language(self) -> str:
        return self.settings.get(LANGUAGE)

    def _text_language(self, widget: QWidget | None) -> str:
        """The language of a text pane's text: the document's in the reading pane, else the interface's."""
        document = self.view.document_model if widget is self.view else None
        return (document.language or "da") if document is not None else self._language()

    # -- looking -------------------------------------------------------------------------------------
    def _look(self) -> Look:
        focus = QApplication.focusWidget()
        look = Look(window=focus.window() if focus is not None else QApplication.activeWindow(), focus=focus)
        look.menu = self._menu_item(look.window, focus)
        look.view_position = self.view.textCursor().position()
        if focus is None:
            return look
        look.state, look.item = self._state(focus)
        look.contexts = [id(widget) for widget in self._contexts(focus)]
        if isinstance(focus, QTextEdit | QPlainTextEdit):
            look.caret = focus.textCursor().position()
        elif isinstance(focus, QLineEdit) and not _masked(focus):
            look.caret, look.text = focus.cursorPosition(), focus.text()
        return look

    def _menu_item(self, window: QWidget | None, focus: QWidget | None) -> str:
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

    def _state(self, widget: QWidget) -> tuple[tuple[str, ...], str]:
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

    def _contexts(self, widget: QWidget) -> list[QWidget]:
        """The panels that introduce themselves and the tool bars the widget is in, outermost first."""
        found = []
        parent = widget.parentWidget()
        while parent is not None and not parent.isWindow():
            if parent.property(SPOKEN_INTRODUCTION) or isinstance(parent, QToolBar):
                found.append(parent)
            parent = parent.parentWidget()
        return found[::-1]

    # -- what is said ----------------------------------------------------------------------------------
    def _entered(self, seen: Look, now: Look) -> list[str]:
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
            for context in self._contexts(focus):
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

    def _describe(self, widget: QWidget | None) -> str:
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
        state, item = self._state(widget)
        words += [*state, item]
        description = interface.text(QAccessible.Text.Description)
        text = ", ".join(word for word in words if word)
        return f"{text}. {description}" if description and description != name else text

    def _changes(self, before: Look, now: Look) -> list[str]:
        """What a key changed in the focused control: typed or deleted characters, its entry, its value."""
        said: list[str] = []
        if isinstance(now.focus, QLineEdit) and before.focus is now.focus and now.text != before.text:
            said.append(_edit_echo(before.text, now.text))
        elif isinstance(now.focus, QLineEdit) and before.focus is now.focus and now.caret != before.caret \
                and 0 <= now.caret < len(now.text):
            said.append(character_name(now.text[now.caret]))
        if now.item != before.item and now.item:
            said.append(now.item)
        if now.state != before.state and not isinstance(now.focus, QLineEdit):
            said.append(", ".join(now.state))
        return said

    def _moved_caret(self, before: Look | None, now: Look) -> bool:
        return (before is not None and now.focus is not None and before.focus is now.focus
                and isinstance(now.focus, QTextEdit | QPlainTextEdit) and now.caret != before.caret)

    def _line_on_entering(self, widget: QWidget | None) -> Parts:
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            return [(self._line(widget) or translate("SelfVoicing", "blank"), self._text_language(widget))]
        return []

    def _caret_text(self, widget: QWidget | None, key: tuple[int, Qt.KeyboardModifier] | None) -> Parts:
        """The text the caret moved by, read as a screen reader reads it."""
        if not isinstance(widget, QTextEdit | QPlainTextEdit) or key is None:
            return []
        language = self._text_language(widget)
        code, modifiers = key
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if code in CHARACTER_KEYS and control:
            cursor = widget.textCursor()
            cursor.clearSelection()
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            return [(cursor.selectedText() or character_name(self._character(widget)), language)]
        if code in CHARACTER_KEYS:
            return [(character_name(self._character(widget)), language)]
        if code in LINE_KEYS:
            return [(self._line(widget) or translate("SelfVoicing", "blank"), language)]
        if widget is self.view:
            return self._sentence_at_caret(self.view)
        return [(self._line(widget) or translate("SelfVoicing", "blank"), language)]

    def _character(self, widget: QTextEdit | QPlainTextEdit) -> str:
        position = widget.textCursor().position()
        character = widget.document().characterAt(position)
        return str(character) if character else ""

    def _line(self, widget: QTextEdit | QPlainTextEdit) -> str:
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

    def _sentence_at_caret(self, view: ReadingView) -> Parts:
        """The spoken form of the sentence the reading view's caret is in."""
        document = view.document_model
        if document is None:
            return []
        from reader.speech import spoken

        offset = view.selection_range()[0]  # a search hit is selected: where it starts
        block = document.block_at(offset)
        if block is None:
            return []
        script = spoken.range_script(document, block.start, block.end)
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


def _typing(key: tuple[int, Qt.KeyboardModifier]) -> bool:
    """A key that types or deletes in a field (its answer is the echo, not the text's caret)."""
    code, modifiers = key
    if code in EDIT_KEYS:
        return True
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    return Key.Key_Space <= code < Key.Key_Escape  # a character (Qt's codes of special keys start at Escape)


def _edit_echo(before: str, after: str) -> str:
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
