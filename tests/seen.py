"""What a person sees on the screen, for assertions about what is shown.

``isVisible()`` says only that a widget and its parents are not hidden: a widget under another one
(the start screen, the kiosk's warning), scrolled out of its scroll area, outside its window or of no
size is "visible" to Qt and unseen by a person. ``seen`` asks what a person would: is the widget's
window on the screen, and does the window show the widget itself at the centre of it?
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget


def unclipped(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) inside every parent, up to its window."""
    area = widget.rect()
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow():
        area = area.intersected(QRect(widget.mapFrom(parent, QPoint(0, 0)), parent.size()))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return area


def seen(widget: QWidget) -> bool:
    """True when ``widget`` shows on the screen: shown, of some size, in an exposed window, and at the
    centre of the part of it inside its parents, the window shows the widget (or a child of it), not
    something laid over it."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    window = widget.window()
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        return False
    if widget.isWindow():
        return True
    area = unclipped(widget)
    if area.isEmpty():
        return False
    shown = window.childAt(widget.mapTo(window, area.center()))
    return shown is not None and (shown is widget or widget.isAncestorOf(shown))
