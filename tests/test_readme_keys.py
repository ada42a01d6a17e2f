"""README.md's key table is the action registry's, so the documentation cannot drift from the keys."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_readme_key_table_matches_the_registry() -> None:
    spec = importlib.util.spec_from_file_location("key_table", ROOT / "tools" / "key_table.py")
    assert spec is not None and spec.loader is not None
    key_table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(key_table)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert key_table.START in readme and key_table.END in readme
    assert key_table.readme_with_table(readme) == readme, "run: python tools/key_table.py --write"
