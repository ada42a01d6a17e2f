"""Help generated from the action registry: the key list (F1) and the key describer (Shift+F1).

Both read ``reader.actions.ACTIONS``, so a command another part of the app adds to the
registry shows up here by itself, with the keys it really has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader.actions import ACTIONS, CONTEXT, MENUS, ActionBinder, ActionSpec
from reader.texts import QT_TRANSLATE_NOOP
from reader.ui.announcer import Announcer

translate = QCoreApplication.translate


# Where the keys named by ``ActionSpec.local_to`` work.
LOCAL_PLACES = {
    "view": QT_TRANSLATE_NOOP("Help", "in the text"),
    "search": QT_TRANSLATE_NOOP("Help", "in the search field"),
}

# Keys every control already understands; listed so the help and the describer cover them.
BUILT_IN_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab", QT_TRANSLATE_NOOP("Help", "Move to the next control.")),
    ("Shift+Tab", QT_TRANSLATE_NOOP("Help", "Move to the previous control.")),
    ("Up", QT_TRANSLATE_NOOP("Help", "In the text: the line above. In the contents: the section above.")),
    ("Down", QT_TRANSLATE_NOOP("Help", "In the text: the line below. In the contents: the section below.")),
    ("Left", QT_TRANSLATE_NOOP("Help", "In the text: the character before the caret.")),
    ("Right", QT_TRANSLATE_NOOP("Help", "In the text: the character after the caret.")),
    ("Ctrl+Left", QT_TRANSLATE_NOOP("Help", "In the text: the word before the caret.")),
    ("Ctrl+Right", QT_TRANSLATE_NOOP("Help", "In the text: the next word.")),
    ("PgUp", QT_TRANSLATE_NOOP("Help", "In the text: one screen up.")),
    ("PgDown", QT_TRANSLATE_NOOP("Help", "In the text: one screen down.")),
    ("Home", QT_TRANSLATE_NOOP("Help", "In the text: the start of the line.")),
    ("End", QT_TRANSLATE_NOOP("Help", "In the text: the end of the line.")),
    ("F10", QT_TRANSLATE_NOOP("Help", "Open the menu bar.")),
)


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shown_sequences(keys: tuple[QKeySequence.StandardKey | str, ...]) -> list[QKeySequence]:
    """The keys to list: a standard key's typing-keyboard bindings, without the extra
    multimedia-keyboard keys Qt adds to some (an "Open" or "Zoom In" key)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences += [s for s in QKeySequence.keyBindings(key) if s[0].key().value < Qt.Key.Key_Back.value]  # type: ignore[index]
        else:
            sequences.append(QKeySequence(key))
    return sequences


def key_text(spec: ActionSpec) -> str:
    """All keys of a command, e.g. "Alt+T, T (in the text)"."""
    parts = [native(sequence) for sequence in shown_sequences(spec.keys)]
    local = [native(sequence) for sequence in shown_sequences(spec.local_keys)]
    if local:
        place = translate("Help", LOCAL_PLACES.get(spec.local_to, spec.local_to))
        parts.append(translate("Help", "{keys} ({place})").format(keys=", ".join(local), place=place))
    return ", ".join(parts)


def plain_label(spec: ActionSpec) -> str:
    return spec.translated_label().replace("&", "").rstrip("…")


def help_html(binder: ActionBinder | None = None) -> str:
    """The help page: every command of the registry with its keys, grouped by menu."""
    import html  # here: the help page is made when first opened

    menu_ids = dict(MENUS)
    offered = [spec for spec in ACTIONS if binder is None or binder.offered(spec)]
    groups: list[tuple[str, list[ActionSpec]]] = [
        (translate(CONTEXT, title).replace("&", ""), [s for s in offered if s.menu == menu_id])
        for menu_id, title in MENUS
    ]
    groups.append((translate("Help", "Keyboard only"), [s for s in offered if s.menu not in menu_ids]))
    title = html.escape(translate("Help", "Keyboard commands"))
    intro = html.escape(translate("Help", "Every command of Herning Læser and its keys. Esc closes this window."))
    columns = (translate("Help", "Command"), translate("Help", "Keys"), translate("Help", "What it does"))
    header = "<tr>" + "".join(f"<th align='left'>{html.escape(column)}</th>" for column in columns) + "</tr>"
    unavailable = translate("Help", "(Not available now.)")
    out = [f"<h1>{title}</h1>", f"<p>{intro}</p>"]

    def row(label: str, keys: str, what: str) -> str:
        return f"<tr><td>{html.escape(label)}</td><td>{html.escape(keys)}</td><td>{html.escape(what)}</td></tr>"

    for group_title, specs in groups:
        if not specs:
            continue
        out.append(f"<h2>{html.escape(group_title)}</h2>")
        out.append("<table cellpadding='4' border='0'>" + header)
        for spec in specs:
            available = binder is None or binder.actions[spec.id].isEnabled()
            what = (binder.help_text(spec) if binder is not None else spec.translated_help()) + (
                "" if available else " " + unavailable)
            out.append(row(plain_label(spec), key_text(spec) or "–", what))
        out.append("</table>")
    built_in = html.escape(translate("Help", "Keys of every control"))
    out.append(f"<h2>{built_in}</h2>")
    out.append("<table cellpadding='4' border='0'>" + header)
    for key, what in BUILT_IN_KEYS:
        out.append(row("", native(QKeySequence(key)), translate("Help", what)))
    out.append("</table>")
    return "\n".join(out)


