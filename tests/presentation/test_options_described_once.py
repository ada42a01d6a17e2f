"""Every option is described once, in reader/presentation/options.py, and everything else derives
from it: no other module names an option by its key string or repeats a default or bound.

A maintainer meets this when a range changes: the settings panel, the command line, the kiosk
configuration and the exports must all follow the one table.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.presentation import options
from reader.presentation.options import OPTIONS
from tests.conftest import ROOT

READER = ROOT / "reader"
TABLE = READER / "presentation" / "options.py"


def _sources() -> list[tuple[Path, str]]:
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(READER.rglob("*.py")) if path != TABLE]


def _uses(pattern: str, sources: list[tuple[Path, str]] | None = None) -> list[str]:
    found = []
    for path, text in _sources() if sources is None else sources:
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(pattern, line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


KEYS = "|".join(re.escape(key) for key in OPTIONS)


# settings.set("font_size", ...), settings.value("theme"), OPTIONS["speech_rate"], key == "language"
KEY_STRINGS = (rf"""\.(set|value)\(\s*["']({KEYS})["']""", r"""OPTIONS\[\s*["']""",
               rf"""(==|!=)\s*["']({KEYS})["']|\bin \(["']({KEYS})["']""")
# A default argument or an assignment of a speech rate to a number.
RATE_NUMBERS = r"\brate\b[^=\n(]*=\s*\d"


def test_no_module_reads_or_sets_an_option_by_its_key_string() -> None:
    for pattern in KEY_STRINGS:
        assert _uses(pattern) == []


def test_the_speech_rate_default_and_bounds_are_written_once() -> None:
    rate = options.SPEECH_RATE
    assert (rate.minimum, rate.maximum, rate.default) == (80, 900, 175)
    assert _uses(RATE_NUMBERS) == []


def test_the_scans_find_what_they_look_for() -> None:
    """The scans are not blind: each finds its kind of offence in a module written for it."""
    offences = ['settings.set("font_size", 20)', 'settings.value("theme")', 'OPTIONS["speech_rate"].maximum',
                'if key == "language":', 'elif key in ("speech_rate", "speech_voice"):',
                'def export(document, *, rate: int = 175) -> None:']
    for offence in offences:
        module = [(READER / "offender.py", offence)]
        assert any(_uses(pattern, module) for pattern in (*KEY_STRINGS, RATE_NUMBERS)), offence


def test_every_option_with_a_panel_label_is_a_view_or_speech_option() -> None:
    for option in OPTIONS.values():
        if option.label:
            assert option.group is not options.Group.STATE, option.key
        if option.group is options.Group.VIEW:
            assert option.label, f"{option.key}: a view option needs a label for the settings panel"
            assert option.restyle is not options.Restyle.NONE, f"{option.key}: a view option must restyle something"


def test_numbers_and_ranges_are_consistent() -> None:
    for option in OPTIONS.values():
        if option.ladder:
            assert option.default in option.ladder, option.key
            assert (option.minimum, option.maximum) == (option.ladder[0], option.ladder[-1]), option.key
        if option.minimum is not None and option.maximum is not None:
            assert option.minimum <= option.default <= option.maximum, option.key  # type: ignore[operator]


def test_the_wcag_spacing_preset_is_inside_every_range() -> None:
    for option, value in options.WCAG_SPACING:
        assert option.validate(value) == value
