"""The malformed-content corpus (tests/corpus/): every file, through every way in.

For each file the content loader, the window and ``--check`` must say what is wrong in Danish,
naming the file and the line, exit with the right status and never print a traceback. Nothing
may reach for the network: raw HTML, remote images and links stay inert text or are refused.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from reader.app import main as app_main
from reader.document import ContentError, ContentProblem, Severity, load_document, load_folder
from reader.document.parse import MAX_FILE_BYTES
from reader.ui.reading_view import ReadingView
from tests.conftest import ROOT, messages_in

CORPUS = ROOT / "tests" / "corpus"
VALID_HEADER = "---\ntitel: Prøve\nsprog: da\n---\n\n## Indledning\n\nTekst.\n\n## Tema: Et\n\nMere.\n\n## Om\n\nSlut.\n"

# file: (problem code, line, severity); None for files that are valid and must be shown.
EXPECTED: dict[str, tuple[str, int, Severity] | None] = {
    "empty.md": ("empty", 1, Severity.ERROR),
    "blank-lines.md": ("empty", 1, Severity.ERROR),
    "binary.md": ("binary", 3, Severity.ERROR),
    "latin1.md": ("encoding", 2, Severity.ERROR),
    "utf16.md": ("utf16", 1, Severity.ERROR),
    "utf16-no-bom.md": ("utf16", 1, Severity.ERROR),
    "control-characters.md": ("theme_duplicate", 14, Severity.ERROR),
    "only-front-matter.md": ("no_sections", 1, Severity.ERROR),
    "unclosed-front-matter.md": ("front_matter_unclosed", 1, Severity.ERROR),
    "unknown-metadata.md": ("front_matter_unknown", 4, Severity.ERROR),
    "deep-list.md": ("too_deep", 20, Severity.ERROR),
    "nested-list.md": ("nested_list", 17, Severity.ERROR),
    "deep-quote.md": ("too_deep", 17, Severity.ERROR),
    "raw-html.md": ("raw_html", 17, Severity.ERROR),
    "inline-html-image.md": ("raw_html", 15, Severity.ERROR),
    "remote-image.md": ("image", 17, Severity.ERROR),
    "reference-image.md": ("image", 15, Severity.ERROR),
    "quote-without-speaker.md": ("quote_no_speaker", 17, Severity.ERROR),
    "speaker-without-quote.md": ("quote_no_text", 17, Severity.ERROR),
    "duplicate-themes.md": ("theme_duplicate", 26, Severity.ERROR),
    "missing-closing.md": ("closing_missing", 13, Severity.WARNING),
    "lone-vi-vil.md": ("commitments_without_list", 17, Severity.ERROR),
    "code-block.md": ("code_block", 15, Severity.ERROR),
    "unclosed-brackets.md": ("too_complex", 15, Severity.ERROR),
    "unclosed-tags.md": ("too_complex", 15, Severity.ERROR),
    "remote-links.md": ("link", 15, Severity.ERROR),
    "crlf.md": None,
    "bom.md": None,
    "entities.md": ("entity_space", 11, Severity.ERROR),
    "emoji-rtl.md": None,
    "quote-speaker-directly.md": None,
}


def make_huge(folder: Path) -> Path:
    """5 MB of valid-looking Markdown: too large to be a document, refused without parsing."""
    path = folder / "huge.md"
    paragraph = "Børn og unge skal trives, lære og have venskaber. " * 20 + "\n\n"
    with path.open("w", encoding="utf-8") as file:
        file.write(VALID_HEADER)
        while file.tell() < 5 * 1024 * 1024:
            file.write(paragraph * 100)
    os.truncate(path, 5 * 1024 * 1024)
    return path


def make_folder_named_md(folder: Path) -> Path:
    path = folder / "mappe.md"
    path.mkdir()
    return path


def make_pipe(folder: Path) -> Path:
    """A named pipe: reading it would block for ever, so it must not be read."""
    path = folder / "roer.md"
    os.mkfifo(path)
    return path


# Made at test time (too big to store, or not storable in git): file maker -> problem code.
GENERATED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "huge.md": (make_huge, "too_large"),
    "mappe.md": (make_folder_named_md, "not_a_file"),
}
if hasattr(os, "mkfifo"):  # not on Windows
    GENERATED["roer.md"] = (make_pipe, "not_a_file")


def test_the_corpus_has_every_file_it_lists() -> None:
    stored = {p.name for p in CORPUS.glob("*.md") if p.name != "README.md"}
    assert stored == set(EXPECTED)
    assert len(stored) + len(GENERATED) >= 15


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to resolve a name or open a connection fails loudly and is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> object:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], "something reached for the network"


@pytest.fixture
def resource_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every resource (image, style sheet) the reading view is asked to load, by URL."""
    requests: list[str] = []

    def record(self: ReadingView, kind: int, url: QUrl) -> None:
        requests.append(url.toString())

    monkeypatch.setattr(ReadingView, "loadResource", record)
    return requests