class HelpDialog(QDialog):
    """The key list, as a text a screen reader reads line by line (with a caret)."""

    def __init__(self, binder: ActionBinder | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.binder = binder
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browser.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self.retranslate()
        self.browser.setFocus()

    def retranslate(self) -> None:
        """Texts in the interface language, and the keys as the registry has them now."""
        self.setWindowTitle(translate("Help", "Keyboard commands"))
        self.setAccessibleName(translate("Help", "Keyboard commands"))
        self.browser.setAccessibleName(translate("Help", "Keyboard commands"))
        self.browser.setAccessibleDescription(translate("Help", "Every command with its keys."))
        self.browser.setHtml(help_html(self.binder))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("Help", "Close"))
        close.setAccessibleName(translate("Help", "Close"))


class KeyDescriber(QObject):
    """Shift+F1 mode, as on DAISY players: each key is described instead of executed, until Esc."""

    active_changed = Signal(bool)

    def __init__(self, window: QWidget, announcer: Announcer, binder: ActionBinder | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.announcer = announcer
        self.binder = binder  # the window's commands: those it does not offer are not described
        self.active = False

    def start(self) -> None:
        if self.active:
            return
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.active = True
        self.active_changed.emit(True)
        self.announcer.announce(
            translate("Help", "Describing keys: press a key to hear what it does. Esc ends."), assertive=True)

    def stop(self) -> None:
        if not self.active:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.active = False
        self.active_changed.emit(False)
        self.announcer.announce(translate("Help", "Keys work again."), assertive=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if QApplication.activeWindow() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if kind is QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut fires: the key press comes to us instead
            return True
        if kind is QEvent.Type.KeyPress and not event.isAutoRepeat():
            if event.key() == Qt.Key.Key_Escape and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.stop()
            elif event.key() not in MODIFIER_KEYS:
                self.announcer.announce(describe_key(event, self.binder), assertive=True)
        return True


MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                 Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_unknown}


def pressed_sequence(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))


def commands_for(sequence: QKeySequence, binder: ActionBinder | None = None) -> list[tuple[ActionSpec, bool]]:
    """The registry commands bound to ``sequence`` (of those ``binder`` offers); the flag tells a local
    (widget-only) key."""
    found: list[tuple[ActionSpec, bool]] = []
    for spec in ACTIONS:
        if binder is not None and not binder.offered(spec):
            continue
        if sequence in spec.key_sequences():
            found.append((spec, False))
        elif sequence in spec.local_key_sequences():
            found.append((spec, True))
    return found


def describe_sequence(sequence: QKeySequence, binder: ActionBinder | None = None) -> str:
    name = native(sequence)
    commands = commands_for(sequence, binder)
    if commands:
        descriptions = []
        for spec, local in commands:
            text = f"{plain_label(spec)}. {binder.help_text(spec) if binder is not None else spec.translated_help()}"
            if local:
                place = translate("Help", LOCAL_PLACES.get(spec.local_to, spec.local_to))
                text = translate("Help", "{description} ({place})").format(description=text, place=place)
            descriptions.append(text)
        return f"{name}: " + " ".join(descriptions)
    for key, what in BUILT_IN_KEYS:
        if QKeySequence(key) == sequence:
            return f"{name}: " + translate("Help", what)
    return translate("Help", "{key}: no command.").format(key=name)


def describe_key(event: QKeyEvent, binder: ActionBinder | None = None) -> str:
    return describe_sequence(pressed_sequence(event), binder)
