"""Access profiles: ready-made setups chosen with one key on the start screen (no Qt).

They are data (resources/profiles.json) so a library can change them: each has an id,
a label and a description in Danish and English, the settings it applies (any option of
``OPTIONS``, checked here) and optionally ``"read_aloud": "introduction"``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reader.presentation.options import OPTIONS

READ_ALOUD_CHOICES = ("introduction",)
MAX_PROFILES = 9  # number keys 1-9

_TEXTS = {
    "da": {
        "unreadable": "{path}: profilerne kan ikke læses: {error}",
        "shape": "{path}: profil {number} mangler {what}.",
        "setting": "{path}: profil {number} ({id}): {key} = {value!r} kan ikke bruges; den springes over.",
        "read_aloud": "{path}: profil {number} ({id}): read_aloud skal være \"introduction\".",
        "too_many": "{path}: kun de første {max} profiler kan vælges med en tast.",
        "none": "{path}: der er ingen profiler.",
    },
    "en": {
        "unreadable": "{path}: the profiles cannot be read: {error}",
        "shape": "{path}: profile {number} lacks {what}.",
        "setting": "{path}: profile {number} ({id}): {key} = {value!r} cannot be used; it is skipped.",
        "read_aloud": "{path}: profile {number} ({id}): read_aloud must be \"introduction\".",
        "too_many": "{path}: only the first {max} profiles can be chosen with a key.",
        "none": "{path}: there are no profiles.",
    },
}


@dataclass(frozen=True)
class Profile:
    """An access profile: its labels and the settings it chooses."""

    id: str
    labels: dict[str, str]  # language -> label
    descriptions: dict[str, str] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    read_aloud: str = ""  # "" or "introduction"

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("da") or next(iter(self.labels.values()))

    def description(self, language: str) -> str:
        return self.descriptions.get(language) or self.descriptions.get("da", "")


# Used when the data file is missing or empty, so the start screen always has a choice.
FALLBACK = (Profile("standard", {"da": "Standard", "en": "Standard"}),)


def load_profiles(path: Path, language: str = "da") -> tuple[list[Profile], list[str]]:
    """The usable profiles in ``path`` and a message for everything that was skipped."""
    t = _TEXTS["en" if language == "en" else "da"]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return list(FALLBACK), [t["unreadable"].format(path=path, error=error)]
    entries = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        return list(FALLBACK), [t["none"].format(path=path)]
    profiles: list[Profile] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            problems.append(t["shape"].format(path=path, number=number, what="id"))
            continue
        profile_id = entry.get("id")
        labels = entry.get("label")
        if not isinstance(profile_id, str) or not profile_id:
            problems.append(t["shape"].format(path=path, number=number, what="id"))
            continue
        if not isinstance(labels, dict) or not labels or not all(
                isinstance(v, str) and v for v in labels.values()):
            problems.append(t["shape"].format(path=path, number=number, what="label"))
            continue
        descriptions = entry.get("description")
        if not isinstance(descriptions, dict):
            descriptions = {}
        settings: dict[str, object] = {}
        raw_settings = entry.get("settings")
        if not isinstance(raw_settings, dict):
            raw_settings = {}
        for key, value in raw_settings.items():
            option = OPTIONS.get(key)
            try:
                if option is None:
                    raise ValueError(key)
                settings[key] = option.validate(value)
            except ValueError:
                problems.append(t["setting"].format(path=path, number=number, id=profile_id, key=key, value=value))
        read_aloud = entry.get("read_aloud", "")
        if read_aloud and read_aloud not in READ_ALOUD_CHOICES:
            problems.append(t["read_aloud"].format(path=path, number=number, id=profile_id))
            read_aloud = ""
        profiles.append(Profile(profile_id, dict(labels), {k: str(v) for k, v in descriptions.items()},
                                settings, str(read_aloud)))
    if len(profiles) > MAX_PROFILES:
        problems.append(t["too_many"].format(path=path, max=MAX_PROFILES))
        profiles = profiles[:MAX_PROFILES]
    return (profiles or list(FALLBACK)), problems


def profile_keys(profiles: list[Profile]) -> set[str]:
    """Every setting some profile sets: choosing a profile puts the others' back to default."""
    return {key for profile in profiles for key in profile.settings}
