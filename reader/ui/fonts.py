"""The bundled fonts (resources/fonts, each with its licence) and the family for a font setting.

Each bundled family has a folder named after it in lower case with hyphens for spaces
("Atkinson Hyperlegible" in ``atkinson-hyperlegible``). A family is registered with Qt
when it is first asked for and the system does not have it already: a start with the
system font loads none of the font files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from reader.paths import RESOURCES
from reader.presentation.view import FONT_FAMILIES

FONT_FOLDER = RESOURCES / "fonts"
BUNDLED_FAMILIES = tuple(family for family in FONT_FAMILIES.values() if family)


def family_folder(family: str, folder: Path = FONT_FOLDER) -> Path:
    return folder / family.lower().replace(" ", "-")


def _register(family_files: Path) -> None:
    for path in sorted([*family_files.rglob("*.ttf"), *family_files.rglob("*.otf")]):
        QFontDatabase.addApplicationFont(str(path))


_registered: set[Path] = set()  # folders already given to Qt (each once, found or not)


def ensure_family(family: str, folder: Path = FONT_FOLDER) -> bool:
    """Whether ``family`` can be used, registering its bundled files first if the system lacks it."""
    if QFontDatabase.hasFamily(family):  # hasFamily: no list of every family is made
        return True
    files = family_folder(family, folder)
    if files not in _registered:  # not at every restyle, when a family's files are missing
        _registered.add(files)
        _register(files)
    return QFontDatabase.hasFamily(family)


def load_bundled_fonts(folder: Path = FONT_FOLDER) -> None:
    """Registers every bundled family the system does not have (for output that may use any of them)."""
    for family in BUNDLED_FAMILIES:
        ensure_family(family, folder)


def family_for(choice: str) -> str:
    """The font family for a ``font`` setting value: the system's general font for "system"."""
    family = FONT_FAMILIES.get(choice, "")
    if family and ensure_family(family):
        return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
