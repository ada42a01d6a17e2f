"""Where the program looks: its own files (in the package), the user's settings, the machine's configuration."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from reader import app, cli, paths
from reader.kiosk_config import load_kiosk_config


def test_the_bundled_folders_are_the_packages_reader_content_and_reader_resources() -> None:
    import reader.content
    import reader.resources

    assert Path(reader.content.__file__).parent == paths.CONTENT
    assert Path(reader.resources.__file__).parent == paths.RESOURCES
    assert (paths.CONTENT / "boerne-og-ungepolitik.md").is_file()
    assert (paths.RESOURCES / "themes" / "system.toml").is_file()
    assert paths.installation_problem("da") is None


@pytest.mark.parametrize(("platform", "environ", "expected"), [
    ("win32", {"ProgramData": r"D:\ProgramData"}, r"D:\ProgramData\Herning Læser"),
    ("win32", {}, r"C:\ProgramData\Herning Læser"),
    ("darwin", {}, "/Library/Application Support/Herning Læser"),
    ("linux", {}, "/etc/xdg/herning-laeser"),
    ("linux", {"XDG_CONFIG_DIRS": "/nowhere/a:/nowhere/b"}, "/etc/xdg/herning-laeser"),
])
def test_the_machine_wide_folder_is_the_platforms_place(platform: str, environ: dict[str, str],
                                                        expected: str) -> None:
    folder = paths.system_config_dir(platform, environ)
    if platform == "win32":
        assert PureWindowsPath(folder) == PureWindowsPath(expected)
    else:
        assert folder == Path(expected)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is Linux's")
def test_linux_takes_the_first_xdg_config_dir_that_has_the_folder(tmp_path: Path) -> None:
    (tmp_path / "second" / "herning-laeser").mkdir(parents=True)
    environ = {"XDG_CONFIG_DIRS": f"{tmp_path / 'first'}:{tmp_path / 'second'}"}
    assert paths.system_config_dir("linux", environ) == tmp_path / "second" / "herning-laeser"


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An administrator's configuration folder, found through $XDG_CONFIG_DIRS."""
    folder = tmp_path / "etc-xdg" / "herning-laeser"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the machine folder is moved with XDG_CONFIG_DIRS (Linux)")
def test_the_machine_content_folder_replaces_the_bundled_text_only_when_it_has_a_document(machine: Path) -> None:
    content = machine / "content"
    content.mkdir()
    (content / "README.md").write_text("# Vejledning\n", encoding="utf-8")
    assert cli.parse_args([]).content == paths.CONTENT  # only a README: the bundled policy
    (content / "strategi.md").write_text((paths.CONTENT / "boerne-og-ungepolitik.md").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    assert cli.parse_args([]).content == content
    assert cli.run_check(cli.parse_args([]).content) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the machine folder is moved with XDG_CONFIG_DIRS (Linux)")
def test_the_kiosk_file_and_profiles_are_read_from_the_machine_folder(machine: Path) -> None:
    from reader.ui.access import PROFILES, profiles_path

    (machine / "kiosk.ini").write_text("[kiosk]\nenabled = true\nidle_seconds = 90\n", encoding="utf-8")
    config, problems = load_kiosk_config(None)
    assert (config.enabled, config.idle_seconds, config.path, problems) == (True, 90.0, machine / "kiosk.ini", [])
    assert profiles_path() == PROFILES
    (machine / "profiles.json").write_text(PROFILES.read_text(encoding="utf-8"), encoding="utf-8")
    assert profiles_path() == machine / "profiles.json"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the machine folder is moved with XDG_CONFIG_DIRS (Linux)")
def test_the_help_names_the_machine_files_of_this_machine(machine: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # argparse would wrap the long path at a hyphen
    with pytest.raises(SystemExit):
        cli.parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"(standard: {machine / 'kiosk.ini'})" in help_text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the user's folder is moved with XDG_CONFIG_HOME (Linux)")
def test_the_user_settings_file_is_in_qts_configuration_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    assert paths.user_settings_path() == tmp_path / "home-config" / "herning-laeser" / "settings.ini"


@pytest.mark.parametrize(("language", "expected"), [
    ("da", "Herning Læser er ikke installeret helt: programmets egne filer (reader/resources) mangler"),
    ("en", "Herning Læser is not installed completely: the program's own files (reader/resources) are missing"),
])
def test_missing_program_files_give_one_clear_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str], language: str,
                                                       expected: str) -> None:
    monkeypatch.setattr(paths, "RESOURCES", tmp_path / "resources")
    (tmp_path / "resources").mkdir()  # an empty folder of that name is not the program's files
    assert app.main(["--lang", language, "--screenshot", str(tmp_path / "x.png")]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), captured.err
    assert not (tmp_path / "x.png").exists()



def test_a_window_start_with_missing_files_shows_the_sentence_in_a_message_box(
        qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Start-menu start has no console: the sentence must be seen (and read by a screen reader) in a box."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(paths, "RESOURCES", tmp_path / "resources")
    seen: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        else:
            QTimer.singleShot(10, answer_the_box)

    QTimer.singleShot(0, answer_the_box)
    assert app.main(["--lang", "en"]) == 2
    assert len(seen) == 1 and seen[0].startswith("Herning Læser is not installed completely"), seen


def test_offscreen_output_on_windows_gets_the_systems_fonts_or_the_bundled_ones(tmp_path: Path) -> None:
    """Qt's offscreen platform on Windows (--screenshot, --export-pdf) looks for font files in one folder."""
    windows = tmp_path / "Windows"
    (windows / "Fonts").mkdir(parents=True)
    environ = {"SystemRoot": str(windows)}
    bundled = paths.offscreen_font_folder("win32", environ)  # an empty Fonts folder (as in Wine's prefix)
    assert bundled is not None and sorted(p.suffix for p in bundled.iterdir()).count(".ttf") >= 4
    (windows / "Fonts" / "segoeui.ttf").write_bytes(b"")
    assert paths.offscreen_font_folder("win32", environ) == windows / "Fonts"
    assert paths.offscreen_font_folder("win32", {"SystemRoot": str(tmp_path / "nowhere")}) == bundled
    assert paths.offscreen_font_folder("linux", environ) is None  # fontconfig finds them
    assert paths.offscreen_font_folder("darwin", environ) is None  # Core Text finds them
