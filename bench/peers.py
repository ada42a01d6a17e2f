"""``python -m bench.peers``: the reader beside the readers people would use instead.

Under a private Xvfb screen, each run starts, one after the other and in alternating order,
a bare PySide6 window (QApplication and one QLabel holding the policy's first lines), the
reader (``main.py``), calibre's ``ebook-viewer`` and Foliate, the last two on an EPUB of the
policy that this script makes from the same Markdown (so every program shows the same text).
For each it measures:

* time to text: from spawning the process to the first grab of the screen on which the
  program's window holds text, detected from the pixels (enough "ink" pixels that differ
  clearly from the window's own background, in rows the way lines of text are). The last
  frame of each program is saved as a PNG (``--frames DIR``) so a person can check it;
* peak memory: the largest sum of the resident memory of the program and all its child
  processes, sampled with every grab until ``--settle`` seconds after the text appeared.

It prints medians and the ratio of each program to the bare window, and the machine it ran on.
Programs that are not installed are left out (Debian: ``apt install calibre foliate``).

    python -m bench.peers [--runs 5] [--settle 2] [--frames DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1280, 800)
POLL_S = 0.04
TIMEOUT_S = 60.0
EDGE_STEP = 80  # grey levels: a glyph's edge against its background, in any colour theme
EDGES_PER_TEXT_ROW = 40  # a row through a line of text crosses ~2 edges per glyph
TEXT_ROWS = 40  # rows (every second pixel row) of text: a few lines, more than a title bar

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel(open(sys.argv[1], encoding="utf-8").read())
label.setWordWrap(True)
label.setStyleSheet("background: white; color: black; font-size: 16pt; padding: 2em;")
label.resize(1280, 800)
label.show()
sys.exit(app.exec())
"""


@dataclass
class Program:
    name: str
    argv: list[str]
    env: dict[str, str]
    files: dict[str, str]  # under a fresh HOME: a returning user's settings, so no first-start screen


