"""Waiting on a condition, not for a time: how long the machine takes does not decide the outcome."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from pytestqt.exceptions import TimeoutError as WaitTimeout


def wait_for(qtbot: object, condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
    """Runs the event loop until ``condition()`` is true (at most ``timeout_ms``, a deadline for a hang,
    not a measure). Returns either way: the test then asserts the condition itself, so a failure says
    what is wrong rather than "timed out"."""
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)  # type: ignore[attr-defined]
