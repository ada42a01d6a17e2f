"""What the build makes, installed as an IT department would: the sdist and the wheel.

The wheel goes into a fresh virtual environment and into a ``pip install --target`` folder;
each is run from a folder of its own with --check, --screenshot, --export-pdf and
--speak-to-file. Slow (a build and two installs of PySide6 from pip's cache): marker
``install``; leave out locally with ``-m 'not install'``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.installed import check_commands, clean_env, run

# One worker builds once for all of this module's tests (pytest-xdist's --dist loadgroup): builds of one
# source tree at the same time would write the same egg-info folder.
pytestmark = [pytest.mark.install, pytest.mark.timeout(900), pytest.mark.xdist_group("install"),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds and installs with Linux venvs")]


# What a build leaves in the tree it builds, and what is not the project's.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                    ".mypy_cache", ".ruff_cache", "mutants")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``python -m build``: the sdist, and the wheel built from the sdist (so the sdist is complete).

    Built from a copy of the source tree: setuptools writes into the tree it builds (egg-info, the sdist's
    folder), which must not touch the checkout or meet another build of it."""
    source = tmp_path_factory.mktemp("source") / "herning-laeser"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(source)],
                            cwd=source, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "SetuptoolsDeprecationWarning" not in result.stdout + result.stderr
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return {"sdist": sdist, "wheel": wheel}


def test_the_sdist_holds_what_the_tests_need(built: dict[str, Path]) -> None:
    with tarfile.open(built["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("main.py", "LICENSE", "pyproject.toml", "tools/setup.sh", "tools/test.sh",
                   "tools/update_translations.py", "resources/translations/reader_da.ts", "tests/conftest.py",
                   "tests/test_install.py", "content/boerne-og-ungepolitik.md", "bench/app.py",
                   "packaging/herning-laeser.spec", "docs/deploy.md"):
        assert needed in names, needed
    assert not any("__pycache__" in name for name in names)


def test_the_wheel_carries_its_files_and_no_benchmarks(built: dict[str, Path]) -> None:
    with zipfile.ZipFile(built["wheel"]) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
        metadata = next(archive.read(n).decode() for n in names if n.endswith("METADATA"))
    for needed in ("reader/content/boerne-og-ungepolitik.md", "reader/resources/themes/system.toml",
                   "reader/resources/profiles.json", "reader/resources/translations/reader_da.qm",
                   "reader/resources/icons/arrow-down-black.svg",
                   "reader/resources/fonts/atkinson-hyperlegible/AtkinsonHyperlegible-Regular.ttf"):
        assert needed in names, needed
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
    assert "reader/bench.py" not in names
    assert not any(name.endswith(".ts") for name in names)
    assert not any("share/herning-laeser" in name for name in names)  # nothing outside the package
    assert "[gui_scripts]\nherning-laeser = reader.app:main" in entry_points
    assert "[console_scripts]\nherning-laeser-cli = reader.app:main" in entry_points
    assert "License-Expression: MIT" in metadata
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def _interpreter_of(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if sys.platform.startswith("win") else "bin/python")


def test_a_fresh_venv_runs_the_installed_app_from_anywhere(built: dict[str, Path], tmp_path: Path,
                                                           report: Callable[[str], None]) -> None:
    environment = tmp_path / "venv"
    import venv  # not in Windows' embeddable Python, which runs the portable tests (tools/test-windows.sh)

    venv.create(environment, with_pip=True)
    python = _interpreter_of(environment)
    result = run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(built["wheel"])],
                 tmp_path, clean_env(tmp_path), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    where = run([str(python), "-c", "import reader; print(reader.__file__)"], tmp_path, clean_env(tmp_path))
    assert where.stdout.startswith(str(environment)), where.stdout
    shown = check_commands([str(environment / "bin" / "herning-laeser-cli")], tmp_path / "work", clean_env(tmp_path))
    report(f"wheel in a fresh venv: {built['wheel'].name}")
    for option, line in shown.items():
        report(f"  herning-laeser-cli {option}: {line}")


def test_a_target_folder_runs_from_anywhere_beside_unrelated_folders(built: dict[str, Path], tmp_path: Path,
                                                                     report: Callable[[str], None]) -> None:
    target = tmp_path / "target"
    result = run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--target",
                  str(target), str(built["wheel"])], tmp_path, clean_env(tmp_path), timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    # Folders that happen to share the names of the bundled ones must not be taken for them.
    (target / "resources").mkdir()
    (target / "content").mkdir()
    # The interpreter the venv was made from, without the venv: only the target folder has the app.
    base_python = getattr(sys, "_base_executable", sys.executable)
    env = clean_env(tmp_path, PYTHONPATH=str(target))
    where = run([base_python, "-s", "-c", "import reader; print(reader.__file__)"], tmp_path, env)
    assert where.stdout.startswith(str(target)), where.stdout + where.stderr
    shown = check_commands([base_python, "-s", "-m", "reader"], tmp_path / "work", env)
    report(f"wheel in a --target folder ({target}), run with PYTHONPATH and {base_python} -m reader:")
    for option, line in shown.items():
        report(f"  {option}: {line}")
