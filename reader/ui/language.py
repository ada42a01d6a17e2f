"""Switching the interface language while the app runs.

Qt sends ``QEvent.LanguageChange`` to every widget when a translator is installed or
removed (``reader.i18n.InterfaceLanguage.switch``). The main window answers it by calling
``retranslate()`` on itself and on every descendant widget that has one, so a new view
only needs a ``retranslate()`` method that sets its texts (and calls it from ``__init__``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def retranslate_children(root: QObject) -> None:
    """Calls ``retranslate()`` on every descendant of ``root`` that has one, parents first."""
    for child in root.findChildren(QObject):
        method = getattr(child, "retranslate", None)
        if callable(method):
            method()
