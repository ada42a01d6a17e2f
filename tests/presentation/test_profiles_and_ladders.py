"""Access profiles as a library edits them, and the size ladders, without Qt.

A librarian's slip in profiles.json must cost only the bad part, said in Danish (or English),
and the start screen always has at least one choice.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.paths import RESOURCES
from reader.presentation import options, view
from reader.presentation.profiles import FALLBACK, MAX_PROFILES, Profile, load_profiles, profile_keys
from tests.conftest import messages_in


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def entry(profile_id: str = "p", **fields: object) -> dict[str, object]:
    return {"id": profile_id, "label": {"da": "Dansk", "en": "English"}, **fields}


def test_the_bundled_profiles() -> None:
    profiles, problems = load_profiles(RESOURCES / "profiles.json")
    assert problems == []
    assert [p.id for p in profiles] == ["standard", "large-text", "high-contrast", "large-contrast-speech"]
    assert profiles[1].settings == {"font_size": 32.0, "interface_size": 18.0}
    assert profiles[3].read_aloud == "introduction"
    assert profiles[0].read_aloud == ""
    assert profiles[2].label() == "Høj kontrast"
    with messages_in("en"):
        assert profiles[2].label() == "High contrast"
    assert profile_keys(profiles) == {"font_size", "interface_size", "theme"}


def test_labels_and_descriptions_follow_the_interface_language_and_fall_back_to_danish() -> None:
    profile = Profile("p", {"da": "Stor", "en": "Large"}, {"da": "Større tekst."})
    assert (profile.label(), profile.description()) == ("Stor", "Større tekst.")
    with messages_in("en"):
        assert (profile.label(), profile.description()) == ("Large", "Større tekst.")
        assert Profile("p", {"da": "Kun dansk"}).label() == "Kun dansk"
    assert Profile("p", {"en": "Only English"}).label() == "Only English"
    assert Profile("p", {"da": "x"}).description() == ""


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "profilerne kan ikke læses"),
    ("", "profilerne kan ikke læses"),
    ('{"profiles": []}', "der er ingen profiler"),
    ('{"profiles": {}}', "der er ingen profiler"),
    ("[1, 2]", "der er ingen profiler"),
])
def test_an_unusable_file_leaves_the_standard_profile(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(content, encoding="utf-8")
    profiles, problems = load_profiles(path)
    assert profiles == list(FALLBACK)
    assert len(problems) == 1 and problems[0].startswith(f"{path}: {message}")


def test_a_missing_file_is_said(tmp_path: Path, english: None) -> None:
    profiles, problems = load_profiles(tmp_path / "none.json")
    assert profiles == list(FALLBACK)
    assert problems[0].startswith(f"{tmp_path / 'none.json'}: the profiles cannot be read")


def test_a_profile_without_id_or_label_is_skipped_alone(tmp_path: Path) -> None:
    path = write(tmp_path, {"profiles": [
        "not an object", {"label": {"da": "x"}}, {"id": "", "label": {"da": "x"}}, {"id": "a"},
        {"id": "b", "label": {}}, {"id": "c", "label": {"da": ""}}, entry("good")]})
    profiles, problems = load_profiles(path)
    assert [p.id for p in profiles] == ["good"]
    assert problems == [f"{path}: profil {n} mangler {what}." for n, what in
                        [(1, "id"), (2, "id"), (3, "id"), (4, "label"), (5, "label"), (6, "label")]]


def test_a_bad_setting_is_skipped_and_the_rest_of_the_profile_kept(tmp_path: Path, english: None) -> None:
    path = write(tmp_path, {"profiles": [entry(
        "big", settings={"font_size": 500, "theme": "white-on-black", "colour": "red"},
        description={"da": "Stor", "en": "Big"})]})
    (profile,), problems = load_profiles(path)
    assert profile.settings == {"theme": "white-on-black"}
    assert profile.description() == "Big"
    assert problems == [
        f"{path}: profile 1 (big): font_size = 500 cannot be used; it is skipped.",
        f"{path}: profile 1 (big): colour = 'red' cannot be used; it is skipped.",
    ]


def test_read_aloud_must_be_the_introduction(tmp_path: Path) -> None:
    path = write(tmp_path, {"profiles": [entry("a", read_aloud="everything"), entry("b", read_aloud="introduction")]})
    profiles, problems = load_profiles(path)
    assert [p.read_aloud for p in profiles] == ["", "introduction"]
    assert problems == [f'{path}: profil 1 (a): read_aloud skal være "introduction".']


def test_settings_and_descriptions_of_the_wrong_shape_are_named_and_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, {"profiles": [entry("a", settings=["font_size"], description="Stor")]})
    (profile,), problems = load_profiles(path)
    assert (profile.settings, profile.descriptions) == ({}, {})
    assert problems == [f"{path}: profil 1 (a): description skal være et objekt ({{...}}); det springes over.",
                        f"{path}: profil 1 (a): settings skal være et objekt ({{...}}); det springes over."]


def test_only_nine_profiles_have_a_key(tmp_path: Path) -> None:
    path = write(tmp_path, {"profiles": [entry(f"p{n}") for n in range(1, 12)]})
    profiles, problems = load_profiles(path)
    assert [p.id for p in profiles] == [f"p{n}" for n in range(1, MAX_PROFILES + 1)]
    assert problems == [f"{path}: kun de første 9 profiler kan vælges med en tast."]


def test_exactly_nine_profiles_are_all_kept(tmp_path: Path) -> None:
    profiles, problems = load_profiles(write(tmp_path, {"profiles": [entry(f"p{n}") for n in range(9)]}))
    assert len(profiles) == 9 and problems == []


@pytest.mark.parametrize(("current", "up", "down"), [
    (16.0, 18.0, 14.0),
    (12.0, 14.0, 12.0),  # the smallest step stays
    (72.0, 72.0, 64.0),  # the largest step stays
    (15.0, 16.0, 14.0),  # a size between steps goes to the nearest step in that direction
    (100.0, 72.0, 72.0),
    (5.0, 12.0, 12.0),
])
def test_the_text_size_ladder(current: float, up: float, down: float) -> None:
    assert view.step(options.FONT_SIZES, current, +1) == up
    assert view.step(options.FONT_SIZES, current, -1) == down


def test_sizes_are_said_as_percent_of_the_default() -> None:
    assert [view.percent(size) for size in (12.0, 16.0, 18.0, 24.0, 72.0)] == [75, 100, 113, 150, 450]
    default = options.FONT_SIZE.default
    assert options.FONT_SIZES[0] / default == 0.75 and options.FONT_SIZES[-1] / default == 4.5
    assert list(options.FONT_SIZES) == sorted(set(options.FONT_SIZES))
    assert options.FONT_SIZE.default in options.FONT_SIZES
    assert options.INTERFACE_SIZE.default in options.INTERFACE_SIZES
