"""The settings schema without Qt: what a stored value becomes, and what is refused and said.

A user meets this when a settings file was edited by hand, copied from an older version or
damaged: a good value is used as it is, a bad one falls back to its default on its own, and the
note names the setting (the status bar turns the key into its Danish name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.presentation import options, themes
from reader.presentation.options import OPTIONS, validated
from reader.presentation.settings import MemoryStore


def test_every_default_is_valid_for_its_own_option() -> None:
    for key, option in OPTIONS.items():
        assert option.validate(option.default) == option.default, key


@pytest.mark.parametrize(("key", "raw", "expected"), [
    ("font_size", "24", 24.0),
    ("font_size", 12, 12.0),  # the ends of the ladder are allowed
    ("font_size", "72.0", 72.0),
    ("speech_rate", "80", 80),
    ("speech_rate", 900.0, 900),  # about three times the normal speed: espeak-ng's sonic speed-up
    ("speech_rate", "205", 205),
    ("speech_volume", "0", 0),
    ("line_height", "250", 250),
    ("letter_spacing", "0.3", 0.3),
    ("plain_emphasis", "true", True),
    ("plain_emphasis", "TRUE", True),
    ("plain_emphasis", "1", True),
    ("plain_emphasis", "false", False),
    ("plain_emphasis", "0", False),
    ("plain_emphasis", False, False),
    ("highlight_style", "underline", "underline"),
    ("line_focus", "3", "3"),
    ("show_numbers", "true", True),
    ("language", "en", "en"),
    ("speech_voice", "gmq/da", "gmq/da"),
    ("speech_voice", "", ""),
    ("font", "opendyslexic", "opendyslexic"),
])
def test_good_stored_values_are_read_as_the_options_type(key: str, raw: object, expected: object) -> None:
    value = OPTIONS[key].validate(raw)
    assert value == expected
    assert type(value) is type(OPTIONS[key].default)


@pytest.mark.parametrize(("key", "raw"), [
    ("font_size", "11.9"),  # below the smallest step
    ("font_size", "72.5"),  # above the largest
    ("font_size", "enorm"),
    ("font_size", ""),
    ("font_size", "nan"),
    ("font_size", "inf"),
    ("font_size", None),
    ("font_size", True),  # a boolean is not a size
    ("speech_rate", "79"),
    ("speech_rate", "901"),
    ("line_focus", "2"),
    ("highlight_style", "blink"),
    ("speech_rate", "175.5"),  # a whole number option
    ("speech_volume", "-1"),
    ("speech_volume", "101"),
    ("line_length", "12.5"),
    ("plain_emphasis", "maybe"),
    ("plain_emphasis", "yes"),
    ("plain_emphasis", 1),
    ("language", "fr"),
    ("theme", "comic"),
    ("font", "comic-sans"),
    ("speech_voice", 5),
    ("language", ["da"]),
])
def test_bad_stored_values_are_refused_naming_the_setting(key: str, raw: object) -> None:
    with pytest.raises(ValueError, match=rf"^{key}: "):
        OPTIONS[key].validate(raw)


def test_every_theme_and_font_on_offer_can_be_stored() -> None:
    for theme_id in themes.THEME_ORDER:
        assert OPTIONS["theme"].validate(theme_id) == theme_id
    for font in options.FONT.values:
        assert OPTIONS["font"].validate(font) == font
    assert OPTIONS["theme"].default == themes.SYSTEM


def test_the_ranges_are_the_ladders_and_spacing_ranges() -> None:
    assert (OPTIONS["font_size"].minimum, OPTIONS["font_size"].maximum) == (12.0, 72.0)
    assert OPTIONS["font_size"].default == 16.0
    assert (OPTIONS["interface_size"].minimum, OPTIONS["interface_size"].maximum) == (10.0, 24.0)
    assert (OPTIONS["line_height"].minimum, OPTIONS["line_height"].maximum, OPTIONS["line_height"].default) == (
        100, 250, 150)
    assert (OPTIONS["speech_rate"].minimum, OPTIONS["speech_rate"].maximum, OPTIONS["speech_rate"].default) == (
        80, 900, 175)


def test_a_setting_of_an_earlier_version_is_read_as_todays() -> None:
    """An earlier version stored "speech_highlight=false"; that is the highlight style "none" now, and
    the old key goes from the file (a file holding only it is still a settings file)."""
    from reader.settings_service import Settings, looks_like_settings

    assert looks_like_settings(b"[General]\nspeech_highlight=false\n")
    store = MemoryStore({"speech_highlight": "false", "font_size": "20"})
    settings = Settings(store)
    assert settings.get(options.HIGHLIGHT_STYLE) == options.HIGHLIGHT_NONE and settings.rejected == []
    assert store.values == {"highlight_style": "none", "font_size": "20"}
    assert Settings(MemoryStore({"speech_highlight": "true"})).get(options.HIGHLIGHT_STYLE) == "background"


def test_one_bad_value_falls_back_alone_and_is_noted() -> None:
    values, rejected = validated({"font_size": "500", "theme": "yellow-on-black", "speech_rate": "200"})
    assert values["font_size"] == 16.0
    assert values["theme"] == "yellow-on-black"
    assert values["speech_rate"] == 200
    assert rejected == ["font_size: 500.0 is above 72.0"]
    assert set(values) == set(OPTIONS)


def test_missing_values_are_defaults_without_a_note() -> None:
    values, rejected = validated({})
    assert values == {key: option.default for key, option in OPTIONS.items()}
    assert rejected == []


def test_values_of_unknown_settings_are_ignored() -> None:
    values, rejected = validated({"colour": "red"})
    assert "colour" not in values and rejected == []


def test_memory_store_keeps_values_for_the_session_only() -> None:
    store = MemoryStore({"font_size": 20.0})
    loaded = store.load()
    loaded["font_size"] = 99.0  # what a caller does with the result does not change the store
    assert store.load() == {"font_size": 20.0}
    store.save("theme", "dark-blue")
    store.remove("font_size")
    store.remove("not-there")
    assert store.load() == {"theme": "dark-blue"}
    assert MemoryStore().load() == {}


def test_peek_reads_one_value_as_qsettings_wrote_it_and_nothing_else(tmp_path: Path) -> None:
    from reader.presentation.settings import peek

    path = tmp_path / "settings.ini"
    path.write_text('\ufeff[General]\nfont_size=32\nlanguage = en\nwindow_places="screen 1024x768=0,19,1024,749,1"\n'
                    "[Other]\ntheme=dark\n", encoding="utf-8")
    assert peek(path, "language") == "en"
    assert peek(path, "window_places") == "screen 1024x768=0,19,1024,749,1"
    assert peek(path, "theme") is None  # another section's
    assert peek(tmp_path / "missing.ini", "language") is None
    assert peek(tmp_path, "language") is None  # a folder
