"""Command-line options and the commands that run without a window (``--check``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.document import Severity, load_folder
from reader.paths import CONTENT

DEFAULT_CONTENT = CONTENT

_TEXTS = {
    "da": {
        "description": "Herning Læser: tilgængelig læser til Herning Kommunes Børne- og Ungepolitik.",
        "content": "mappe med dokumenter (.md); standard: den medfølgende politik",
        "check": "kontrollér indholdet i MAPPE, skriv hvad der er galt, og afslut",
        "screenshot": "gem et billede af vinduet som PNG (uden skærm) og afslut",
        "lang": "sprog i brugerfladen: da eller en",
        "settings": "fil med indstillinger (standard: brugerens konfigurationsmappe)",
        "no_display": (
            "Herning Læser kan ikke finde en skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat). "
            "Start programmet i et skrivebordsmiljø, eller brug --screenshot FIL for et billede uden skærm."
        ),
        "clean": "{path}: indholdet er i orden ({count} dokument(er)).",
        "found": "{count} problem(er) fundet.",
    },
    "en": {
        "description": "Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik.",
        "content": "folder of documents (.md); default: the bundled policy",
        "check": "check the content in DIR, print what is wrong, and exit",
        "screenshot": "save a picture of the window as PNG (without a display) and exit",
        "lang": "interface language: da or en",
        "settings": "settings file (default: the user's configuration folder)",
        "no_display": (
            "Herning Læser cannot find a display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Start it in a desktop session, or use --screenshot FILE for a picture without a display."
        ),
        "clean": "{path}: the content is in order ({count} document(s)).",
        "found": "{count} problem(s) found.",
    },
}


def _language_from_argv(argv: list[str]) -> str:
    """The interface language, looked up before argparse so its help is in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "da"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "da"
    return "da"


def texts(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "da"]


def build_parser(language: str) -> argparse.ArgumentParser:
    t = texts(language)
    parser = argparse.ArgumentParser(prog="herning-laeser", description=t["description"])
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="MAPPE" if language == "da" else "DIR",
                        help=t["content"])
    parser.add_argument("--check", nargs="?", const=True, default=None, metavar="MAPPE" if language == "da" else "DIR",
                        help=t["check"])
    parser.add_argument("--screenshot", type=Path, metavar="FIL.png" if language == "da" else "FILE.png",
                        help=t["screenshot"])
    parser.add_argument("--lang", choices=("da", "en"), default=None, help=t["lang"])
    parser.add_argument("--settings", type=Path, default=None, metavar="FIL.ini" if language == "da" else "FILE.ini",
                        help=t["settings"])
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    language = _language_from_argv(argv)
    args = build_parser(language).parse_args(argv)
    args.ui_language = args.lang or language
    return args


def run_check(folder: Path, language: str) -> int:
    """``--check``: validates a content folder; 0 when clean, 1 when anything is wrong."""
    t = texts(language)
    documents, problems = load_folder(folder)
    for problem in problems:
        print(problem.describe(language), file=sys.stderr if problem.severity is Severity.ERROR else sys.stdout)
    if problems:
        print(t["found"].format(count=len(problems)), file=sys.stderr)
        return 1
    print(t["clean"].format(path=folder, count=len(documents)))
    return 0


def has_display() -> bool:
    """False where Qt would abort: Linux with no display server and no platform chosen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