# -- the policy as an EPUB and as plain text ---------------------------------------------------
def make_inputs(folder: Path) -> tuple[Path, Path]:
    """An EPUB 3 and the first lines as plain text, both from content/'s policy."""
    sys.path.insert(0, str(ROOT))
    from reader.document import load_folder
    from reader.document.model import BlockKind

    documents, problems = load_folder(ROOT / "content")
    if not documents:
        raise SystemExit(f"the content could not be read: {problems}")
    document = documents[0]

    chapters = []
    for number, section in enumerate(document.sections, 1):
        body = [f"<h1>{html.escape(section.title)}</h1>"]
        for block in section.blocks:
            if block.kind is BlockKind.HEADING:
                if block.level > 2:  # the section's own title is the chapter's h1
                    body.append(f"<h2>{html.escape(block.text)}</h2>")
            elif block.kind in (BlockKind.COMMITMENTS, BlockKind.LIST):
                items = "".join(f"<li>{html.escape(item)}</li>" for item in block.items)
                body.append(f"<p>{html.escape(block.label)}</p><ul>{items}</ul>")
            elif block.kind is BlockKind.QUOTE:
                body.append(f"<blockquote><p>{html.escape(block.quote_text)}</p>"
                            f"<p>— {html.escape(block.speaker)}</p></blockquote>")
            else:
                body.append(f"<p>{html.escape(block.text)}</p>")
        chapters.append((f"s{number}.xhtml", section.title, "\n".join(body)))

    epub = folder / "politik.epub"
    with zipfile.ZipFile(epub, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", (
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>"))
        manifest = "".join(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>'
                           for i, (name, _title, _body) in enumerate(chapters))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        archive.writestr("content.opf", (
            '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
            'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:identifier id="id">herning-laeser-bench</dc:identifier><dc:title>{html.escape(document.title)}'
            '</dc:title><dc:language>da</dc:language><meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>'
            f'</metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
            f'properties="nav"/>{manifest}</manifest><spine>{spine}</spine></package>'))
        links = "".join(f'<li><a href="{name}">{html.escape(title)}</a></li>' for name, title, _body in chapters)
        archive.writestr("nav.xhtml", _xhtml(document.title, f'<nav epub:type="toc"><ol>{links}</ol></nav>'))
        for name, title, chapter in chapters:
            archive.writestr(name, _xhtml(title, chapter))
    first_lines = folder / "first-lines.txt"
    first_lines.write_text(document.text[:1500], encoding="utf-8")
    return epub, first_lines


def _xhtml(title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="da" lang="da"><head><title>{html.escape(title)}'
            f"</title></head><body>{body}</body></html>")


# -- the screen and the process tree ------------------------------------------------------------
class Screen:
    """Grabs the Xvfb root window through Qt (xcb) in this process."""

    def __init__(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication.instance() or QGuiApplication(["bench-peers", "-platform", "xcb"])
        self.screen = QGuiApplication.primaryScreen()

    def grab(self) -> Any:
        return self.screen.grabWindow(0).toImage()


def text_on_screen(image: Any) -> bool:
    """Whether the screen shows lines of text: many rows crossed by many sharp light/dark edges.

    A flat window, a frame or a bar of icons crosses few edges per row; a few lines of
    text at any size cross dozens in every row of their glyphs.
    """
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())[: stride * height]
    text_rows = 0
    for row in range(0, height, 2):
        line = data[row * stride: row * stride + width]
        edges = sum(1 for a, b in itertools.pairwise(line) if abs(a - b) > EDGE_STEP)
        if edges >= EDGES_PER_TEXT_ROW:
            text_rows += 1
    return text_rows >= TEXT_ROWS


def tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def measure(program: Program, screen: Screen, settle: float, frame: Path | None) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="peer-home-"))
    env = {**program.env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share")}
    for relative, text in program.files.items():
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_text(text, encoding="utf-8")
    start = time.monotonic()
    process = subprocess.Popen(program.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    shown_at: float | None = None
    peak = 0
    image = None
    try:
        while time.monotonic() - start < TIMEOUT_S:
            peak = max(peak, tree_rss_kb(process.pid))
            image = screen.grab()
            now = time.monotonic()
            if shown_at is None and text_on_screen(image):
                shown_at = now
            if shown_at is not None and now - shown_at >= settle:
                break
            if process.poll() is not None:
                break
            time.sleep(POLL_S)
    finally:
        if frame is not None and image is not None:
            image.save(str(frame))
        with_group = os.getpgid(process.pid) if process.poll() is None else None
        if with_group is not None:
            os.killpg(with_group, signal.SIGTERM)
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(with_group, signal.SIGKILL)
                process.wait()
        shutil.rmtree(home, ignore_errors=True)
        _wait_for_blank(screen)
    return {"text_ms": None if shown_at is None else (shown_at - start) * 1000, "peak_mb": peak / 1024}


def _wait_for_blank(screen: Screen) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and text_on_screen(screen.grab()):
        time.sleep(POLL_S)


# -- the run -------------------------------------------------------------------------------------
def programs(folder: Path, env: dict[str, str]) -> list[Program]:
    epub, first_lines = make_inputs(folder)
    qt_env = {**env, "QT_QPA_PLATFORM": "xcb"}
    found = [
        Program("bare window", [sys.executable, "-c", BARE_WINDOW, str(first_lines)], qt_env, {}),
        Program("Herning Læser", [sys.executable, str(ROOT / "main.py")], qt_env,
                {".config/herning-laeser/settings.ini": "[General]\nstart_screen_seen=true\n"}),
    ]
    if shutil.which("ebook-viewer"):  # QtWebEngine refuses to run as root with its sandbox
        found.append(Program("calibre ebook-viewer", ["ebook-viewer", str(epub)],
                             {**env, "QTWEBENGINE_DISABLE_SANDBOX": "1"},
                             {".config/calibre/viewer-webengine.json":
                              json.dumps({"session_data": {"controls_help_shown_count": 2}})}))
    if shutil.which("foliate"):
        found.append(Program("Foliate", ["foliate", str(epub)], env, {}))
    return found


def run(runs: int, settle: float, frames: Path | None) -> list[dict[str, Any]]:
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    window_manager = None
    try:
        env = {key: value for key, value in os.environ.items() if key not in {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
        env["DISPLAY"] = display
        os.environ["DISPLAY"] = display
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if shutil.which("openbox"):
            window_manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL)
        screen = Screen()
        with tempfile.TemporaryDirectory() as folder:
            found = programs(Path(folder), env)
            results: dict[str, list[dict[str, Any]]] = {program.name: [] for program in found}
            measure(found[0], screen, settle, None)  # warm-up: caches, bytecode
            for number in range(runs):
                order = found if number % 2 == 0 else list(reversed(found))
                for program in order:
                    frame = frames / f"{program.name.replace(' ', '-')}.png" if frames else None
                    results[program.name].append(measure(program, screen, settle, frame))
                    print(f"run {number + 1} {program.name}: {results[program.name][-1]}", file=sys.stderr)
        return summarise(results)
    finally:
        if window_manager is not None:
            window_manager.terminate()
        xvfb.terminate()


def summarise(results: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    def median(name: str, key: str) -> float | None:
        values = [r[key] for r in results[name] if r[key] is not None]
        return statistics.median(values) if values else None

    bare_text, bare_memory = median("bare window", "text_ms"), median("bare window", "peak_mb")
    rows = []
    for name, runs in results.items():
        text, memory = median(name, "text_ms"), median(name, "peak_mb")
        rows.append({
            "program": name, "text_ms": text, "peak_mb": memory,
            "text_ratio": text / bare_text if text and bare_text else None,
            "memory_ratio": memory / bare_memory if memory and bare_memory else None,
            "missed": sum(1 for r in runs if r["text_ms"] is None),
        })
    return rows


def format_table(rows: list[dict[str, Any]]) -> str:
    def number(value: float | None, digits: int = 0) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    lines = ["| program | time to text (ms) | ratio | peak memory, process tree (MB) | ratio |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for row in rows:
        missed = f" ({row['missed']} runs showed no text)" if row["missed"] else ""
        lines.append(f"| {row['program']}{missed} | {number(row['text_ms'])} | {number(row['text_ratio'], 2)} | "
                     f"{number(row['peak_mb'])} | {number(row['memory_ratio'], 2)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to keep sampling memory after the text")
    parser.add_argument("--frames", type=Path, help="save each program's last screen here as PNG")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not shutil.which("Xvfb"):
        print("Xvfb is needed (Debian: apt install xvfb)", file=sys.stderr)
        return 2
    if args.frames:
        args.frames.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    from bench.app import machine_description

    rows = run(args.runs, args.settle, args.frames)
    print(format_table(rows))
    print(f"\n{args.runs} runs, medians; {machine_description(dict(os.environ))}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
