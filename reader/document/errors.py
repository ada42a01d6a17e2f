"""Problems found in content files, worded for the municipal editor who made them.

Messages live here as a small two-language catalogue rather than in Qt's translation
system because this package must not depend on Qt (it also runs in ``--check``).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import describe_os_error


class Severity(enum.Enum):
    ERROR = "error"  # the file cannot be shown
    WARNING = "warning"  # the file is shown, but the editor should fix it


_MESSAGES: dict[str, tuple[str, str]] = {
    # code: (Danish, English)
    "folder_missing": (
        "Indholdsmappen findes ikke. Angiv en mappe, der findes, fx --content content.",
        "The content folder does not exist. Give a folder that exists, e.g. --content content.",
    ),
    "folder_not_a_folder": (
        "Det er ikke en mappe, men en fil eller en enhed. Angiv mappen med dokumenterne (.md-filer), "
        "fx --content content.",
        "It is not a folder but a file or a device. Give the folder holding the documents (.md files), "
        "e.g. --content content.",
    ),
    "folder_unreadable": (
        "Mappen kan ikke læses: {reason}. Giv brugeren lov til at læse mappen, eller angiv en anden mappe.",
        "The folder cannot be read: {reason}. Give the user permission to read it, or give another folder.",
    ),
    "folder_empty": (
        "Mappen indeholder ingen dokumenter (.md-filer). Læg dokumenterne i mappen, eller angiv en anden mappe.",
        "The folder holds no documents (.md files). Put the documents in it, or give another folder.",
    ),
    "unreadable": (
        "Filen kan ikke læses: {reason}. Giv brugeren lov til at læse filen, eller flyt den ud af mappen.",
        "The file cannot be read: {reason}. Give the user permission to read it, or move it out of the folder.",
    ),
    "not_a_file": (
        "Det er ikke en almindelig fil (men fx en mappe eller en enhed) og kan ikke læses som et dokument. "
        "Flyt den ud af indholdsmappen, eller giv den et navn, der ikke ender på .md.",
        "It is not a regular file (but e.g. a folder or a device) and cannot be read as a document. "
        "Move it out of the content folder, or give it a name that does not end in .md.",
    ),
    "too_large": (
        "Filen er for stor ({size} MB). Et dokument må højst fylde {limit} MB. Del det op i flere dokumenter.",
        "The file is too large ({size} MB). A document may be at most {limit} MB. Split it into several documents.",
    ),
    "binary": (
        "Filen er ikke en tekstfil (den indeholder binære data). Flyt den ud af indholdsmappen, eller gem "
        "dokumentet igen som almindelig tekst (UTF-8).",
        "The file is not a text file (it contains binary data). Move it out of the content folder, or save "
        "the document again as plain text (UTF-8).",
    ),
    "utf16": (
        "Filen er gemt som UTF-16. Gem den igen med tegnsættet UTF-8, så æ, ø og å bliver rigtige.",
        "The file is saved as UTF-16. Save it again with the UTF-8 encoding so æ, ø and å come out right.",
    ),
    "encoding": (
        "Filen er ikke gemt som UTF-8. Gem den igen med tegnsættet UTF-8, så æ, ø og å bliver rigtige.",
        "The file is not saved as UTF-8. Save it again with the UTF-8 encoding so æ, ø and å come out right.",
    ),
    "empty": (
        "Filen er tom. Skriv dokumentets tekst i den, eller fjern den fra indholdsmappen.",
        "The file is empty. Write the document's text in it, or remove it from the content folder.",
    ),
    "front_matter_unclosed": (
        "Oplysningerne øverst (mellem linjerne ---) mangler den afsluttende linje ---. Skriv en linje med "
        "kun --- efter den sidste oplysning.",
        "The details at the top (between --- lines) lack the closing --- line. Write a line with only --- "
        "after the last detail.",
    ),
    "front_matter_syntax": (
        "Linjen har ikke formen 'navn: værdi'. Skriv den sådan, fx 'titel: Børne- og Ungepolitik'.",
        "The line does not have the form 'name: value'. Write it so, e.g. 'titel: Børne- og Ungepolitik'.",
    ),
    "front_matter_unknown": (
        "Ukendt oplysning '{key}'. Ret navnet til en af de kendte oplysninger ({known}), eller slet linjen.",
        "Unknown detail '{key}'. Change the name to one of the known details ({known}), or delete the line.",
    ),
    "front_matter_duplicate": (
        "Oplysningen '{key}' står der mere end én gang. Slet den ene af linjerne.",
        "The detail '{key}' appears more than once. Delete one of the lines.",
    ),
    "year_invalid": (
        "Året '{value}' er ikke et årstal. Skriv året med fire cifre, fx 'år: 2019'.",
        "The year '{value}' is not a year. Write the year with four digits, e.g. 'år: 2019'.",
    ),
    "language_invalid": (
        "Sproget '{value}' er ikke en sprogkode. Skriv en kode på to bogstaver, fx 'sprog: da' eller 'sprog: en'.",
        "The language '{value}' is not a language code. Write a two-letter code, e.g. 'sprog: da' or 'sprog: en'.",
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
        "Der må kun være én overskrift med ét # (dokumentets titel). Skriv denne med ## (et afsnit) eller "
        "### (en mellemoverskrift).",
        "There may be only one heading with a single # (the document title). Write this one with ## (a "
        "section) or ### (a subheading).",
    ),
    "text_before_section": (
        "Teksten står før første afsnit. Begynd et afsnit med en overskrift med ## først.",
        "The text comes before the first section. Start a section with a ## heading first.",
    ),
    "no_sections": (
        "Dokumentet har ingen afsnit. Begynd hvert afsnit med en overskrift med ##, fx '## Indledning'.",
        "The document has no sections. Start each section with a ## heading, e.g. '## Indledning'.",
    ),
    "no_themes": (
        "Dokumentet har ingen temaer. Begynd hvert tema med '## Tema: <titel>', fx '## Tema: Dannelse'.",
        "The document has no themes. Start each theme with '## Tema: <title>', e.g. '## Tema: Dannelse'.",
    ),
    "theme_title_empty": (
        "Temaet har ingen titel efter 'Tema:'. Skriv titlen efter kolonet, fx '## Tema: Dannelse'.",
        "The theme has no title after 'Tema:'. Write the title after the colon, e.g. '## Tema: Dannelse'.",
    ),
    "theme_duplicate": (
        "Temaet '{title}' findes allerede (linje {first}). Giv hvert tema sin egen titel.",
        "The theme '{title}' already exists (line {first}). Give each theme its own title.",
    ),
    "section_between_themes": (
        "Afsnittet '{title}' står mellem temaerne. Skriv 'Tema:' foran titlen, eller flyt afsnittet.",
        "The section '{title}' stands between the themes. Write 'Tema:' before its title, or move it.",
    ),
    "closing_missing": (
        "Dokumentet har intet afsluttende afsnit efter temaerne. Tilføj et til sidst, fx '## Om politikken' "
        "med år og kontakt.",
        "The document has no closing section after the themes. Add one at the end, e.g. '## Om politikken' "
        "with year and contact.",
    ),
    "section_empty": (
        "Afsnittet '{title}' har ingen tekst. Skriv tekst under overskriften, eller slet overskriften.",
        "The section '{title}' has no text. Write text under the heading, or delete the heading.",
    ),
    "quote_no_speaker": (
        "Citatet mangler hvem der siger det. Afslut citatet med en linje '> — Navn eller rolle'.",
        "The quote lacks who says it. End the quote with a line '> — Name or role'.",
    ),
    "quote_no_text": (
        "Citatet har kun en afsender og ingen tekst. Skriv citatet på linjerne over afsenderen med '> ' foran.",
        "The quote has a speaker but no text. Write the quote on the lines above the speaker, with '> ' in front.",
    ),
    "quote_unknown": (
        "Et citat må kun indeholde almindelige afsnit og afsenderlinjen. Fjern lister, overskrifter og ekstra "
        "'>' inde i citatet.",
        "A quote may contain only plain paragraphs and the speaker line. Remove lists, headings and extra "
        "'>' inside the quote.",
    ),
    "commitments_without_list": (
        "Efter '{label}' mangler punktlisten. Skriv punkterne under den, med en tom linje imellem og '* ' "
        "foran hvert punkt.",
        "'{label}' lacks its bullet list. Write the items below it, after a blank line, with '* ' before "
        "each item.",
    ),
    "nested_list": (
        "Lister inden i lister understøttes ikke. Skriv punkterne som én liste.",
        "Lists inside lists are not supported. Write the items as one list.",
    ),
    "list_empty_item": (
        "Listen har et tomt punkt. Skriv tekst efter '* ', eller slet linjen.",
        "The list has an empty item. Write text after '* ', or delete the line.",
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
        "Kodeblokke understøttes ikke. Fjern indrykningen (fire mellemrum eller en tabulator) foran linjen.",
        "Code blocks are not supported. Remove the indentation (four spaces or a tab) in front of the line.",
    ),
    "unknown_construct": (
        "Ukendt element '{tag}' understøttes ikke. Skriv indholdet som almindelige afsnit eller en punktliste.",
        "Unknown element '{tag}' is not supported. Write the content as plain paragraphs or a bullet list.",
    ),
    "escape": (
        "Tegnet \\ foran »{char}« ville forsvinde. Slet \\, så står »{char}« som skrevet.",
        "The \\ before '{char}' would disappear. Delete the \\ and '{char}' stays as written.",
    ),
    "entity": (
        "HTML-koden »{entity}« ville blive vist som »{char}«. Skriv »{char}« i stedet.",
        "The HTML code '{entity}' would be shown as '{char}'. Write '{char}' instead.",
    ),
    "entity_space": (
        "HTML-koden »{entity}« ville blive vist som et mellemrum. Skriv et almindeligt mellemrum i stedet.",
        "The HTML code '{entity}' would be shown as a space. Write an ordinary space instead.",
    ),
    "emphasis": (
        "Fed og kursiv skrift (*ord*, **ord**, _ord_) vises ikke, og tegnene ville forsvinde. Fjern * eller _ "
        "omkring »{text}«.",
        "Bold and italic text (*word*, **word**, _word_) is not shown, and the marks would disappear. Remove "
        "the * or _ around '{text}'.",
    ),
    "code_span": (
        "Tegnet ` vises ikke, og tegnene ville forsvinde. Fjern `-tegnene omkring »{text}«.",
        "The ` character is not shown, and the marks would disappear. Remove the ` around '{text}'.",
    ),
    "link": (
        "Links ([tekst](adresse)) vises ikke, og adressen ville forsvinde. Skriv adressen som almindelig tekst, "
        "fx 'Læs mere på herning.dk'.",
        "Links ([text](address)) are not shown, and the address would disappear. Write the address as plain "
        "text, e.g. 'Read more at herning.dk'.",
    ),
    "autolink": (
        "Adressen i < > ville blive vist uden < og >. Skriv adressen uden < og >.",
        "The address in < > would be shown without < and >. Write the address without < and >.",
    ),
    "link_definition": (
        "Linjen er en linkadresse ([navn]: adresse), som ikke bliver vist. Skriv adressen som almindelig tekst "
        "i afsnittet, og slet linjen.",
        "The line is a link address ([name]: address), which is not shown. Write the address as plain text in "
        "the paragraph, and delete the line.",
    ),
    "heading_space": (
        "Efter #-tegnene mangler et mellemrum. Skriv et mellemrum efter dem, hvis linjen er en overskrift "
        "(fx '## Indledning'); er den almindelig tekst, så begynd den ikke med #.",
        "A space is missing after the # marks. Write a space after them if the line is a heading "
        "(e.g. '## Indledning'); if it is plain text, do not start it with #.",
    ),
    "heading_level": (
        "Overskrifter har ét, to eller tre #; denne har {count}. Brug ### til en mellemoverskrift.",
        "Headings have one, two or three #; this one has {count}. Use ### for a subheading.",
    ),
    "theme_heading_level": (
        "Et tema skal have to # foran, ellers er det ikke et tema, og temaerne bliver talt forkert. Skriv "
        "'## {title}'.",
        "A theme needs two # in front, otherwise it is not a theme and the themes are counted wrongly. Write "
        "'## {title}'.",
    ),
    "heading_closing": (
        "Overskriften slutter med #, som ikke bliver vist. Fjern #-tegnene i slutningen af linjen.",
        "The heading ends with #, which is not shown. Remove the # marks at the end of the line.",
    ),
    "setext": (
        "Stregen lige under teksten ville gøre teksten til en overskrift. Skriv overskrifter med ## foran, og "
        "slet stregen.",
        "The line right under the text would make the text a heading. Write headings with ## in front, and "
        "delete the line.",
    ),
    "rule": (
        "En linje med kun ---, *** eller ___ vises ikke. Slet linjen.",
        "A line of only ---, *** or ___ is not shown. Delete the line.",
    ),
    "code_fence": (
        "Kodeblokke med ``` eller ~~~ understøttes ikke. Slet linjen med tegnene.",
        "Code blocks with ``` or ~~~ are not supported. Delete the line with the marks.",
    ),
    "table": (
        "Tabeller understøttes ikke, og linjen ville blive vist med sine |-tegn. Skriv indholdet som afsnit "
        "eller som en punktliste med '* ' foran.",
        "Tables are not supported, and the line would be shown with its | marks. Write the content as "
        "paragraphs or as a bullet list with '* ' in front.",
    ),
    "list_marker": (
        "Punkter i en liste skrives med '* ' foran, ikke '{marker} '. Skift '{marker}' ud med '*'.",
        "List items are written with '* ' in front, not '{marker} '. Replace '{marker}' with '*'.",
    ),
    "list_needs_blank_line": (
        "Punktlisten begynder lige under et afsnit og ville blive vist som en del af det, med stjernen. Sæt en "
        "tom linje før listen.",
        "The bullet list starts right under a paragraph and would be shown as part of it, asterisk and all. "
        "Put a blank line before the list.",
    ),
    "list_lazy": (
        "Linjen står lige under et punkt og ville blive en del af det. Sæt en tom linje før den, hvis den er et "
        "nyt afsnit, eller skriv '* ' foran, hvis den er et nyt punkt.",
        "The line stands right under a list item and would become part of it. Put a blank line before it if it "
        "is a new paragraph, or write '* ' in front if it is a new item.",
    ),
    "commitments_blank_line": (
        "Sæt en tom linje mellem '{label}' og punkterne.",
        "Put a blank line between '{label}' and the items.",
    ),
    "quote_lazy_line": (
        "Linjen står lige under et citat uden '>' foran og ville blive en del af citatet. Skriv '> ' foran, "
        "eller sæt en tom linje imellem.",
        "The line stands right under a quote without '>' in front and would become part of the quote. Write "
        "'> ' in front, or put a blank line between them.",
    ),
    "speaker_without_dash": (
        "Afsenderlinjen mangler tankestregen og ville blive læst som en del af citatet. Skriv '> — {speaker}'.",
        "The speaker line lacks its dash and would be read as part of the quote. Write '> — {speaker}'.",
    ),
    "quote_blank_line": (
        "Linjen mellem citatet og afsenderen er tom. Skriv '>' på den, så afsenderen hører til citatet.",
        "The line between the quote and its speaker is empty. Write '>' on it, so the speaker belongs to the "
        "quote.",
    ),
    "numbered_list": (
        "Nummererede lister understøttes ikke, og linjerne ville blive vist i ét afsnit. Skriv punkterne med "
        "'* ' foran, eller sæt en tom linje mellem linjerne.",
        "Numbered lists are not supported, and the lines would be shown as one paragraph. Write the items with "
        "'* ' in front, or put a blank line between the lines.",
    ),
    "speaker_empty": (
        "Tankestregen står alene: hvem der siger det, mangler. Skriv det efter stregen, fx '> — Skoleelev'.",
        "The dash stands alone: who says it is missing. Write it after the dash, e.g. '> — Skoleelev'.",
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
    described = {key: describe_os_error(value, language) if isinstance(value, OSError) else value
                 for key, value in params.items()}
    return template.format(**described)


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

    def message(self, language: str = "da") -> str:
        return _message(self.code, language, self.params)

    def describe(self, language: str = "da") -> str:
        """'file:line: fejl: message', the form editors and tools both read."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        if self.severity is Severity.ERROR:
            kind = "error" if language == "en" else "fejl"
        else:
            kind = "warning" if language == "en" else "advarsel"
        return printable(f"{where}: {kind}: {self.message(language)}")


class ContentError(Exception):
    """Raised when a document cannot be shown; carries every problem found in it."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("; ".join(p.describe("en") for p in problems))
        self.problems = problems
