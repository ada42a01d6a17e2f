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
from reader.texts import QT_TRANSLATE_NOOP, set_language, translate

if TYPE_CHECKING:
    from reader.document.cache import DocumentCache

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


# argparse's own messages (English), each with its pattern: said in the interface language.
_ARGPARSE_MESSAGES = (
    (re.compile(r"^unrecognized arguments: (.*)$"), QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {0}")),
    (re.compile(r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$"),
     QT_TRANSLATE_NOOP("CommandLine", "argument {0}: invalid choice: {1} (choose from {2})")),
    (re.compile(r"^argument (\S+): expected one argument$"),
     QT_TRANSLATE_NOOP("CommandLine", "argument {0}: expected one argument")),
    (re.compile(r"^argument (\S+): invalid (\w+) value: (.*)$"),
     QT_TRANSLATE_NOOP("CommandLine", "argument {0}: invalid {1} value: {2}")),
    (re.compile(r"^argument (\S+): (.*)$"), QT_TRANSLATE_NOOP("CommandLine", "argument {0}: {1}")),
)


class _HelpFormatter(argparse.HelpFormatter):
    """The usage line's prefix in the interface language. Help texts that cost something to make (a
    colour theme's name, read from its file) are made only when the help is shown (``cli_view.LazyHelp``)."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("CommandLine", "usage: ") if prefix is None else prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return text.text() if isinstance(text, cli_view.LazyHelp) else text


class _ArgumentParser(argparse.ArgumentParser):
    """argparse with its own words (usage, help, errors) in the interface language."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(add_help=False, formatter_class=_HelpFormatter, **kwargs)
        self._optionals.title = translate("CommandLine", "options")
        self.add_argument("-h", "--help", action="help", help=translate("CommandLine", "show this help message and exit"))

    def error(self, message: str) -> NoReturn:
        for pattern, template in _ARGPARSE_MESSAGES:
            match = pattern.match(message)
            if match:
                message = translate("CommandLine", template).format(*match.groups())
                break
        self.print_usage(sys.stderr)
        kind = translate("CommandLine", "error")
        self.exit(2, f"{self.prog}: {kind}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line's options, with their help in the interface language."""
    parser = _ArgumentParser(prog="herning-laeser", description=translate(
        "CommandLine", "Herning Læser: an accessible reader for Herning Kommune's Børne- og Ungepolitik."))
    content = default_content()  # the machine-wide content folder, else the bundled policy
    folder = translate("CommandLine", "DIR")
    parser.add_argument("--content", type=Path, default=content, metavar=folder,
                        help=_help_text(translate("CommandLine", "folder of documents (.md); default: {path}"), content))
    parser.add_argument("--check", nargs="?", const=True, default=None, metavar=folder,
                        help=translate("CommandLine", "check the content in DIR, print what is wrong, and exit"))
    parser.add_argument("--screenshot", type=Path, metavar=translate("CommandLine", "FILE.png"),
                        help=translate("CommandLine", "save a picture of the window as PNG (without a display) and exit"))
    parser.add_argument("--lang", choices=LANGUAGE.values, default=None,
                        help=translate("CommandLine", "interface language: da or en"))
    ini = translate("CommandLine", "FILE.ini")
    parser.add_argument("--settings", type=Path, default=None, metavar=ini,
                        help=translate("CommandLine", "settings file (default: the user's configuration folder)"))
    parser.add_argument("--export-pdf", type=Path, default=None, metavar=translate("CommandLine", "FILE.pdf"),
                        help=translate("CommandLine", "save the policy in large print as PDF (the user's text size) "
                                                      "and exit"))
    parser.add_argument("--section", type=int, default=None, metavar="N",
                        help=translate("CommandLine", "with --export-pdf, --speak-to-file, --export-mp3 or "
                                                      "--export-epub: only theme number N"))
    parser.add_argument("--speak-to-file", type=Path, default=None, metavar=translate("CommandLine", "FILE.wav"),
                        help=translate("CommandLine", "read the policy aloud into a sound file (WAV) and exit"))
    parser.add_argument("--export-mp3", type=Path, default=None, metavar=translate("CommandLine", "FILE.mp3"),
                        help=translate("CommandLine", "read the policy aloud into an MP3 audiobook with chapters and "
                                                      "exit"))
    parser.add_argument("--export-epub", type=Path, default=None, metavar=translate("CommandLine", "FILE.epub"),
                        help=translate("CommandLine", "save the policy as an EPUB 3 book with text and narration in "
                                                      "step and exit"))
    # Used by the window, which runs these exports as a child process: the document it shows (and,
    # through the hidden option flags, the speech rate and voice it uses, saved or not).
    parser.add_argument("--document", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--kiosk", action="store_true",
                        help=translate("CommandLine", "public terminal: full screen, locked, nothing saved, reset when "
                                                      "nobody uses it"))
    parser.add_argument("--kiosk-config", type=Path, default=None, metavar=ini,
                        help=_help_text(translate("CommandLine", "public terminal configuration (default: {path})"),
                                        system_kiosk_config()))
    cli_view.add_arguments(parser)
    return parser


def _help_text(text: str, path: Path) -> str:
    return text.format(path=str(path).replace("%", "%%"))  # argparse formats help with %


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The options of ``argv``; first sets the interface language of the process (``reader.texts``),
    which the help, the errors and everything said from here on are in."""
    set_language(language_from_argv(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    audio = [path for path in (args.speak_to_file, args.export_mp3, args.export_epub) if path is not None]
    if args.section is not None and args.export_pdf is None and not audio:
        parser.error(translate("CommandLine", "--section goes with --export-pdf, --speak-to-file, --export-mp3 or "
                                              "--export-epub"))
    if len(audio) > 1:
        parser.error(translate("CommandLine", "choose one of --speak-to-file, --export-mp3 and --export-epub at a time"))
    args.option_values, option_errors = cli_view.option_settings(args)
    if option_errors:
        parser.exit(2, "".join(f"{parser.prog}: {error}\n" for error in option_errors))
    return args


class PathError(Exception):
    """A path from the command line that cannot be used; ``str()`` is one line for the user."""


def settings_path_problem(path: Path) -> str | None:
    """Why ``--settings PATH`` cannot be used, or None.

    A path that is not a regular file (a folder, a device such as /dev/null, a FIFO) is never
    opened nor replaced; a path the system refuses to look at (too long a name, no permission)
    is said at once. A file that does not exist yet is fine: it is written with the first change.
    """
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None  # created when a setting changes (or said in the window when it cannot be)
    except OSError as error:
        return translate("CommandLine", "{path}: the settings file cannot be used ({reason}). Name another file with "
                                        "--settings FILE.ini.").format(path=path, reason=describe_os_error(error))
    if not stat.S_ISREG(info.st_mode):
        return translate("CommandLine", "{path}: it is not a regular file, so it is not used for settings. Name a file "
                                        "with --settings FILE.ini.").format(path=path)
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


def output_problem(args: argparse.Namespace) -> tuple[str, int] | None:
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


def load_content(folder: Path, cache: DocumentCache | None = None) -> tuple[list[Document], list[ContentProblem]]:
    """The documents of ``folder`` (through ``cache`` when given); raises PathError when the system
    refuses the path itself."""
    try:
        return load_folder(folder, cache)
    except OSError as error:
        raise PathError(translate("CommandLine", "{path}: the folder of documents cannot be used ({reason}).").format(
            path=folder, reason=describe_os_error(error))) from error


def run_check(folder: Path) -> int:
    """``--check``: validates a content folder; 0 when clean, 1 when anything is wrong."""
    try:
        documents, problems = load_content(folder)
    except PathError as refused:
        print(refused, file=sys.stderr)
        return 1
    for problem in problems:
        print(problem.describe(), file=sys.stderr if problem.severity is Severity.ERROR else sys.stdout)
    if problems:
        print(translate("CommandLine", "{count} problem(s) found.").format(count=len(problems)), file=sys.stderr)
        return 1
    print(printable(translate("CommandLine", "{path}: the content is in order ({count} document(s)).").format(
        path=folder, count=len(documents))))
    return 0


def has_display() -> bool:
    """False where Qt would abort: no display, one that does not answer, or an unknown platform."""
    from reader.display import display_problem

    return display_problem() is None


def run_speak_to_file(args: argparse.Namespace, interruption: Interruption) -> int:
    """``--speak-to-file FILE.wav``, ``--export-mp3 FILE.mp3`` or ``--export-epub FILE.epub`` [``--section N``].

    The policy (or theme N) read aloud at the user's speed and voice; progress goes to stderr
    as lines "Oplæsning: 37 %". SIGTERM or Ctrl+C (``interruption``) stops it before the next sentence,
    with no file saved and the old one untouched (exit status 130)."""
    from reader.output.narration import CancelledError, Progress, SpeakError, progress_line

    try:
        documents, problems = load_content(args.content)
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
