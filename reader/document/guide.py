"""The content guide's rules (content/README.md), checked line by line before Markdown reads a file.

Python-Markdown reads far more than the guide describes, and some of it changes what the reader
shows without a word: a sentence that starts with "2. klasse" becomes a numbered list without its
"2."; a link loses its address; "### Tema:" one level too deep, or "## Tema : Titel" with a slip
before its colon, is no theme, so the themes are counted differently; a speaker line without its
dash joins the quote, whose words then belong to the next speaker. ``check`` names every line the
guide does not describe, with the fix, and returns the text for Markdown with the lines that are
plain text but look like Markdown (a line that starts with a number and a full stop) escaped, so
that their words are kept exactly as written.

What the guide allows, and so what passes here: front matter between ``---`` lines; ``# Titel``;
``## Afsnit``, ``## Tema: Titel`` and ``### Mellemoverskrift``; paragraphs of plain text; bullet lists
with ``* `` after a blank line (one line, or lines indented under it, per item; ``Vi vil:`` then a
blank line then such a list); quotes, every line with ``>`` and the last one ``> — Afsender``. The
inline checks (emphasis, links, code, entities, HTML) are in parse.py, on Markdown's own reading.
"""

from __future__ import annotations

import re

THEME_PREFIXES = ("tema:", "theme:")
COMMITMENT_LABELS = ("vi vil:", "we will:")
SPEAKER_DASHES = ("—", "–", "--")
# Dash-like characters that are not a speaker's dash: a hyphen, a minus, a figure dash, a horizontal bar.
_ODD_DASHES = "-\u2010\u2011\u2012\u2015\u2212\ufe58\ufe63\uff0d"

_HEADING = re.compile(r"(#+)(.*)")
_RULE = re.compile(r"([-*_])[ \t]*(?:\1[ \t]*){2,}")
_UNDERLINE = re.compile(r"=+|-+")
_BULLET = re.compile(r"([*+-])[ \t]+\S")
_EMPTY_BULLET = re.compile(r"[*+][ \t]*|-[ \t]+")  # ("-" alone is a dash a wrapped text can start with)
_NUMBER = re.compile(r"(\d+)\.(?=[ \t]|$)")  # Markdown's numbered-list marker
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?")
_FENCE = re.compile(r"`{3,}|~{3,}")
_LINK_DEFINITION = re.compile(r"\[[^\]]+\]:[ \t]*\S")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!])")  # the characters Python-Markdown unescapes
_QUOTE_MARKER = re.compile(r"[ \t]{0,3}>[ \t]?")
_TRAILING_HASHES = re.compile(r"#+[ \t]*$")
# "Tema" or "Theme", blanks, and a mark like the colon that makes a theme (a slip: a space before the
# colon, a full-width or small colon, a dash, a full stop); what does not start "Tema:" is no theme.
_THEME_LOOKALIKE = re.compile(r"(tema|theme)[ \t\u00a0]*[:\uff1a\ufe55\ua789\u02f8.\-\u2013\u2014]", re.IGNORECASE)

Problem = tuple[int, str, dict[str, object]]  # (1-based line, code in errors.py, parameters)


