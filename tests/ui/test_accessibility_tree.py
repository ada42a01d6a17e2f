"""What assistive technology sees, in process: QAccessible over the whole window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface

from reader.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
NOT_A_ROLE = {QAccessible.Role.NoRole, QAccessible.Role.Client}


def walk(interface: QAccessibleInterface, path: str = "") -> Iterator[tuple[str, QAccessibleInterface]]:
    here = f"{path}/{interface.role().name}:{interface.text(QAccessible.Text.Name)}"
    yield here, interface
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            yield from walk(child, here)


def shown_focusable(window: MainWindow) -> list[tuple[str, QAccessibleInterface]]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return [(path, i) for path, i in walk(root) if i.state().focusable and not i.state().invisible]


def test_every_focusable_element_has_a_name_and_a_real_role(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search bar too
    elements = shown_focusable(window)
    assert len(elements) >= 10
    for path, interface in elements:
        assert interface.text(QAccessible.Text.Name).strip(), f"no name: {path}"
        assert interface.role() not in NOT_A_ROLE, f"no real role: {path}"


def test_names_are_in_the_interface_language_and_described(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    names = {i.object().objectName(): i for _, i in shown_focusable(window) if i.object() is not None}
    view = names["reading_view"]
    assert view.text(QAccessible.Text.Name) == "Dokumentets tekst"
    assert view.text(QAccessible.Text.Description) == "Børne- og Ungepolitik"
    assert names["contents_list"].text(QAccessible.Text.Name) == "Indhold"
    assert names["contents_list"].text(QAccessible.Text.Description)
    field = names["search_field"]
    assert field.text(QAccessible.Text.Name) == "Søg i teksten"
    assert "F3" in field.text(QAccessible.Text.Description)
    assert names["search_next"].role() == QAccessible.Role.Button
    assert names["search_next"].text(QAccessible.Text.Name) == "Næste fund"


def test_the_whole_text_is_exposed_with_the_caret(make_window: MakeWindow, qtbot) -> None:
    window = make_window()
    interface = QAccessible.queryAccessibleInterface(window.view)
    assert interface is not None
    text = interface.textInterface()
    assert text is not None
    document = window.document
    assert document is not None
    assert text.text(0, text.characterCount()) == document.text
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T)  # next theme: the caret screen readers follow moves
    assert text.cursorPosition() == document.themes[0].start


def test_menus_name_every_command(make_window: MakeWindow) -> None:
    window = make_window()
    for menu in window.menus.values():
        for action in menu.actions():
            assert action.text().strip(), action.objectName()


def test_the_text_pane_is_read_only_text_not_a_label(make_window: MakeWindow, qtbot) -> None:
    """Screen readers treat a text object as text (Orca: "read only text", the current line on focus)."""
    window = make_window()
    interface = QAccessible.queryAccessibleInterface(window.view)
    assert interface is not None
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly
    assert interface.state().focusable
    window.view.setFocus()
    assert window.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard  # a caret
    assert not window.view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert window.view.toPlainText() == window.document.text  # nothing typed into it
