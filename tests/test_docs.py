"""The README and the docs: a user's guide that starts with the two commands, links that stay in the
repository (a clean clone has nothing beside it) and lead somewhere, and every file or module of the
repository they name in code (`reader/output/wav.py`, `reader.texts`) there to be found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = ROOT / "README.md"
DOCUMENTS = [README, ROOT / "content" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.MULTILINE)
COMMANDS = ["bash tools/run.sh", "bash tools/test.sh"]
CODE_SPAN = re.compile(r"`([^`\n]+)`")
FOLDERS = ("reader/", "bench/", "tools/", "tests/", "packaging/", "resources/", "content/", "docs/", ".ci/")
MODULE = re.compile(r"reader(?:\.\w+)+")
BUNDLED = {"reader.content": "content", "reader.resources": "resources"}  # the build maps them into the package


def prose(text: str) -> str:
    """The text without code blocks and code spans, where a bracket is not a link."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"`[^`\n]*`", "", text)


def anchors(path: Path) -> set[str]:
    """The anchors GitHub makes for a Markdown file's headings."""
    found = set()
    for heading in re.findall(r"^#+\s+(.*)$", prose(path.read_text(encoding="utf-8")), flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_link_leads_to_a_file_in_the_repository(document: Path) -> None:
    text = prose(document.read_text(encoding="utf-8"))
    targets = LINK.findall(text) + REFERENCE.findall(text)
    assert AUTOLINK.findall(text) == [], "a link out of the repository"
    for target in targets:
        assert not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target), f"{target}: a link out of the repository"
        path, _hash, anchor = target.partition("#")
        resolved = (document.parent / path).resolve() if path else document
        assert resolved.is_relative_to(ROOT), f"{target}: outside the repository"
        assert resolved.exists(), f"{target}: no such file"
        if anchor and resolved.suffix == ".md":
            assert anchor in anchors(resolved), f"{target}: no such heading"


def named_in_code(text: str) -> list[str]:
    """The repository paths and reader modules a text names in its code spans and blocks."""
    words = [word.strip(".,;:()") for span in CODE_SPAN.findall(text) for word in span.split()]
    return [word for word in words if word.startswith(FOLDERS) or MODULE.fullmatch(word)]


def found(name: str) -> bool:
    """Is ``name`` (a path, a glob like ``content/*.md``, or a dotted module, or a module's attribute) there?"""
    if not MODULE.fullmatch(name):
        return any(ROOT.glob(name.rstrip("/"))) if "*" in name else (ROOT / name).exists()
    if name in BUNDLED:
        return (ROOT / BUNDLED[name]).is_dir()
    path = ROOT.joinpath(*name.split("."))
    if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
        return True
    module = path.parent.with_suffix(".py")  # reader.files.atomic_output: a name the module defines
    return module.is_file() and re.search(rf"^(?:def|class) {path.name}\b|^{path.name}\b",
                                          module.read_text(encoding="utf-8"), re.MULTILINE) is not None


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_file_and_module_named_is_there(document: Path) -> None:
    missing = [name for name in named_in_code(document.read_text(encoding="utf-8")) if not found(name)]
    assert missing == [], f"named in {document.relative_to(ROOT)} but not in the repository"


def test_a_name_that_is_not_there_is_missed() -> None:
    text = "`reader/output/wav.py`, `reader.texts`, `content/*.md`, `reader/takeaway/mp3.py` and `reader.speech.export`"
    assert [name for name in named_in_code(text) if not found(name)] == ["reader/takeaway/mp3.py",
                                                                           "reader.speech.export"]


def test_the_readme_starts_with_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ")
    content = [line for line in lines[1:] if line.strip()]
    assert content[0] == "```sh"
    block = content[1:content.index("```")]
    assert [line.split("#")[0].strip() for line in block] == COMMANDS


def test_the_readme_is_a_short_guide() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) < 250


def test_ci_runs_the_readmes_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert COMMANDS[1] in [line.strip() for line in ci.splitlines()]
