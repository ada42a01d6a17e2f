"""How the window starts its speech worker, kept apart from the worker's own code, so the
window's process never imports the synthesis modules (ctypes, wave, the engines)."""

from __future__ import annotations

import sys

WORKER_OPTION = "--speech-worker"  # a frozen app's hidden first argument: run the worker instead


def worker_command() -> tuple[str, list[str]]:
    """The program and arguments that start a worker: the app itself when frozen, else the worker module."""
    if getattr(sys, "frozen", False):
        return sys.executable, [WORKER_OPTION]
    return sys.executable, ["-m", "reader.speech.worker"]
