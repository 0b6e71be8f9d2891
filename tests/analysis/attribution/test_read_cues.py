"""A thing with words on it that "reads" them, on small made-up articles: the thing speaks the quoted words; a person
reading, or a thing read with no quotation beside it, speaks nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions

READ = [
    pytest.param("\"We are heartbroken by this loss,\" the statement read.", "We are heartbroken by this loss",
                 "the statement", id="a statement closing its quotation"),
    pytest.param("\"He was prescribed the drugs,\" the warrant reads.", "He was prescribed the drugs", "the warrant",
                 id="a paper, present tense"),
    pytest.param("\"Rest in peace, my brother,\" the Facebook post read.", "Rest in peace, my brother",
                 "the Facebook post", id="a post, read tagged a noun"),
    pytest.param("\"Come to the county,\" the editorial read.", "Come to the county", "the editorial",
                 id="editorial tagged an adjective"),
    pytest.param("A sign on the door read: \"Closed until further notice.\"", "Closed until further notice",
                 "A sign", id="a sign opening its quotation"),
    pytest.param("The statement read in part: \"We ask for privacy.\"", "We ask for privacy", "The statement",
                 id="read in part"),
    pytest.param("Supporters wore shirts that read \"Justice for Jamal.\"", "Justice for Jamal", "shirts",
                 id="shirts that read"),
]


@pytest.mark.parametrize("sentence, words, thing", READ)
def test_a_thing_reads_its_words(parsed, sentence, words, thing):
    text = f"Town news\n\nThe family gathered on Monday. {sentence}\n"
    found = [a for a in find_attributions(parsed(text)) if words in a.content.text_of(text)]
    assert [text[a.speaker.start:a.speaker.end] for a in found] == [thing]


@pytest.mark.parametrize("sentence", [
    pytest.param("He read the statement to reporters on Monday.", id="a person reading a statement"),
    pytest.param("\"Guilty on all counts,\" the judge read.", id="a person reading out words"),
    pytest.param("The statement read like a confession.", id="no quotation beside it"),
])
def test_no_thing_reads(parsed, sentence):
    text = f"Town news\n\nThe family gathered on Monday. {sentence}\n"
    assert [a for a in find_attributions(parsed(text)) if text[a.cue.start:a.cue.end].startswith("read")] == []
