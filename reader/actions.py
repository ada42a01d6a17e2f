"""The action registry: every command of the app, described once.

Menus, the toolbar, keyboard shortcuts, the help screen and the key describer are all
generated from ``ACTIONS``. Nothing else in the app binds a key. Each view supplies a
handler for the ids it implements (``ActionBinder.bind``); an id without a handler is
shown disabled rather than silently doing nothing.

Labels and help texts are English source strings marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them; the Danish interface comes from
resources/translations/reader_da.ts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.presentation import options
from reader.presentation.options import Option
from reader.texts import QT_TRANSLATE_NOOP

CONTEXT = "Actions"


Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    """One command of the registry: its label, help text, keys and where it appears."""

    id: str
    label: str  # English source text, translated through CONTEXT
    help: str
    keys: tuple[Key, ...] = ()
    menu: str = ""  # id of the menu it appears in (see MENUS); "" = keyboard only
    toolbar: bool = False
    checkable: bool = False
    icon_text: str = ""  # short label for the toolbar, when the full label is long
    # Keys that work only while the keyboard focus is inside one widget (``local_to``: "view" =
    # the reading view, "search" = the search bar). Single letters live here, so they never
    # fire while the user types in a field; every such command also has a Ctrl/Alt form in
    # ``keys``, because screen readers capture single letters.
    local_keys: tuple[Key, ...] = ()
    local_to: str = "view"
    # The help on a public terminal, where no file is saved, when it differs from ``help``.
    terminal_help: str = ""
    # A command that changes one option: a switch (a check item) for a yes/no option, or, for an
    # option with choices, a submenu of them whose keys go to the next choice (reader/ui/option_commands.py).
    option: Option | None = None

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def translated_help(self, terminal: bool = False) -> str:
        return QCoreApplication.translate(CONTEXT, self.terminal_help if terminal and self.terminal_help else self.help)

    def key_sequences(self) -> list[QKeySequence]:
        return _sequences(self.keys)

    def local_key_sequences(self) -> list[QKeySequence]:
        return _sequences(self.local_keys)


def _sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences.extend(sequence for sequence in found if sequence not in sequences)  # one key, one binding
    return sequences


# (id, English title) in menu-bar order.
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("speech", QT_TRANSLATE_NOOP("Actions", "&Read aloud")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # -- documents and the application ----------------------------------------------
    ActionSpec(
        "document.choose",
        QT_TRANSLATE_NOOP("Actions", "Choose document…"),
        QT_TRANSLATE_NOOP("Actions", "Choose which of the documents in the content folder to read."),
        (QKeySequence.StandardKey.Open,),
        menu="file",
    ),
    ActionSpec(
        "app.quit",
        QT_TRANSLATE_NOOP("Actions", "Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close Herning Læser."),
        ("Ctrl+Q",),  # everywhere (StandardKey.Quit has no key on Windows; Ctrl is Cmd on macOS)
        menu="file",
    ),
    # -- view: text size, spacing, fonts, colour themes --------------------------------
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Larger text"),
        QT_TRANSLATE_NOOP("Actions", "Make the text one step larger."),
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
        menu="view",
        toolbar=True,
        icon_text=QT_TRANSLATE_NOOP("Actions", "Larger"),
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Smaller text"),
        QT_TRANSLATE_NOOP("Actions", "Make the text one step smaller."),
        (QKeySequence.StandardKey.ZoomOut,),
        menu="view",
        toolbar=True,
        icon_text=QT_TRANSLATE_NOOP("Actions", "Smaller"),
    ),
    ActionSpec(
        "view.zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "Normal text size"),
        QT_TRANSLATE_NOOP("Actions", "Set the text to its normal size."),
        ("Ctrl+0",),
        menu="view",
    ),
    ActionSpec(
        "view.interface_larger",
        QT_TRANSLATE_NOOP("Actions", "Larger menus and buttons"),
        QT_TRANSLATE_NOOP("Actions", "Make the menus, buttons and table of contents one step larger."),
        (),
        menu="view",
    ),
    ActionSpec(
        "view.interface_smaller",
        QT_TRANSLATE_NOOP("Actions", "Smaller menus and buttons"),
        QT_TRANSLATE_NOOP("Actions", "Make the menus, buttons and table of contents one step smaller."),
        (),
        menu="view",
    ),
    ActionSpec(
        "view.next_theme",
        QT_TRANSLATE_NOOP("Actions", "Next colour theme"),
        QT_TRANSLATE_NOOP("Actions", "Change to the next colour theme."),
        ("Ctrl+Shift+K",),
        menu="view",
    ),
    ActionSpec(
        "view.numbers",
        QT_TRANSLATE_NOOP("Actions", "Show numbers"),
        QT_TRANSLATE_NOOP("Actions", "Show the number of each commitment (2.3: theme 2, commitment 3) and quote (C2.1) "
                                     "before it."),
        ("Ctrl+Shift+N",),
        menu="view",
        checkable=True,
        option=options.SHOW_NUMBERS,
    ),
    ActionSpec(
        "view.line_focus",
        QT_TRANSLATE_NOOP("Actions", "Line focus"),
        QT_TRANSLATE_NOOP("Actions", "Dim every line but 1, 3 or 5 around the caret (also while reading aloud); "
                                     "the key goes to the next choice."),
        ("Ctrl+Shift+F",),
        menu="view",
        option=options.LINE_FOCUS,
    ),
    ActionSpec(
        "view.settings",
        QT_TRANSLATE_NOOP("Actions", "Display settings…"),
        QT_TRANSLATE_NOOP("Actions", "Choose colours, font, text size and spacing."),
        (QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        menu="view",
        toolbar=True,
        icon_text=QT_TRANSLATE_NOOP("Actions", "Display"),
    ),
    ActionSpec(
        "view.reset",
        QT_TRANSLATE_NOOP("Actions", "Reset view"),
        QT_TRANSLATE_NOOP("Actions", "Put colours, font, text size and spacing back as they were at first."),
        (),
        menu="view",
    ),
    ActionSpec(
        "view.contents",
        QT_TRANSLATE_NOOP("Actions", "Show table of contents"),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the table of contents beside the text. Where the window is too "
                                     "narrow for both, it is hidden by itself."),
        ("Ctrl+Shift+T",),
        menu="view",
        checkable=True,
    ),
    # -- moving around: panes, structure navigation, search ---------------------------
    ActionSpec(
        "focus.contents",
        QT_TRANSLATE_NOOP("Actions", "Table of contents"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the table of contents."),
        ("Alt+1",),
        menu="go",
    ),
    ActionSpec(
        "focus.text",
        QT_TRANSLATE_NOOP("Actions", "Document text"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the document text."),
        ("Alt+2",),
        menu="go",
    ),
    ActionSpec(
        "focus.next_pane",
        QT_TRANSLATE_NOOP("Actions", "Next pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane: contents, text, search, toolbars."),
        ("F6",),
        menu="go",
    ),
    ActionSpec(
        "focus.previous_pane",
        QT_TRANSLATE_NOOP("Actions", "Previous pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the previous pane."),
        ("Shift+F6",),
        menu="go",
    ),
    ActionSpec(
        "nav.next_theme",
        QT_TRANSLATE_NOOP("Actions", "Next theme"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of the next theme."),
        ("Alt+T",),
        menu="go",
        local_keys=("T",),
    ),
    ActionSpec(
        "nav.previous_theme",
        QT_TRANSLATE_NOOP("Actions", "Previous theme"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of this or the previous theme."),
        ("Alt+Shift+T",),
        menu="go",
        local_keys=("Shift+T",),
    ),
    ActionSpec(
        "nav.next_quote",
        QT_TRANSLATE_NOOP("Actions", "Next quote"),
        QT_TRANSLATE_NOOP("Actions", "Move to the next quote."),
        ("Alt+Q",),
        menu="go",
        local_keys=("Q",),
    ),
    ActionSpec(
        "nav.previous_quote",
        QT_TRANSLATE_NOOP("Actions", "Previous quote"),
        QT_TRANSLATE_NOOP("Actions", "Move to the previous quote."),
        ("Alt+Shift+Q",),
        menu="go",
        local_keys=("Shift+Q",),
    ),
    ActionSpec(
        "nav.next_commitments",
        QT_TRANSLATE_NOOP("Actions", "Next “We will” list"),
        QT_TRANSLATE_NOOP("Actions", "Move to the next list of commitments (“We will”)."),
        ("Alt+L",),
        menu="go",
        local_keys=("L",),
    ),
    ActionSpec(
        "nav.previous_commitments",
        QT_TRANSLATE_NOOP("Actions", "Previous “We will” list"),
        QT_TRANSLATE_NOOP("Actions", "Move to the previous list of commitments (“We will”)."),
        ("Alt+Shift+L",),
        menu="go",
        local_keys=("Shift+L",),
    ),
    ActionSpec(
        "nav.next_paragraph",
        QT_TRANSLATE_NOOP("Actions", "Next paragraph"),
        QT_TRANSLATE_NOOP("Actions", "Move to the start of the next paragraph."),
        ("Alt+P",),
        menu="go",
        local_keys=("P",),
    ),
    ActionSpec(
        "nav.previous_paragraph",
        QT_TRANSLATE_NOOP("Actions", "Previous paragraph"),
        QT_TRANSLATE_NOOP("Actions", "Move to the start of this or the previous paragraph."),
        ("Alt+Shift+P",),
        menu="go",
        local_keys=("Shift+P",),
    ),
    ActionSpec(
        "nav.next_sentence",
        QT_TRANSLATE_NOOP("Actions", "Next sentence in the text"),
        QT_TRANSLATE_NOOP("Actions", "Move to the start of the next sentence."),
        ("Alt+S",),
        menu="go",
        local_keys=("S",),
    ),
    ActionSpec(
        "nav.previous_sentence",
        QT_TRANSLATE_NOOP("Actions", "Previous sentence in the text"),
        QT_TRANSLATE_NOOP("Actions", "Move to the start of this or the previous sentence."),
        ("Alt+Shift+S",),
        menu="go",
        local_keys=("Shift+S",),
    ),
    ActionSpec(
        "nav.theme_1",
        QT_TRANSLATE_NOOP("Actions", "Theme 1"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of theme 1."),
        ("Ctrl+1",),
        menu="go",
        local_keys=("1",),
    ),
    ActionSpec(
        "nav.theme_2",
        QT_TRANSLATE_NOOP("Actions", "Theme 2"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of theme 2."),
        ("Ctrl+2",),
        menu="go",
        local_keys=("2",),
    ),
    ActionSpec(
        "nav.theme_3",
        QT_TRANSLATE_NOOP("Actions", "Theme 3"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of theme 3."),
        ("Ctrl+3",),
        menu="go",
        local_keys=("3",),
    ),
    ActionSpec(
        "nav.theme_4",
        QT_TRANSLATE_NOOP("Actions", "Theme 4"),
        QT_TRANSLATE_NOOP("Actions", "Move to the heading of theme 4."),
        ("Ctrl+4",),
        menu="go",
        local_keys=("4",),
    ),
    ActionSpec(
        "nav.start",
        QT_TRANSLATE_NOOP("Actions", "Start of document"),
        QT_TRANSLATE_NOOP("Actions", "Move to the start of the document."),
        ("Ctrl+Home",),
        menu="go",
        local_keys=("B",),
    ),
    ActionSpec(
        "nav.end",
        QT_TRANSLATE_NOOP("Actions", "End of document"),
        QT_TRANSLATE_NOOP("Actions", "Move to the end of the document."),
        ("Ctrl+End",),
        menu="go",
        local_keys=("E",),
    ),
    ActionSpec(
        "nav.where",
        QT_TRANSLATE_NOOP("Actions", "Where am I?"),
        QT_TRANSLATE_NOOP("Actions", "Tell where the caret is: section, paragraph, quote."),
        ("Ctrl+Shift+I",),
        menu="go",
    ),
    ActionSpec(
        "nav.go_to_number",
        QT_TRANSLATE_NOOP("Actions", "Go to number…"),
        QT_TRANSLATE_NOOP("Actions", "Go to a commitment or a quote by its number (2.3, C2.1), or to a theme (2)."),
        ("Ctrl+J",),
        menu="go",
    ),
    ActionSpec(
        "search.find",
        QT_TRANSLATE_NOOP("Actions", "Search…"),
        QT_TRANSLATE_NOOP("Actions", "Open the search field; typing there highlights every hit in the text."),
        (QKeySequence.StandardKey.Find,),
        menu="go",
    ),
    ActionSpec(
        "search.next",
        QT_TRANSLATE_NOOP("Actions", "Next hit"),
        QT_TRANSLATE_NOOP("Actions", "Move to the next hit of the search."),
        (QKeySequence.StandardKey.FindNext,),
        menu="go",
    ),
    ActionSpec(
        "search.previous",
        QT_TRANSLATE_NOOP("Actions", "Previous hit"),
        QT_TRANSLATE_NOOP("Actions", "Move to the previous hit of the search."),
        (QKeySequence.StandardKey.FindPrevious,),
        menu="go",
    ),
    ActionSpec(
        "search.close",
        QT_TRANSLATE_NOOP("Actions", "Close search"),
        QT_TRANSLATE_NOOP("Actions", "Close the search field and return to where you were."),
        (),
        local_keys=("Esc",),
        local_to="search",
    ),
    # -- read aloud ---------------------------------------------------------------------
    ActionSpec(
        "speech.read_section",
        QT_TRANSLATE_NOOP("Actions", "Read this theme aloud"),
        QT_TRANSLATE_NOOP("Actions", "Read the theme (or section) the caret is in aloud, from its heading."),
        ("F5",),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Read theme"),
    ),
    ActionSpec(
        "speech.read_from_caret",
        QT_TRANSLATE_NOOP("Actions", "Read from here to the end"),
        QT_TRANSLATE_NOOP("Actions", "Read aloud from the caret to the end of the document."),
        ("Shift+F5",),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Read from here"),
    ),
    ActionSpec(
        "speech.continue",
        QT_TRANSLATE_NOOP("Actions", "Continue reading aloud"),
        QT_TRANSLATE_NOOP("Actions", "Read aloud from the start of the sentence you are in to the end: where you "
                                     "were when you last closed Herning Læser, or where the reading stopped."),
        ("Ctrl+Shift+F5",),
        menu="speech",
        toolbar=True,
    ),
    ActionSpec(
        "speech.read_selection",
        QT_TRANSLATE_NOOP("Actions", "Read the selection"),
        QT_TRANSLATE_NOOP("Actions", "Read the selected text aloud."),
        ("Ctrl+F5",),
        menu="speech",
    ),
    ActionSpec(
        "speech.read_quotes",
        QT_TRANSLATE_NOOP("Actions", "Read all quotes"),
        QT_TRANSLATE_NOOP("Actions", "Read every quote of the document aloud, each introduced with who said it."),
        ("F7",),
        menu="speech",
    ),
    ActionSpec(
        "speech.read_section_quotes",
        QT_TRANSLATE_NOOP("Actions", "Read the quotes of this theme"),
        QT_TRANSLATE_NOOP("Actions", "Read the quotes of the theme the caret is in aloud."),
        ("Shift+F7",),
        menu="speech",
    ),
    ActionSpec(
        "speech.read_commitments",
        QT_TRANSLATE_NOOP("Actions", "Read the “We will” list"),
        QT_TRANSLATE_NOOP("Actions", "Read the commitments (“We will”) of the theme the caret is in aloud."),
        ("F8",),
        menu="speech",
    ),
    ActionSpec(
        "speech.pause",
        QT_TRANSLATE_NOOP("Actions", "Pause or resume"),
        QT_TRANSLATE_NOOP("Actions", "Pause the reading, or go on where it paused (Space works while reading)."),
        ("Space", "F9", "Toggle Media Play/Pause", "Media Play", "Media Pause"),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Pause"),
    ),
    ActionSpec(
        "speech.stop",
        QT_TRANSLATE_NOOP("Actions", "Stop reading"),
        QT_TRANSLATE_NOOP("Actions", "Stop reading aloud at once."),
        ("Esc", "Media Stop"),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Stop"),
    ),
    ActionSpec(
        "speech.previous_sentence",
        QT_TRANSLATE_NOOP("Actions", "Previous sentence"),
        QT_TRANSLATE_NOOP("Actions", "While reading: start this sentence again, or go to the one before."),
        ("Alt+Left", "Media Previous"),
        menu="speech",
    ),
    ActionSpec(
        "speech.next_sentence",
        QT_TRANSLATE_NOOP("Actions", "Next sentence"),
        QT_TRANSLATE_NOOP("Actions", "While reading: skip to the next sentence."),
        ("Alt+Right", "Media Next"),
        menu="speech",
    ),
    ActionSpec(
        "speech.previous_paragraph",
        QT_TRANSLATE_NOOP("Actions", "Previous paragraph (reading)"),
        QT_TRANSLATE_NOOP("Actions", "While reading: start this paragraph again, or go to the one before."),
        ("Alt+Up",),
        menu="speech",
    ),
    ActionSpec(
        "speech.next_paragraph",
        QT_TRANSLATE_NOOP("Actions", "Next paragraph (reading)"),
        QT_TRANSLATE_NOOP("Actions", "While reading: skip to the next paragraph."),
        ("Alt+Down",),
        menu="speech",
    ),
    ActionSpec(
        "speech.previous_section",
        QT_TRANSLATE_NOOP("Actions", "Previous section (reading)"),
        QT_TRANSLATE_NOOP("Actions", "While reading: start this theme or section again, or go to the one before."),
        ("Alt+PgUp",),
        menu="speech",
    ),
    ActionSpec(
        "speech.next_section",
        QT_TRANSLATE_NOOP("Actions", "Next section (reading)"),
        QT_TRANSLATE_NOOP("Actions", "While reading: go on reading from the next theme or section."),
        ("Alt+PgDown",),
        menu="speech",
    ),
    ActionSpec(
        "speech.faster",
        QT_TRANSLATE_NOOP("Actions", "Read faster"),
        QT_TRANSLATE_NOOP("Actions", "Speak one step faster (up to about three times the normal speed)."),
        ("Alt++", "Alt+="),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Faster"),
    ),
    ActionSpec(
        "speech.slower",
        QT_TRANSLATE_NOOP("Actions", "Read slower"),
        QT_TRANSLATE_NOOP("Actions", "Speak one step slower (down to about half the normal speed)."),
        ("Alt+-",),
        menu="speech",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Slower"),
    ),
    ActionSpec(
        "speech.normal_rate",
        QT_TRANSLATE_NOOP("Actions", "Normal speed"),
        QT_TRANSLATE_NOOP("Actions", "Speak at the normal speed again."),
        ("Alt+0",),
        menu="speech",
    ),
    ActionSpec(
        "speech.highlight",
        QT_TRANSLATE_NOOP("Actions", "Highlight while reading"),
        QT_TRANSLATE_NOOP("Actions", "Mark the sentence and the word being read with a coloured background, an "
                                     "underline or not at all; the key goes to the next choice."),
        ("Ctrl+Shift+H",),
        menu="speech",
        option=options.HIGHLIGHT_STYLE,
    ),
    ActionSpec(
        "speech.quote_speaker",
        QT_TRANSLATE_NOOP("Actions", "Who said a quote"),
        QT_TRANSLATE_NOOP("Actions", "Read who said a quote before it, after it, or not at all."),
        (),
        menu="speech",
        option=options.QUOTE_SPEAKER,
    ),
    ActionSpec(
        "speech.read_commitment_label",
        QT_TRANSLATE_NOOP("Actions", "Read “We will:”"),
        QT_TRANSLATE_NOOP("Actions", "Read the heading “We will:” before each list of commitments."),
        (),
        menu="speech",
        checkable=True,
        option=options.READ_COMMITMENT_LABEL,
    ),
    ActionSpec(
        "speech.read_numbers",
        QT_TRANSLATE_NOOP("Actions", "Read list numbers"),
        QT_TRANSLATE_NOOP("Actions", "Read the number of each item of a numbered list, and of each commitment (2.3) "
                                     "and quote (C2.1)."),
        (),
        menu="speech",
        checkable=True,
        option=options.READ_NUMBERS,
    ),
    ActionSpec(
        "speech.voice",
        QT_TRANSLATE_NOOP("Actions", "Choose voice…"),
        QT_TRANSLATE_NOOP("Actions", "Choose the voice that reads aloud among the installed voices."),
        (),
        menu="speech",
    ),
    ActionSpec(
        "export.wav",
        QT_TRANSLATE_NOOP("Actions", "Save as sound file…"),
        QT_TRANSLATE_NOOP("Actions", "Save the whole policy read aloud as a WAV sound file to listen to later."),
        (),
        menu="speech",
    ),
    # -- the app's own voice (self-voicing) ----------------------------------------------
    ActionSpec(
        "voicing.toggle",
        QT_TRANSLATE_NOOP("Actions", "Built-in speech"),
        QT_TRANSLATE_NOOP("Actions", "Turn the app's own voice on or off: it speaks every control, message and line "
                                     "of text, for use without a screen reader."),
        ("Ctrl+Shift+V",),
        menu="speech",
        checkable=True,
    ),
    ActionSpec(
        "voicing.repeat",
        QT_TRANSLATE_NOOP("Actions", "Say that again"),
        QT_TRANSLATE_NOOP("Actions", "Built-in speech: say again what was said last."),
        ("Ctrl+Shift+R",),
        menu="speech",
    ),
    ActionSpec(
        "voicing.stop",
        QT_TRANSLATE_NOOP("Actions", "Stop speaking"),
        QT_TRANSLATE_NOOP("Actions", "Built-in speech: be quiet at once. Ctrl pressed on its own does the same, and "
                                     "any other key interrupts it too."),
        (),
        menu="speech",
    ),
    # -- public terminal, export, language ---------------------------------------------
    ActionSpec(
        "profile.choose",
        QT_TRANSLATE_NOOP("Actions", "Access profiles…"),
        QT_TRANSLATE_NOOP("Actions", "Choose a ready-made setup in one key press: standard, large text, high contrast, "
                                     "read aloud."),
        ("Ctrl+Shift+A",),
        menu="view",
    ),
    ActionSpec(
        "language.toggle",
        # Shown in the other language on purpose: the English interface offers "På dansk",
        # the Danish one "In English" (the Danish translation of this source text).
        QT_TRANSLATE_NOOP("Actions", "På dansk"),
        QT_TRANSLATE_NOOP("Actions", "Switch the interface language between Danish and English."),
        ("Ctrl+Shift+L",),
        menu="view",
    ),
    ActionSpec(
        "print.large",
        QT_TRANSLATE_NOOP("Actions", "Large-print copy…"),
        QT_TRANSLATE_NOOP("Actions", "Print the whole policy or one theme in large print, or save it as a PDF file."),
        (QKeySequence.StandardKey.Print,),
        menu="file",
        terminal_help=QT_TRANSLATE_NOOP("Actions", "Print the whole policy or one theme in large print."),
    ),
    ActionSpec(
        "export.epub",
        QT_TRANSLATE_NOOP("Actions", "Save as talking book (EPUB)…"),
        QT_TRANSLATE_NOOP("Actions", "Save the whole policy as an EPUB 3 book whose text is highlighted in step with "
                                     "the narration, for DAISY players and library reading apps."),
        (),
        menu="file",
    ),
    ActionSpec(
        "export.mp3",
        QT_TRANSLATE_NOOP("Actions", "Save as MP3 audiobook…"),
        QT_TRANSLATE_NOOP("Actions", "Save the whole policy read aloud as one MP3 file with a chapter for each "
                                     "section."),
        (),
        menu="file",
    ),
    # -- help -------------------------------------------------------------------------
    ActionSpec(
        "help.keys",
        QT_TRANSLATE_NOOP("Actions", "Keyboard commands"),
        QT_TRANSLATE_NOOP("Actions", "List every command with its keys."),
        (QKeySequence.StandardKey.HelpContents,),
        menu="help",
    ),
    ActionSpec(
        "help.describe_keys",
        QT_TRANSLATE_NOOP("Actions", "Describe keys"),
        QT_TRANSLATE_NOOP("Actions", "Until Esc, say what each key does instead of doing it."),
        ("Shift+F1",),
        menu="help",
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "About Herning Læser"),
        QT_TRANSLATE_NOOP("Actions", "Show the program's version and the document's source."),
        (),
        menu="help",
    ),
)

ACTIONS_BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}


class ActionBinder(QObject):
    """Builds one QAction per registry entry and connects it to the handler a view supplies."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        self.terminal = False  # a public terminal: help texts say only what it allows (see use_terminal)
        # Shadows of actions for their ``local_keys``: added to the widget named by
        # ``local_to`` with a widget-scoped shortcut, they trigger the real action.
        self.local_actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(spec.id)
            action.setShortcuts(spec.key_sequences())
            action.setCheckable(spec.checkable)
            action.setEnabled(False)  # until a handler is bound
            self.actions[spec.id] = action
            if spec.local_keys:
                local = QAction(parent)
                local.setObjectName(f"{spec.id}.local")
                local.setShortcuts(spec.local_key_sequences())
                local.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                local.setEnabled(False)
                local.triggered.connect(lambda _checked=False, a=action: a.trigger())
                action.enabledChanged.connect(local.setEnabled)
                self.local_actions[spec.id] = local
        self.retranslate()

    def retranslate(self) -> None:
        for spec in ACTIONS:
            action = self.actions[spec.id]
            action.setText(spec.translated_label())
            if spec.icon_text:
                action.setIconText(QCoreApplication.translate(CONTEXT, spec.icon_text))
            local = self.local_actions.get(spec.id)
            action.setToolTip(_tooltip(spec, action.shortcuts() + (local.shortcuts() if local is not None else [])))
            action.setStatusTip(self.help_text(spec))
            action.setWhatsThis(self.help_text(spec))

    def use_terminal(self, hidden: tuple[str, ...]) -> None:
        """Public-terminal mode: the commands ``hidden`` are disabled and gone from every menu, help
        page and key description, and the others' help says only what the terminal allows."""
        self.terminal = True
        for action_id in hidden:
            action = self.actions[action_id]
            action.setEnabled(False)
            action.setVisible(False)
        self.retranslate()

    def help_text(self, spec: ActionSpec) -> str:
        return spec.translated_help(self.terminal)

    def offered(self, spec: ActionSpec) -> bool:
        """False for a command this window does not offer at all (hidden on a public terminal)."""
        return self.actions[spec.id].isVisible()

    def bind(self, action_id: str, handler: Callable[[], object]) -> QAction:
        action = self.actions[action_id]
        action.triggered.connect(lambda _checked=False: handler())
        action.setEnabled(True)
        return action

    def bind_toggle(self, action_id: str, handler: Callable[[bool], object]) -> QAction:
        action = self.actions[action_id]
        action.toggled.connect(handler)
        action.setEnabled(True)
        return action


def _tooltip(spec: ActionSpec, sequences: list[QKeySequence]) -> str:
    keys = ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in sequences)
    label = spec.translated_label().replace("&", "").rstrip("…")
    return f"{label} ({keys})" if keys else label
