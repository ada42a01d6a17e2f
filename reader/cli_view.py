"""Command-line flags that pre-set options (``--font-size``, ``--theme``, ``--font``, ``--line-height``,
the switch ``--self-voicing``, and the hidden ``--speech-rate`` and ``--speech-voice`` the window gives its
export processes), so a library can start the reader from a desktop shortcut ready to use.

No Qt here: every flag, its help and its check come from the option table
(reader/presentation/options.py); a bad value gets a message in the interface language listing
what is valid, before any window exists.
"""

from __future__ import annotations

import argparse

from reader import texts
from reader.paths import RESOURCES
from reader.presentation.options import THEME, Option, options_with_flags
from reader.texts import translate

CONTEXT = "Options"


def _n(number: float) -> str:
    """A number as people write it: 2.5 in English, 2,5 in Danish."""
    text = f"{number:g}"
    return text if texts.language() == "en" else text.replace(".", ",")


def _choice_names(option: Option) -> dict[str, str]:
    """Each choice of ``option`` with its name (a colour theme's name from its file)."""
    if option is THEME:
        from reader.presentation.themes import load_themes

        try:
            themes = load_themes(RESOURCES / "themes")
        except (OSError, ValueError):  # a broken installation: the ids alone still say what is valid
            themes = {}
        return {value: translate("Themes", themes[value].name) if value in themes else ""
                for value in option.values}
    return {value: option.choice_label(value) for value in option.values}


def _choices_text(option: Option) -> str:
    return ", ".join(f"{value} ({name})" if name else value for value, name in _choice_names(option).items())


def _bounds(option: Option) -> tuple[float, float, float]:
    """The lowest, highest and default value as the flag writes them."""
    assert option.flag is not None and option.minimum is not None and option.maximum is not None
    scale = option.flag.scale
    return option.minimum / scale, option.maximum / scale, float(option.default) / scale


class LazyHelp(str):
    """A flag's help text, made when the help is shown (reader/cli.py's formatter asks ``text()``):
    a parser is built at every start, and the colour themes' names are read from their files."""

    option: Option

    def __new__(cls, option: Option) -> LazyHelp:
        made = super().__new__(cls, option.key)
        made.option = option
        return made

    def text(self) -> str:
        option = self.option
        assert option.flag is not None
        fields: dict[str, str] = {}
        if option.choices:
            fields["choices"] = _choices_text(option)
        elif isinstance(option.default, bool):
            pass  # a switch: its help names no values
        else:
            low, high, default = _bounds(option)
            fields.update(low=_n(low), high=_n(high), default=_n(default))
        return translate(CONTEXT, option.flag.help).format(**fields).replace("%", "%%")  # argparse formats with %


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """A flag for every option that has one, with its help in the interface language."""
    for option in options_with_flags():
        flag = option.flag
        assert flag is not None
        help_text = argparse.SUPPRESS if flag.hidden else LazyHelp(option)
        if isinstance(option.default, bool):  # a switch: the flag alone turns it on
            parser.add_argument(flag.name, action="store_const", const="true", default=None, dest=option.key,
                                help=help_text)
        else:
            parser.add_argument(flag.name, default=None, dest=option.key, metavar=translate(CONTEXT, flag.metavar),
                                help=help_text)


def option_settings(args: argparse.Namespace) -> tuple[dict[str, object], list[str]]:
    """The option values the flags ask for, and a message for each flag that cannot be used."""
    values: dict[str, object] = {}
    errors: list[str] = []
    for option in options_with_flags():
        raw = getattr(args, option.key, None)
        if raw is None:
            continue
        try:
            values[option.key] = _value(option, raw)
        except ValueError:
            errors.append(_refusal(option, raw))
    return values, errors


def _value(option: Option, raw: str) -> object:
    """The option's value for the flag's text; raises ValueError."""
    assert option.flag is not None
    if isinstance(option.default, str | bool):
        return option.validate(raw)
    number = float(raw.replace(",", "."))  # a Danish decimal comma: 1,5
    if number != number:
        raise ValueError(raw)
    stored = number * option.flag.scale
    return option.validate(round(stored) if isinstance(option.default, int) else stored)


def _refusal(option: Option, raw: str) -> str:
    assert option.flag is not None
    if option.choices:
        return translate("Options", "{option}: \"{value}\" cannot be used. Valid values: {choices}.").format(
            option=option.flag.name, value=raw, choices=_choices_text(option))
    if option.minimum is None or option.maximum is None:
        return translate("Options", "{option}: \"{value}\" cannot be used.").format(option=option.flag.name, value=raw)
    low, high, _default = _bounds(option)
    return translate("Options", "{option}: \"{value}\" cannot be used. Valid values: a number from {low} to {high}."
                     ).format(option=option.flag.name, value=raw, low=_n(low), high=_n(high))
