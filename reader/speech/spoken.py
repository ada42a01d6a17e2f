"""Danish speech text for parts of a Document, with an offset map back to the displayed text.

No Qt here. What is shown never changes; what is *spoken* is made easier to listen to:

- telephone numbers are read in pairs ("96286000" -> "96 28 60 00"),
- ordinals before a lower-case word are spoken as words ("2. klasse" -> "anden klasse"),
- common abbreviations are expanded ("Tlf." -> "telefon", "dvs." -> "det vil sige"),
- e-mail and web addresses are spelt out ("a.b@herning.dk" -> "a punktum b snabel-a herning punktum dk"),
- list bullets and decorative characters are not pronounced,
- quote marks and spaced dashes become short pauses (commas).

A reading is a ``Script``: a list of ``Sentence``s in reading order. Every spoken character
knows the displayed offset it came from, so a word the voice speaks can be highlighted in
the reading view (``Document.text`` offsets are the view's cursor positions).

What is read besides the text is the reader's choice (``Reading``): who said a quote, before
it ("Citat fra en skoleelev i 2. klasse:"), after it ("Sagt af en skoleelev i 2. klasse.") or
not at all; the "Vi vil:" headings or not; and the numbers of numbered lists, commitments
("2 punkt 3") and quotes ("Citat 2 punkt 1") or not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from reader.document import Block, BlockKind, Document, Section
from reader.document.numbers import QUOTE_PREFIX, numbered_items
from reader.presentation.options import QUOTE_SPEAKER, SPEAKER_AFTER, SPEAKER_BEFORE

# Danish ordinals, spoken form ("2." before a lower-case word is "anden").
ORDINALS = {
    1: "første", 2: "anden", 3: "tredje", 4: "fjerde", 5: "femte", 6: "sjette", 7: "syvende", 8: "ottende",
    9: "niende", 10: "tiende", 11: "ellevte", 12: "tolvte", 13: "trettende", 14: "fjortende", 15: "femtende",
    16: "sekstende", 17: "syttende", 18: "attende", 19: "nittende", 20: "tyvende", 21: "enogtyvende",
    22: "toogtyvende", 23: "treogtyvende", 24: "fireogtyvende", 25: "femogtyvende", 26: "seksogtyvende",
    27: "syvogtyvende", 28: "otteogtyvende", 29: "niogtyvende", 30: "tredivte", 31: "enogtredivte",
}

# Abbreviations: spoken form. Matched case-sensitively at a word boundary; a capitalised
# form of each is added below.
ABBREVIATIONS = {
    "tlf.": "telefon", "dvs.": "det vil sige", "f.eks.": "for eksempel", "bl.a.": "blandt andet",
    "ca.": "cirka", "mv.": "med videre", "osv.": "og så videre", "evt.": "eventuelt", "nr.": "nummer",
    "kr.": "kroner", "pr.": "per", "jf.": "jævnfør", "inkl.": "inklusive", "ekskl.": "eksklusive",
    "mht.": "med hensyn til", "vedr.": "vedrørende", "kl.": "klokken", "mf.": "med flere",
}
ABBREVIATIONS.update({key[0].upper() + key[1:]: value[0].upper() + value[1:] for key, value in list(ABBREVIATIONS.items())})

QUOTE_MARKS = "\"“”„«»‘’‚‹›"
DECORATIVE = "•◦▪▫■□●○◆◇►▸▹▶→←↑↓✓✔✗✘★☆*#~|_§¶†‡^`"
WORD_CHARS = r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]"


@functools.cache
def _tokens() -> re.Pattern[str]:
    """What is read differently from how it is written; compiled when first read aloud (it holds
    every abbreviation: ~5 ms), not at every start."""
    abbreviations = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    return re.compile(
        rf"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
        rf"|(?P<web>(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?)"
        rf"|(?P<phone>(?<![\d])(?:\+45 ?)?\d{{2}} ?\d{{2}} ?\d{{2}} ?\d{{2}}(?![\d]))"
        rf"|(?P<ordinal>(?<![\d.])(?P<number>\d{{1,2}})\.(?= +[a-zæøå]))"
        rf"|(?P<abbreviation>(?<!{WORD_CHARS})(?:{abbreviations})(?!{WORD_CHARS}))"
        rf"|(?P<quote>[{re.escape(QUOTE_MARKS)}])"
        rf"|(?P<dash>(?<= )[-–—](?= ))"
        rf"|(?P<decorative>[{re.escape(DECORATIVE)}])"
    )


_WORD = re.compile(r"[\w]+(?:[-'’][\w]+)*")
# A sentence ends at . ! ? … (possibly followed by closing quotes) before a space and a
# capital letter, a digit or an opening quote; not after an abbreviation or an ordinal.
_SENTENCE_END = re.compile(rf"[.!?…]+[{re.escape(QUOTE_MARKS)})]*(?=\s+[\"“„«»A-ZÆØÅ0-9])")


@dataclass(frozen=True)
class Word:
    """A word of the spoken text and the displayed text it stands for."""

    spoken_start: int
    spoken_end: int
    start: int  # displayed offsets
    end: int


@dataclass
class Sentence:
    """One utterance: spoken text, the displayed range it stands for, and its words."""

    text: str
    start: int
    end: int
    paragraph: int  # sentences of one paragraph (block line) share this number
    origin: list[int] = field(default_factory=list, repr=False)  # displayed offset of each spoken char (+ end)
    origin_end: list[int] = field(default_factory=list, repr=False)  # displayed end for each spoken char
    words: list[Word] = field(default_factory=list, repr=False)

    def map_events(self, positions: Iterable[int]) -> list[int]:
        """Maps word events (0-based spoken character positions, in order) onto word indexes.

        Synthesisers shift positions after abbreviations and merge or split words, but give
        about one event per word in order. Each event goes to the word, among the next few,
        whose start is nearest to the position corrected by the drift of the last event that
        fell inside its word (espeak reports "have" in "skal have" inside "skal"); the
        mapping never goes backwards, so every event lands on one of our words."""
        mapped: list[int] = []
        last = -1
        drift = 0
        for position in positions:
            expected = position - drift
            if last >= 0:
                previous = self.words[last]
                # A number is spoken as several words ("2019": "to tusind og nitten").
                if self.text[previous.spoken_start:previous.spoken_end].isdigit() and \
                        previous.spoken_start <= expected < previous.spoken_end:
                    mapped.append(last)
                    continue
            candidates = range(last + 1, min(len(self.words), last + 6))
            if not candidates:
                if last >= 0:
                    mapped.append(last)  # still speaking the last word
                continue
            index = min(candidates, key=lambda i: (abs(self.words[i].spoken_start - expected), i))
            word = self.words[index]
            if word.spoken_start <= position < word.spoken_end:  # a clean hit: learn the drift
                drift = position - word.spoken_start
            mapped.append(index)
            last = index
        return mapped


class Script(list[Sentence]):
    """Sentences in reading order."""

    def paragraph_starts(self) -> list[int]:
        starts: list[int] = []
        previous = None
        for index, sentence in enumerate(self):
            if sentence.paragraph != previous:
                starts.append(index)
                previous = sentence.paragraph
        return starts

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self)


class _SentenceBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []
        self.origin_end: list[int] = []

    def verbatim(self, start: int, text: str) -> None:
        self.parts.append(text)
        self.origin.extend(range(start, start + len(text)))
        self.origin_end.extend(range(start + 1, start + len(text) + 1))

    def replace(self, start: int, end: int, spoken: str) -> None:
        self.parts.append(spoken)
        self.origin.extend([start] * len(spoken))
        self.origin_end.extend([end] * len(spoken))

    def build(self, paragraph: int, start: int, end: int) -> Sentence | None:
        raw = "".join(self.parts)
        # Collapse runs of spaces and drop leading/trailing ones and stray commas, keeping the map.
        text_chars: list[str] = []
        origin: list[int] = []
        origin_end: list[int] = []
        for char, o, e in zip(raw, self.origin, self.origin_end, strict=True):
            if char.isspace():
                if not text_chars or text_chars[-1] == " ":
                    continue
                char = " "
            if char == "," and (not text_chars or text_chars[-1] == "," or
                                (text_chars[-1] == " " and len(text_chars) > 1 and text_chars[-2] == ",")):
                continue
            if char == "," and text_chars and text_chars[-1] == " ":
                text_chars.pop(), origin.pop(), origin_end.pop()
            text_chars.append(char)
            origin.append(o)
            origin_end.append(e)
        while text_chars and text_chars[-1] in " ,":
            text_chars.pop(), origin.pop(), origin_end.pop()
        while text_chars and text_chars[0] in " ,":
            text_chars.pop(0), origin.pop(0), origin_end.pop(0)
        text = "".join(text_chars)
        if not _WORD.search(text):
            return None
        origin.append(origin_end[-1] if origin_end else end)
        words = []
        for match in _WORD.finditer(text):
            s, e = match.span()
            words.append(Word(s, e, origin[s], max(origin_end[s:e])))
        return Sentence(text, start, end, paragraph, origin, origin_end, words)


def _speak_token(builder: _SentenceBuilder, match: re.Match[str], offset: int) -> None:
    kind = match.lastgroup
    start, end = offset + match.start(), offset + match.end()
    token = match.group()
    if kind == "phone":
        digits = [(start + i, c) for i, c in enumerate(token) if c.isdigit()]
        if token.startswith("+45"):
            builder.replace(start, start + 3, "plus 45 ")
            digits = digits[2:]
        for pair in range(0, len(digits), 2):
            (a, first), (b, second) = digits[pair], digits[pair + 1]
            builder.verbatim(a, first)
            builder.verbatim(b, second)
            builder.replace(b + 1, b + 1, " ")
    elif kind == "ordinal":
        number = int(match.group("number"))
        if number in ORDINALS:
            builder.replace(start, end, ORDINALS[number])
        else:
            builder.verbatim(start, match.group("number"))
            builder.replace(end - 1, end, "e")
    elif kind == "abbreviation":
        builder.replace(start, end, ABBREVIATIONS[token])
    elif kind in ("email", "web"):
        scheme = re.match(r"https?://", token)  # nobody says "https skråstreg skråstreg": the address starts at www
        if scheme:
            builder.replace(start, start + scheme.end(), "")
        for part in re.finditer(r"[^.@/:]+|[.@/:]", token[scheme.end() if scheme else 0:]):
            part_offset = scheme.end() if scheme else 0
            piece, piece_start = part.group(), start + part_offset + part.start()
            if piece == ".":
                builder.replace(piece_start, piece_start + 1, " punktum ")
            elif piece == "@":
                builder.replace(piece_start, piece_start + 1, " snabel-a ")
            elif piece in "/:":
                builder.replace(piece_start, piece_start + 1, " skråstreg " if piece == "/" else " ")
            else:
                builder.verbatim(piece_start, piece)
    elif kind in ("quote", "dash"):
        builder.replace(start, end, ", ")
    # decorative: nothing is spoken


def _normalise(builder: _SentenceBuilder, text: str, offset: int) -> None:
    position = 0
    for match in _tokens().finditer(text):
        if match.start() > position:
            builder.verbatim(offset + position, text[position:match.start()])
        _speak_token(builder, match, offset)
        position = match.end()
    if position < len(text):
        builder.verbatim(offset + position, text[position:])


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in one displayed line (not after abbreviations or ordinals)."""
    protected = [(m.start(), m.end()) for m in _tokens().finditer(text)
                 if m.lastgroup in ("abbreviation", "ordinal", "email", "web")]
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if any(a < match.end() <= b for a, b in protected):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            result.append((a, b))
    return result


