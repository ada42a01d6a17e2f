"""The WAV export from the command line: ``--speak-to-file out.wav [--section N]``."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from tests.speech.test_espeak import HAVE_ESPEAK, measure
from tests.test_cli import no_display_env, run


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng")
def test_one_theme_is_written_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "tema1.wav"
    env = no_display_env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = run("main.py", "--speak-to-file", str(out), "--section", "1", env=env)
    assert result.returncode == 0, result.stderr
    assert "oplæsning skrevet" in result.stdout
    seconds, rms = measure(out)
    assert 40 < seconds < 100 and rms > 0.02  # "Dannelse": about a minute of speech
    with wave.open(str(out), "rb") as wav:
        assert wav.getframerate() == 22050


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng")
def test_the_user_speech_rate_is_used(tmp_path: Path) -> None:
    config = tmp_path / "config" / "herning-laeser"
    config.mkdir(parents=True)
    (config / "settings.ini").write_text("[General]\nspeech_rate=350\n", encoding="utf-8")
    env = no_display_env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    out = tmp_path / "fast.wav"
    assert run("main.py", "--speak-to-file", str(out), "--section", "1", env=env).returncode == 0
    seconds, _rms = measure(out)
    assert seconds < 45  # twice the default speed: about half a minute


def test_a_theme_that_does_not_exist_is_a_danish_message(tmp_path: Path) -> None:
    result = run("main.py", "--speak-to-file", str(tmp_path / "x.wav"), "--section", "9", env=no_display_env())
    assert result.returncode == 1
    assert result.stderr.strip() == "Der er intet tema nummer 9; dokumentet har tema 1-4."
    assert not (tmp_path / "x.wav").exists()


def test_an_unwritable_file_is_a_danish_message(tmp_path: Path) -> None:
    if not HAVE_ESPEAK:
        pytest.skip("espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng")
    (tmp_path / "dir.wav").mkdir()
    result = run("main.py", "--speak-to-file", str(tmp_path / "dir.wav"), "--section", "1", env=no_display_env())
    assert result.returncode == 1
    assert "ikke en almindelig fil" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "dir.wav").is_dir()


@pytest.mark.espeak
@pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng (libespeak-ng1) is not installed: apt install espeak-ng")
def test_missing_espeak_data_is_said_in_danish_not_a_silent_exit(tmp_path: Path) -> None:
    """libespeak-ng would end the process with exit(1) and an English line; the reader looks first."""
    env = no_display_env()
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    (tmp_path / "empty").mkdir()  # espeak-ng's data folder, emptied (a broken install)
    env["ESPEAK_DATA_PATH"] = str(tmp_path / "empty")
    out = tmp_path / "x.wav"
    result = run("main.py", "--speak-to-file", str(out), "--section", "1", env=env)
    assert result.returncode != 0
    assert "sprogdata mangler" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
