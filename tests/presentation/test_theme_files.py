"""Theme files as a designer writes them: what each field does, what is refused and how it is said.

Themes are loaded inside each test (not at import), so every test sees the code as it is now.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reader.paths import RESOURCES
from reader.presentation.themes import (
    COLOUR_FIELDS,
    THEME_ORDER,
    ThemeError,
    contrast_ratio,
    listed_themes,
    load_themes,
    relative_luminance,
    resolve_theme,
    theme_from_data,
)

BLACK_ON_WHITE = RESOURCES / "themes" / "black-on-white.toml"


def data(**changes: object) -> dict[str, object]:
    loaded = tomllib.loads(BLACK_ON_WHITE.read_text(encoding="utf-8"))
    colours = dict(loaded["colours"])
    colours.update(changes.pop("colours", {}))  # type: ignore[call-overload]
    loaded.update(changes)
    loaded["colours"] = colours
    return loaded


def test_every_field_of_the_file_reaches_the_theme() -> None:
    theme = theme_from_data("mine", data(name="Mine", dark=True, listed=False, colours={"text": "#ABCDEF"}))
    assert (theme.id, theme.name, theme.dark, theme.listed) == ("mine", "Mine", True, False)
    assert theme.text == "#abcdef"  # colours are compared as lower-case text everywhere
    assert all(getattr(theme, key).startswith("#") for key in COLOUR_FIELDS)


def test_dark_and_listed_have_defaults() -> None:
    loaded = data()
    loaded.pop("dark", None)
    loaded.pop("listed", None)
    theme = theme_from_data("plain", loaded)
    assert (theme.dark, theme.listed) == (False, True)


@pytest.mark.parametrize(("changes", "message"), [
    ({"name": ""}, "mine: 'name' is missing"),
    ({"name": 5}, "mine: 'name' is missing"),
    ({"dark": "yes"}, "mine: 'dark' and 'listed' must be true or false"),
    ({"listed": 1}, "mine: 'dark' and 'listed' must be true or false"),
    ({"colours": {"text": "#12345"}}, "mine: colour 'text' must be #rrggbb, not '#12345'"),
    ({"colours": {"shadow": "#000000", "glow": "#ffffff"}}, "mine: unknown colour(s) glow, shadow"),
])
def test_a_bad_theme_is_refused_saying_what_is_wrong(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ThemeError) as raised:
        theme_from_data("mine", data(**changes))
    assert str(raised.value) == message


def test_a_file_without_colours_is_refused() -> None:
    loaded = data()
    del loaded["colours"]
    with pytest.raises(ThemeError, match=r"^mine: the \[colours\] table is missing$"):
        theme_from_data("mine", loaded)


def test_themes_load_in_the_order_they_are_offered_then_by_name(tmp_path: Path) -> None:
    text = BLACK_ON_WHITE.read_text(encoding="utf-8")
    for name in ("zz-extra", "aa-extra", "white-on-black", "system", "black-on-white"):
        (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a theme", encoding="utf-8")
    themes = load_themes(tmp_path)
    assert list(themes) == ["system", "black-on-white", "white-on-black", "aa-extra", "zz-extra"]
    assert all(theme.id == theme_id for theme_id, theme in themes.items())


def test_the_bundled_themes_in_order_and_their_kinds() -> None:
    themes = load_themes(RESOURCES / "themes")
    assert list(themes)[:len(THEME_ORDER)] == list(THEME_ORDER)
    assert [theme.id for theme in listed_themes(themes)] == list(THEME_ORDER)
    assert {theme.id for theme in themes.values() if theme.dark} == {
        "white-on-black", "yellow-on-black", "dark-blue", "system-dark"}


def test_a_theme_file_in_another_encoding_is_named(tmp_path: Path) -> None:
    (tmp_path / "latin.toml").write_bytes(BLACK_ON_WHITE.read_bytes().replace(b"Black on white", b"Sort p\xe5 hvid"))
    with pytest.raises(ThemeError, match=r"^latin\.toml: "):
        load_themes(tmp_path)


def test_a_theme_file_in_utf8_keeps_its_letters(tmp_path: Path) -> None:
    (tmp_path / "dansk.toml").write_text(BLACK_ON_WHITE.read_text(encoding="utf-8").replace(
        "Black on white", "Sort på hvid"), encoding="utf-8")
    assert load_themes(tmp_path)["dansk"].name == "Sort på hvid"


@pytest.mark.parametrize(("colour", "luminance"), [
    ("#000000", 0.0), ("#ffffff", 1.0), ("#0a0a0a", 0.003035), ("#0b0b0b", 0.003347), ("#808080", 0.215861),
    ("#ff0000", 0.2126), ("#00ff00", 0.7152), ("#0000ff", 0.0722),
])
def test_relative_luminance_is_wcags_on_both_sides_of_the_linear_part(colour: str, luminance: float) -> None:
    assert relative_luminance(colour) == pytest.approx(luminance, abs=1e-6)


def test_a_colour_that_is_not_hex_is_named() -> None:
    with pytest.raises(ValueError, match=r"not a #rrggbb colour: 'yellow'"):
        relative_luminance("yellow")


def problems_of(**colours: str) -> list[str]:
    return theme_from_data("t", data(colours=colours)).contrast_problems()


def test_text_needs_7_to_1_and_borders_3_to_1() -> None:
    def about(pair: str, problems: list[str]) -> list[str]:
        return [problem for problem in problems if problem.startswith(f"t: {pair} is ")]

    assert contrast_ratio("#555555", "#ffffff") == pytest.approx(7.46, abs=0.01)
    assert about("text on background", problems_of(text="#555555")) == []
    assert about("text on background", problems_of(text="#5a5a5a")) == [
        "t: text on background is 6.90:1, needs 7.0:1"]
    window = data()["colours"]["window"]  # type: ignore[index]
    assert contrast_ratio("#8a8a8a", window) > 3.2
    assert about("border on window", problems_of(border="#8a8a8a")) == []
    assert about("border on window", problems_of(border="#c0c0c0")) != []
    assert about("text on background", problems_of(text="#ffffff")) == ["t: text on background is 1.00:1, needs 7.0:1"]
    assert {minimum for _fg, _bg, minimum in theme_from_data("t", data()).pairs()} == {7.0, 3.0, 4.5}


def test_resolve_theme_without_desktop_hints_is_the_plain_system_theme() -> None:
    themes = load_themes(RESOURCES / "themes")
    assert resolve_theme(themes, "system").id == "system"
    assert resolve_theme(themes, "dark-blue").id == "dark-blue"
    no_dark = {key: theme for key, theme in themes.items() if key != "system-dark"}
    assert resolve_theme(no_dark, "system", system_dark=True).id == "system"


# -- the cache of parsed themes (a start with unchanged theme files reads no TOML) -------------------
@pytest.fixture
def theme_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "themes"
    folder.mkdir()
    for path in (RESOURCES / "themes").glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.presentation import themes

    def refuse(folder: Path) -> None:
        raise AssertionError(f"{folder} was parsed")

    monkeypatch.setattr(themes, "_read_theme_files", refuse)


def test_unchanged_theme_files_come_from_the_cache(theme_folder: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.cache import FileCache

    parsed = load_themes(theme_folder, FileCache(tmp_path / "cache"))
    no_parsing(monkeypatch)
    cached = load_themes(theme_folder, FileCache(tmp_path / "cache"))
    assert cached == parsed and list(cached) == list(parsed)


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_changed_theme_folder_is_parsed_again(theme_folder: Path, tmp_path: Path, change: str) -> None:
    import os

    from reader.cache import FileCache

    load_themes(theme_folder, FileCache(tmp_path / "cache"))
    path = theme_folder / "black-on-white.toml"
    if change == "edit":  # same size, same modification time: still noticed
        status = path.stat()
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('name = "Black on white"', 'name = "Black on WHITE"'), encoding="utf-8")
        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    elif change == "add":
        (theme_folder / "mine.toml").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        path.unlink()
    themes = load_themes(theme_folder, FileCache(tmp_path / "cache"))
    assert themes == load_themes(theme_folder)  # what parsing the folder now gives
    assert {"edit": themes.get("black-on-white", None) is not None
            and themes["black-on-white"].name == "Black on WHITE",
            "add": "mine" in themes, "remove": "black-on-white" not in themes}[change]


@pytest.mark.parametrize("garbage", [b"", b"not a cache entry", b"\x80\x05N.",
                                     b"herning-laeser cache 2\n\x00\x00\x00\x02N",
                                     b"herning-laeser cache 2\n\xff\xff\xff\xff"])
def test_a_broken_theme_cache_is_ignored(theme_folder: Path, tmp_path: Path, garbage: bytes) -> None:
    from reader.cache import FileCache

    expected = load_themes(theme_folder, FileCache(tmp_path / "cache"))
    for stored in (tmp_path / "cache").iterdir():
        stored.write_bytes(garbage)
    assert load_themes(theme_folder, FileCache(tmp_path / "cache")) == expected
