"""Refreshes the translation sources from the code and compiles them.

    python tools/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` /
   ``QT_TRANSLATE_NOOP`` string under reader/ into resources/translations/reader_da.ts,
   keeping the translations already there; new strings are marked unfinished.
2. Translate the unfinished entries (Qt Linguist: ``pyside6-linguist``, or a text editor).
3. ``pyside6-lrelease`` compiles the .ts into the .qm the app loads.

tests/test_i18n.py fails while any entry is unfinished or the .qm is out of date.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "resources" / "translations" / "reader_da.ts"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install the project (pip install -e .[dev]) first")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader").rglob("*.py"))


def main() -> None:
    for ts in TS_FILES:
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True)
        # Compile beside it and rename over it: a running app or test process has the old .qm
        # memory-mapped (QTranslator), and rewriting that file in place kills it with SIGBUS.
        qm = ts.with_suffix(".qm")
        fresh = qm.with_suffix(".qm.new")
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(fresh)], cwd=ROOT, check=True)
        os.replace(fresh, qm)


if __name__ == "__main__":
    main()
