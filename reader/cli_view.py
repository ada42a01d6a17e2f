"""Command-line options that pre-set the view (``--font-size``, ``--theme``, ``--font``,
``--line-height``), so a library can start the reader from a desktop shortcut ready to use.

No Qt here: the values are checked against the settings schema before any window
exists, and a bad one gets a message in the interface language listing what is valid.
"""

from __future__ import annotations

import argparse

from reader.presentation import view
from reader.presentation.settings import OPTIONS
from reader.presentation.themes import THEME_ORDER

THEME_NAMES = {
    "da": {"system": "følg systemet", "black-on-white": "sort på hvid", "white-on-black": "hvid på sort",
           "yellow-on-black": "gul på sort", "black-on-cream": "sort på creme", "dark-blue": "mørkeblå"},
    "en": {"system": "follow the system", "black-on-white": "black on white", "white-on-black": "white on black",
           "yellow-on-black": "yellow on black", "black-on-cream": "black on cream", "dark-blue": "dark blue"},
}
FONT_NAMES = {
    "da": {"system": "systemets skrift", "atkinson": "Atkinson Hyperlegible", "opendyslexic": "OpenDyslexic",
           "serif": "DejaVu Serif, med fødder"},
    "en": {"system": "the system's font", "atkinson": "Atkinson Hyperlegible", "opendyslexic": "OpenDyslexic",
           "serif": "DejaVu Serif"},
}
_TEXTS = {
    "da": {
        "font_size": "tekststørrelse i punkter, {low}-{high} (standard {default})",
        "theme": "farvetema: {choices}",
        "font": "skrifttype: {choices}",
        "line_height": "linjehøjde som gange skriftstørrelsen, {low}-{high} (standard {default})",
        "bad_number": "{option}: »{value}« kan ikke bruges. Gyldige værdier: et tal fra {low} til {high}.",
        "bad_choice": "{option}: »{value}« kan ikke bruges. Gyldige værdier: {choices}.",
    },
    "en": {
        "font_size": "text size in points, {low}-{high} (default {default})",
        "theme": "colour theme: {choices}",
        "font": "font: {choices}",
        "line_height": "line height as times the text size, {low}-{high} (default {default})",
        "bad_number": "{option}: \"{value}\" cannot be used. Valid values: a number from {low} to {high}.",
        "bad_choice": "{option}: \"{value}\" cannot be used. Valid values: {choices}.",
    },
}
LINE_HEIGHT_RANGE = (view.LINE_HEIGHT[0] / 100, view.LINE_HEIGHT[1] / 100, view.LINE_HEIGHT[2] / 100)


def _t(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "da"]


def _n(number: float, language: str) -> str:
    """A number as people write it: 2.5 in English, 2,5 in Danish."""
    text = f"{number:g}"
    return text if language == "en" else text.replace(".", ",")


def _choices(names: dict[str, str]) -> str:
    return ", ".join(f"{key} ({name})" for key, name in names.items())


def add_arguments(parser: argparse.ArgumentParser, language: str) -> None:
    t = _t(language)
    lang = "en" if language == "en" else "da"
    parser.add_argument("--font-size", default=None, metavar="PT", help=t["font_size"].format(
        low=_n(view.FONT_SIZES[0], lang), high=_n(view.FONT_SIZES[-1], lang), default=_n(view.DEFAULT_FONT_SIZE, lang)))
    parser.add_argument("--theme", default=None, metavar="TEMA" if lang == "da" else "THEME",
                        help=t["theme"].format(choices=_choices(THEME_NAMES[lang])))
    parser.add_argument("--font", default=None, metavar="SKRIFT" if lang == "da" else "FONT",
                        help=t["font"].format(choices=_choices(FONT_NAMES[lang])))
    parser.add_argument("--line-height", default=None, metavar="GANGE" if lang == "da" else "TIMES",
                        help=t["line_height"].format(low=_n(LINE_HEIGHT_RANGE[0], lang),
                                                     high=_n(LINE_HEIGHT_RANGE[1], lang),
                                                     default=_n(LINE_HEIGHT_RANGE[2], lang)))


def view_settings(args: argparse.Namespace, language: str) -> tuple[dict[str, object], list[str]]:
    """The settings the options ask for, and a message for each option that cannot be used."""
    t = _t(language)
    lang = "en" if language == "en" else "da"
    values: dict[str, object] = {}
    errors: list[str] = []
    if args.font_size is not None:
        number = _number(args.font_size)
        low, high = view.FONT_SIZES[0], view.FONT_SIZES[-1]
        if number is None or not low <= number <= high:
            errors.append(t["bad_number"].format(option="--font-size", value=args.font_size, low=_n(low, lang),
                                                 high=_n(high, lang)))
        else:
            values["font_size"] = number
    if args.line_height is not None:
        number = _number(args.line_height)
        low, high, _default = LINE_HEIGHT_RANGE
        if number is None or not low <= number <= high:
            errors.append(t["bad_number"].format(option="--line-height", value=args.line_height,
                                                 low=_n(low, lang), high=_n(high, lang)))
        else:
            values["line_height"] = round(number * 100)
    if args.theme is not None:
        if args.theme not in THEME_ORDER:
            errors.append(t["bad_choice"].format(option="--theme", value=args.theme,
                                                 choices=_choices(THEME_NAMES[lang])))
        else:
            values["theme"] = args.theme
    if args.font is not None:
        if args.font not in view.FONTS:
            errors.append(t["bad_choice"].format(option="--font", value=args.font,
                                                 choices=_choices(FONT_NAMES[lang])))
        else:
            values["font"] = args.font
    for key, value in values.items():
        OPTIONS[key].validate(value)  # the schema agrees; a mismatch is a bug, not user input
    return values, errors


def _number(text: str) -> float | None:
    try:
        number = float(text.replace(",", "."))  # Danish decimal comma: 1,5
    except ValueError:
        return None
    return number if number == number else None
