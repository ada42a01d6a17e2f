"""A window with a real speech worker, as the app makes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.speech.service import SpeechService


def window_with_worker(make_window: Callable[..., Any], settings: Any, qtbot: Any) -> tuple[Any, SpeechService]:
    """The window with the text focused and its speech worker started as the app starts it once the
    window has painted, waited for until it has listed its voices."""
    speech = SpeechService(settings)
    window = make_window(speech=speech)
    window.view.setFocus()
    speech.prepare()
    qtbot.waitUntil(lambda: speech.voices is not None)
    assert speech.voices is not None, "the speech worker did not start"
    return window, speech