# Lines longer than this are split into sentences window by window, so the cost stays
# linear in the length of the line; a "sentence" longer than a window is cut at a space.
WINDOW = 2000


def sentence_spans(text: str, window: int = WINDOW) -> Iterator[tuple[int, int]]:
    """Sentence boundaries in one displayed line of any length, in linear time.

    Each window of at most ``window`` characters is split as ``_sentence_spans`` does; its
    last sentence, which may run on past the window, starts the next window. A sentence
    longer than a window is cut at its last space inside the window (or at the window's
    end when it has none), so no piece is ever longer than ``window``."""
    start, length = 0, len(text)
    while start < length:
        end = min(length, start + window)
        spans = _sentence_spans(text[start:end])
        if end < length:
            if len(spans) > 1:
                spans = spans[:-1]
            else:
                cut = text.rfind(" ", start + 1, end)
                if cut <= start:
                    cut = end
                spans = _sentence_spans(text[start:cut])[:1]
                if not spans:
                    start = cut
                    continue
                spans = [(spans[0][0], cut - start)]
        if not spans:
            return
        for a, b in spans:
            yield start + a, start + b
        start = start + spans[-1][1] if end < length else length


@dataclass(frozen=True)
class Reading:
    """What is read besides the text (the read-aloud options)."""

    quote_speaker: str = QUOTE_SPEAKER.default  # SPEAKER_BEFORE, SPEAKER_AFTER or "none"
    commitment_label: bool = True  # the "Vi vil:" line before a list of commitments
    numbers: Mapping[int, str] = field(default_factory=dict)  # item start -> "2.3" / "C2.1"; empty: not read
    list_numbers: bool = False  # "1." before each item of a numbered list


