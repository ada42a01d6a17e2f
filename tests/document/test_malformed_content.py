"""An editor's mistakes give a clear message naming file and line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import ContentError, load_document, load_folder
from tests.conftest import ROOT, messages_in

HEADER = "---\ntitel: Test\nsprog: da\når: 2019\n---\n\n"
VALID = HEADER + "## Indledning\n\nTekst.\n\n## Tema: Et\n\nMere tekst.\n\n## Om\n\nSlut.\n"

CASES = {
    # name: (bytes, expected code, expected line)
    "empty": (b"", "empty", 1),
    "blank_lines_only": (b"\n\n   \n", "empty", 1),
    # The "å" of "år" on line 4 is the first byte that is not UTF-8.
    "wrong_encoding": ((HEADER + "## Indledning\n\nBørn og unge.\n").encode("latin-1"), "encoding", 4),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary", 3),
    "missing_title": (
        b"---\nsprog: da\n---\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\nTekst.\n", "title_missing", 1
    ),
    "quote_without_speaker": (
        (HEADER + "## Tema: Et\n\nTekst.\n\n> \"Et citat uden afsender.\"\n").encode(), "quote_no_speaker", 11
    ),
    "code_block": ((HEADER + "## Tema: Et\n\n    indrykket kode\n").encode(), "code_block", 9),
    "raw_html": ((HEADER + "## Tema: Et\n\n<script>alert(1)</script>\n").encode(), "raw_html", 9),
    "remote_image": (
        (HEADER + "## Tema: Et\n\nSe ![billede](http://example.invalid/x.png)\n").encode(), "image", 9
    ),
    "nested_list": ((HEADER + "## Tema: Et\n\n* a\n    * b\n").encode(), "nested_list", 9),
    "unknown_metadata": (b"---\ntitel: T\nsprog: da\nfarve: blaa\n---\n\n## Tema: Et\n\nx\n", "front_matter_unknown", 4),
    "unclosed_front_matter": (b"---\ntitel: T\nsprog: da\n\n## Tema: Et\n", "front_matter_unclosed", 1),
    "commitments_without_list": ((HEADER + "## Tema: Et\n\nVi vil:\n\nnoget\n").encode(), "commitments_without_list", 9),
    "duplicate_theme": (
        (HEADER + "## Tema: Et\n\nx\n\n## Tema: Et\n\ny\n").encode(), "theme_duplicate", 11
    ),
    "no_themes": ((HEADER + "## Indledning\n\nx\n").encode(), "no_themes", 7),
    "text_before_sections": ((HEADER + "Løs tekst.\n\n## Tema: Et\n\nx\n").encode(), "text_before_section", 7),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_file_reports_file_line_and_a_danish_message(tmp_path: Path, name: str) -> None:
    data, code, line = CASES[name]
    path = tmp_path / f"{name}.md"
    path.write_bytes(data)
    with pytest.raises(ContentError) as raised:
        load_document(path)
    problem = next(p for p in raised.value.problems if p.code == code)
    assert problem.line == line
    message = problem.describe()
    assert message.startswith(f"{path}:{line}: fejl: ")
    with messages_in("en"):
        assert problem.message() != message.split(": fejl: ", 1)[1]


def test_valid_minimal_document_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.md"
    path.write_text(VALID, encoding="utf-8")
    document = load_document(path)
    assert [s.title for s in document.sections] == ["Indledning", "Et", "Om"]


def test_missing_closing_section_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "noclose.md"
    path.write_text(HEADER + "## Tema: Et\n\nTekst.\n", encoding="utf-8")
    documents, problems = load_folder(tmp_path)
    assert len(documents) == 1
    assert [p.code for p in problems] == ["closing_missing"]
    assert problems[0].describe().startswith(f"{path}:7: advarsel: ")


def test_missing_folder(tmp_path: Path) -> None:
    documents, problems = load_folder(tmp_path / "nope")
    assert documents == []
    assert problems[0].code == "folder_missing"
    assert "Indholdsmappen findes ikke" in problems[0].describe()


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--check", *args],
                          capture_output=True, text=True, timeout=60, check=False)


def test_check_is_clean_on_the_bundled_content() -> None:
    result = run_check()
    assert result.returncode == 0, result.stderr
    assert "indholdet er i orden (1 dokument(er))" in result.stdout


@pytest.mark.parametrize("name", ["wrong_encoding", "quote_without_speaker", "raw_html"])
def test_check_reports_problems_and_fails(tmp_path: Path, name: str) -> None:
    data, _code, line = CASES[name]
    (tmp_path / f"{name}.md").write_bytes(data)
    result = run_check(str(tmp_path))
    assert result.returncode == 1
    assert f"{name}.md:{line}: fejl:" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_in_english(tmp_path: Path) -> None:
    data, _code, line = CASES["quote_without_speaker"]
    (tmp_path / "q.md").write_bytes(data)
    result = run_check(str(tmp_path), "--lang", "en")
    assert result.returncode == 1
    assert f"q.md:{line}: error: The quote lacks who says it." in result.stderr


def test_check_on_a_missing_folder(tmp_path: Path) -> None:
    result = run_check(str(tmp_path / "missing"))
    assert result.returncode == 1
    assert "Indholdsmappen findes ikke." in result.stderr
    assert "Traceback" not in result.stderr
