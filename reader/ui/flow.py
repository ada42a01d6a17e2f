"""Bars that wrap: controls flow onto more rows instead of being elided or hidden.

``FlowLayout`` puts its items left to right at their size hints and starts a new row
where the next one would not fit (the pattern of Qt's "Flow Layout" example), with
height-for-width so the widget around it gets the height its rows need. Items added
with a stretch share what is left of their row.

``FlowToolBar`` is a QToolBar whose commands are tool buttons in such a layout, inside a
``FlowStrip``: the strip asks for the height the rows need at its width, up to a share of
the window's height; beyond that it scrolls vertically (and follows the keyboard focus)
instead of taking the text's room. QToolBar's overflow button ("»"), which hides
commands in a menu, never appears: the strip is the toolbar's only item and never wider
than its widest control. WCAG 1.4.4 and 1.4.10 at every interface size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SPACING = 6  # px between controls and between rows
_T = TypeVar("_T")


class FlowLayout(QLayout):
    """Items left to right, each at least its size hint, wrapping onto new rows.

    Qt asks a layout for its sizes many times per layout pass (and a bar inside a scroll area
    asks again for its height limit), so the sizes and each width's arrangement are kept until
    Qt invalidates the layout: it does whenever an item is added or removed, a child widget's
    size hint changes (``updateGeometry``), it is shown or hidden, or its font or style changes.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: list[int] = []
        self._known: dict[object, object] = {}  # "hint", "least", ("plan", width): until invalidate()
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- adding ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self._stretches.append(0)
        self.invalidate()

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - as QBoxLayout.addWidget
        """Adds ``widget``; one with a stretch also gets a share of its row's spare width."""
        super().addWidget(widget)
        self._stretches[-1] = stretch

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - as QBoxLayout
        # Through addWidget, so the item is Qt's own widget item, which keeps the widget's size hint.
        super().addWidget(widget)
        item, _stretch = self._items.pop(), self._stretches.pop()
        index = max(0, min(index, len(self._items)))
        self._items.insert(index, item)
        self._stretches.insert(index, stretch)
        self.invalidate()

    def add_layout(self, layout: QLayout, stretch: int = 0) -> None:
        """Adds a nested layout as one item, e.g. a label with its control, so they never part."""
        self.addChildLayout(layout)
        self.addItem(layout)
        self._stretches[-1] = stretch

    # -- QLayout's item interface -------------------------------------------------------------
    def count(self) -> int:
        self._prune()
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        self._prune()
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        self._prune()
        if not 0 <= index < len(self._items):
            return None
        self._stretches.pop(index)
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        self._known.clear()
        super().invalidate()

    # -- sizes --------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        bottoms = self.row_bottoms(width)
        margins = self.contentsMargins()
        return (bottoms[-1] if bottoms else margins.top()) + margins.bottom()

    def row_bottoms(self, width: int) -> list[int]:
        """Where each row ends at ``width``, from the layout's top edge."""
        return list(self._plan(width)[1])

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        return QSize(self._remembered("hint", self._one_row))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest and the tallest item: one item per row, each at its size hint (an item that
        can trade width for height, such as a nested flow, at its minimum width)."""
        return QSize(self._remembered("least", self._one_per_row))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        placements, _bottoms = self._plan(rect.width())
        for item, place in placements:
            item.setGeometry(place.translated(rect.topLeft()))

    # -- the arrangement ----------------------------------------------------------------------
    def _remembered(self, key: object, compute: Callable[[], _T]) -> _T:
        self._prune()
        if key not in self._known:
            if len(self._known) > 32:  # a window resized through many widths
                self._known.clear()
            self._known[key] = compute()
        return self._known[key]  # type: ignore[return-value]

    def _prune(self) -> None:
        """Forgets items that are already gone: while a bar is destroyed, Qt may still ask for
        sizes after some of them were deleted (QToolBar releases its widget, which restyles it)."""
        if not all(map(shiboken6.isValid, self._items)):
            kept = [(item, stretch) for item, stretch in zip(self._items, self._stretches, strict=True)
                    if shiboken6.isValid(item)]
            self._items = [item for item, _stretch in kept]
            self._stretches = [stretch for _item, stretch in kept]
            self._known.clear()

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        self._prune()
        return [(item, stretch) for item, stretch in zip(self._items, self._stretches, strict=True)
                if not item.isEmpty()]

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _one_row(self) -> QSize:
        shown = self._shown()
        width = sum(_hint(item).width() for item, _stretch in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((_hint(item).height() for item, _stretch in shown), default=0)
        return QSize(width, height) + self._margins()

    def _one_per_row(self) -> QSize:
        shown = self._shown()
        width = max((_least(item).width() for item, _stretch in shown), default=0)
        height = max((_hint(item).height() for item, _stretch in shown), default=0)
        return QSize(width, height) + self._margins()

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each row at ``width`` (the layout's own width, margins included)."""
        margins = self.contentsMargins()
        room = max(0, width - margins.left() - margins.right())
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item, stretch in self._shown():
            needed = max(min(_hint(item).width(), room), _least(item).width())
            if rows[-1] and used + self.spacing() + needed > room:
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + needed
            rows[-1].append((item, stretch))
        return [[item for item, _stretch in row] for row in rows if row]

    def _plan(self, width: int) -> tuple[list[tuple[QLayoutItem, QRect]], tuple[int, ...]]:
        return self._remembered(("plan", width), lambda: self._arrange(width))

    def _arrange(self, width: int) -> tuple[list[tuple[QLayoutItem, QRect]], tuple[int, ...]]:
        """Where each item goes at ``width``, from the layout's top left corner, and where each row ends."""
        margins = self.contentsMargins()
        room = max(0, width - margins.left() - margins.right())
        stretches = dict(zip(map(id, self._items), self._stretches, strict=True))
        y = margins.top()
        placements: list[tuple[QLayoutItem, QRect]] = []
        bottoms = []
        for row in self.rows(width):
            widths = [max(min(_hint(item).width(), room), _least(item).width()) for item in row]
            spare = room - sum(widths) - self.spacing() * (len(row) - 1)
            total_stretch = sum(stretches[id(item)] for item in row)
            if spare > 0 and total_stretch:
                for index, item in enumerate(row):
                    widths[index] += spare * stretches[id(item)] // total_stretch
            heights = [item.heightForWidth(item_width) if item.hasHeightForWidth() else _hint(item).height()
                       for item, item_width in zip(row, widths, strict=True)]
            row_height = max(heights)
            x = margins.left()
            for item, item_width, height in zip(row, widths, heights, strict=True):
                placements.append((item, QRect(QPoint(x, y + (row_height - height) // 2), QSize(item_width, height))))
                x += item_width + self.spacing()
            bottoms.append(y + row_height)
            y += row_height + self.spacing()
        return placements, tuple(bottoms)


def labelled(label: QWidget, control: QWidget, stretch: int = 0) -> FlowLayout:
    """A label and its control as one item of a flow: side by side, or the label above the
    control where the row is too narrow for both, but never on different rows. With a
    stretch, the control takes what is left of the row."""
    pair = FlowLayout(spacing=SPACING)
    pair.addWidget(label)
    pair.addWidget(control, stretch)
    return pair


def _hint(item: QLayoutItem) -> QSize:
    """What an item asks for: its size hint, never less than its minimum."""
    return item.sizeHint().expandedTo(item.minimumSize())


def _least(item: QLayoutItem) -> QSize:
    """The least an item may get: its size hint, or its minimum if it can grow taller instead."""
    return item.minimumSize() if item.hasHeightForWidth() else _hint(item)


class FlowStrip(QScrollArea):
    """Shows a panel whose layout has height-for-width at the height it needs for the strip's width,
    up to ``max_share`` of the window's height; beyond that the panel scrolls vertically."""

    def __init__(self, panel: QWidget, max_share: float, parent: QWidget | None = None,
                 flow: FlowLayout | None = None) -> None:
        super().__init__(parent)
        self.max_share = max_share
        self.panel = panel
        self.flow = flow  # the panel's first row of items: a scrolling strip shows whole rows of it
        self._height = -1
        self._hint: QSize | None = None
        self._watched: QWidget | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The bar's own background shows through (a scroll area paints its viewport otherwise). A
        # viewport of our own: asking Qt for its one would make PySide build every QtWidgets type.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # as Qt names its own
        viewport.setAutoFillBackground(False)
        self.setViewport(viewport)
        self.setWidget(panel)
        panel.setAutoFillBackground(False)
        panel.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- the height asked for --------------------------------------------------------------------
    def needed_height(self) -> int:
        """The panel's height at the strip's full width (no scroll bar)."""
        panel = self.panel
        width = max(self.width(), panel.minimumSizeHint().width())
        return panel.heightForWidth(width) if panel.hasHeightForWidth() else panel.sizeHint().height()

    def height_limit(self) -> int:
        """The panel's whole height where it fits in ``max_share`` of the window; otherwise that share,
        cut after the last whole row of controls that fits in it, but at least one row."""
        one_row = self.panel.minimumSizeHint().height()
        window = self.window()
        share = int(window.height() * self.max_share) if window is not self else 0
        needed = self.needed_height()
        if needed <= share:
            return max(one_row, needed)  # all of it fits: the rows and whatever is under them (a message)
        if self.flow is not None:
            layout = self.panel.layout()
            margins = layout.contentsMargins() if layout is not None else QMargins()
            left, top, right = margins.left(), margins.top(), margins.right()
            width = max(self.width(), self.panel.minimumSizeHint().width()) - left - right
            ends = [top + bottom + min(top, self.flow.spacing()) for bottom in self.flow.row_bottoms(width)]
            whole = [end for end in ends if end <= share]
            share = whole[-1] if whole else 0
        return max(one_row, share)

    def scrolls(self) -> bool:
        return self.needed_height() > self.height_limit()

    def sizeHint(self) -> QSize:
        """Measured again only when the panel's layout, the strip or the window changes (see
        ``_refresh``): layouts ask for it many times in a row."""
        if self._hint is None:
            self._hint = self._measure()
        return QSize(self._hint)

    def _measure(self) -> QSize:
        width = self.panel.minimumSizeHint().width()
        if self.scrolls():
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(self.needed_height(), self.height_limit()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _refresh(self) -> None:
        hint = self._measure()
        if hint == self._hint and hint.height() == self._height:
            return
        self._hint = hint
        if hint.height() != self._height:
            self._height = hint.height()
            self.setFixedHeight(hint.height())
        self.updateGeometry()

    # -- when to ask again ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._refresh()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._refresh()

    def showEvent(self, event: object) -> None:
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)  # its height sets the limit
            self._watched = window
        super().showEvent(event)  # type: ignore[arg-type]
        self._refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A control that gets the focus (Tab, a shortcut) is scrolled wholly into view."""
        if new is None or not shiboken6.isValid(self.panel) or not self.panel.isAncestorOf(new):
            return
        top = new.mapTo(self.panel, QPoint(0, 0)).y()
        bar = self.verticalScrollBar()
        room = self.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif top + new.height() > bar.value() + room:
            bar.setValue(top + new.height() - room)


class FlowToolBar(QToolBar):
    """A tool bar whose controls wrap onto more rows; nothing is ever hidden in an overflow menu.

    Actions added with ``addAction`` become tool buttons in ``flow``, which take the Tab focus
    (a QToolBar's own buttons do not: keyboard users could not reach them); other controls can be
    added to ``flow`` directly, and whole rows (a message) to ``column`` below it.
    ``actions()`` and ``widgetForAction()`` answer for the commands as on a QToolBar.
    """

    def __init__(self, title: str = "", parent: QWidget | None = None, *, max_share: float = 0.3) -> None:
        super().__init__(title, parent)
        self.setMovable(False)
        self.setFloatable(False)
        self.setAllowedAreas(Qt.ToolBarArea.TopToolBarArea | Qt.ToolBarArea.BottomToolBarArea)
        self.panel = QWidget(self)
        self.column = QVBoxLayout(self.panel)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(SPACING)
        self.flow = FlowLayout()
        self.column.addLayout(self.flow)
        self.strip = FlowStrip(self.panel, max_share, self, self.flow)
        self.strip.setObjectName("flow_strip")
        self._buttons: dict[QAction, QToolButton] = {}
        self._strip_action = self.addWidget(self.strip)
        self.toolButtonStyleChanged.connect(self._restyle_buttons)

    def actions(self) -> list[QAction]:
        """The commands on the bar (not the action that holds the strip)."""
        return [action for action in super().actions() if action is not self._strip_action]

    def widgetForAction(self, action: QAction) -> QWidget:  # noqa: N802 - as QToolBar
        button = self._buttons.get(action)
        return button if button is not None else super().widgetForAction(action)

    def command_buttons(self) -> list[QToolButton]:
        """The buttons made for the actions added with ``addAction``."""
        return list(self._buttons.values())

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 - Qt override
        action = event.action()
        strip_action = getattr(self, "_strip_action", None)
        if strip_action is None or action is strip_action:
            super().actionEvent(event)  # the strip itself goes into QToolBar's own layout
        elif event.type() == QEvent.Type.ActionAdded and not action.isSeparator():
            self._add_button(action, event.before())
        elif event.type() == QEvent.Type.ActionRemoved and action in self._buttons:
            button = self._buttons.pop(action)
            self.flow.removeWidget(button)
            button.deleteLater()

    def _add_button(self, action: QAction, before: QAction | None) -> None:
        button = QToolButton(self.panel)
        button.setObjectName(f"button_{action.objectName()}" if action.objectName() else "")
        button.setDefaultAction(action)
        button.setToolButtonStyle(self.toolButtonStyle())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        index = self.flow.indexOf(self._buttons[before]) if before in self._buttons else self.flow.count()
        self.flow.insertWidget(index, button)
        self._buttons[action] = button

    def _restyle_buttons(self, style: Qt.ToolButtonStyle) -> None:
        for button in self._buttons.values():
            button.setToolButtonStyle(style)