def reading_with_numbers(document: Document, *, quote_speaker: str = QUOTE_SPEAKER.default,
                         commitment_label: bool = True, numbers: bool = False) -> Reading:
    """A Reading for ``document``; with ``numbers``, its list, commitment and quote numbers are read."""
    return Reading(quote_speaker, commitment_label,
                   {item.start: item.number for item in numbered_items(document)} if numbers else {}, numbers)


def spoken_number(number: str) -> str:
    """How a commitment's or a quote's number is said: "2.3" -> "2 punkt 3", "C2.1" -> "Citat 2 punkt 1"."""
    quote = number.startswith(QUOTE_PREFIX)
    theme, _, ordinal = number.removeprefix(QUOTE_PREFIX).partition(".")
    said = f"{theme} punkt {ordinal}"
    return f"Citat {said}" if quote else said


class ScriptWriter:
    """Builds a Script line by line; each displayed line is a paragraph of its own."""

    def __init__(self, reading: Reading | None = None) -> None:
        self.script = Script()
        self.reading = reading or Reading()
        self._paragraph = 0

    def line(self, text: str, offset: int) -> None:
        """A displayed line (or part of one) starting at document ``offset``."""
        self.script.extend(self.line_sentences(text, offset))

    def line_sentences(self, text: str, offset: int) -> Iterator[Sentence]:
        """The sentences of a displayed line one at a time (a very long line never waits in memory)."""
        for a, b in sentence_spans(text):
            sentence = self._sentence(text[a:b], offset + a)
            if sentence is not None:
                yield sentence
        self._paragraph += 1

    def announcement(self, spoken: str, start: int, end: int) -> None:
        """Spoken words that stand for a displayed range without being its text."""
        sentence = self._announcement(spoken, start, end)
        if sentence is not None:
            self.script.append(sentence)

    def _announcement(self, spoken: str, start: int, end: int) -> Sentence | None:
        builder = _SentenceBuilder()
        _normalise(builder, spoken, 0)
        builder.origin = [start] * len(builder.origin)
        builder.origin_end = [end] * len(builder.origin_end)
        return builder.build(self._paragraph, start, end)

    def _sentence(self, text: str, offset: int) -> Sentence | None:
        builder = _SentenceBuilder()
        _normalise(builder, text, offset)
        return builder.build(self._paragraph, offset, offset + len(text))

    def block(self, block: Block, *, introduce_quotes: bool = True) -> None:
        self.script.extend(self.block_sentences(block, introduce_quotes=introduce_quotes))

    def block_sentences(self, block: Block, *, introduce_quotes: bool = True) -> Iterator[Sentence]:
        """What ``block`` adds to the script, one sentence at a time."""
        reading = self.reading
        starts = block.line_starts()
        if block.kind is BlockKind.QUOTE and introduce_quotes:
            speaker_start = starts[-1]
            speaker_end = speaker_start + len(block.speaker)
            number = reading.numbers.get(block.start)
            if reading.quote_speaker == SPEAKER_BEFORE:
                said = quote_introduction(block.speaker)
                if number:
                    said = said.replace("Citat", spoken_number(number), 1)
                yield from self._said(said, speaker_start, speaker_end)
            elif number:
                yield from self._said(spoken_number(number) + ".", block.start, starts[0] + len(block.lines[0]))
            for text, start in zip(block.lines[:-1], starts[:-1], strict=True):
                yield from self.line_sentences(text, start)
            if reading.quote_speaker == SPEAKER_AFTER:
                yield from self._said(quote_attribution(block.speaker), speaker_start, speaker_end)
            return
        for index, (text, start) in enumerate(zip(block.lines, starts, strict=True)):
            if block.kind is BlockKind.COMMITMENTS and index == 0 and not reading.commitment_label:
                continue
            number = reading.numbers.get(start) if block.kind is BlockKind.COMMITMENTS else None
            if number:
                yield from self._said(spoken_number(number) + ".", start, start + len(text))
            elif block.kind is BlockKind.LIST and block.ordered and reading.list_numbers:
                yield from self._said(f"{index + 1}.", start, start + len(text))
            yield from self.line_sentences(text, start)

    def _said(self, spoken: str, start: int, end: int) -> Iterator[Sentence]:
        sentence = self._announcement(spoken, start, end)
        if sentence is not None:
            yield sentence

    def range(self, blocks: Sequence[Block], start: int, end: int) -> None:
        """The displayed text between ``start`` and ``end``: whole blocks as ``block`` reads them, the
        blocks cut at either end line by line."""
        for block in blocks:
            if block.end <= start or block.start >= end:
                continue
            if start <= block.start and block.end <= end:
                self.block(block)
                continue
            for text, line_start in zip(block.lines, block.line_starts(), strict=True):
                a, b = max(start, line_start), min(end, line_start + len(text))
                if b > a:
                    self.line(text[a - line_start:b - line_start], a)


