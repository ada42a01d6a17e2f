"""Where the bundled content/ and resources/ folders are.

In a source checkout (and an editable install) they sit beside the package; a regular
install puts them under ``<prefix>/share/herning-laeser`` (see pyproject.toml).
"""

from __future__ import annotations

import sys
from pathlib import Path


def _data_root() -> Path:
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir():
        return checkout
    installed = Path(sys.prefix) / "share" / "herning-laeser"
    return installed if installed.is_dir() else checkout


DATA_ROOT = _data_root()
CONTENT = DATA_ROOT / "content"
RESOURCES = DATA_ROOT / "resources"
