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

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.actions import ActionBinder
from reader.presentation.options import LANGUAGE, SELF_VOICING
from reader.settings_service import Settings
from reader.speech.service import SpeechService
from reader.ui.announcer import Announcer
from reader.ui.reading_view import ReadingView
from reader.ui.screen_reader import ScreenReaderCheck

if TYPE_CHECKING:
    from reader.ui.focus_reader import FocusReader, Look

LOG_SIZE = 500  # utterances kept in ``log``

translate = QCoreApplication.translate
Parts = list[tuple[str, str]]  # (text, language) said one after the other


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
        self._seen: Look | None = None  # at the last turn (None: nothing seen yet, all is new)
        self._was_audible = False
        self._focus_reader: FocusReader | None = None  # made when first needed (Qt's accessibility classes)
        self._listening = False
        binder.bind("voicing.toggle", self.toggle)
        binder.bind("voicing.repeat", self.repeat)
        binder.bind("voicing.stop", self.hush)
        self._show_checked()
        announcer.voiced.connect(self._message)
        settings.changed.connect(self._setting_changed)
        self._listen()
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
        self._listen()

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
        self._listen()
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
        self._seen = None  # everything around the focus is said anew
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
        from reader.ui.focus_reader import spoken_keys

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
        """Installed on the application only while the voice is on or waits for a visit's first key."""
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            from reader.ui.focus_reader import MODIFIERS

            if self._armed and event.key() not in MODIFIERS and not self.enabled \
                    and not self.screen_reader_running():
                event.accept()  # the first key of a visit is not a command: it wakes the voice
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self._armed = False
                    self._greeting = self._welcome_text()
                    self._set_quietly(True)
                return True
            if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Control and not event.isAutoRepeat():
                self.hush()  # Ctrl on its own: quiet, as with every screen reader
            elif event.key() not in MODIFIERS:
                self._key_pressed(event)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._input_arrived()
        return False

    def _listen(self) -> None:
        """Watches keys, clicks and the focus while the voice is on or waits for a key; else costs nothing."""
        wanted = self.enabled or self._armed
        if wanted == self._listening:
            return
        self._listening = wanted
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if wanted:
            app.installEventFilter(self)
            app.focusChanged.connect(self._focus_changed)  # (a method: disconnected when this object goes)
        else:
            app.removeEventFilter(self)
            app.focusChanged.disconnect(self._focus_changed)

    @property
    def focus_reader(self) -> FocusReader:
        if self._focus_reader is None:
            from reader.ui.focus_reader import FocusReader

            self._focus_reader = FocusReader(self.view, self._language)
        return self._focus_reader

    def _key_pressed(self, event: QKeyEvent) -> None:
        if not self._input:
            self._before = self.focus_reader.look()
        self._input_arrived()
        self._key = (event.key(), event.modifiers())

    def _input_arrived(self) -> None:
        self._input = True
        self._schedule()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._schedule()

    def _message(self, text: str) -> None:
        if text.strip() and self.enabled:
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
        audible = self.audible()
        if audible != self._was_audible:
            self._was_audible = audible
            self.audible_changed.emit(audible)
        if not self.enabled:
            return
        reader = self.focus_reader
        now = reader.look()
        seen, self._seen = self._seen, now
        if not audible:
            self._greeting = ""
            return
        if now.focus is None and not now.menu and not messages:
            self._seen = seen  # (a window not active yet: what is to be said waits for the focus)
            return
        seen = seen or reader.nothing_seen()
        language = self._language()
        parts: Parts = []
        caret: Parts = []
        moved_focus = now.focus is not seen.focus
        menu_closed = bool(seen.menu) and not now.menu
        if moved_focus or menu_closed:  # (after a menu the focus is where it was: said again)
            parts += [(text, language) for text in reader.entered(seen, now)]
            parts.append((reader.describe(now.focus), language))
            if now.focus is self.view and before is not None and before.view_position != now.view_position:
                caret = reader.sentence_at_caret(self.view)  # a command took the caret there (Alt+S, Alt+T)
            else:
                caret = reader.line_on_entering(now.focus)
        if now.menu != seen.menu:
            parts.append((now.menu, language))
        elif now.focus is not None and not moved_focus and not menu_closed:
            parts += [(text, language) for text in reader.changes(before or seen, now)]
            if reader.moved_caret(before, now):
                caret = reader.caret_text(now.focus, key)
        if not caret and key is not None and before is not None and now.focus is not self.view \
                and before.view_position != now.view_position and not reader.is_typing(key) \
                and self.view.isVisible() and not self.speech.active:
            caret = reader.sentence_at_caret(self.view)  # a command moved the text's caret (a search hit)
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

