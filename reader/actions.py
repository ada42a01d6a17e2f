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

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Actions"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; the lookup happens when it is shown."""
    return text


Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    label: str  # English source text, translated through CONTEXT
    help: str
    keys: tuple[Key, ...] = ()
    menu: str = ""  # id of the menu it appears in (see MENUS); "" = keyboard only
    toolbar: bool = False
    checkable: bool = False
    icon_text: str = ""  # short label for the toolbar, when the full label is long

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def translated_help(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.help)

    def key_sequences(self) -> list[QKeySequence]:
        sequences: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences.extend(QKeySequence.keyBindings(key))
            else:
                sequences.append(QKeySequence(key))
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
        (QKeySequence.StandardKey.Quit,),
        menu="file",
    ),
    # -- view: text size, spacing, fonts, colour themes --------------------------------
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
    # -- read aloud ---------------------------------------------------------------------
    # -- public terminal, export, language ---------------------------------------------
    # -- help -------------------------------------------------------------------------
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
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(spec.id)
            action.setShortcuts(spec.key_sequences())
            action.setCheckable(spec.checkable)
            action.setEnabled(False)  # until a handler is bound
            self.actions[spec.id] = action
        self.retranslate()

    def retranslate(self) -> None:
        for spec in ACTIONS:
            action = self.actions[spec.id]
            action.setText(spec.translated_label())
            if spec.icon_text:
                action.setIconText(QCoreApplication.translate(CONTEXT, spec.icon_text))
            action.setToolTip(_tooltip(spec))
            action.setStatusTip(spec.translated_help())
            action.setWhatsThis(spec.translated_help())

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


def _tooltip(spec: ActionSpec) -> str:
    keys = ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in spec.key_sequences())
    label = spec.translated_label().replace("&", "").rstrip("…")
    return f"{label} ({keys})" if keys else label
