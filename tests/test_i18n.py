"""Every interface string has its Danish translation, the compiled .qm is up to date, and no hand-made
Danish/English table is left beside the catalogue."""

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


# -- no hand-made two-language tables -----------------------------------------------------------------
LANGUAGE_CODES = {"da", "en"}

# The places in reader/ where a language code may still decide something, each with why. Everything
# the user sees or hears comes from the catalogue above; none of these chooses a wording.
ALLOWED = {
    ("reader/cli.py", "language_from_argv", "chosen == 'en'"): "normalises the chosen interface language",
    ("reader/cli_view.py", "_n", "texts.language() == 'en'"): "the number format: 2.5 in English, 2,5 in Danish",
    ("reader/i18n.py", "install_translators", "language == 'en'"): "English is the source: no translator to load",
    ("reader/ui/access.py", "toggle_language", "self.language() == 'da'"): "the key that switches the language",
    ("reader/paths.py", "_INSTALLATION_PROBLEM", "dict"):
        "says that the program's own files are missing, the compiled catalogue among them",
    ("reader/paths.py", "installation_problem", "language == 'en'"): "chooses that one sentence",
    ("reader/presentation/profiles.py", "FALLBACK", "dict"): "a profile's labels by language, as profiles.json has them",
    ("reader/speech/service.py", "speak", "language='da'"): "the language of the voice, not of a message",
    ("reader/speech/service.py", "say", "language='da'"): "the language of the voice, not of a message",
}


def two_language_choices(source: str) -> set[tuple[str, str]]:
    """(where, what) for each dict literal keyed by both "da" and "en", each comparison with a language
    code and each ``language`` parameter that defaults to one: the shapes of a hand-made table."""
    import ast

    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def where(node: ast.AST) -> str:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                return node.name
            if isinstance(node, ast.Assign | ast.AnnAssign):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                return ast.unparse(target)
        return "<module>"

    found: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            if {key.value for key in node.keys if isinstance(key, ast.Constant)} >= LANGUAGE_CODES:
                found.add((where(node), "dict"))
        elif isinstance(node, ast.Compare):
            if any(isinstance(side, ast.Constant) and side.value in LANGUAGE_CODES
                   for side in (node.left, *node.comparators)):
                found.add((where(node), ast.unparse(node)))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            arguments = node.args
            named = [*arguments.posonlyargs, *arguments.args]
            pairs = [*zip(named[len(named) - len(arguments.defaults):], arguments.defaults, strict=True),
                     *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
            for argument, default in pairs:
                if "language" in argument.arg and isinstance(default, ast.Constant) and default.value in LANGUAGE_CODES:
                    found.add((node.name, f"{argument.arg}={default.value!r}"))
    return found


def test_the_scan_finds_each_shape_of_a_hand_made_table() -> None:
    source = '''
_TEXTS = {"da": {"hello": "Hej"}, "en": {"hello": "Hello"}}
def greet(language: str = "da") -> str:
    return "Hello" if language == "en" else "Hej"
def farewell(*, language="en"):
    return {"en": "Bye", "da": "Farvel"}[language]
'''
    assert two_language_choices(source) == {
        ("_TEXTS", "dict"), ("greet", "language='da'"), ("greet", "language == 'en'"),
        ("farewell", "language='en'"), ("farewell", "dict")}
    assert two_language_choices('translate("Files", "the disk is full")\nLANGUAGES = ("da", "en")\n') == set()


def test_no_hand_made_two_language_table_comes_back() -> None:
    """What the user sees or hears is English in the code and Danish in the catalogue: a table of both
    languages side by side, or a choice of wording by language, is found here."""
    found = {(str(path.relative_to(ROOT).as_posix()), where, what)
             for path in sorted((ROOT / "reader").rglob("*.py"))
             for where, what in two_language_choices(path.read_text(encoding="utf-8"))}
    assert sorted(found - set(ALLOWED)) == [], "say it with translate() (reader/texts.py), not a table"
    assert sorted(set(ALLOWED) - found) == [], "an allowed place is gone: take it off ALLOWED"
