"""Technical detail for the administrator, kept out of what the user is told.

Messages to the user are one clean sentence in the interface language; what lies behind them (a
library's own error text, a process's exit status, its last lines of output) goes here: one line
on stderr, which is the console of ``herning-laeser-cli`` and the session's journal for the window
(docs/deploy.md, "Where settings and messages are"). The program writes no log files.
"""

from __future__ import annotations

import contextlib
import sys


def detail(text: str) -> None:
    """Writes ``text`` as one line of the log (control characters escaped); never raises."""
    from reader.document.errors import printable

    with contextlib.suppress(OSError, ValueError, AttributeError):  # no stderr (a window without a console)
        print(f"herning-laeser: {printable(' '.join(text.split()))}", file=sys.stderr, flush=True)