def one_file_folder(tmp_path: Path, name: str) -> tuple[Path, Path]:
    folder = tmp_path / "content"
    folder.mkdir()
    if name in GENERATED:
        return folder, GENERATED[name][0](folder)
    shutil.copyfile(CORPUS / name, folder / name)
    return folder, folder / name


def expected_problem(name: str) -> tuple[str, int, Severity] | None:
    if name in GENERATED:
        return GENERATED[name][1], 0, Severity.ERROR  # about the whole file: no line
    return EXPECTED[name]


def where(path: Path, line: int) -> str:
    return f"{path}:{line}:" if line else f"{path}:"


def remote_references(document: QTextDocument) -> list[str]:
    """Images and link targets anywhere in a rendered document."""
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        for fragment_iterator in block:
            char_format = fragment_iterator.fragment().charFormat()
            if char_format.isImageFormat():
                found.append(char_format.toImageFormat().name())
            if char_format.isAnchor() or char_format.anchorHref():
                found.append(char_format.anchorHref())
        block = block.next()
    return found


ALL_FILES = sorted(EXPECTED) + sorted(GENERATED)


@pytest.mark.parametrize("name", ALL_FILES)
def test_loading_names_the_file_and_line(tmp_path: Path, name: str, network_guard: list[object]) -> None:
    folder, path = one_file_folder(tmp_path, name)
    documents, problems = load_folder(folder)
    expected = expected_problem(name)
    if expected is None:
        assert problems == []
        assert len(documents) == 1
        text = documents[0].text
        assert "\ufeff" not in text and "\r" not in text and "wzxhzdk" not in text
        assert "http" not in text or name == "remote-links.md"
        return
    code, line, severity = expected
    problem = next((p for p in problems if p.code == code), None)
    assert problem is not None, [p.describe() for p in problems]
    assert (problem.line, problem.severity) == (line, severity)
    kind = "fejl" if severity is Severity.ERROR else "advarsel"
    assert problem.describe().startswith(f"{where(path, line)} {kind}: ")
    danish = problem.message()
    with messages_in("en"):
        assert problem.message() != danish  # really Danish, not a fallback
    assert len(documents) == (1 if severity is Severity.WARNING else 0)


def test_links_and_entities_are_named_where_they_are_not_shown_as_written() -> None:
    """A link would lose its address, an autolink its < >, an entity would become another character:
    each is named on its line, with the fix."""
    with pytest.raises(ContentError) as caught:
        load_document(CORPUS / "remote-links.md")
    assert [(p.line, p.code) for p in caught.value.problems if p.severity is Severity.ERROR] == [
        (15, "link"), (15, "autolink"), (17, "link"), (19, "link_definition")]
    with pytest.raises(ContentError) as caught:
        load_document(CORPUS / "entities.md")
    assert [p.describe() for p in caught.value.problems] == [
        f"{CORPUS / 'entities.md'}:11: fejl: HTML-koden »&nbsp;« ville blive vist som et mellemrum. "
        "Skriv et almindeligt mellemrum i stedet."]


@pytest.mark.parametrize("name", ALL_FILES)
def test_window_says_what_is_wrong_and_loads_nothing(
    make_window: Callable[..., object], tmp_path: Path, name: str,
    network_guard: list[object], resource_requests: list[str],
) -> None:
    folder, path = one_file_folder(tmp_path, name)
    window = make_window(folder)
    view = window.view  # type: ignore[attr-defined]
    window.grab()  # type: ignore[attr-defined]  # paint everything once, as a screen would
    expected = expected_problem(name)
    text = view.toPlainText()
    status = window.statusBar().currentMessage()  # type: ignore[attr-defined]
    if expected is None:
        assert text == window.document.text  # type: ignore[attr-defined]
        assert status == "" or "problem" not in status
    else:
        _code, line, severity = expected
        if severity is Severity.ERROR:
            assert text.startswith("Dokumentet kunne ikke vises.")
            assert f"{where(path, line)} fejl: " in text
        else:
            assert text == window.document.text  # type: ignore[attr-defined]
            assert f"{where(path, line)} advarsel: " in status
        assert "problem" in status
    assert "Traceback" not in text
    assert remote_references(view.document()) == []
    html = view.document().toHtml()
    assert "<img" not in html and "href" not in html and "<script" not in html
    assert resource_requests == []


def test_resource_probe_catches_a_remote_image(qtbot: object, resource_requests: list[str]) -> None:
    """The probe above would see a remote image if one got into the view (a control, so it can fail)."""
    view = ReadingView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setHtml('<p>x <img src="http://example.invalid/x.png"> <a href="http://example.invalid/">y</a></p>')
    view.show()
    view.grab()
    assert "http://example.invalid/x.png" in resource_requests
    assert remote_references(view.document())[-1] == "http://example.invalid/"