def quote_introduction(speaker: str) -> str:
    """ "Skoleelev, 2. klasse" -> "Citat fra en skoleelev i 2. klasse:" (spoken later as "anden")."""
    who, _, detail = (part.strip() for part in speaker.partition(","))
    words = who.split(" ", 1)
    head = words[0]
    if head[:1].isupper() and head[1:].islower() and head.lower() in _COMMON_NOUNS:
        article = "et" if head.lower() in _NEUTER else "en"
        who = f"{article} {head.lower()}" + (f" {words[1]}" if len(words) > 1 else "")
    if detail:
        joiner = "i" if re.match(r"\d", detail) else "fra"
        who = f"{who} {joiner} {detail}"
    return f"Citat fra {who}:"


def quote_attribution(speaker: str) -> str:
    """ "Skoleelev, 2. klasse" -> "Sagt af en skoleelev i 2. klasse." (read after the quote)."""
    return "Sagt af " + quote_introduction(speaker).removeprefix("Citat fra ").removesuffix(":") + "."


_COMMON_NOUNS = {"skoleelev", "elev", "medarbejder", "forælder", "medlem", "barn", "pædagog", "lærer", "leder",
                 "mor", "far", "borger", "ung", "formand", "politiker", "dagplejer", "træner", "frivillig"}
