"""Every setting put back to its default stays at its default after a restart.

A user who tried a larger text or another voice and went back expects the next start to be as they
left it. Each setting is changed, the app quits (its settings are written as at quitting) and starts
again on the same settings file; then it is put back to its default, the app quits and starts again:
the default must be what the new start uses. The whole round also runs through real app processes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.presentation.options import OPTIONS, Option
from reader.settings_service import QSettingsStore, Settings
from tests.conftest import run_main


def another_value(option: Option) -> object:
    """A valid value of ``option`` that is not its default."""
    default = option.default
    if option.values:
        return next(value for value in option.values if value != default)
    if isinstance(default, bool):
        return not default
    if isinstance(default, int | float):
        bound = option.maximum if option.maximum != default else option.minimum
        return bound if bound is not None else default + 1  # (a place in the text has no upper bound)
    return "gmw/en" if option.key == "speech_voice" else f"{default}-changed"  # free text


def start(path: Path) -> Settings:
    """The settings of a fresh start of the app on the settings file at ``path``."""
    return Settings(QSettingsStore(path))


@pytest.mark.parametrize("key", list(OPTIONS))
def test_a_setting_put_back_to_its_default_is_the_default_after_a_restart(qapp, tmp_path: Path, key: str) -> None:
    path = tmp_path / "settings.ini"
    option = OPTIONS[key]
    changed = option.validate(another_value(option))
    assert changed != option.default
    settings = start(path)
    settings.set(key, changed)
    settings.flush()  # as when the app quits
    settings = start(path)
    assert settings.value(key) == changed, "the change itself was not kept"
    settings.set(key, option.default)
    settings.flush()
    assert start(path).value(key) == option.default
    assert start(path).rejected == []


def test_the_app_started_again_keeps_a_size_put_back_to_the_default(tmp_path: Path) -> None:
    """The same through the app's own start and quit: --font-size is saved like a choice in the panel."""
    settings_file = tmp_path / "settings.ini"
    default = OPTIONS["font_size"].default
    for size in (32, default):
        result = run_main("--settings", str(settings_file), "--font-size", f"{size:g}",
                          "--screenshot", str(tmp_path / f"{size}.png"), config_home=tmp_path / "config")
        assert result.returncode == 0, result.stderr
        assert start(settings_file).value("font_size") == size
