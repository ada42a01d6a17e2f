"""Speech-friendly Danish: what is spoken, and that every spoken word maps back onto the displayed text."""

from __future__ import annotations

import re

import pytest

from reader.document import Document
from reader.speech import spoken


def one(text: str) -> spoken.Sentence:
    script = spoken.text_script(text)
    assert len(script) == 1, [s.text for s in script]
    return script[0]


@pytest.mark.parametrize("shown, said", [
    ("Tlf.: 96286000", "Telefon: 96 28 60 00"),
    ("Ring på 96 28 60 00 i dag", "Ring på 96 28 60 00 i dag"),
    ("Mobil: 20948586", "Mobil: 20 94 85 86"),
    ("Skoleelev, 2. klasse", "Skoleelev, anden klasse"),
    ("Elever i 10. klasse og 1. klasse", "Elever i tiende klasse og første klasse"),
    ("Send e-mail til louise.raunkjaer@herning.dk", "Send e-mail til louise punktum raunkjaer snabel-a herning punktum dk"),
    ("Se www.herning.dk for mere", "Se www punktum herning punktum dk for mere"),
    ("Se https://www.herning.dk/borger nu", "Se www punktum herning punktum dk skråstreg borger nu"),
    ("• Dannelse ★", "Dannelse"),
    ('Han sagde "Her skaber vi venskaber" til alle', "Han sagde, Her skaber vi venskaber, til alle"),
    ("fællesskabet - uanset deres forudsætninger", "fællesskabet, uanset deres forudsætninger"),
    ("hele barnet - dvs. også det relationelle", "hele barnet, det vil sige også det relationelle"),
])
def test_spoken_form(shown: str, said: str) -> None:
    assert one(shown).text == said


def test_sentences_do_not_end_at_abbreviations_or_ordinals() -> None:
    script = spoken.text_script("Det gælder f.eks. børn i 2. klasse. Alle skal med! Også dem? Ja.")
    assert [s.text for s in script] == ["Det gælder for eksempel børn i anden klasse.", "Alle skal med!", "Også dem?", "Ja."]


def test_offsets_map_back_onto_the_displayed_text() -> None:
    shown = "Tlf.: 96286000 – skriv til a.b@herning.dk, 2. klasse"
    sentence = one(shown)
    pieces = [(shown[w.start:w.end], sentence.text[w.spoken_start:w.spoken_end]) for w in sentence.words]
    assert pieces == [("Tlf.", "Telefon"), ("96", "96"), ("28", "28"), ("60", "60"), ("00", "00"),
                      ("skriv", "skriv"), ("til", "til"), ("a", "a"), (".", "punktum"), ("b", "b"), ("@", "snabel-a"),
                      ("herning", "herning"), (".", "punktum"), ("dk", "dk"), ("2.", "anden"),
                      ("klasse", "klasse")]


def test_an_address_with_its_scheme_is_said_from_www_and_each_word_lights_up_its_own_piece() -> None:
    shown = "Se https://www.herning.dk/borger"
    sentence = one(shown)
    pieces = [(shown[w.start:w.end], sentence.text[w.spoken_start:w.spoken_end]) for w in sentence.words]
    assert pieces == [("Se", "Se"), ("www", "www"), (".", "punktum"), ("herning", "herning"), (".", "punktum"),
                      ("dk", "dk"), ("/", "skråstreg"), ("borger", "borger")]


def test_every_spoken_word_of_the_policy_maps_onto_displayed_text(policy: Document) -> None:
    script = spoken.document_script(policy)
    assert len(script) > 100
    verbatim = total = 0
    for sentence in script:
        assert policy.text[sentence.start:sentence.end].strip()
        for word in sentence.words:
            said = sentence.text[word.spoken_start:word.spoken_end]
            shown = policy.text[word.start:word.end]
            assert sentence.start <= word.start < word.end <= sentence.end or sentence.text.startswith("Citat fra")
            total += not sentence.text.startswith("Citat fra")
            if said == shown:
                verbatim += 1
            else:  # a spoken form: it stands for a displayed token that has letters or digits
                assert re.search(r"\w|@|\.", shown), (said, shown)
    assert verbatim > 0.95 * total
    danish = {policy.text[w.start:w.end] for s in script for w in s.words if re.search("[æøåÆØÅ]", s.text)}
    assert {"børn", "Børne", "fællesskabet", "også"} <= danish


def test_theme_script_introduces_quotes_and_reads_the_we_will_list(policy: Document) -> None:
    texts = [s.text for s in spoken.section_script(policy.themes[0])]
    assert texts[0] == "Dannelse"
    assert "Vi vil:" in texts
    assert "Have fokus på børn og unges digitale dannelse" in texts
    intro = texts.index("Citat fra en skoleelev i anden klasse:")
    assert texts[intro + 1].startswith("Hvis du en dag blev første- og andenvælger")
    assert not any('"' in text or "*" in text for text in texts)


