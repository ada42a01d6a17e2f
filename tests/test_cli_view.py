"""--font-size, --theme, --font and --line-height: a library's desktop shortcut starts the reader pre-set."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from reader import cli
from tests.conftest import ROOT


@pytest.mark.parametrize(("argv", "expected"), [
    (["--theme", "pink"], "--theme: »pink« kan ikke bruges. Gyldige værdier: system (Standard (følg systemet)), "
                          "black-on-white (Sort på hvid), white-on-black (Hvid på sort), yellow-on-black (Gul på sort), "
                          "black-on-cream (Sort på creme), dark-blue (Mørkeblå)."),
    (["--font-size", "stor"], "--font-size: »stor« kan ikke bruges. Gyldige værdier: et tal fra 12 til 72."),
    (["--font-size", "100"], "--font-size: »100« kan ikke bruges. Gyldige værdier: et tal fra 12 til 72."),
    (["--line-height", "3"], "--line-height: »3« kan ikke bruges. Gyldige værdier: et tal fra 1 til 2,5."),
    (["--font", "comic"], "--font: »comic« kan ikke bruges. Gyldige værdier: system (Systemets skrift), "
                          "atkinson (Atkinson Hyperlegible), opendyslexic (OpenDyslexic), "
                          "serif (Med fødder (DejaVu Serif))."),
    (["--lang", "en", "--font", "comic"], "--font: \"comic\" cannot be used. Valid values: "
                                          "system (System default), atkinson (Atkinson Hyperlegible), "
                                          "opendyslexic (OpenDyslexic), serif (Serif (DejaVu Serif))."),
])
def test_a_bad_value_is_named_with_the_valid_ones(capsys, argv: list[str], expected: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.parse_args(argv)
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"herning-laeser: {expected}\n"


def test_good_values_become_settings() -> None:
    args = cli.parse_args(["--font-size", "24", "--theme", "yellow-on-black", "--font", "opendyslexic",
                           "--line-height", "1,8"])
    assert args.option_values == {"font_size": 24.0, "line_height": 180, "theme": "yellow-on-black",
                                  "font": "opendyslexic"}
    assert cli.parse_args([]).option_values == {}


def test_the_app_starts_with_them(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    settings = tmp_path / "settings.ini"
    picture = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "main.py", "--settings", str(settings), "--screenshot", str(picture),
         "--theme", "yellow-on-black", "--font-size", "64", "--font", "atkinson", "--line-height", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr
    stored = settings.read_text(encoding="utf-8")
    assert "theme=yellow-on-black" in stored and "font_size=64" in stored and "line_height=200" in stored
    image = QImage(str(picture))
    seen = Counter(image.pixelColor(x, y).name() for x in range(400, 1200, 4) for y in range(150, 700, 4))
    assert seen.most_common(1)[0][0] == "#000000" and seen["#ffff00"] > 500  # yellow on black
