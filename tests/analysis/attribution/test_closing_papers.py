"""A paper named as the source at a sentence's close, its verb tagged a noun ("…, the affidavit states."), on small
made-up articles: the paper speaks the words before the comma; a region or group closing a sentence says nothing."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions

SPOKEN = [
    pytest.param("Holt fired three shots at the car, the affidavit states.", id="the affidavit states"),
    pytest.param("Holt fired three shots at the car, the probable cause affidavit states.", id="a longer paper's name"),
    pytest.param("Holt fired three shots at the car, charging documents state.", id="papers state"),
    pytest.param("Holt fired three shots at the car, the motion states.", id="the motion states"),
    pytest.param("Holt fired three shots at the car, the court documents state.", id="documents tagged a verb"),
    pytest.param("A prior conviction makes it illegal for her to have a gun, court records show.",
                 id="records show, the verb hung off the clause"),
]


@pytest.mark.parametrize("sentence", SPOKEN)
def test_closing_paper_speaks(parsed, sentence):
    text = f"Town news\n\n{sentence} He fled on foot.\n"
    found = find_attributions(parsed(text))
    assert [a.content.text_of(text) for a in found] == [sentence.rsplit(",", 1)[0]]
    assert text[found[0].speaker.start:found[0].speaker.end].split()[-1] in ("affidavit", "documents", "motion",
                                                                             "records")


@pytest.mark.parametrize("sentence, paper", [
    pytest.param("“He said he would shoot them all,” charging documents state.", "charging documents", id="papers state"),
    pytest.param("“Holt fired three shots at the car,” the affidavit states.", "the affidavit", id="the affidavit states"),
])
def test_a_quotation_a_closing_paper_states_is_the_paper_s(parsed, sentence, paper):
    """The tagger reads "states" as a noun or hangs "charging documents" on the quotation; the paper still speaks
    the words in quotation marks before its comma, and its name is read without them."""
    text = f"Town news\n\nHolt fled the house. {sentence} He fled on foot.\n"
    found = [a for a in find_attributions(parsed(text)) if a.kind == "direct"]
    assert [(a.content.text_of(text), text[a.speaker.start:a.speaker.end]) for a in found] == [
        (sentence[1:sentence.index(",")], paper)]


@pytest.mark.parametrize("sentence", [
    pytest.param("County court records show Cephas was out on bond at the time.", id="records hung on the verb"),
])
def test_paper_before_its_verb_speaks(parsed, sentence):
    """The parser hangs "records" on "show" as if the verb were a noun, and gives the verb no subject."""
    text = f"Town news\n\n{sentence}\n"
    found = find_attributions(parsed(text))
    assert [a.content.text_of(text) for a in found] == ["Cephas was out on bond at the time"]
    assert text[found[0].speaker.start:found[0].speaker.end] == "County court records"


SILENT = [
    pytest.param("Turnout rose across the South, including the battleground states.", id="regions closing a list"),
    pytest.param("The bill would cut aid, which hurts the swing states.", id="a clause closing on states"),
]


@pytest.mark.parametrize("sentence", SILENT)
def test_closing_region_says_nothing(parsed, sentence):
    assert find_attributions(parsed(f"Town news\n\n{sentence}\n")) == []
