"""Problems found in content files, worded for the municipal editor who made them.

Each problem code has its message here in English, marked for the message catalogue
(``reader.texts``, no Qt: this package also runs in ``--check``), and is said in the
interface language.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import describe_os_error
from reader.texts import QT_TRANSLATE_NOOP, translate


class Severity(enum.Enum):
    ERROR = "error"  # the file cannot be shown
    WARNING = "warning"  # the file is shown, but the editor should fix it


_MESSAGES: dict[str, str] = {  # problem code -> message (English; Danish in the catalogue)
    "folder_missing": QT_TRANSLATE_NOOP(
        "Content",
        "The content folder does not exist. Give a folder that exists, e.g. --content content."),
    "folder_not_a_folder": QT_TRANSLATE_NOOP(
        "Content",
        "It is not a folder but a file or a device. Give the folder holding the documents (.md files), "
        "e.g. --content content."),
    "folder_unreadable": QT_TRANSLATE_NOOP(
        "Content",
        "The folder cannot be read: {reason}. Give the user permission to read it, or give another folder."),
    "folder_empty": QT_TRANSLATE_NOOP(
        "Content",
        "The folder holds no documents (.md files). Put the documents in it, or give another folder."),
    "unreadable": QT_TRANSLATE_NOOP(
        "Content",
        "The file cannot be read: {reason}. Give the user permission to read it, or move it out of the folder."),
    "not_a_file": QT_TRANSLATE_NOOP(
        "Content",
        "It is not a regular file (but e.g. a folder or a device) and cannot be read as a document. "
        "Move it out of the content folder, or give it a name that does not end in .md."),
    "too_large": QT_TRANSLATE_NOOP(
        "Content",
        "The file is too large ({size} MB). A document may be at most {limit} MB. Split it into several documents."),
    "binary": QT_TRANSLATE_NOOP(
        "Content",
        "The file is not a text file (it contains binary data). Move it out of the content folder, or save "
        "the document again as plain text (UTF-8)."),
    "utf16": QT_TRANSLATE_NOOP(
        "Content",
        "The file is saved as UTF-16. Save it again with the UTF-8 encoding so æ, ø and å come out right."),
    "encoding": QT_TRANSLATE_NOOP(
        "Content",
        "The file is not saved as UTF-8. Save it again with the UTF-8 encoding so æ, ø and å come out right."),
    "empty": QT_TRANSLATE_NOOP(
        "Content",
        "The file is empty. Write the document's text in it, or remove it from the content folder."),
    "front_matter_unclosed": QT_TRANSLATE_NOOP(
        "Content",
        "The details at the top (between --- lines) lack the closing --- line. Write a line with only --- "
        "after the last detail."),
    "front_matter_syntax": QT_TRANSLATE_NOOP(
        "Content",
        "The line does not have the form 'name: value'. Write it so, e.g. 'titel: Børne- og Ungepolitik'."),
    "front_matter_unknown": QT_TRANSLATE_NOOP(
        "Content",
        "Unknown detail '{key}'. Change the name to one of the known details ({known}), or delete the line."),
    "front_matter_duplicate": QT_TRANSLATE_NOOP(
        "Content",
        "The detail '{key}' appears more than once. Delete one of the lines."),
    "year_invalid": QT_TRANSLATE_NOOP(
        "Content",
        "The year '{value}' is not a year. Write the year with four digits, e.g. 'år: 2019'."),
    "language_invalid": QT_TRANSLATE_NOOP(
        "Content",
        "The language '{value}' is not a language code. Write a two-letter code, e.g. 'sprog: da' or 'sprog: en'."),
    "title_missing": QT_TRANSLATE_NOOP(
        "Content",
        "The document has no title. Write 'titel: ...' at the top or a heading with one #."),
    "language_missing": QT_TRANSLATE_NOOP(
        "Content",
        "The document has no language. Write 'sprog: da' at the top so read-aloud uses a Danish voice."),
    "title_twice": QT_TRANSLATE_NOOP(
        "Content",
        "There may be only one heading with a single # (the document title). Write this one with ## (a "
        "section) or ### (a subheading)."),
    "text_before_section": QT_TRANSLATE_NOOP(
        "Content",
        "The text comes before the first section. Start a section with a ## heading first."),
    "no_sections": QT_TRANSLATE_NOOP(
        "Content",
        "The document has no sections. Start each section with a ## heading, e.g. '## Indledning'."),
    "no_themes": QT_TRANSLATE_NOOP(
        "Content",
        "The document has no themes. Start each theme with '## Tema: <title>', e.g. '## Tema: Dannelse'."),
    "theme_title_empty": QT_TRANSLATE_NOOP(
        "Content",
        "The theme has no title after 'Tema:'. Write the title after the colon, e.g. '## Tema: Dannelse'."),
    "theme_duplicate": QT_TRANSLATE_NOOP(
        "Content",
        "The theme '{title}' already exists (line {first}). Give each theme its own title."),
    "section_between_themes": QT_TRANSLATE_NOOP(
        "Content",
        "The section '{title}' stands between the themes. Write 'Tema:' before its title, or move it."),
    "closing_missing": QT_TRANSLATE_NOOP(
        "Content",
        "The document has no closing section after the themes. Add one at the end, e.g. '## Om politikken' "
        "with year and contact."),
    "section_empty": QT_TRANSLATE_NOOP(
        "Content",
        "The section '{title}' has no text. Write text under the heading, or delete the heading."),
    "quote_no_speaker": QT_TRANSLATE_NOOP(
        "Content",
        "The quote lacks who says it. End the quote with a line '> — Name or role'."),
    "quote_no_text": QT_TRANSLATE_NOOP(
        "Content",
        "The quote has a speaker but no text. Write the quote on the lines above the speaker, with '> ' in front."),
    "quote_unknown": QT_TRANSLATE_NOOP(
        "Content",
        "A quote may contain only plain paragraphs and the speaker line. Remove lists, headings and extra "
        "'>' inside the quote."),
    "commitments_without_list": QT_TRANSLATE_NOOP(
        "Content",
        "'{label}' lacks its bullet list. Write the items below it, after a blank line, with '* ' before "
        "each item."),
    "nested_list": QT_TRANSLATE_NOOP("Content", "Lists inside lists are not supported. Write the items as one list."),
    "list_empty_item": QT_TRANSLATE_NOOP(
        "Content",
        "The list has an empty item. Write text after '* ', or delete the line."),
    "raw_html": QT_TRANSLATE_NOOP(
        "Content",
        "HTML code is not supported and is not shown. Write the text as plain Markdown."),
    "image": QT_TRANSLATE_NOOP(
        "Content",
        "Images are not supported and are not fetched. Remove the image, or describe it in text."),
    "code_block": QT_TRANSLATE_NOOP(
        "Content",
        "Code blocks are not supported. Remove the indentation (four spaces or a tab) in front of the line."),
    "unknown_construct": QT_TRANSLATE_NOOP(
        "Content",
        "Unknown element '{tag}' is not supported. Write the content as plain paragraphs or a bullet list."),
    "escape": QT_TRANSLATE_NOOP(
        "Content",
        "The \\ before '{char}' would disappear. Delete the \\ and '{char}' stays as written."),
    "entity": QT_TRANSLATE_NOOP("Content", "The HTML code '{entity}' would be shown as '{char}'. Write '{char}' instead."),
    "entity_space": QT_TRANSLATE_NOOP(
        "Content",
        "The HTML code '{entity}' would be shown as a space. Write an ordinary space instead."),
    "emphasis": QT_TRANSLATE_NOOP(
        "Content",
        "Bold and italic text (*word*, **word**, _word_) is not shown, and the marks would disappear. Remove "
        "the * or _ around '{text}'."),
    "code_span": QT_TRANSLATE_NOOP(
        "Content",
        "The ` character is not shown, and the marks would disappear. Remove the ` around '{text}'."),
    "link": QT_TRANSLATE_NOOP(
        "Content",
        "Links ([text](address)) are not shown, and the address would disappear. Write the address as plain "
        "text, e.g. 'Read more at herning.dk'."),
    "autolink": QT_TRANSLATE_NOOP(
        "Content",
        "The address in < > would be shown without < and >. Write the address without < and >."),
    "link_definition": QT_TRANSLATE_NOOP(
        "Content",
        "The line is a link address ([name]: address), which is not shown. Write the address as plain text in "
        "the paragraph, and delete the line."),
    "heading_space": QT_TRANSLATE_NOOP(
        "Content",
        "A space is missing after the # marks. Write a space after them if the line is a heading "
        "(e.g. '## Indledning'); if it is plain text, do not start it with #."),
    "heading_level": QT_TRANSLATE_NOOP(
        "Content",
        "Headings have one, two or three #; this one has {count}. Use ### for a subheading."),
    "theme_heading_level": QT_TRANSLATE_NOOP(
        "Content",
        "A theme needs two # in front, otherwise it is not a theme and the themes are counted wrongly. Write "
        "'## {title}'."),
    "theme_heading_form": QT_TRANSLATE_NOOP(
        "Content",
        "The heading looks like a theme but is not read as one, so the theme is shown as an ordinary section and "
        "the themes are counted wrongly. Write '{heading}'."),
    "heading_closing": QT_TRANSLATE_NOOP(
        "Content",
        "The heading ends with #, which is not shown. Remove the # marks at the end of the line."),
    "setext": QT_TRANSLATE_NOOP(
        "Content",
        "The line right under the text would make the text a heading. Write headings with ## in front, and "
        "delete the line."),
    "rule": QT_TRANSLATE_NOOP("Content", "A line of only ---, *** or ___ is not shown. Delete the line."),
    "code_fence": QT_TRANSLATE_NOOP(
        "Content",
        "Code blocks with ``` or ~~~ are not supported. Delete the line with the marks."),
    "table": QT_TRANSLATE_NOOP(
        "Content",
        "Tables are not supported, and the line would be shown with its | marks. Write the content as "
        "paragraphs or as a bullet list with '* ' in front."),
    "list_marker": QT_TRANSLATE_NOOP(
        "Content",
        "List items are written with '* ' in front, not '{marker} '. Replace '{marker}' with '*'."),
    "list_needs_blank_line": QT_TRANSLATE_NOOP(
        "Content",
        "The bullet list starts right under a paragraph and would be shown as part of it, asterisk and all. "
        "Put a blank line before the list."),
    "list_lazy": QT_TRANSLATE_NOOP(
        "Content",
        "The line stands right under a list item and would become part of it. Put a blank line before it if it "
        "is a new paragraph, or write '* ' in front if it is a new item."),
    "commitments_blank_line": QT_TRANSLATE_NOOP("Content", "Put a blank line between '{label}' and the items."),
    "quote_lazy_line": QT_TRANSLATE_NOOP(
        "Content",
        "The line stands right under a quote without '>' in front and would become part of the quote. Write "
        "'> ' in front, or put a blank line between them."),
    "speaker_without_dash": QT_TRANSLATE_NOOP(
        "Content",
        "The speaker line lacks its dash and would be read as part of the quote. Write '> — {speaker}'."),
    "speaker_odd_dash": QT_TRANSLATE_NOOP(
        "Content",
        "The speaker line begins with '{dash}' ({codepoint}), which is not a dash, and would be read as part of the "
        "quote. Write '> — {speaker}' with the dash —."),
    "quote_blank_line": QT_TRANSLATE_NOOP(
        "Content",
        "The line between the quote and its speaker is empty. Write '>' on it, so the speaker belongs to the "
        "quote."),
    "numbered_list": QT_TRANSLATE_NOOP(
        "Content",
        "Numbered lists are not supported, and the lines would be shown as one paragraph. Write the items with "
        "'* ' in front, or put a blank line between the lines."),
    "speaker_empty": QT_TRANSLATE_NOOP(
        "Content",
        "The dash stands alone: who says it is missing. Write it after the dash, e.g. '> — Skoleelev'."),
    "too_complex": QT_TRANSLATE_NOOP(
        "Content",
        "The text has so many '[' or '<' without a closing ']' or '>' (from this line on) that it cannot be "
        "read in reasonable time. Remove the characters, or close them."),
    "too_deep": QT_TRANSLATE_NOOP(
        "Content",
        "The text is nested {depth} levels deep; at most {limit} are allowed. Remove '>' and indentation "
        "in front of the line: a quote has one '>', and lists cannot be inside lists."),
    "too_much_markup": QT_TRANSLATE_NOOP(
        "Content",
        "The file has more than {limit} formatting characters (* _ ` [ < > & \\), reached here. Remove "
        "formatting, or split the document into several files."),
    "too_long": QT_TRANSLATE_NOOP(
        "Content",
        "The paragraph is longer than {limit} characters. Split it into several paragraphs with a blank "
        "line between them."),
}


def _message(code: str, params: dict[str, object]) -> str:
    described = {key: describe_os_error(value) if isinstance(value, OSError) else value
                 for key, value in params.items()}
    return translate("Content", _MESSAGES[code]).format(**described)


# Bidirectional controls can reorder what a terminal shows (the text would read differently from what
# it is); the other format characters (joiners, soft hyphens) are harmless and stay.
_BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` with control characters (escape sequences, newlines, bidi overrides) written as ``\\x1b``,
    ``\\n``, ``\\u202e``: content and file names never reach a terminal raw, and a problem stays one line."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs"):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with a content file, with where it is."""

    path: Path
    line: int  # 1-based; 0 when the problem is about the whole file or folder
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, object] = field(default_factory=dict)

    def message(self) -> str:
        """What is wrong and how to fix it, in the interface language."""
        return _message(self.code, self.params)

    def describe(self) -> str:
        """'file:line: fejl: message' ('error' in English), the form editors and tools both read."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        kind = translate("Content", "error") if self.severity is Severity.ERROR else translate("Content", "warning")
        return printable(f"{where}: {kind}: {self.message()}")


class ContentError(Exception):
    """Raised when a document cannot be shown; carries every problem found in it (``str()`` describes
    them in the interface language)."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        return "; ".join(problem.describe() for problem in self.problems)
