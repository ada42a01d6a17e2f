"""Every interface string has its Danish translation, and the compiled .qm is up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "reader_da.ts"


LUPDATE_FOUND = re.compile(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)")
LUPDATE_REMOVED = re.compile(r"Removed (\d+) obsolete entr")


def lupdate_counts(output: str) -> tuple[int, int, int, int]:
    """lupdate's own figures: strings found in the code, of which new, of which already in the .ts;
    and obsolete entries removed (in the .ts, gone from the code)."""
    found = LUPDATE_FOUND.findall(output)
    assert len(found) == 1, f"lupdate said: {output}"
    removed = LUPDATE_REMOVED.search(output)
    total, new, existing = (int(n) for n in found[0])
    return total, new, existing, int(removed.group(1)) if removed else 0


def unfinished(ts: Path) -> list[str]:
    return [m.findtext("source") or "" for m in ET.parse(ts).iter("message")
            if (t := m.find("translation")) is None or t.get("type") in ("unfinished", "vanished", "obsolete")
            or not (t.text or "").strip()]


def test_no_danish_translation_is_unfinished() -> None:
    assert unfinished(TS) == []


def test_lupdate_counts_are_parsed_exactly() -> None:
    said = ("Updating 'x.ts'...\n    Found 330 source text(s) (10 new and 320 already existing)\n"
            "    Removed 2 obsolete entries\n")
    assert lupdate_counts(said) == (330, 10, 320, 2)


def test_ts_covers_every_string_in_the_code_and_each_is_translated(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "reader_da.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader").rglob("*.py"))
    result = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    total, new, existing, removed = lupdate_counts(result.stdout)
    assert total > 100, result.stdout
    assert (new, removed) == (0, 0), f"run tools/update_translations.py: {result.stdout}"
    assert existing == total == len(list(ET.parse(TS).iter("message")))
    # Every string the code has, counted from the refreshed copy, has its Danish translation.
    assert len(list(ET.parse(copy).iter("message"))) == total
    assert unfinished(copy) == []


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "reader_da.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], capture_output=True, check=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/update_translations.py"


def test_the_catalogue_read_without_qt_answers_as_qt_does() -> None:
    """Code that runs before or without Qt (--check, --help, the exports) translates with
    reader.texts, which reads the compiled .qm itself: it must give Qt's answer for every message."""
    from PySide6.QtCore import QTranslator

    from reader import texts

    translator = QTranslator()
    assert translator.load(str(texts.catalogue_path("da")))
    messages = texts.catalogue("da")
    in_ts = [(context.findtext("name"), message.findtext("source"))
             for context in ET.parse(TS).iter("context") for message in context.iter("message")]
    assert sorted(messages) == sorted(in_ts)  # every message of the .ts, none more
    for (context, source), translation in messages.items():
        assert translation and translation == translator.translate(context, source), (context, source)
    assert texts.translated("da", "Options", "Text &size") == "&Tekststørrelse"
    assert texts.translated("en", "Options", "Text &size") == "Text &size"
    assert texts.read_qm(b"not a catalogue") == {}
