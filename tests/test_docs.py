"""The README and the docs: a user's guide that starts with the two commands, and links that stay in the
repository (a clean clone has nothing beside it) and lead somewhere."""

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
