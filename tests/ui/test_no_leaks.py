"""Changing the presentation again and again keeps memory flat: old renderings are freed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument

from reader.ui.main_window import MainWindow
from tests.waiting import wait_for


def test_restyling_frees_the_documents_it_replaces(make_window: Callable[..., MainWindow], qtbot) -> None:
    window = make_window()
    for step in range(12):
        window.binder.actions["view.zoom_in" if step % 2 == 0 else "view.zoom_out"].trigger()
        window.binder.actions["view.next_theme"].trigger()
    # deleteLater() happens in the event loop: wait until it has run, however long that takes.
    wait_for(qtbot, lambda: len(window.view.findChildren(QTextDocument)) == 1)
    assert len(window.view.findChildren(QTextDocument)) == 1
    assert window.view.toPlainText() == window.document.text
