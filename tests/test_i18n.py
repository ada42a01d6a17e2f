"""Every interface string has its Danish translation, and the compiled .qm is up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "reader_da.ts"


def test_no_danish_translation_is_unfinished() -> None:
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if (t := m.find("translation")) is not None and (t.get("type") == "unfinished" or not t.text)]
    assert unfinished == []


def test_ts_covers_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "reader_da.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader").rglob("*.py"))
    result = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    assert "0 new" in result.stdout, f"run tools/update_translations.py: {result.stdout}"


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "reader_da.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/update_translations.py"
