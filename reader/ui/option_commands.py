"""The registry's option commands: one command changes one option of the options table.

A yes/no option is a check item whose key switches it; an option with choices is a submenu of
radio items (one per choice, named as the table names them) whose key goes on to the next
choice. Each change goes through the settings (so it is saved, and "Reset view" and the
access profiles put it back), is said through the announcer ("Line focus: 3 lines"), and
the menu follows any change made elsewhere (the settings panel, a profile).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from reader.actions import ACTIONS, ActionBinder
from reader.presentation.options import CONTEXT, Option
from reader.settings_service import Settings


def option_title(option: Option) -> str:
    """The option's name as a title, in the interface language ("Line focus")."""
    return QCoreApplication.translate(CONTEXT, option.label).replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe_value(option: Option, value: object) -> str:
    """What an announcement says after a change: "Line focus: 3 lines", "Read list numbers: on"."""
    if isinstance(value, bool):
        shown = QCoreApplication.translate("OptionCommands", "on") if value else \
            QCoreApplication.translate("OptionCommands", "off")
    else:
        shown = option.choice_label(str(value)) or str(value)
    return QCoreApplication.translate("OptionCommands", "{name}: {value}").format(name=option_title(option), value=shown)


class OptionCommands(QObject):
    """Binds every registry command that names an option (``ActionSpec.option``)."""

    def __init__(self, parent: QWidget, binder: ActionBinder, settings: Settings,
                 announce: Callable[[str], object]) -> None:
        super().__init__(parent)
        self.settings = settings
        self._announce = announce
        self._binder = binder
        self.menus: dict[str, QMenu] = {}  # action id -> the submenu of a choice option
        self._choices: dict[str, dict[str, QAction]] = {}  # action id -> {value: radio item}
        self._options: dict[str, Option] = {}
        for spec in ACTIONS:
            if spec.option is None:
                continue
            option = spec.option
            self._options[spec.id] = option
            if isinstance(option.default, bool):
                binder.bind_toggle(spec.id, partial(self._choose, option))
            else:
                binder.bind(spec.id, partial(self.next_choice, option))
                self._add_submenu(spec.id, option, parent)
        settings.changed.connect(self._setting_changed)
        self.retranslate()
        self._show_values()

    def _add_submenu(self, action_id: str, option: Option, parent: QWidget) -> None:
        menu = QMenu(parent)
        menu.setObjectName(f"menu_{action_id}")
        group = QActionGroup(menu)
        group.setExclusive(True)
        items: dict[str, QAction] = {}
        for value in option.values:
            item = QAction(menu)
            item.setObjectName(f"{action_id}.{value}")
            item.setCheckable(True)
            item.setActionGroup(group)
            item.triggered.connect(partial(self._choose_item, option, value))
            menu.addAction(item)
            items[value] = item
        self._binder.actions[action_id].setMenu(menu)
        self.menus[action_id] = menu
        self._choices[action_id] = items

    def retranslate(self) -> None:
        for action_id, items in self._choices.items():
            option = self._options[action_id]
            self.menus[action_id].setTitle(self._binder.actions[action_id].text())
            for value, item in items.items():
                item.setText(option.choice_label(value) or value)

    # -- changing -----------------------------------------------------------------------------
    def next_choice(self, option: Option) -> None:
        values = option.values
        current = str(self.settings.value(option.key))
        following = values[(values.index(current) + 1) % len(values)] if current in values else values[0]
        self._choose(option, following)

    def _choose_item(self, option: Option, value: str, _checked: bool = False) -> None:
        self._choose(option, value)

    def _choose(self, option: Option, value: object) -> None:
        if self.settings.value(option.key) == value:
            return
        self.settings.set(option, value)
        self._announce(describe_value(option, value))

    def _setting_changed(self, key: str, _value: object) -> None:
        if any(option.key == key for option in self._options.values()):
            self._show_values()

    def _show_values(self) -> None:
        for action_id, option in self._options.items():
            value = self.settings.value(option.key)
            action = self._binder.actions[action_id]
            if isinstance(value, bool):
                action.blockSignals(True)
                action.setChecked(value)
                action.blockSignals(False)
            else:
                item = self._choices[action_id].get(str(value))
                if item is not None:
                    item.setChecked(True)
