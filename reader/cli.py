"""Command-line options and the commands that run without a window (``--check``)."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from reader import cli_view
from reader.document import ContentProblem, Document, Severity, load_folder
from reader.document.errors import printable
from reader.files import content_output_problem, describe_os_error, real_path
from reader.interruption import Interruption, cancelled
from reader.paths import CONTENT, default_content, system_kiosk_config, user_settings_path
from reader.presentation.options import LANGUAGE, SPEECH_RATE, SPEECH_VOICE, validated
from reader.presentation.settings import peek
from reader.texts import set_language

if TYPE_CHECKING:
    from reader.document.cache import DocumentCache

_TEXTS = {
    "da": {
        "description": "Herning Læser: tilgængelig læser til Herning Kommunes Børne- og Ungepolitik.",
        "content": "mappe med dokumenter (.md); standard: {path}",
        "check": "kontrollér indholdet i MAPPE, skriv hvad der er galt, og afslut",
        "screenshot": "gem et billede af vinduet som PNG (uden skærm) og afslut",
        "lang": "sprog i brugerfladen: da eller en",
        "settings": "fil med indstillinger (standard: brugerens konfigurationsmappe)",
        "export_pdf": "gem politikken med stor skrift som PDF (brugerens tekststørrelse) og afslut",
        "section": "med --export-pdf, --speak-to-file, --export-mp3 eller --export-epub: kun tema nummer N",
        "section_needs_export": ("--section bruges sammen med --export-pdf, --speak-to-file, --export-mp3 eller "
                                 "--export-epub"),
        "speak_to_file": "læs politikken op til en lydfil (WAV) og afslut",
        "export_mp3": "læs politikken op til en MP3-lydbog med kapitler og afslut",
        "export_epub": "gem politikken som EPUB 3-bog med tekst og oplæsning i takt og afslut",
        "one_export": "vælg én af --speak-to-file, --export-mp3 og --export-epub ad gangen",
        "kiosk": "offentlig skærm: fuld skærm, låst, intet gemmes, nulstilles når ingen bruger den",
        "kiosk_config": "indstillinger for offentlig skærm (standard: {path})",
        "clean": "{path}: indholdet er i orden ({count} dokument(er)).",
        "found": "{count} problem(er) fundet.",
        "settings_not_file": "{path}: det er ikke en almindelig fil, så den bruges ikke til indstillinger. "
                             "Angiv en fil med --settings FIL.ini.",
        "settings_path": "{path}: filen med indstillinger kan ikke bruges ({reason}). "
                         "Angiv en anden fil med --settings FIL.ini.",
        "content_path": "{path}: mappen med dokumenter kan ikke bruges ({reason}).",
        "homeless": "Brugeren har ingen hjemmemappe (HOME er ikke sat), så indstillingerne gemmes ikke.",
    },
    "en": {
        "description": "Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik.",
        "content": "folder of documents (.md); default: {path}",
        "check": "check the content in DIR, print what is wrong, and exit",
        "screenshot": "save a picture of the window as PNG (without a display) and exit",
        "lang": "interface language: da or en",
        "settings": "settings file (default: the user's configuration folder)",
        "export_pdf": "save the policy in large print as PDF (the user's text size) and exit",
        "section": "with --export-pdf, --speak-to-file, --export-mp3 or --export-epub: only theme number N",
        "section_needs_export": "--section goes with --export-pdf, --speak-to-file, --export-mp3 or --export-epub",
        "speak_to_file": "read the policy aloud into a sound file (WAV) and exit",
        "export_mp3": "read the policy aloud into an MP3 audiobook with chapters and exit",
        "export_epub": "save the policy as an EPUB 3 book with text and narration in step and exit",
        "one_export": "choose one of --speak-to-file, --export-mp3 and --export-epub at a time",
        "kiosk": "public terminal: full screen, locked, nothing saved, reset when nobody uses it",
        "kiosk_config": "public terminal configuration (default: {path})",
        "clean": "{path}: the content is in order ({count} document(s)).",
        "found": "{count} problem(s) found.",
        "settings_not_file": "{path}: it is not a regular file, so it is not used for settings. "
                             "Name a file with --settings FILE.ini.",
        "settings_path": "{path}: the settings file cannot be used ({reason}). "
                         "Name another file with --settings FILE.ini.",
        "content_path": "{path}: the folder of documents cannot be used ({reason}).",
        "homeless": "The user has no home folder (HOME is not set), so the settings are not saved.",
    },
}


def _option_value(argv: list[str], name: str) -> str | None:
    """The value given to option ``name`` ("--lang en" or "--lang=en"), looked up before argparse."""
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def language_from_argv(argv: list[str]) -> str:
    """The interface language, looked up before argparse so that its help and errors, and
    everything the command line says, are in it: ``--lang``, else the language the user chose in
    the window (the settings file, or the one named by ``--settings``), else Danish. A public
    terminal keeps no user settings: there, Danish unless ``--lang`` says otherwise."""
    chosen = _option_value(argv, "--lang")
    if chosen is None and not any(arg == "--kiosk" or arg.startswith("--kiosk-config") for arg in argv):
        named = _option_value(argv, "--settings")
        path = Path(named) if named else user_settings_path()
        chosen = peek(path, LANGUAGE.key)
    return "en" if chosen == "en" else "da"


def texts(language: str) -> dict[str, str]:
    return _TEXTS["en" if language == "en" else "da"]


# argparse's own words, in Danish: (English pattern, Danish replacement) applied to its messages.
_ARGPARSE_DANISH = (
    (re.compile(r"^unrecognized arguments: (.*)$"), r"ukendte tilvalg: \1"),
    (re.compile(r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$"),
     r"tilvalget \1: ugyldigt valg \2 (vælg mellem \3)"),
    (re.compile(r"^argument (\S+): expected one argument$"), r"tilvalget \1 kræver en værdi"),
    (re.compile(r"^argument (\S+): invalid (\w+) value: (.*)$"), r"tilvalget \1: ugyldig værdi \3"),
    (re.compile(r"^argument (\S+): (.*)$"), r"tilvalget \1: \2"),
)


class _HelpFormatter(argparse.HelpFormatter):
    """Help texts that cost something to make (a colour theme's name, read from its file) are made
    only when the help is shown (``cli_view.LazyHelp``)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return text.text() if isinstance(text, cli_view.LazyHelp) else text


class _DanishHelpFormatter(_HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)


class _ArgumentParser(argparse.ArgumentParser):
    """argparse with its own words (usage, help, errors) in the interface language."""

    def __init__(self, language: str, **kwargs: Any) -> None:
        danish = language != "en"
        super().__init__(add_help=False, formatter_class=_DanishHelpFormatter if danish else _HelpFormatter,
                         **kwargs)
        self.language = language
        if danish:
            self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help",
                          help="vis denne hjælp og afslut" if danish else "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        if self.language != "en":
            for pattern, replacement in _ARGPARSE_DANISH:
                if pattern.match(message):
                    message = pattern.sub(replacement, message)
                    break
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: fejl: {message}\n")
        super().error(message)


def build_parser(language: str) -> argparse.ArgumentParser:
    t = texts(language)
    parser = _ArgumentParser(language, prog="herning-laeser", description=t["description"])
    content = default_content()  # the machine-wide content folder, else the bundled policy
    parser.add_argument("--content", type=Path, default=content, metavar="MAPPE" if language == "da" else "DIR",
                        help=_help_text(t["content"], content))
    parser.add_argument("--check", nargs="?", const=True, default=None, metavar="MAPPE" if language == "da" else "DIR",
                        help=t["check"])
    parser.add_argument("--screenshot", type=Path, metavar="FIL.png" if language == "da" else "FILE.png",
                        help=t["screenshot"])
    parser.add_argument("--lang", choices=LANGUAGE.values, default=None, help=t["lang"])
    parser.add_argument("--settings", type=Path, default=None, metavar="FIL.ini" if language == "da" else "FILE.ini",
                        help=t["settings"])
    parser.add_argument("--export-pdf", type=Path, default=None, metavar="FIL.pdf" if language == "da" else "FILE.pdf",
                        help=t["export_pdf"])
    parser.add_argument("--section", type=int, default=None, metavar="N", help=t["section"])
    parser.add_argument("--speak-to-file", type=Path, default=None,
                        metavar="FIL.wav" if language == "da" else "FILE.wav", help=t["speak_to_file"])
    parser.add_argument("--export-mp3", type=Path, default=None,
                        metavar="FIL.mp3" if language == "da" else "FILE.mp3", help=t["export_mp3"])
    parser.add_argument("--export-epub", type=Path, default=None,
                        metavar="FIL.epub" if language == "da" else "FILE.epub", help=t["export_epub"])
    # Used by the window, which runs these exports as a child process: the document it shows (and,
    # through the hidden option flags, the speech rate and voice it uses, saved or not).
    parser.add_argument("--document", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--kiosk", action="store_true", help=t["kiosk"])
    parser.add_argument("--kiosk-config", type=Path, default=None,
                        metavar="FIL.ini" if language == "da" else "FILE.ini",
                        help=_help_text(t["kiosk_config"], system_kiosk_config()))
    cli_view.add_arguments(parser)
    return parser


def _help_text(text: str, path: Path) -> str:
    return text.format(path=str(path).replace("%", "%%"))  # argparse formats help with %


def parse_args(argv: list[str]) -> argparse.Namespace:
    language = language_from_argv(argv)
    set_language(language)  # the process speaks it from here on (--help, errors, output)
    parser = build_parser(language)
    args = parser.parse_args(argv)
    audio = [path for path in (args.speak_to_file, args.export_mp3, args.export_epub) if path is not None]
    if args.section is not None and args.export_pdf is None and not audio:
        parser.error(texts(language)["section_needs_export"])
    if len(audio) > 1:
        parser.error(texts(language)["one_export"])
    args.option_values, option_errors = cli_view.option_settings(args)
    if option_errors:
        parser.exit(2, "".join(f"{parser.prog}: {error}\n" for error in option_errors))
    args.ui_language = args.lang or language
    return args


class PathError(Exception):
    """A path from the command line that cannot be used; ``str()`` is one line for the user."""


def settings_path_problem(path: Path, language: str) -> str | None:
    """Why ``--settings PATH`` cannot be used, or None.

    A path that is not a regular file (a folder, a device such as /dev/null, a FIFO) is never
    opened nor replaced; a path the system refuses to look at (too long a name, no permission)
    is said at once. A file that does not exist yet is fine: it is written with the first change.
    """
    t = texts(language)
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None  # created when a setting changes (or said in the window when it cannot be)
    except OSError as error:
        return t["settings_path"].format(path=path, reason=describe_os_error(error))
    if not stat.S_ISREG(info.st_mode):
        return t["settings_not_file"].format(path=path)
    return None


def content_in_use(folder: Path, document: Path | None = None) -> list[Path]:
    """The content folder, its documents (as far as it can be listed), the document named with
    ``--document`` and the bundled policy's folder: what no output may replace."""
    from reader.document import content_files

    found = [folder, CONTENT]
    if document is not None:
        found.append(document)
    with contextlib.suppress(OSError, ValueError):  # not a folder, or not listable: said where it is loaded
        found += content_files(folder)
    return found


def output_problem(args: argparse.Namespace, language: str) -> tuple[str, int] | None:
    """The line refusing an output path of the command line that is content in use (with the exit
    status: 2 for a settings file, as for its other problems; 1 for an export), or None."""
    outputs = [("settings", args.settings), ("screenshot", args.screenshot), ("export_pdf", args.export_pdf),
               ("speak_to_file", args.speak_to_file), ("export_mp3", args.export_mp3),
               ("export_epub", args.export_epub)]
    outputs = [(name, path) for name, path in outputs if path is not None]
    if not outputs:
        return None
    content = content_in_use(args.content, args.document)
    for name, path in outputs:
        problem = content_output_problem(path, content)
        if problem is not None:
            return problem, 2 if name == "settings" else 1
    return None


def load_content(folder: Path, language: str, cache: DocumentCache | None = None
                 ) -> tuple[list[Document], list[ContentProblem]]:
    """The documents of ``folder`` (through ``cache`` when given); raises PathError when the system
    refuses the path itself."""
    try:
        return load_folder(folder, cache)
    except OSError as error:
        raise PathError(texts(language)["content_path"].format(
            path=folder, reason=describe_os_error(error))) from error


def run_check(folder: Path, language: str) -> int:
    """``--check``: validates a content folder; 0 when clean, 1 when anything is wrong."""
    t = texts(language)
    try:
        documents, problems = load_content(folder, language)
    except PathError as refused:
        print(refused, file=sys.stderr)
        return 1
    for problem in problems:
        print(problem.describe(), file=sys.stderr if problem.severity is Severity.ERROR else sys.stdout)
    if problems:
        print(t["found"].format(count=len(problems)), file=sys.stderr)
        return 1
    print(printable(t["clean"].format(path=folder, count=len(documents))))
    return 0


def has_display() -> bool:
    """False where Qt would abort: no display, one that does not answer, or an unknown platform."""
    from reader.display import display_problem

    return display_problem() is None


def run_speak_to_file(args: argparse.Namespace, language: str, interruption: Interruption) -> int:
    """``--speak-to-file FILE.wav``, ``--export-mp3 FILE.mp3`` or ``--export-epub FILE.epub`` [``--section N``].

    The policy (or theme N) read aloud at the user's speed and voice; progress goes to stderr
    as lines "Oplæsning: 37 %". SIGTERM or Ctrl+C (``interruption``) stops it before the next sentence,
    with no file saved and the old one untouched (exit status 130)."""
    from reader.output.narration import CancelledError, Progress, SpeakError, progress_line

    try:
        documents, problems = load_content(args.content, language)
    except PathError as refused:
        print(refused, file=sys.stderr)
        return 1
    if not documents:
        for problem in problems:
            print(problem.describe(), file=sys.stderr)
        return 1
    document = documents[0]
    if args.document is not None:
        wanted = real_path(args.document)  # (a loop of links matches nothing: the first document)
        document = next((d for d in documents if real_path(d.source) == wanted), document)
    values = _stored_settings(args.settings)
    values.update(args.option_values)  # what the window uses now, saved or not
    rate = SPEECH_RATE.validate(values[SPEECH_RATE.key])
    voice = SPEECH_VOICE.validate(values[SPEECH_VOICE.key])

    def report(percent: int) -> None:
        print(progress_line(percent), file=sys.stderr, flush=True)

    progress = Progress(report)
    interruption.on_request(lambda: setattr(progress, "cancelled", True))
    try:
        if interruption():
            raise CancelledError
        options = {"theme": args.section, "rate": rate, "voice": voice, "progress": progress}
        if args.export_mp3 is not None:
            from reader.output.mp3 import export_mp3

            line = export_mp3(document, args.export_mp3, **options)
        elif args.export_epub is not None:
            from reader.output.epub import export_epub

            line = export_epub(document, args.export_epub, **options)
        else:
            from reader.output.wav import speak_to_file

            line = speak_to_file(document, args.speak_to_file, **options)
    except SpeakError as error:
        print(error, file=sys.stderr)
        return 1
    except CancelledError:
        return cancelled()
    print(line)
    return 0


def _stored_settings(path: Path | None) -> dict[str, object]:
    """Every option's value as the user's settings file has it (read, never written: the store only
    writes after a change)."""
    from reader.settings_service import QSettingsStore

    values, _rejected = validated(QSettingsStore(path or user_settings_path()).load())
    return values
