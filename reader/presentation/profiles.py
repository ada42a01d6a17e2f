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
        "setting": "{path}: profil {number} ({id}): {key} = {value} kan ikke bruges; den springes over.",
        "read_aloud": "{path}: profil {number} ({id}): read_aloud skal være \"introduction\".",
        "not_object": "{path}: profil {number} ({id}): {key} skal være et objekt ({{...}}); det springes over.",
        "too_many": "{path}: kun de første {max} profiler kan vælges med en tast.",
        "none": "{path}: der er ingen profiler.",
    },
    "en": {
        "unreadable": "{path}: the profiles cannot be read: {error}",
        "shape": "{path}: profile {number} lacks {what}.",
        "setting": "{path}: profile {number} ({id}): {key} = {value} cannot be used; it is skipped.",
        "read_aloud": "{path}: profile {number} ({id}): read_aloud must be \"introduction\".",
        "not_object": "{path}: profile {number} ({id}): {key} must be an object ({{...}}); it is skipped.",
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


MAX_BYTES = 256 * 1024  # far more than nine profiles need; a larger file is not a profiles file


def load_profiles(path: Path, language: str = "da") -> tuple[list[Profile], list[str]]:
    """The usable profiles in ``path`` and a message for everything that was skipped.

    A file of any shape gives the standard profile and one message, never an exception: one that
    cannot be read (a folder, a FIFO, too large, a loop of links), that is not JSON in UTF-8, that is
    nested deeper than Python can follow, or whose values are of unexpected types.
    """
    t = _TEXTS["en" if language == "en" else "da"]
    try:
        return _load(path, t)
    except (OSError, ValueError, RecursionError, TypeError, AttributeError) as error:
        return list(FALLBACK), [t["unreadable"].format(path=path, error=_reason(error, language))]


def _reason(error: BaseException, language: str) -> str:
    from reader.files import FileTooLargeError, NotRegularFileError, describe_os_error

    english = language == "en"
    if isinstance(error, NotRegularFileError):
        return "it is not a regular file" if english else "det er ikke en almindelig fil"
    if isinstance(error, FileTooLargeError):
        return (f"the file is larger than {MAX_BYTES // 1024} kB" if english
                else f"filen er større end {MAX_BYTES // 1024} kB")
    if isinstance(error, OSError):
        return describe_os_error(error, language)
    if isinstance(error, UnicodeDecodeError):
        return "it is not saved as UTF-8" if english else "den er ikke gemt som UTF-8"
    if isinstance(error, json.JSONDecodeError):
        return (f"it is not valid JSON (line {error.lineno})" if english
                else f"den er ikke gyldig JSON (linje {error.lineno})")
    if isinstance(error, RecursionError):
        return "it is nested too deeply" if english else "den er indlejret for dybt"
    return "its content has an unexpected form" if english else "indholdet har en uventet form"


def _load(path: Path, t: dict[str, str]) -> tuple[list[Profile], list[str]]:
    from reader.files import read_regular_file

    data = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8"))
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
        descriptions = entry.get("description", {})
        raw_settings = entry.get("settings", {})
        for key, value in (("description", descriptions), ("settings", raw_settings)):
            if not isinstance(value, dict):
                problems.append(t["not_object"].format(path=path, number=number, id=profile_id, key=key))
        descriptions = descriptions if isinstance(descriptions, dict) else {}
        raw_settings = raw_settings if isinstance(raw_settings, dict) else {}
        settings: dict[str, object] = {}
        for key, value in raw_settings.items():
            option = OPTIONS.get(key)
            try:
                if option is None:
                    raise ValueError(key)
                settings[key] = option.validate(value)
            except ValueError:
                problems.append(t["setting"].format(path=path, number=number, id=profile_id, key=key,
                                                    value=_short(value)))
        read_aloud = entry.get("read_aloud", "")
        if read_aloud and read_aloud not in READ_ALOUD_CHOICES:
            problems.append(t["read_aloud"].format(path=path, number=number, id=profile_id))
            read_aloud = ""
        profiles.append(Profile(profile_id, dict(labels), {k: v for k, v in descriptions.items() if isinstance(v, str)},
                                settings, str(read_aloud)))
    if len(profiles) > MAX_PROFILES:
        problems.append(t["too_many"].format(path=path, max=MAX_PROFILES))
        profiles = profiles[:MAX_PROFILES]
    return (profiles or list(FALLBACK)), problems


def _short(value: object) -> str:
    """A value as an administrator wrote it, cut short: a whole nested structure is no message."""
    text = repr(value) if isinstance(value, str | int | float | bool) or value is None else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def profile_keys(profiles: list[Profile]) -> set[str]:
    """Every setting some profile sets: choosing a profile puts the others' back to default."""
    return {key for profile in profiles for key in profile.settings}
