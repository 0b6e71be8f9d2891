"""A headline's verb the small tagger reads as a noun is read back (public headlines, session 78); lines with no verb
and lines whose predicate the parse has already keep their parse."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.headlines import parsed_headline, states_event


def _read(line: str, body: str = "") -> dict[str, tuple[str, str, str]]:
    doc = parsed_headline(line, body)
    assert doc.text == line or doc.text.lower() == line.lower()  # recased at most, never rewritten
    return {t.text: (t.tag_, t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("line, body, verb, tag, subject, thing", [
    ("Jan. 6 Panel Subpoenas Jeffrey Clark, Former Justice Dept. Official",
     " The panel said Jeffrey Clark, a Justice Dept. official, must appear.", "subpoenas", "VBZ", "panel", "Clark"),
    ("Trump signs Russia sanctions bill", "", "signs", "VBZ", "Trump", "bill"),
    ("Dems notch easy win in New Mexico special election", "", "notch", "VBP", "Dems", "win"),
])
def test_the_verb_read_as_a_noun_is_the_root_with_its_subject_and_object(line, body, verb, tag, subject, thing):
    read = _read(line, body)
    assert read[verb][:2] == (tag, "ROOT")
    assert read[subject][1] == "nsubj" and read[subject][2] == verb
    assert read[thing][2] == verb
    assert states_event(parsed_headline(line, body)[:])


def test_a_name_read_as_the_verb_gives_the_verb_back_and_the_quote_before_stays_apart():
    line = ("‘Insult To The Record-Setting 75M People.’ Trump Slams Facebook For ‘Censoring And Silencing’ After "
            "Two-Year Suspension")
    body = " Facebook said on Friday that former President Donald Trump would be suspended, and Trump blasted it."
    read = _read(line, body)
    assert read["slams"] == ("VBZ", "ROOT", "slams")
    assert read["Facebook"][1:] == ("dobj", "slams") and read["Trump"][1:] == ("nsubj", "slams")
    assert read["Insult"][1] == "ROOT"  # the quoted line before is a sentence of its own


@pytest.mark.parametrize("line", [
    "Biden's Deadly Afghanistan Gamble",  # a noun phrase: no verb to read back
    "Louisiana Cops Indicted on Murder Charges in Boy’s Death",  # the participle is the predicate already
    "2 adults, 2 children killed in Stokes County murder-suicide",  # "adults" no verb (WordNet)
    "Multiple shooting victims at hookah lounge on South Howard Avenue in Tampa",  # "victims at hookah": no subject
    "Taliban unveil new Afghan government",  # a finite verb read already
])
def test_a_line_without_a_lost_verb_keeps_its_parse(line):
    from viewer.analysis.claims.headlines import _as_parsed
    from viewer.analysis.nlp import english

    plain = english()(_as_parsed(line, ""))
    assert [(t.tag_, t.dep_, t.head.i) for t in parsed_headline(line, "")] == \
        [(t.tag_, t.dep_, t.head.i) for t in plain]


def test_the_part_before_a_colon_is_read_on_its_own_words():
    """The quotation after the colon has its own verb; the reaction before it is read back all the same, and the
    quotation stays a sentence of its own."""
    read = _read("Liberal media blast DeSantis' transgender athletes bill: 'This is disgusting'")
    assert read["blast"] == ("VBP", "ROOT", "blast")
    assert read["media"][1:] == ("nsubj", "blast") and read["bill"][1:] == ("dobj", "blast")
    assert read["is"][1] == "ROOT"


def test_a_line_with_no_verb_after_its_colon_stops_the_reading_at_the_colon():
    read = _read("Explosion rocks port: dozens dead")
    assert read["rocks"] == ("VBZ", "ROOT", "rocks")
    assert read["dozens"][2] != "rocks"  # the toll after the colon is not the verb's object


@pytest.mark.parametrize("line, word", [
    ("Warren police officer out of surgery in serious condition after accidental shooting", "officer"),
    ("Two life sentences for man accused in Pigtown double murder", "sentences"),  # WordNet's "life sentence"
    ("Three women, one man injured in downtown Denver shootout", "man"),  # a count before it: the noun it counts
])
def test_the_noun_of_a_compound_or_of_a_count_is_no_verb(line, word):
    assert _read(line)[word][0] in ("NN", "NNS")
