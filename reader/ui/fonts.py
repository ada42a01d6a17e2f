"""The bundled fonts (resources/fonts, each with its licence) and the family for a font setting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from reader.paths import RESOURCES
from reader.presentation.view import FONTS

FONT_FOLDER = RESOURCES / "fonts"
BUNDLED_FAMILIES = tuple(family for _label, family in FONTS.values() if family)


def load_bundled_fonts(folder: Path = FONT_FOLDER) -> None:
    """Registers the .ttf/.otf files under ``folder``, unless their families are already there."""
    if all(family in QFontDatabase.families() for family in BUNDLED_FAMILIES):
        return
    for path in sorted([*folder.rglob("*.ttf"), *folder.rglob("*.otf")]):
        QFontDatabase.addApplicationFont(str(path))


def family_for(choice: str) -> str:
    """The font family for a ``font`` setting value: the system's general font for "system"."""
    family = FONTS.get(choice, FONTS["system"])[1]
    if family and family in QFontDatabase.families():
        return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
