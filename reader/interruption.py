"""Ctrl+C or SIGTERM during a command-line export or screenshot: the run stops at its next step, saving
nothing, and says so (no Qt).

``Interruption`` remembers the request instead of a KeyboardInterrupt wherever Python happens to be,
or none at all while Qt works; ``cancelled()`` says it and gives the exit status, 130 as after Ctrl+C.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from reader.texts import translate


class Interruption:
    """``install()`` sets the handlers for the rest of the run; calling the object tells whether a stop
    was asked for, and ``on_request`` callbacks hear it at once (from the signal handler)."""

    def __init__(self) -> None:
        self.requested = False
        self._callbacks: list[Callable[[], object]] = []

    def install(self) -> Interruption:
        import signal

        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._request)
        return self

    def _request(self, _signum: int, _frame: object) -> None:
        self.requested = True
        for callback in self._callbacks:
            callback()

    def on_request(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)
        if self.requested:
            callback()

    def __call__(self) -> bool:
        return self.requested


def cancelled() -> int:
    """Says that an export was stopped on request; the exit status for it (130, as after Ctrl+C)."""
    print(translate("Interruption", "Cancelled; no file was saved, and an earlier file is untouched."), file=sys.stderr)
    return 130