def test_network_guard_is_armed(network_guard: list[object]) -> None:
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("example.invalid", 80), timeout=1)
    network_guard.clear()


@pytest.mark.parametrize("name", ALL_FILES)
def test_check_names_the_file_and_line(
    tmp_path: Path, name: str, network_guard: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, path = one_file_folder(tmp_path, name)
    status = app_main(["--check", str(folder)])
    out, err = capsys.readouterr()
    expected = expected_problem(name)
    if expected is None:
        assert status == 0, err
        assert "indholdet er i orden (1 dokument(er))" in out
        assert err == ""
        return
    _code, line, severity = expected
    assert status == 1
    stream = err if severity is Severity.ERROR else out
    kind = "fejl" if severity is Severity.ERROR else "advarsel"
    assert f"{where(path, line)} {kind}: " in stream
    assert "problem(er) fundet." in err


NO_NETWORK_MAIN = textwrap.dedent("""
    import runpy, socket, sys
    def refuse(*args, **kwargs):
        print("NETWORK ACCESS", args, file=sys.stderr)
        raise SystemExit(99)
    socket.socket.connect = socket.socket.connect_ex = refuse
    socket.create_connection = socket.getaddrinfo = refuse
    sys.argv = ["main.py", *sys.argv[1:]]
    runpy.run_path(sys.argv[0], run_name="__main__")
""")


def run_main_offline(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", NO_NETWORK_MAIN, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)


def test_check_on_the_whole_corpus_in_a_fresh_process(tmp_path: Path) -> None:
    """As an editor runs it: one folder of every bad file; exit 1, each file named, no traceback."""
    folder = tmp_path / "content"
    shutil.copytree(CORPUS, folder)
    for make, _code in GENERATED.values():
        make(folder)
    result = run_main_offline("--check", str(folder))
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr + result.stdout
    assert "NETWORK ACCESS" not in result.stderr
    for name in ALL_FILES:
        expected = expected_problem(name)
        if expected is not None:
            assert where(folder / name, expected[1]) in result.stderr + result.stdout, name
    for name in (name for name, expected in EXPECTED.items() if expected is None):
        assert f"{folder / name}:" not in result.stderr + result.stdout, name


def test_check_accepts_the_valid_oddities_in_a_fresh_process(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    valid = [name for name, expected in EXPECTED.items() if expected is None]
    for name in valid:
        shutil.copyfile(CORPUS / name, folder / name)
    result = run_main_offline("--check", str(folder))
    assert result.returncode == 0, result.stderr
    assert f"indholdet er i orden ({len(valid)} dokument(er))" in result.stdout
    assert result.stderr == ""


def test_huge_file_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_huge(tmp_path)
    assert path.stat().st_size > MAX_FILE_BYTES

    def no_reading(self: Path) -> bytes:
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    _documents, problems = load_folder(tmp_path)
    assert [p.code for p in problems] == ["too_large"]
    assert problems[0].describe() == (f"{path}: fejl: Filen er for stor (5.0 MB). "
                                          "Et dokument må højst fylde 1 MB. Del det op i flere dokumenter.")


def test_every_problem_code_has_both_languages() -> None:
    from reader.document.errors import _MESSAGES

    for code in _MESSAGES:
        problem = ContentProblem(Path("x.md"), 1, code, params={
            "reason": "r", "size": "1", "limit": 2, "key": "k", "known": "k", "value": "v", "label": "l",
            "title": "t", "first": 1, "tag": "t", "depth": 9, "char": "c", "text": "t", "entity": "&amp;",
            "speaker": "s", "marker": "-", "count": 4, "heading": "## Tema: t", "dash": "-",
            "codepoint": "U+002D"})
        danish = problem.message()
        with messages_in("en"):
            english = problem.message()
        assert danish and english and danish != english, code


def test_a_large_document_with_stray_brackets_is_still_read(tmp_path: Path) -> None:
    """The guard against unclosed '[' and '<' must not refuse a real document of the largest allowed size."""
    paragraph = "Et helt almindeligt afsnit om børn og unge, der skal trives. " * 30 + "\n\n"
    count = int(MAX_FILE_BYTES * 0.9) // (len(paragraph.encode()) * 10)
    themes = "".join(f"## Tema: Tema {number}\n\n" + paragraph * 10 for number in range(count))
    intro = "---\ntitel: Stor\nsprog: da\n---\n\n## Indledning\n\nBørn <b og unge [x. 3 < 5.\n\n"
    text = intro + themes + "## Om\n\nSlut.\n"
    path = tmp_path / "stor.md"
    path.write_text(text, encoding="utf-8")
    assert MAX_FILE_BYTES * 0.8 < path.stat().st_size < MAX_FILE_BYTES
    documents, problems = load_folder(tmp_path)
    assert [p.code for p in problems] == []
    assert "Børn <b og unge [x. 3 < 5." in documents[0].text


# -- the content folder itself, messages, and what reaches the terminal ---------------------------
def test_a_speaker_line_right_under_the_quote_is_accepted() -> None:
    document = load_document(CORPUS / "quote-speaker-directly.md")
    assert [(q.quote_text, q.speaker, q.source_line) for q in document.quotes] == [
        ('"Jeg er glad for min klasse."', "Elev, 4. klasse", 16),
        ('"Venskab og læring er hinandens forudsætninger."', "Medarbejder", 21),
        ('"Vi leger i frikvarteret."', "Elev, 2. klasse", 27),
        ('"Vi hjælper hinanden."', "Elev, 6. klasse", 30),
    ]


def test_utf16_is_named_with_or_without_a_byte_order_mark(tmp_path: Path) -> None:
    text = VALID_HEADER.replace("Tekst.", "Børn og unge skal trives, lære og have venskaber.")
    for encoding in ("utf-16-le", "utf-16-be", "utf-16"):
        path = tmp_path / f"{encoding}.md"
        path.write_bytes(text.encode(encoding))
        _documents, problems = load_folder(tmp_path)
        assert [(p.code, p.line) for p in problems] == [("utf16", 1)], encoding
        assert "gemt som UTF-16" in problems[0].describe()
        path.unlink()


@pytest.mark.parametrize("target", ["file", "/dev/zero"])
def test_a_file_given_as_the_content_folder_is_not_a_folder(tmp_path: Path, target: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "politik.md" if target == "file" else Path(target)
    if target == "file":
        folder.write_text(VALID_HEADER, encoding="utf-8")
    elif not folder.exists():
        pytest.skip("no /dev/zero here")
    assert app_main(["--check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder}: fejl: Det er ikke en mappe, men en fil eller en enhed. Angiv mappen med dokumenterne" in err


def test_a_missing_folder_says_it_does_not_exist(tmp_path: Path) -> None:
    _documents, problems = load_folder(tmp_path / "findes-ikke")
    assert problems[0].describe().endswith("fejl: Indholdsmappen findes ikke. Angiv en mappe, der findes, "
                                               "fx --content content.")


def test_an_unreadable_folder_says_it_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI) every folder can be read, so the refusal is made by the system call itself."""
    shutil.copyfile(CORPUS / "crlf.md", tmp_path / "crlf.md")

    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    _documents, problems = load_folder(tmp_path)
    assert [p.code for p in problems] == ["folder_unreadable"]
    assert problems[0].describe() == (f"{tmp_path}: fejl: Mappen kan ikke læses: adgang nægtet. Giv brugeren "
                                          "lov til at læse mappen, eller angiv en anden mappe.")
    with messages_in("en"):
        assert "permission denied" in problems[0].describe()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "lukket"
    folder.mkdir()
    shutil.copyfile(CORPUS / "crlf.md", folder / "crlf.md")
    folder.chmod(0)
    try:
        _documents, problems = load_folder(folder)
    finally:
        folder.chmod(0o755)
    assert [p.code for p in problems] == ["folder_unreadable"]


# A file name with them too, and as the message writes it (Windows file names cannot hold control
# characters, only the direction mark).
NAME, NAME_SHOWN = (("tom\u202eslet.md", "tom\\u202eslet.md") if sys.platform == "win32"
                    else ("tom\x1b[2J\u202eslet.md", "tom\\x1b[2J\\u202eslet.md"))


def test_control_characters_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copyfile(CORPUS / "control-characters.md", folder / "control-characters.md")
    (folder / NAME).write_text("", encoding="utf-8")
    result = run_main_offline("--check", str(folder))
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert not any((ord(c) < 32 and c != "\n") or c == "\u202e" for c in output), repr(output)
    assert "Temaet 'R\\x1b[31md\\x1b]0;hacked\\x07' findes allerede (linje 10)." in result.stderr
    assert f"{NAME_SHOWN}:1: fejl: Filen er tom." in result.stderr


FIX_WORDS = ("Skriv", "Gem", "Fjern", "Slet", "Del ", "Angiv", "Læg", "Giv", "Flyt", "Tilføj", "Ret ",
             "Afslut", "Begynd", "Sæt", "Skift", "Brug")


def test_every_message_names_the_fix() -> None:
    """Each problem tells the editor what to do about it, not only what is wrong."""
    from reader.document.errors import _MESSAGES
    from reader.texts import translated

    for code, english in _MESSAGES.items():
        danish = translated("da", "Content", english)
        assert any(word in danish for word in FIX_WORDS), code
        assert english != danish, code