def front_matter_end(lines: list[str]) -> int:
    """The index of the first line after the front matter (0 when there is none; the line after the
    opening ``---`` when it is not closed)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return 0
    end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
    return first + 1 if end is None else end + 1  # (unclosed: said as such; its '---' is no rule)


class _Checker:
    def __init__(self, lines: list[str]) -> None:
        self.lines = list(lines)
        self.out = list(lines)  # what Markdown reads: the same lines, plain text that looks like Markdown escaped
        self.problems: list[Problem] = []
        self.previous = "blank"  # what the last non-blank line was: blank, paragraph, list, quote, heading, other
        self.quote: list[tuple[int, str]] = []  # the run of '>' lines being read: (index, text after the '>')

    def problem(self, index: int, code: str, **params: object) -> None:
        self.problems.append((index + 1, code, params))

    def keep_marker(self, index: int, prefix_length: int) -> None:
        """A line whose text (after ``prefix_length`` characters) starts like a list item ("- ", "+ ",
        "2. ") stays text."""
        line = self.out[index]
        if line[prefix_length:prefix_length + 1] in ("-", "+") and _BULLET.match(line, prefix_length):
            self.out[index] = line[:prefix_length] + "\\" + line[prefix_length:]
        else:
            self.keep_number(index, prefix_length)

    def keep_number(self, index: int, prefix_length: int) -> None:
        """A line whose text (after ``prefix_length`` characters of markers) starts "2." stays text."""
        line = self.out[index]
        match = _NUMBER.match(line, prefix_length)
        if match is not None:
            self.out[index] = line[:match.end(1)] + "\\" + line[match.end(1):]

    def run(self, first: int) -> None:
        for index in range(first, len(self.lines)):
            self.line(index)
        self.end_quote()

    def line(self, index: int) -> None:
        raw = self.lines[index]
        stripped = raw.strip()
        if not stripped:
            self.end_quote()
            self.previous = "blank"
            return
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        body = raw.lstrip()
        for match in _ESCAPE.finditer(raw):
            self.problem(index, "escape", char=match.group(1))
            break
        if indent < 4 and body.startswith(">"):
            self.quote.append((index, raw[_QUOTE_MARKER.match(raw).end():]))  # type: ignore[union-attr]
            self.previous = "quote"
            return
        if self.previous == "quote":  # Markdown would join it to the quote: that is the one thing to fix
            self.problem(index, "quote_lazy_line")
            self.quote = []
            self.previous = "paragraph"
            return
        if indent >= 4:  # an indented code block (parse.py names it), or an item's own lines
            if self.previous not in ("list", "paragraph"):
                self.previous = "other"
            return
        if self.previous == "list" and 2 <= indent < 4:  # an item's own next line, indented under it
            if not body.startswith("* "):  # ("* " there is one more item, as written)
                self.keep_marker(index, len(raw) - len(body))  # "- så", "2. klasse": words, not a new item
            return
        if self.previous == "list" and not _BULLET.match(body):
            self.problem(index, "list_lazy")
            self.previous = "paragraph"
            return
        if body.startswith("#"):
            self.heading(index, body.rstrip())
            return
        if self.previous == "paragraph" and _UNDERLINE.fullmatch(stripped):
            if stripped in ("-", "--"):  # a dash the text was wrapped at: words, not an underline
                self.out[index] = raw[:len(raw) - len(body)] + "\\" + body
                return
            self.problem(index, "setext")
            self.previous = "heading"
            return
        if _RULE.fullmatch(stripped):
            self.problem(index, "rule")
            self.previous = "other"
            return
        if _FENCE.match(body):
            self.problem(index, "code_fence")
            self.previous = "other"
            return
        if body.startswith("|") or (_TABLE_RULE.fullmatch(stripped) and "|" in stripped):
            self.problem(index, "table")
            self.previous = "paragraph"
            return
        if _LINK_DEFINITION.match(body):
            self.problem(index, "link_definition")
            self.previous = "other"
            return
        if self.previous != "paragraph" and _EMPTY_BULLET.fullmatch(stripped):
            self.problem(index, "list_empty_item")  # Markdown makes it an item with no text
            self.previous = "list"
            return
        bullet = _BULLET.match(body)
        if bullet is not None and self.previous == "paragraph":
            # Markdown keeps the line in the paragraph as it is written. A dash there is text ("handling
            # - både centralt"); '*' or '+' would be a list item meant, whose mark would be shown.
            if bullet.group(1) != "-" and self.lines[index - 1].strip().lower() not in COMMITMENT_LABELS:
                self.problem(index, "list_needs_blank_line")  # ("Vi vil:" right above is named already)
            return
        if bullet is not None:
            if bullet.group(1) != "*":
                self.problem(index, "list_marker", marker=bullet.group(1))
            self.keep_number(index, len(raw) - len(body) + bullet.end() - 1)  # "* 2. klasse": an item's text
            self.previous = "list"
            return
        if self.previous != "paragraph":  # the first line of a paragraph: "2. klasse ..." stays text
            self.keep_number(index, len(raw) - len(body))
            if stripped.lower() in COMMITMENT_LABELS and index + 1 < len(self.lines) and self.lines[index + 1].strip():
                self.problem(index + 1, "commitments_blank_line", label=stripped)
        elif _NUMBER.match(body) and _NUMBER.match(self.lines[index - 1].lstrip()):
            # Numbered lines, one under the other: a numbered list, which would be run together into one
            # paragraph. (One such line, a sentence that starts "2. klasse", is text.)
            self.problem(index, "numbered_list")
        self.previous = "paragraph"

    def heading(self, index: int, body: str) -> None:
        self.previous = "heading"
        match = _HEADING.match(body)
        assert match is not None
        hashes, rest = len(match.group(1)), match.group(2)
        if rest and rest[0] not in " \t":
            self.problem(index, "heading_space")
            return
        title = _TRAILING_HASHES.sub("", rest).strip()
        if _TRAILING_HASHES.search(rest):  # Markdown drops them ("## C#" would show "C")
            self.problem(index, "heading_closing")
        if title.lower().startswith(THEME_PREFIXES) and hashes != 2:
            self.problem(index, "theme_heading_level", title=title)
        elif hashes == 2 and not title.lower().startswith(THEME_PREFIXES) and \
                (lookalike := _THEME_LOOKALIKE.match(title)) is not None:
            word = lookalike.group(1).capitalize()  # "Tema" or "Theme", as the editor began it
            self.problem(index, "theme_heading_form", heading=f"## {word}: {title[lookalike.end():].strip() or '...'}")
        elif hashes > 3:
            self.problem(index, "heading_level", count=hashes)

    def end_quote(self) -> None:
        """Checks a finished run of '>' lines: every quote in it ends with a speaker line, dash and name."""
        run, self.quote = self.quote, []
        if not run:
            return
        texts: list[int] = []  # the quote's text lines since the last speaker
        paragraph_start = True
        for index, text in run:
            content = text.strip()
            if not content:
                paragraph_start = True
                continue
            start = len(self.lines[index]) - len(text.lstrip())
            if paragraph_start:
                self.keep_number(index, start)
            elif content == "-":  # a dash the text was wrapped at: words, not an underline
                self.out[index] = self.lines[index][:start] + "\\" + self.lines[index][start:]
            paragraph_start = False
            dash = next((d for d in SPEAKER_DASHES if content.startswith(d)), None)
            if dash is None:
                texts.append(index)
                continue
            if not content[len(dash):].strip():
                self.problem(index, "speaker_empty")
            texts = []
        if texts:
            last = texts[-1]
            speaker = run[[i for i, _text in run].index(last)][1].strip()
            after = next((i for i in range(run[-1][0] + 1, len(self.lines)) if self.lines[i].strip()), None)
            if after is not None and self.lines[after].lstrip().startswith(">") and \
                    self.lines[after].lstrip()[1:].strip().startswith(SPEAKER_DASHES):
                self.problem(run[-1][0] + 1, "quote_blank_line")  # its speaker is there, below a blank line
            elif len(texts) > 1 and speaker[:1] in _ODD_DASHES and _looks_like_a_speaker(speaker[1:].strip()):
                self.problem(last, "speaker_odd_dash", dash=speaker[0], codepoint=f"U+{ord(speaker[0]):04X}",
                             speaker=speaker[1:].strip() or "...")
            elif len(texts) > 1 and _looks_like_a_speaker(speaker):
                self.problem(last, "speaker_without_dash", speaker=speaker)
            else:
                self.problem(last, "quote_no_speaker")


def _looks_like_a_speaker(text: str) -> bool:
    """A short line without quotation marks or a closing full stop: "Skoleelev, 2. klasse"."""
    return (len(text) <= 80 and not any(mark in text for mark in "\"“”«»„'")
            and not text.endswith((".", "!", "?", ":", ";")))


def check(lines: list[str]) -> tuple[list[Problem], list[str]]:
    """The problems of the lines after the front matter, and the lines for Markdown (see the module)."""
    checker = _Checker(lines)
    checker.run(front_matter_end(lines))
    return checker.problems, checker.out
