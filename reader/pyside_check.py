"""A faster answer to the question PySide6 asks about every module imported after it.

For its opt-in ``from __feature__ import snake_case`` syntax, PySide6 hooks ``import`` and,
for each module imported after Qt, records whether the module's source mentions "PySide6".
It finds out through ``inspect.getsource``, which reads, decodes and splits every such file
and keeps all of them in ``linecache``: at a start of this app about a hundred modules, several
milliseconds (``typing.py`` alone takes over one), and 1.6 million characters of source text
kept in memory for good. ``use_fast_module_check`` answers the same question from the file's
bytes, which are not kept.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARKER = b"PySide6"


def use_fast_module_check() -> bool:
    """Replaces PySide6's per-module source check with a byte search of the module's file.

    Call it after PySide6 is imported. The answer is the same for every source file Python can
    decode; a module without a readable ``.py`` file (built in, compiled, frozen in a bundle)
    still gets PySide6's own check.
    Returns whether the check was replaced (False where this PySide6 has no such hook)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True
    feature._mod_uses_pyside = _byte_search(original)  # type: ignore[attr-defined]
    return True


def _byte_search(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return _MARKER in source.read()
            except OSError:
                pass
        return bool(original(module))

    mentions_pyside.reads_bytes = True  # type: ignore[attr-defined]
    mentions_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return mentions_pyside
