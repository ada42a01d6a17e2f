"""Access for everyone at a shared PC: profiles, the interface language, a large-print copy.

``AccessFeatures`` is made by the main window and handed what it needs (the settings, the
announcer, the action binder, the text, the document shown); it binds the commands
"profile.choose", "language.toggle" and "print.large" of the action registry, owns the start
screen and opens the large-print dialog. Public-terminal mode (``reader.ui.kiosk``) calls
``send_copies_to`` so copies go to the configured printer without any dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from reader.actions import ActionBinder
from reader.document import Document
from reader.paths import RESOURCES, system_profiles
from reader.presentation.options import LANGUAGE, OPTIONS, START_SCREEN_SEEN, VIEW_KEYS
from reader.settings_service import Settings
from reader.ui.announcer import Announcer
from reader.ui.reading_view import ReadingView

if TYPE_CHECKING:
    from reader.output.text_document import TextStyle
    from reader.presentation.profiles import Profile
    from reader.ui.large_print import LargePrintDialog
    from reader.ui.start_screen import StartScreen

PROFILES = RESOURCES / "profiles.json"
# Read-aloud commands tried, in order, to read the introduction (the first one bound wins).
_READ_COMMANDS = ("speech.read_section",)


translate = QCoreApplication.translate


def profiles_path() -> Path:
    """A library's own profiles (machine-wide, kept outside the installation so an update does not
    overwrite them) when there is anything at that path (what cannot be read is then said), else the
    bundled ones."""
    system = system_profiles()
    try:
        os.lstat(system)
    except OSError:
        return PROFILES
    return system


class AccessFeatures(QObject):
    profile_applied = Signal(object)  # the Profile

    def __init__(self, window: QWidget, settings: Settings, announcer: Announcer, binder: ActionBinder,
                 view: ReadingView, document: Callable[[], Document | None], text_style: Callable[[], TextStyle],
                 watch_first_paint: Callable[[QWidget], None]) -> None:
        """``window``: where the start screen and the dialogs open; ``watch_first_paint``: the start
        screen, which covers the text at a first start, counts as the window's first paint."""
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.announcer = announcer
        self.binder = binder
        self.view = view
        self._document = document
        self._text_style = text_style
        self._watch_first_paint = watch_first_paint
        self.kiosk_printer: str | None = None  # see send_copies_to
        self._profiles: tuple[list[Profile], list[str]] | None = None  # read when first needed
        self.large_print: LargePrintDialog | None = None
        binder.bind("language.toggle", self.toggle_language)
        binder.bind("profile.choose", self.show_start_screen)
        binder.bind("print.large", self.open_large_print)
        self._start_screen: StartScreen | None = None  # built when first shown, not at every start

    @property
    def profiles(self) -> list[Profile]:
        return self._read_profiles()[0]

    @property
    def problems(self) -> list[str]:
        """What is wrong with the profiles file, in the interface language at the time it was read."""
        return self._read_profiles()[1]

    def _read_profiles(self) -> tuple[list[Profile], list[str]]:
        if self._profiles is None:
            from reader.presentation.profiles import load_profiles

            self._profiles = load_profiles(profiles_path())
        return self._profiles

    @property
    def start_screen(self) -> StartScreen:
        if self._start_screen is None:
            from reader.ui.start_screen import StartScreen

            binder = self.binder
            self._start_screen = StartScreen(self.profiles, binder.actions["language.toggle"],
                                             binder.actions["profile.choose"], self.window)
            self._start_screen.let_through(binder.actions["app.quit"])  # disabled in public-terminal mode
            for action_id in ("voicing.toggle", "voicing.repeat", "voicing.stop"):  # the app's own voice
                self._start_screen.let_through(binder.actions[action_id])
            self._start_screen.chosen.connect(self.apply_profile)
            self._start_screen.dismissed.connect(self.close_start_screen)
            self._watch_first_paint(self._start_screen.heading)  # it covers the text at a first start
        return self._start_screen

    def language(self) -> str:
        return self.settings.get(LANGUAGE)

    # -- language ---------------------------------------------------------------------
    def toggle_language(self) -> None:
        self.settings.set(LANGUAGE, "en" if self.language() == "da" else "da")

    # -- profiles ---------------------------------------------------------------------
    def show_start_screen(self) -> None:
        self.start_screen.open()
        # AT-SPI screen readers read the heading and the intro as the focus enters the start screen
        # (Orca presents a newly entered panel's labels); announcing it too would say it twice.
        if not self.announcer.uses_notices:
            self.announcer.announce(self.start_screen.intro.text(), status=False)

    def apply_profile(self, profile: Profile) -> None:
        """Puts the presentation back to default, then applies the profile's settings."""
        from reader.presentation.profiles import profile_keys

        keys = (profile_keys(self.profiles) | set(VIEW_KEYS)) & set(OPTIONS)
        self.settings.reset(sorted(keys))
        for key, value in profile.settings.items():
            self.settings.set(key, value)
        self.close_start_screen()
        self.profile_applied.emit(profile)
        self.announcer.announce(translate("AccessFeatures", "Profile chosen: {name}").format(
            name=profile.label()))
        if profile.read_aloud == "introduction":
            self.read_introduction()

    def close_start_screen(self) -> None:
        self.settings.set(START_SCREEN_SEEN, True)
        if self._start_screen is not None:
            self._start_screen.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def read_introduction(self) -> None:
        document = self._document()
        if document is not None and document.sections:
            self.view.move_to(document.sections[0].start)
        for action_id in _READ_COMMANDS:  # bound where the app has a read-aloud service
            action = self.binder.actions.get(action_id)
            if action is not None and action.isEnabled():
                action.trigger()
                return
        self.announcer.announce(translate("AccessFeatures", "Reading aloud is not available on this computer."))

    # -- large print -------------------------------------------------------------------
    def send_copies_to(self, printer: str) -> None:
        """Public-terminal mode: large-print copies go to ``printer`` with no dialog ("" = none configured)."""
        self.kiosk_printer = printer

    def open_large_print(self) -> None:
        document = self._document()
        if document is None:
            return
        section = self.view.current_section()
        current_theme = section.number if section is not None and section.number else None
        if self.large_print is not None:
            self.large_print.deleteLater()
        # Imported when first asked for: the PDF export costs about 0.1 s of every start.
        from reader.ui.large_print import LargePrintDialog

        self.large_print = LargePrintDialog(document, self._text_style, current_theme, self.kiosk_printer,
                                            self.window)
        self.large_print.open()
