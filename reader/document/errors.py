"""Problems found in content files, worded for the municipal editor who made them.

Messages live here as a small two-language catalogue rather than in Qt's translation
system because this package must not depend on Qt (it also runs in ``--check``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class Severity(enum.Enum):
    ERROR = "error"  # the file cannot be shown
    WARNING = "warning"  # the file is shown, but the editor should fix it


_MESSAGES: dict[str, tuple[str, str]] = {
    # code: (Danish, English)
    "folder_missing": (
        "Indholdsmappen findes ikke.",
        "The content folder does not exist.",
    ),
    "folder_empty": (
        "Mappen indeholder ingen dokumenter (.md-filer).",
        "The folder holds no documents (.md files).",
    ),
    "unreadable": (
        "Filen kan ikke læses: {reason}",
        "The file cannot be read: {reason}",
    ),
    "not_a_file": (
        "Det er ikke en almindelig fil (men fx en mappe eller en enhed) og kan ikke læses som et dokument.",
        "It is not a regular file (but e.g. a folder or a device) and cannot be read as a document.",
    ),
    "too_large": (
        "Filen er for stor ({size} MB). Et dokument må højst fylde {limit} MB. Del det op i flere dokumenter.",
        "The file is too large ({size} MB). A document may be at most {limit} MB. Split it into several documents.",
    ),
    "binary": (
        "Filen er ikke en tekstfil (den indeholder binære data).",
        "The file is not a text file (it contains binary data).",
    ),
    "encoding": (
        "Filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8, så æ, ø og å bliver rigtige.",
        "The file is not saved as UTF-8. Save it again with the UTF-8 encoding so æ, ø and å come out right.",
    ),
    "empty": (
        "Filen er tom.",
        "The file is empty.",
    ),
    "front_matter_unclosed": (
        "Oplysningerne øverst (mellem linjerne ---) mangler den afsluttende linje ---.",
        "The details at the top (between --- lines) lack the closing --- line.",
    ),
    "front_matter_syntax": (
        "Linjen skal have formen 'navn: værdi', fx 'titel: Børne- og Ungepolitik'.",
        "The line must have the form 'name: value', e.g. 'titel: Børne- og Ungepolitik'.",
    ),
    "front_matter_unknown": (
        "Ukendt oplysning '{key}'. Kendte oplysninger er: {known}.",
        "Unknown detail '{key}'. Known details are: {known}.",
    ),
    "front_matter_duplicate": (
        "Oplysningen '{key}' står der mere end én gang.",
        "The detail '{key}' appears more than once.",
    ),
    "year_invalid": (
        "Året '{value}' er ikke et årstal (fx 2019).",
        "The year '{value}' is not a year (e.g. 2019).",
    ),
    "language_invalid": (
        "Sproget '{value}' er ikke en sprogkode på to bogstaver (fx da eller en).",
        "The language '{value}' is not a two-letter language code (e.g. da or en).",
    ),
    "title_missing": (
        "Dokumentet har ingen titel. Skriv 'titel: ...' øverst eller en overskrift med ét #.",
        "The document has no title. Write 'titel: ...' at the top or a heading with one #.",
    ),
    "language_missing": (
        "Dokumentet mangler sprog. Skriv 'sprog: da' øverst, så oplæsningen bruger en dansk stemme.",
        "The document has no language. Write 'sprog: da' at the top so read-aloud uses a Danish voice.",
    ),
    "title_twice": (
        "Der må kun være én overskrift med ét # (dokumentets titel).",
        "There may be only one heading with a single # (the document title).",
    ),
    "text_before_section": (
        "Teksten står før første afsnit. Begynd et afsnit med en overskrift med ## først.",
        "The text comes before the first section. Start a section with a ## heading first.",
    ),
    "no_sections": (
        "Dokumentet har ingen afsnit. Et afsnit begynder med en overskrift med ##.",
        "The document has no sections. A section starts with a ## heading.",
    ),
    "no_themes": (
        "Dokumentet har ingen temaer. Et tema begynder med '## Tema: <titel>'.",
        "The document has no themes. A theme starts with '## Tema: <title>'.",
    ),
    "theme_title_empty": (
        "Temaet har ingen titel efter 'Tema:'.",
        "The theme has no title after 'Tema:'.",
    ),
    "theme_duplicate": (
        "Temaet '{title}' findes allerede (linje {first}). Hvert tema skal have sin egen titel.",
        "The theme '{title}' already exists (line {first}). Each theme needs its own title.",
    ),
    "section_between_themes": (
        "Afsnittet '{title}' står mellem temaerne. Skriv 'Tema:' foran titlen, eller flyt afsnittet.",
        "The section '{title}' stands between the themes. Write 'Tema:' before its title, or move it.",
    ),
    "closing_missing": (
        "Dokumentet har intet afsluttende afsnit efter temaerne (fx '## Om politikken' med år og kontakt).",
        "The document has no closing section after the themes (e.g. '## Om politikken' with year and contact).",
    ),
    "section_empty": (
        "Afsnittet '{title}' har ingen tekst.",
        "The section '{title}' has no text.",
    ),
    "quote_no_speaker": (
        "Citatet mangler hvem der siger det. Afslut citatet med en linje '> — Navn eller rolle'.",
        "The quote lacks who says it. End the quote with a line '> — Name or role'.",
    ),
    "quote_no_text": (
        "Citatet har kun en afsender og ingen tekst.",
        "The quote has a speaker but no text.",
    ),
    "quote_unknown": (
        "Et citat må kun indeholde almindelige afsnit og afsenderlinjen.",
        "A quote may contain only plain paragraphs and the speaker line.",
    ),
    "commitments_without_list": (
        "Efter '{label}' skal der komme en punktliste med '* ' foran hvert punkt.",
        "'{label}' must be followed by a bullet list with '* ' before each item.",
    ),
    "nested_list": (
        "Lister inden i lister understøttes ikke. Skriv punkterne som én liste.",
        "Lists inside lists are not supported. Write the items as one list.",
    ),
    "list_empty_item": (
        "Listen har et tomt punkt.",
        "The list has an empty item.",
    ),
    "raw_html": (
        "HTML-kode understøttes ikke og vises ikke. Skriv teksten som almindelig Markdown.",
        "HTML code is not supported and is not shown. Write the text as plain Markdown.",
    ),
    "image": (
        "Billeder understøttes ikke og hentes ikke. Fjern billedet, eller beskriv det med tekst.",
        "Images are not supported and are not fetched. Remove the image, or describe it in text.",
    ),
    "code_block": (
        "Kodeblokke understøttes ikke. Ryk ikke tekst ind med fire mellemrum.",
        "Code blocks are not supported. Do not indent text by four spaces.",
    ),
    "unknown_construct": (
        "Ukendt element '{tag}' understøttes ikke.",
        "Unknown element '{tag}' is not supported.",
    ),
    "too_complex": (
        "Teksten har så mange '[' eller '<' uden afsluttende ']' eller '>' (fra denne linje), at den ikke kan "
        "læses på rimelig tid. Fjern tegnene, eller afslut dem.",
        "The text has so many '[' or '<' without a closing ']' or '>' (from this line on) that it cannot be "
        "read in reasonable time. Remove the characters, or close them.",
    ),
    "too_deep": (
        "Teksten er indlejret {depth} niveauer dybt; højst {limit} er tilladt. Fjern '>' og indrykning "
        "foran linjen: et citat har ét '>', og lister kan ikke stå inden i lister.",
        "The text is nested {depth} levels deep; at most {limit} are allowed. Remove '>' and indentation "
        "in front of the line: a quote has one '>', and lists cannot be inside lists.",
    ),
    "too_much_markup": (
        "Filen har over {limit} formateringstegn (* _ ` [ < > & \\), og det er nået her. Fjern formatering, "
        "eller del dokumentet i flere filer.",
        "The file has more than {limit} formatting characters (* _ ` [ < > & \\), reached here. Remove "
        "formatting, or split the document into several files.",
    ),
    "too_long": (
        "Afsnittet er længere end {limit} tegn. Del det op i flere afsnit med en tom linje imellem.",
        "The paragraph is longer than {limit} characters. Split it into several paragraphs with a blank "
        "line between them.",
    ),
}


def _message(code: str, language: str, params: dict[str, object]) -> str:
    danish, english = _MESSAGES[code]
    template = english if language == "en" else danish
    return template.format(**params)


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with a content file, with where it is."""

    path: Path
    line: int  # 1-based; 0 when the problem is about the whole file or folder
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, object] = field(default_factory=dict)

    def message(self, language: str = "da") -> str:
        return _message(self.code, language, self.params)

    def describe(self, language: str = "da") -> str:
        """'file:line: fejl: message', the form editors and tools both read."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        if self.severity is Severity.ERROR:
            kind = "error" if language == "en" else "fejl"
        else:
            kind = "warning" if language == "en" else "advarsel"
        return f"{where}: {kind}: {self.message(language)}"


class ContentError(Exception):
    """Raised when a document cannot be shown; carries every problem found in it."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("; ".join(p.describe("en") for p in problems))
        self.problems = problems
