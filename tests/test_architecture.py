"""The house rules, read from the code: imports run one way, and the model and the outputs need no Qt.

- No circle of imports among reader's modules (every import counts: at the top, inside a function,
  or only for the type checker).
- Nothing outside reader/ui/ imports reader.ui except app.py, where the window is built.
- The document model, the presentation data, the message catalogue, the command line, the kiosk
  configuration, the speech text and engine, and the file outputs that need no pages load no Qt:
  --check, --help, the audio exports and the speech worker run without it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

READER = ROOT / "reader"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def reader_imports(path: Path, modules: set[str]) -> set[str]:
    """The reader modules ``path`` imports, wherever the import stands."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    found.discard(module_name(path))
    return found


def import_graph() -> dict[str, set[str]]:
    paths = sorted(READER.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    graph = {module_name(path): reader_imports(path, modules) for path in paths}
    # A package's face (its __init__) is not a room of its own: importing it is importing the package.
    return {name: {target for target in targets if not _is_face_of(target, name)} for name, targets in graph.items()}


def _is_face_of(package: str, module: str) -> bool:
    return module.startswith(package + ".")


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_circle_of_imports() -> None:
    assert circles(import_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_the_app_reaches_into_the_widgets() -> None:
    outside = {name: sorted(target for target in targets if target.startswith("reader.ui"))
               for name, targets in import_graph().items()
               if not name.startswith("reader.ui") and name != "reader.app"}
    assert {name: targets for name, targets in outside.items() if targets} == {}


QT_FREE = (
    "reader.document", "reader.document.parse", "reader.document.markdown_ext", "reader.document.folder",
    "reader.document.cache", "reader.presentation.options", "reader.presentation.settings",
    "reader.presentation.view", "reader.presentation.themes", "reader.presentation.profiles",
    "reader.presentation.navigation", "reader.texts", "reader.files", "reader.display", "reader.paths",
    "reader.cache", "reader.cli", "reader.cli_view", "reader.kiosk_config", "reader.speech.spoken",
    "reader.speech.synthesis", "reader.speech.worker", "reader.speech.stream", "reader.output.narration",
    "reader.output.wav", "reader.output.mp3", "reader.output.epub", "reader.interruption", "reader.log",
    "reader.document.guide",
)


def test_the_model_and_the_command_line_load_no_qt() -> None:
    """Imported in a fresh interpreter, none of these brings PySide6 in (a module that imports Qt
    only inside a function that runs later is allowed)."""
    code = ("import sys\n" + "".join(f"import {name}\n" for name in QT_FREE)
            + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
