"""More of what a listener hears, and where the highlight is while they hear it (found by mutation
testing: each case here was a change to reader/speech/spoken.py that no test noticed)."""

from __future__ import annotations

import pytest

from reader.document import Document
from reader.speech import spoken


def one(text: str) -> spoken.Sentence:
    script = spoken.text_script(text)
    assert len(script) == 1, [s.text for s in script]
    return script[0]


def heard_and_shown(text: str) -> list[tuple[str, str]]:
    sentence = one(text)
    return [(sentence.text[w.spoken_start:w.spoken_end], text[w.start:w.end]) for w in sentence.words]


@pytest.mark.parametrize(("shown", "said"), [
    ("Ring på +45 96 28 60 00 i dag", "Ring på plus 45 96 28 60 00 i dag"),
    ("Ring +4596286000", "Ring plus 45 96 28 60 00"),
    ("Elever i 32. klasse", "Elever i 32e klasse"),  # beyond the ordinals spoken as words
    ("Se www.herning.dk/boern", "Se www punktum herning punktum dk skråstreg boern"),
    ('Hun sagde - "Hej" - og gik', "Hun sagde, Hej, og gik"),
    ('"Hej," sagde hun', "Hej, sagde hun"),
    ("» Hej «", "Hej"),
])
def test_more_spoken_forms(shown: str, said: str) -> None:
    assert one(shown).text == said


def test_the_highlight_lands_on_the_shown_token_while_its_spoken_form_is_heard() -> None:
    assert heard_and_shown("Ring +45 96 28 60 00") == [
        ("Ring", "Ring"), ("plus", "+45"), ("45", "+45"), ("96", "96"), ("28", "28"), ("60", "60"), ("00", "00")]
    assert heard_and_shown("I 32. klasse") == [("I", "I"), ("32e", "32."), ("klasse", "klasse")]
    assert heard_and_shown("Se www.herning.dk/boern") == [
        ("Se", "Se"), ("www", "www"), ("punktum", "."), ("herning", "herning"), ("punktum", "."), ("dk", "dk"),
        ("skråstreg", "/"), ("boern", "boern")]


@pytest.mark.parametrize("text", [
    "Ring kl. 10 i morgen.",  # an abbreviation before a number
    "Det gælder f.eks. Herning og Ikast.",  # an abbreviation before a capital letter
    "Skriv til Louise.Raunkjaer@Herning.dk i dag.",  # an address with capitals
    "Se www.Herning.Dk i dag.",
])
def test_no_sentence_ends_inside_an_abbreviation_or_address(text: str) -> None:
    assert len(spoken.text_script(text)) == 1


def test_sentences_keep_their_exact_place_in_a_line_with_spaces_around() -> None:
    text = "  Hej med dig.   Farvel igen.  "
    script = spoken.text_script(text)
    assert [(s.text, text[s.start:s.end]) for s in script] == [
        ("Hej med dig.", "Hej med dig."), ("Farvel igen.", "Farvel igen.")]
    assert [len(s.words) for s in script] == [3, 2]
    assert spoken.text_script("   ") == []
    assert spoken.text_script("• ★ –") == []  # nothing to say


def test_a_quotes_introduction_is_highlighted_on_its_speaker(policy: Document) -> None:
    quote = policy.themes[0].quotes[0]
    script = spoken.blocks_script([quote])
    introduction, *said = script
    speaker_start = quote.line_starts()[-1]
    assert introduction.text == "Citat fra en skoleelev i anden klasse:"
    assert (introduction.start, introduction.end) == (speaker_start, speaker_start + len(quote.speaker))
    assert all(speaker_start <= word.start < word.end <= introduction.end for word in introduction.words)
    assert said[0].start == quote.start
    assert "".join(s.text for s in said).startswith("Hvis du en dag")
    assert not any(s.text.startswith("Skoleelev") for s in said)  # the speaker is not read twice
    unintroduced = spoken.ScriptWriter()
    unintroduced.block(quote, introduce_quotes=False)
    assert unintroduced.script[-1].text == "Skoleelev, anden klasse"


def test_reading_from_a_paragraphs_end_starts_with_the_next(policy: Document) -> None:
    first, second = policy.sections[0].blocks[1], policy.sections[0].blocks[2]
    assert spoken.range_script(policy, first.end)[0].start == second.start
    assert spoken.range_script(policy, first.start, first.end)[-1].end <= first.end
    assert spoken.range_script(policy, second.start, second.start) == []


def test_each_displayed_line_is_its_own_paragraph() -> None:
    writer = spoken.ScriptWriter()
    writer.line("Første. Anden.", 0)
    writer.line("Tredje.", 20)
    writer.announcement("Citat fra en elev:", 30, 34)
    assert [s.paragraph for s in writer.script] == [0, 0, 1, 2]
    assert writer.script.paragraph_starts() == [0, 2, 3]
    assert (writer.script[-1].start, writer.script[-1].end) == (30, 34)
    assert all((w.start, w.end) == (30, 34) for w in writer.script[-1].words)


def test_word_events_of_a_number_spoken_as_several_words_stay_on_the_number() -> None:
    sentence = one("Politikken er fra 2019 og gælder")
    start = sentence.text.index("2019")
    # "to tusind og nitten": four events inside "2019", then "og", "gælder".
    events = [0, 11, 14, start, start + 1, start + 2, start + 3, start + 5, start + 8]
    assert sentence.map_events(events) == [0, 1, 2, 3, 3, 3, 3, 4, 5]


def test_word_events_after_the_last_word_stay_on_it() -> None:
    sentence = one("Vi vil")
    assert sentence.map_events([0, 3, 5, 9, 12]) == [0, 1, 1, 1, 1]
    assert sentence.map_events([]) == []
    assert one("Ja").map_events([0, 1]) == [0, 0]


def test_word_events_running_behind_keep_the_order() -> None:
    sentence = one("en to tre fire fem seks syv otte")
    # An engine that reports every word one character early (after an abbreviation it had shortened).
    events = [max(0, w.spoken_start - 1) for w in sentence.words]
    assert sentence.map_events(events) == list(range(len(sentence.words)))
    # A missing event: the next one still lands on its own word, not on the skipped one.
    skipped = [w.spoken_start for i, w in enumerate(sentence.words) if i != 3]
    assert sentence.map_events(skipped) == [0, 1, 2, 4, 5, 6, 7]