def test_quote_introductions() -> None:
    assert spoken.quote_introduction("Skoleelev, 2. klasse") == "Citat fra en skoleelev i 2. klasse:"
    assert spoken.quote_introduction("Medlem af Handicaprådet") == "Citat fra et medlem af Handicaprådet:"
    assert spoken.quote_introduction("Skoleelev, Det Fælles Elevråd") == "Citat fra en skoleelev fra Det Fælles Elevråd:"
    assert spoken.quote_introduction("Louise Maria Raunkjær") == "Citat fra Louise Maria Raunkjær:"


def test_range_reads_from_the_caret_and_cuts_a_selection(policy: Document) -> None:
    paragraph = policy.themes[0].blocks[1]
    start = paragraph.start + len("Dannelse er ")
    script = spoken.range_script(policy, start, paragraph.start + len("Dannelse er populært det"))
    assert [s.text for s in script] == ["populært det"]
    rest = spoken.range_script(policy, policy.sections[-1].start)
    assert rest[0].text == "Om politikken"
    assert rest[-1].text.startswith("Brug altid en sikker mail")


def test_paragraphs_group_sentences(policy: Document) -> None:
    script = spoken.section_script(policy.themes[0])
    starts = script.paragraph_starts()
    assert starts[:3] == [0, 1, 4]  # heading; three sentences in the first paragraph; the second paragraph


def test_word_events_map_tolerantly() -> None:
    sentence = one("Vi vil have fokus på børn")
    # An engine that merges "vil have" reports a position inside "vil" twice, then goes on.
    assert sentence.map_events([0, 3, 4, 12, 18, 21]) == [0, 1, 2, 3, 4, 5]
    # Shifted after an abbreviation: positions run ahead; still one word each, in order.
    assert sentence.map_events([0, 5, 10, 16, 20, 24]) == [0, 1, 2, 3, 4, 5]


def test_what_is_read_besides_the_text_is_the_readers_choice(policy: Document) -> None:
    theme = policy.themes[1]
    quote = theme.quotes[0]

    def said(reading: spoken.Reading, blocks: list) -> list[str]:
        return [sentence.text for sentence in spoken.blocks_script(blocks, reading)]

    before = said(spoken.Reading(), [quote])
    assert before[0] == "Citat fra en skoleelev fra Det Fælles Elevråd:"
    after = said(spoken.Reading(quote_speaker="after"), [quote])
    assert after == [*before[1:], "Sagt af en skoleelev fra Det Fælles Elevråd."]
    assert said(spoken.Reading(quote_speaker="none"), [quote]) == before[1:]
    numbered = spoken.reading_with_numbers(policy, numbers=True)
    assert said(numbered, [quote])[0] == "Citat 2 punkt 1 fra en skoleelev fra Det Fælles Elevråd:"
    unlabelled = said(spoken.reading_with_numbers(policy, commitment_label=False, numbers=True), theme.commitments)
    assert unlabelled[:2] == ["2 punkt 1.", theme.commitments[0].items[0]]
    assert "Vi vil:" not in unlabelled
    # The number stands for the item's text: the highlight lights the item while it is said.
    number = spoken.blocks_script(theme.commitments, numbered)[1]
    item_start = theme.commitments[0].line_starts()[1]
    assert (number.text, number.start, number.end) == ("2 punkt 1.", item_start,
                                                      item_start + len(theme.commitments[0].items[0]))


def test_commitments_and_quotes_read_their_numbers_when_asked(policy: Document) -> None:
    """(The content guide allows no numbered lists: the numbers read are the commitments' and quotes'.)"""
    theme = policy.themes[1]
    plain = [sentence.text for sentence in spoken.blocks_script(theme.commitments)]
    assert plain[:2] == ["Vi vil:", "Give børn og unge lyst til at være kreative, lege, bevæge sig, indgå i "
                         "fællesskaber og blive klogere"]
    counted = [sentence.text for sentence in spoken.blocks_script(
        theme.commitments, spoken.reading_with_numbers(policy, numbers=True))]
    assert counted[:4] == ["Vi vil:", "2 punkt 1.", plain[1], "2 punkt 2."]
    quote = [sentence.text for sentence in spoken.blocks_script(
        theme.quotes[:1], spoken.reading_with_numbers(policy, numbers=True))]
    assert quote[0] == "Citat 2 punkt 1 fra en skoleelev fra Det Fælles Elevråd:"


def test_reading_from_the_caret_reads_whole_blocks_as_a_theme_reading_does(policy: Document) -> None:
    quote = policy.themes[0].quotes[0]
    whole = [s.text for s in spoken.range_script(policy, quote.start, quote.end)]
    assert whole == [s.text for s in spoken.blocks_script([quote])]  # introduced, the speaker not read twice
    cut = [s.text for s in spoken.range_script(policy, quote.start + 1, quote.end)]
    assert cut[-1] == "Skoleelev, anden klasse"  # a block cut by the caret: its lines as they are shown
