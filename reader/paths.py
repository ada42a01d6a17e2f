"""Where Herning Læser's files are: bundled, per user and machine-wide. The one place that knows.

Bundled (read-only, shipped with the program): the repository keeps ``content/`` (the policy
text) and ``resources/`` (themes, fonts, icons, translations, profiles) at its top level; the
build maps them into the package as ``reader.content`` and ``reader.resources`` (see
pyproject.toml and packaging/herning-laeser.spec), and they are found through
their packages' ``__path__`` in every layout: editable, virtual environment, ``pip install --user``,
``--target``, ``--prefix``, pipx and a PyInstaller bundle. Nothing is guessed from ``sys.prefix``
or from folders that happen to lie beside the package. ``installation_problem()`` says, in one
sentence, when they are missing.

Per user: the settings file, in the folder Qt's ``QStandardPaths`` gives for configuration
(``~/.config`` on Linux, ``%LOCALAPPDATA%`` on Windows, ``~/Library/Preferences`` on macOS),
sub-folder ``herning-laeser``.

Machine-wide, written by an administrator and never by the program (``system_config_dir()``):
``kiosk.ini``, ``profiles.json`` and a ``content`` folder that replaces the bundled text.

    Linux (and other Unix)  /etc/xdg/herning-laeser  (the first folder of $XDG_CONFIG_DIRS
                                                      that has a herning-laeser folder)
    Windows                 %ProgramData%\\Herning Læser   (usually C:\\ProgramData)
    macOS                   /Library/Application Support/Herning Læser
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

APP_FOLDER = "herning-laeser"  # per-user folder name and the Linux machine-wide one
APP_FOLDER_DISPLAY = "Herning Læser"  # the machine-wide folder on Windows and macOS
SETTINGS_FILE = "settings.ini"
KIOSK_FILE = "kiosk.ini"
PROFILES_FILE = "profiles.json"
CONTENT_FOLDER = "content"

# The one message kept out of the message catalogue (reader/texts.py): it says that the program's own
# files are missing, and the compiled catalogue is one of them. (The catalogue is found through this
# module, so the interface language is handed in rather than looked up.)
_INSTALLATION_PROBLEM = {
    "da": ("Herning Læser er ikke installeret helt: programmets egne filer ({name}) mangler i {where}. "
           "Installér programmet igen."),
    "en": ("Herning Læser is not installed completely: the program's own files ({name}) are missing from {where}. "
           "Install the program again."),
}


def _bundled(name: str) -> Path:
    """The folder of the package ``reader.<name>`` on disk, or a path that does not exist.

    The package's own ``__path__``, which every layout's importer sets to the folder: a
    location that is not a real folder (a zip import) counts as missing, since Qt and the
    fonts need real files. (``importlib.resources`` gives the same answer, at ~3 ms of imports.)
    """
    try:
        package = importlib.import_module(f"reader.{name}")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent / name
    for location in getattr(package, "__path__", ()):
        if Path(location).is_dir():
            return Path(location)
    return Path(__file__).resolve().parent / name


CONTENT = _bundled("content")  # the policy text shipped with the program
RESOURCES = _bundled("resources")  # themes/, fonts/, icons/, translations/, profiles.json

# Files without which the window cannot be built or speak Danish (a check, not a list of everything).
_REQUIRED = ("themes/system.toml", "profiles.json", "icons", "translations/reader_da.qm")


def installation_problem(language: str) -> str | None:
    """One clear sentence in the interface ``language`` when the bundled files are missing (a broken
    install or bundle), else None."""
    missing = None
    if not RESOURCES.is_dir() or any(not (RESOURCES / name).exists() for name in _REQUIRED):
        missing = "reader/resources"
    elif not CONTENT.is_dir():
        missing = "reader/content"
    if missing is None:
        return None
    where = Path(__file__).resolve().parent
    return _INSTALLATION_PROBLEM["en" if language == "en" else "da"].format(name=missing, where=where)


def system_config_dir(platform: str | None = None, environ: dict[str, str] | None = None) -> Path:
    """The machine-wide configuration folder an administrator fills (see the module's docstring)."""
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform.startswith("win"):
        program_data = env.get("ProgramData") or env.get("ALLUSERSPROFILE") or r"C:\ProgramData"
        return Path(program_data) / APP_FOLDER_DISPLAY
    if platform == "darwin":
        return Path("/Library/Application Support") / APP_FOLDER_DISPLAY
    folders = [Path(entry) for entry in (env.get("XDG_CONFIG_DIRS") or "").split(os.pathsep) if entry]
    for folder in folders:
        try:
            if (folder / APP_FOLDER).is_dir():
                return folder / APP_FOLDER
        except OSError:  # there but not to be examined (no permission, too long a name): the kiosk.ini
            return folder / APP_FOLDER  # there is then unreadable, and the terminal fails closed
    return Path("/etc/xdg") / APP_FOLDER


def system_kiosk_config() -> Path:
    return system_config_dir() / KIOSK_FILE


def system_profiles() -> Path:
    return system_config_dir() / PROFILES_FILE


def default_content() -> Path:
    """The machine-wide content folder when it holds documents, else the bundled policy."""
    folder = system_config_dir() / CONTENT_FOLDER
    try:
        if folder.is_dir() and any(path.name.lower() != "readme.md" for path in folder.glob("*.md")):
            return folder
    except OSError:  # a folder that cannot be examined holds no documents the app can show
        pass
    return CONTENT


def ensure_home(environ: dict[str, str] | None = None) -> bool:
    """Sets HOME from the user database where it is unset (a service, ``env -i``, a cron job), so the
    user's folders are found in the user's home, not made at the top of the disk (``/.config``,
    ``/.cache``, which Qt and fontconfig would make for root). False when there is no home to use
    (none in the user database, or ``/``): then nothing may be written there."""
    env = os.environ if environ is None else environ
    if os.name != "posix" or env.get("HOME"):
        return True
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError, OSError):
        return False
    if not home or Path(home) == Path("/") or not Path(home).is_dir():
        return False
    env["HOME"] = home
    return True


