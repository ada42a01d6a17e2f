"""Reads Herning Læser's accessibility tree over AT-SPI, as a screen reader does.

Runs in Debian's /usr/bin/python3 (pyatspi is a Debian package, not a pip one), in its own
process: the app answers D-Bus calls from its event loop. Prints one JSON object:

    {"app": ..., "window": ..., "elements": [[role, name, path], ...], "unnamed": [...],
     "text": "...", "caret_before": n, "action": "...", "events": [[type, data, detail]], "caret_after": n}

Usage: walker.py APP_NAME WINDOW_NAME_PART TEXT_NAME MENU_ITEM_NAME EXPECTED_CARET TIMEOUT_S
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]


def deadline_loop(seconds: float):  # type: ignore[no-untyped-def]
    """Yields until ``seconds`` have passed, pausing 0.1 s between tries."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        yield
        time.sleep(0.1)


def name_of(node) -> str | None:  # type: ignore[no-untyped-def]
    """The node's name, or None if the node went away (an application still starting, a notice)."""
    try:
        return node.name  # type: ignore[no-any-return]
    except GLib.GError:
        return None


def find_app(name: str, seconds: float):  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in deadline_loop(seconds):
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and name_of(app) == name:
                return app
    return None


def walk(node, path: str = "", depth: int = 0, vanished: list[str] | None = None):  # type: ignore[no-untyped-def]
    """Yields (node, path) for every node; stops at a sane depth so a broken tree cannot loop.

    A node the app deletes while it is walked (a notice whose time is up, a list item of a model
    that was reset) is skipped with what is below it, as a screen reader does; its path is added to
    ``vanished``."""
    if node is None or depth > 40:
        return
    try:
        here = f"{path}/{node.getRoleName()}:{node.name}"
        count = node.childCount
    except GLib.GError:
        if vanished is not None:
            vanished.append(f"{path}/?")
        return
    yield node, here
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except GLib.GError:
            if vanished is not None:
                vanished.append(f"{here}/[{index}]")
            continue
        yield from walk(child, here, depth + 1, vanished)


def do_and_listen(action, text, expected_caret: int, seconds: float) -> list[list[object]]:  # type: ignore[no-untyped-def]
    """Does the action while listening, as a screen reader does, for what the app tells: the
    caret moving and announcements (a notification object shown, or an ``object:announcement``).
    Stops when the caret moved and a notification came, or after ``seconds``."""
    events: list[list[object]] = []

    def heard(event) -> None:  # type: ignore[no-untyped-def]
        if event.type.startswith("object:state-changed:showing"):
            if event.detail1 != 1 or event.source is None or event.source.getRole() != pyatspi.ROLE_NOTIFICATION:
                return
            events.append(["notification", event.source.name or "", event.detail1])
        else:
            events.append([event.type, str(event.any_data or ""), event.detail1])
        kinds = {kind for kind, _data, _detail in events}
        if {"notification", "object:text-caret-moved"} <= kinds:
            GLib.idle_add(stop)

    def stop() -> bool:
        pyatspi.Registry.stop()
        return False

    def act() -> bool:
        action.doAction(0)
        return False

    for name in ("object:announcement", "object:text-caret-moved", "object:state-changed:showing"):
        pyatspi.Registry.registerEventListener(heard, name)
    # The app sends only the events it knows someone listens to; it learns that from the registry's
    # signal, sent before the registry answered the registration above. A call answered by the app
    # now arrives there after that signal, so once it is answered the app knows of the listeners.
    text.caretOffset  # noqa: B018 - the round trip is the point
    GLib.idle_add(act)
    GLib.timeout_add(int(seconds * 1000), stop)  # a deadline, whatever happens
    pyatspi.Registry.start()
    return events


def read_tree(window, text_name: str, item_name: str):  # type: ignore[no-untyped-def]
    """Walks the window once: the focusable elements shown ([role, name, path]), the paths of those
    without a name, the text and menu item named, and the paths of nodes gone while walked."""
    elements: list[list[str]] = []
    unnamed: list[str] = []
    vanished: list[str] = []
    text_node = None
    menu_item = None
    for node, path in walk(window, vanished=vanished):
        try:
            states = node.getState()
            showing = states.contains(pyatspi.STATE_SHOWING)
            focusable = states.contains(pyatspi.STATE_FOCUSABLE)
            name = node.name
            role = node.getRole()
            role_name = node.getRoleName()
        except GLib.GError:
            vanished.append(path)
            continue
        if showing and focusable:
            elements.append([role_name, name, path])
            if not (name or "").strip():
                unnamed.append(path)
        if name == text_name and text_node is None:
            text_node = node
        if name == item_name and role == pyatspi.ROLE_MENU_ITEM and menu_item is None:
            menu_item = node
    return elements, unnamed, text_node, menu_item, vanished


def main() -> int:
    app_name, window_part, text_name, item_name, expected_caret, timeout = sys.argv[1:7]
    seconds = float(timeout)
    result: dict[str, object] = {}
    app = find_app(app_name, seconds)
    if app is None:
        names = [c.name for c in pyatspi.Registry.getDesktop(0) if c is not None]
        print(json.dumps({"error": f"application {app_name!r} not on the AT-SPI bus; there: {names}"}))
        return 1
    result["app"] = app.name
    window = None
    for _ in deadline_loop(seconds):
        window = next((c for c in app if c is not None and window_part in (name_of(c) or "")), None)
        if window is not None:
            break
    if window is None:
        print(json.dumps({"error": f"no window named …{window_part}…", **result}))
        return 1
    result["window"] = window.name
    result["window_role"] = window.getRoleName()

    # The tree is read again while a node went away as it was read (the app was changing it) or
    # the text and the menu item are not there yet.
    elements, unnamed, text_node, menu_item, vanished = read_tree(window, text_name, item_name)
    for _ in deadline_loop(seconds):
        if text_node is not None and menu_item is not None and not vanished:
            break
        elements, unnamed, text_node, menu_item, vanished = read_tree(window, text_name, item_name)
    result["elements"] = elements
    result["unnamed"] = unnamed
    result["vanished"] = vanished
    if text_node is None:
        print(json.dumps({"error": f"no element named {text_name!r}", **result}))
        return 1
    text = text_node.queryText()
    result["text_role"] = text_node.getRoleName()
    result["text_states"] = sorted(pyatspi.stateToString(state) for state in text_node.getState().getStates())
    result["text"] = text.getText(0, -1)
    result["caret_before"] = text.caretOffset
    if menu_item is None:
        print(json.dumps({"error": f"no menu item named {item_name!r}", **result}))
        return 1
    action = menu_item.queryAction()
    result["action"] = action.getName(0)
    result["events"] = do_and_listen(action, text, int(expected_caret), seconds)
    result["caret_after"] = text.caretOffset
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