_NEUTER = {"medlem", "barn"}


# -- what the read-aloud commands read ---------------------------------------------------
def section_script(section: Section, reading: Reading | None = None) -> Script:
    return blocks_script(section.blocks, reading)


def quotes_script(quotes: Sequence[Block], reading: Reading | None = None) -> Script:
    return blocks_script(quotes, reading)


def blocks_script(blocks: Sequence[Block], reading: Reading | None = None) -> Script:
    writer = ScriptWriter(reading)
    for block in blocks:
        writer.block(block)
    return writer.script


def range_script(document: Document, start: int, end: int | None = None, reading: Reading | None = None) -> Script:
    writer = ScriptWriter(reading)
    writer.range(document.blocks, start, len(document.text) if end is None else end)
    return writer.script


def shown_order_script(document: Document, block: Block) -> Script:
    """``block`` as a caret moving through the text meets it, in the order shown: a quote's speaker
    after the quote ("Sagt af …"), whatever read-aloud's choice."""
    return range_script(document, block.start, block.end, Reading(quote_speaker=SPEAKER_AFTER))


def document_script(document: Document, reading: Reading | None = None) -> Script:
    return blocks_script(document.blocks, reading)


def text_script(text: str) -> Script:
    """A short announcement that is not part of the document (offsets refer to ``text``)."""
    writer = ScriptWriter()
    for match in re.finditer(r"[^\n]+", text):
        writer.line(match.group(), match.start())
    return writer.script


def iter_sentences(blocks: Iterable[Block]) -> Iterator[Sentence]:
    """The sentences ``blocks_script(blocks)`` would hold, one at a time, for exports of any length."""
    writer = ScriptWriter()
    for block in blocks:
        yield from writer.block_sentences(block)