def user_settings_path() -> Path:
    """The user's settings file: ``<QStandardPaths configuration folder>/herning-laeser/settings.ini``."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(folder) / APP_FOLDER / SETTINGS_FILE


FONT_FILES = (".ttf", ".otf", ".ttc")
# Qt's offscreen platform's last resort on Windows: the bundled family that reads best at every size.
OFFSCREEN_FALLBACK_FONTS = "fonts/atkinson-hyperlegible"


def offscreen_font_folder(platform: str | None = None, environ: dict[str, str] | None = None) -> Path | None:
    """The folder Qt's offscreen platform should read fonts from (``QT_QPA_FONTDIR``), or None.

    On Windows the offscreen platform (``--screenshot``, ``--export-pdf``) reads font files from one
    folder, by default a ``fonts`` folder inside Qt that is not shipped, and finds none: every letter
    would be an empty box. It gets the system's Fonts folder when that holds fonts, else the bundled
    Atkinson Hyperlegible. Linux (fontconfig) and macOS (Core Text) find the system's fonts themselves."""
    platform = platform or sys.platform
    if not platform.startswith("win"):
        return None
    env = os.environ if environ is None else environ
    system = Path(env.get("SystemRoot") or env.get("WINDIR") or r"C:\Windows") / "Fonts"
    try:
        if any(path.suffix.lower() in FONT_FILES for path in system.iterdir()):
            return system
    except OSError:  # no such folder, or not readable: the bundled fonts
        pass
    return RESOURCES / OFFSCREEN_FALLBACK_FONTS


def use_offscreen_fonts() -> None:
    """Points Qt's offscreen platform at fonts (see ``offscreen_font_folder``); call before the QApplication.

    A folder the user or IT named in ``QT_QPA_FONTDIR`` is kept."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return
    folder = offscreen_font_folder()
    if folder is not None:
        os.environ.setdefault("QT_QPA_FONTDIR", str(folder))
