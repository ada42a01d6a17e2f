"""Access profiles: ready-made setups chosen with one key on the start screen (no Qt).

They are data (resources/profiles.json) so a library can change them: each has an id,
a label and a description in Danish and English, the settings it applies (any option of
``OPTIONS``, checked here) and optionally ``"read_aloud": "introduction"``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reader import texts
from reader.presentation.options import OPTIONS
from reader.texts import translate

READ_ALOUD_CHOICES = ("introduction",)
MAX_PROFILES = 9  # number keys 1-9

@dataclass(frozen=True)
class Profile:
    """An access profile: its labels and the settings it chooses."""

    id: str
    labels: dict[str, str]  # language -> label, as the data file gives them
    descriptions: dict[str, str] = field(default_factory=dict)
    settings: dict[str, object] = field(default_factory=dict)
    read_aloud: str = ""  # "" or "introduction"

    def label(self) -> str:
        """The label in the interface language (else the Danish one, else any)."""
        return self.labels.get(texts.language()) or self.labels.get("da") or next(iter(self.labels.values()))

    def description(self) -> str:
        return self.descriptions.get(texts.language()) or self.descriptions.get("da", "")


# Used when the data file is missing or empty, so the start screen always has a choice.
FALLBACK = (Profile("standard", {"da": "Standard", "en": "Standard"}),)


MAX_BYTES = 256 * 1024  # far more than nine profiles need; a larger file is not a profiles file


def load_profiles(path: Path) -> tuple[list[Profile], list[str]]:
    """The usable profiles in ``path`` and a message for everything that was skipped.

    A file of any shape gives the standard profile and one message, never an exception: one that
    cannot be read (a folder, a FIFO, too large, a loop of links), that is not JSON in UTF-8, that is
    nested deeper than Python can follow, or whose values are of unexpected types.
    """
    try:
        return _load(path)
    except (OSError, ValueError, RecursionError, TypeError, AttributeError) as error:
        return list(FALLBACK), [translate("Profiles", "{path}: the profiles cannot be read: {error}").format(
            path=path, error=_reason(error))]


def _reason(error: BaseException) -> str:
    from reader.files import FileTooLargeError, NotRegularFileError, describe_os_error

    if isinstance(error, NotRegularFileError):
        return translate("Profiles", "it is not a regular file")
    if isinstance(error, FileTooLargeError):
        return translate("Profiles", "the file is larger than {size} kB").format(size=MAX_BYTES // 1024)
    if isinstance(error, OSError):
        return describe_os_error(error)
    if isinstance(error, UnicodeDecodeError):
        return translate("Profiles", "it is not saved as UTF-8")
    if isinstance(error, json.JSONDecodeError):
        return translate("Profiles", "it is not valid JSON (line {line})").format(line=error.lineno)
    if isinstance(error, RecursionError):
        return translate("Profiles", "it is nested too deeply")
    return translate("Profiles", "its content has an unexpected form")


def _load(path: Path) -> tuple[list[Profile], list[str]]:
    from reader.files import read_regular_file

    data = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8"))
    entries = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        return list(FALLBACK), [translate("Profiles", "{path}: there are no profiles.").format(path=path)]
    profiles: list[Profile] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            problems.append(_lacks(path, number, "id"))
            continue
        profile_id = entry.get("id")
        labels = entry.get("label")
        if not isinstance(profile_id, str) or not profile_id:
            problems.append(_lacks(path, number, "id"))
            continue
        if not isinstance(labels, dict) or not labels or not all(
                isinstance(v, str) and v for v in labels.values()):
            problems.append(_lacks(path, number, "label"))
            continue
        descriptions = entry.get("description", {})
        raw_settings = entry.get("settings", {})
        for key, value in (("description", descriptions), ("settings", raw_settings)):
            if not isinstance(value, dict):
                problems.append(translate("Profiles", "{path}: profile {number} ({id}): {key} must be an object "
                                                      "({{...}}); it is skipped.").format(
                    path=path, number=number, id=profile_id, key=key))
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
                problems.append(translate("Profiles", "{path}: profile {number} ({id}): {key} = {value} cannot be used; "
                                                      "it is skipped.").format(
                    path=path, number=number, id=profile_id, key=key, value=_short(value)))
        read_aloud = entry.get("read_aloud", "")
        if read_aloud and read_aloud not in READ_ALOUD_CHOICES:
            problems.append(translate("Profiles", "{path}: profile {number} ({id}): read_aloud must be "
                                                  "\"introduction\".").format(path=path, number=number, id=profile_id))
            read_aloud = ""
        profiles.append(Profile(profile_id, dict(labels), {k: v for k, v in descriptions.items() if isinstance(v, str)},
                                settings, str(read_aloud)))
    if len(profiles) > MAX_PROFILES:
        problems.append(translate("Profiles", "{path}: only the first {max} profiles can be chosen with a key.").format(
            path=path, max=MAX_PROFILES))
        profiles = profiles[:MAX_PROFILES]
    return (profiles or list(FALLBACK)), problems


def _lacks(path: Path, number: int, what: str) -> str:
    return translate("Profiles", "{path}: profile {number} lacks {what}.").format(path=path, number=number, what=what)


def _short(value: object) -> str:
    """A value as an administrator wrote it, cut short: a whole nested structure is no message."""
    text = repr(value) if isinstance(value, str | int | float | bool) or value is None else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def profile_keys(profiles: list[Profile]) -> set[str]:
    """Every setting some profile sets: choosing a profile puts the others' back to default."""
    return {key for profile in profiles for key in profile.settings}
