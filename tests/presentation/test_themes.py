"""Colour themes as data: every pair a reader sees meets WCAG AAA (1.4.6) and 1.4.11."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import RESOURCES
from reader.presentation.themes import (
    HIGHLIGHT_PAIRS,
    NON_TEXT_PAIRS,
    TEXT_PAIRS,
    ThemeError,
    contrast_ratio,
    listed_themes,
    load_themes,
    resolve_theme,
)

THEMES = load_themes(RESOURCES / "themes")
REQUIRED = ["system", "black-on-white", "white-on-black", "yellow-on-black", "black-on-cream", "dark-blue"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("#000000", "#ffffff", 21.0),
    ("#ffff00", "#000000", 19.56),
    ("#000000", "#fffdd0", 20.2),  # black on cream, as ACCESSIBILITY.md gives it
    ("#777777", "#ffffff", 4.48),
    ("#ffffff", "#ffffff", 1.0),
])
def test_contrast_ratio_follows_the_wcag_formula(a: str, b: str, expected: float) -> None:
    assert contrast_ratio(a, b) == pytest.approx(expected, abs=0.02)
    assert contrast_ratio(b, a) == pytest.approx(expected, abs=0.02)


def test_contrast_ratio_rejects_what_is_not_a_colour() -> None:
    with pytest.raises(ValueError):
        contrast_ratio("yellow", "#000000")


def test_the_required_themes_are_offered_in_order() -> None:
    assert [theme.id for theme in listed_themes(THEMES)] == REQUIRED
    assert "system-dark" in THEMES and not THEMES["system-dark"].listed


@pytest.mark.parametrize("theme_id", list(THEMES))
def test_every_text_pair_reaches_7_to_1_and_every_border_3_to_1(theme_id: str) -> None:
    theme = THEMES[theme_id]
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
        assert ratio >= 7.0, f"{theme_id}: {fg} on {bg} is {ratio:.2f}:1"
    for fg, bg in NON_TEXT_PAIRS:
        ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
        assert ratio >= 3.0, f"{theme_id}: {fg} against {bg} is {ratio:.2f}:1"
    assert theme.contrast_problems() == []


def test_the_pairs_cover_every_highlight_the_reader_shows() -> None:
    foregrounds = {fg for fg, _bg in TEXT_PAIRS}
    assert {"text", "heading", "link", "quote_text", "selection_text", "search_text", "sentence_text",
            "word_text"} <= foregrounds
    assert {"focus", "border", "sentence_background", "word_background"} == {fg for fg, _bg in NON_TEXT_PAIRS}


def test_read_alouds_marks_stand_out_3_to_1_in_every_theme() -> None:
    """The sentence (as background or underline) from the page and the boxes; the word from its sentence."""
    assert set(HIGHLIGHT_PAIRS) == {("sentence_background", "background"), ("sentence_background", "quote_background"),
                                    ("sentence_background", "commitments_background"),
                                    ("word_background", "sentence_background")}
    for theme in load_themes(RESOURCES / "themes").values():
        for fg, bg in HIGHLIGHT_PAIRS:
            assert contrast_ratio(getattr(theme, fg), getattr(theme, bg)) >= 3.0, (theme.id, fg, bg)


def test_a_sentence_mark_like_the_page_is_reported(tmp_path: Path) -> None:
    text = (RESOURCES / "themes" / "black-on-white.toml").read_text(encoding="utf-8")
    faint = text.replace('sentence_text = "#ffffff"', 'sentence_text = "#000000"').replace(
        'sentence_background = "#003d7a"', 'sentence_background = "#bfe4ff"')
    (tmp_path / "faint.toml").write_text(faint, encoding="utf-8")
    problems = load_themes(tmp_path)["faint"].contrast_problems()
    assert any("sentence_background on background is 1.33:1, needs 3.0:1" in problem for problem in problems)


def test_a_theme_below_7_to_1_is_reported(tmp_path: Path) -> None:
    text = (RESOURCES / "themes" / "black-on-white.toml").read_text(encoding="utf-8")
    (tmp_path / "grey.toml").write_text(text.replace('text = "#000000"', 'text = "#999999"', 1), encoding="utf-8")
    theme = load_themes(tmp_path)["grey"]
    assert any("text on background" in problem for problem in theme.contrast_problems())


@pytest.mark.parametrize(("change", "message"), [
    (('focus = "#0000cc"', 'focus = "blue"'), "colour 'focus' must be #rrggbb"),
    (('focus = "#0000cc"\n', ''), "colour 'focus' must be #rrggbb, not None"),
    (('name = "Black on white"', 'navn = "x"'), "'name' is missing"),
    (("[colours]", "[colours"), "black-on-white.toml"),
])
def test_a_broken_theme_file_is_named_with_the_reason(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    text = (RESOURCES / "themes" / "black-on-white.toml").read_text(encoding="utf-8")
    assert change[0] in text
    (tmp_path / "black-on-white.toml").write_text(text.replace(*change), encoding="utf-8")
    with pytest.raises(ThemeError, match=message.replace("(", r"\(")):
        load_themes(tmp_path)


@pytest.mark.parametrize(("setting", "dark", "high_contrast", "expected"), [
    ("system", False, False, "system"),
    ("system", True, False, "system-dark"),
    ("system", False, True, "black-on-white"),
    ("system", True, True, "white-on-black"),
    ("yellow-on-black", False, True, "yellow-on-black"),  # a choice of the user's wins
    ("no-such-theme", False, False, "system"),
])
def test_the_system_theme_follows_the_desktop(setting: str, dark: bool, high_contrast: bool, expected: str) -> None:
    theme = resolve_theme(THEMES, setting, system_dark=dark, system_high_contrast=high_contrast)
    assert theme.id == expected
