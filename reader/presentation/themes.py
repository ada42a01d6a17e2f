"""Colour themes as data (resources/themes/*.toml) and the WCAG contrast arithmetic.

No Qt here: a Theme is a set of hex colours; reader/ui/theming.py maps it onto the
widgets. Every text/background pair a theme defines is checked against WCAG 1.4.6
(7:1) and every non-text pair against 1.4.11 (3:1) by ``contrast_problems``; the tests
run it over every bundled theme.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.cache import FileCache

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

# Text pairs that must reach 7:1 (WCAG 1.4.6 AAA): (foreground field, background field).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("heading", "background"),
    ("link", "background"),
    ("quote_text", "quote_background"),
    ("text", "commitments_background"),
    ("heading", "commitments_background"),
    ("selection_text", "selection_background"),
    ("search_text", "search_background"),
    ("sentence_text", "sentence_background"),
    ("word_text", "word_background"),
    ("window_text", "window"),
    ("button_text", "button"),
    ("text", "window"),  # status bar messages and labels on the window colour
)
# Non-text pairs that must reach 3:1 (WCAG 1.4.11): focus ring and control borders, and read-aloud's
# marks. The sentence being read stands out from the text around it, on the page and in a quote's or a
# "Vi vil" list's box, whether it is marked with its background or underlined (the underline is drawn
# in the sentence's background colour); the word being read stands out from its sentence.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "background"),
    ("focus", "window"),
    ("focus", "button"),
    ("border", "background"),
    ("border", "window"),
    ("border", "button"),
    ("sentence_background", "background"),
    ("sentence_background", "quote_background"),
    ("sentence_background", "commitments_background"),
    ("word_background", "sentence_background"),
)
# The read-aloud marks among them (what tests/ui/test_highlight_styles.py measures from pixels too).
HIGHLIGHT_PAIRS: tuple[tuple[str, str], ...] = NON_TEXT_PAIRS[-4:]
# Disabled commands stay readable (WCAG exempts them; we still ask 4.5:1).
DISABLED_PAIRS: tuple[tuple[str, str], ...] = (
    ("disabled_text", "window"),
    ("disabled_text", "button"),
)


@dataclass(frozen=True)
class Theme:
    """One colour theme; every colour is a "#rrggbb" string."""

    id: str
    name: str  # English source label, translated through the "Themes" context
    dark: bool  # a light-on-dark theme (for the system's colour scheme and Qt's style)
    # The text pane.
    text: str
    background: str
    heading: str
    link: str
    quote_text: str
    quote_background: str
    commitments_background: str
    # Highlights: selected text, search hits, the sentence and the word being read aloud.
    selection_text: str
    selection_background: str
    search_text: str
    search_background: str
    sentence_text: str
    sentence_background: str
    word_text: str
    word_background: str
    # The window around the text: panes, toolbar, menus, buttons, dialogs.
    window: str
    window_text: str
    button: str
    button_text: str
    disabled_text: str
    focus: str  # the focus ring
    border: str  # control borders
    listed: bool = True  # False for a variant only reached through "system"

    def pairs(self) -> list[tuple[str, str, float]]:
        """Every pair that has a contrast requirement: (foreground, background, minimum ratio)."""
        return ([(a, b, 7.0) for a, b in TEXT_PAIRS] + [(a, b, 3.0) for a, b in NON_TEXT_PAIRS]
                + [(a, b, 4.5) for a, b in DISABLED_PAIRS])

    def contrast_problems(self) -> list[str]:
        problems = []
        for fg, bg, minimum in self.pairs():
            ratio = contrast_ratio(getattr(self, fg), getattr(self, bg))
            if ratio < minimum:
                problems.append(f"{self.id}: {fg} on {bg} is {ratio:.2f}:1, needs {minimum}:1")
        return problems


COLOUR_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Theme) if f.name not in ("id", "name", "dark", "listed")
)

# Theme ids in the order they are offered.
THEME_ORDER: tuple[str, ...] = (
    "system", "black-on-white", "white-on-black", "yellow-on-black", "black-on-cream", "dark-blue",
)
SYSTEM = "system"
SYSTEM_DARK = "system-dark"


class ThemeError(ValueError):
    """A theme file that cannot be used, with the file and the reason."""


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb"."""
    if not _HEX.match(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    channels = []
    for index in (1, 3, 5):
        c = int(colour[index:index + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(hex_a: str, hex_b: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours, 1.0 to 21.0, order does not matter."""
    a, b = relative_luminance(hex_a), relative_luminance(hex_b)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def theme_from_data(theme_id: str, data: dict[str, object]) -> Theme:
    """Builds a Theme from a parsed data file; raises ThemeError naming what is wrong."""
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ThemeError(f"{theme_id}: 'name' is missing")
    dark = data.get("dark", False)
    listed = data.get("listed", True)
    if not isinstance(dark, bool) or not isinstance(listed, bool):
        raise ThemeError(f"{theme_id}: 'dark' and 'listed' must be true or false")
    colours = data.get("colours")
    if not isinstance(colours, dict):
        raise ThemeError(f"{theme_id}: the [colours] table is missing")
    values: dict[str, str] = {}
    for key in COLOUR_FIELDS:
        value = colours.get(key)
        if not isinstance(value, str) or not _HEX.match(value):
            raise ThemeError(f"{theme_id}: colour '{key}' must be #rrggbb, not {value!r}")
        values[key] = value.lower()
    unknown = sorted(set(colours) - set(COLOUR_FIELDS))
    if unknown:
        raise ThemeError(f"{theme_id}: unknown colour(s) {', '.join(unknown)}")
    return Theme(id=theme_id, name=name, dark=dark, listed=listed, **values)


def load_themes(folder: Path, cache: FileCache | None = None) -> dict[str, Theme]:
    """Every theme in ``folder`` (one ``<id>.toml`` each), listed ones first in THEME_ORDER.

    With a ``cache``, unchanged files are not parsed again (tomllib alone takes ~8 ms to import): the
    files' data is kept as plain data and every theme built from it again through ``theme_from_data``,
    which checks it; anything odd in the cache is a miss."""
    key = _themes_key(folder) if cache is not None else None
    name = f"themes:{folder}"
    if cache is not None and key is not None:
        cached = cache.get(name, key)
        if isinstance(cached, dict) and cached:
            with contextlib.suppress(ThemeError, TypeError, ValueError, AttributeError):
                return _ordered({theme_id: theme_from_data(theme_id, data) for theme_id, data in cached.items()})
    raw = _read_theme_files(folder)
    themes = _ordered({theme_id: theme_from_data(theme_id, data) for theme_id, data in raw.items()})
    if cache is not None and key is not None and _themes_key(folder) == key:  # unchanged while read
        cache.put(name, key, raw)
    return themes


def _themes_key(folder: Path) -> tuple[object, ...] | None:
    from reader.cache import code_stamp, file_key

    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError:
        return None
    keys = [file_key(path) for path in paths]
    if any(key is None for key in keys):
        return None
    return (str(folder), *keys, code_stamp(Path(__file__).parent, ("themes.py",)))


def _read_theme_files(folder: Path) -> dict[str, dict[str, object]]:
    """The data of every theme file, by theme id."""
    import tomllib

    raw: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            raw[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ThemeError(f"{path.name}: {error}") from None
    return raw


def _ordered(themes: dict[str, Theme]) -> dict[str, Theme]:
    rank = {theme_id: index for index, theme_id in enumerate(THEME_ORDER)}
    return dict(sorted(themes.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])))


def listed_themes(themes: dict[str, Theme]) -> list[Theme]:
    return [theme for theme in themes.values() if theme.listed]


def resolve_theme(themes: dict[str, Theme], theme_id: str, *, system_dark: bool = False,
                  system_high_contrast: bool = False) -> Theme:
    """The theme to show for a setting value: "system" follows the desktop's scheme and contrast.

    A theme that is not there gives way to "system", then to the first theme; no themes at all
    (the theme folder is missing) raises ThemeError."""
    if not themes:
        raise ThemeError("no colour themes found (is the program installed completely?)")
    fallback = themes.get(SYSTEM) or next(iter(themes.values()))
    if theme_id != SYSTEM:
        return themes.get(theme_id) or fallback
    if system_high_contrast:
        return themes.get("white-on-black" if system_dark else "black-on-white") or fallback
    if system_dark and SYSTEM_DARK in themes:
        return themes[SYSTEM_DARK]
    return fallback
