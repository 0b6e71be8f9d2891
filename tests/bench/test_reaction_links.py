"""bench/reaction_links.py: who acts in made-up sentences, a reaction beside its act, the ruling veto on spans."""
import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def reactions(bench_script):
    return bench_script("reaction_links")


def _span(text: str):
    return english()(text)[:]


def test_the_doer_and_what_the_act_is_taken_as_are_read_apart(reactions):
    read = reactions.who_acts(_span("Senate Democrats criticized the FBI over its handling of the tip line."))
    assert {"senate", "democrats"} & read["doers"] and "fbi" in read["targets"]
    assert read["acts"] == {"criticize"} and not read["pronoun"]


def test_a_reaction_to_another_doers_act_is_read_one_way_only(reactions):
    reacting = _span("Senate Democrats criticized the FBI over its handling of the tip line.")
    acting = _span("The FBI closed its background check after a week.")
    assert reactions.reacts_to(reactions.who_acts(reacting), reactions.who_acts(acting))
    assert not reactions.reacts_to(reactions.who_acts(acting), reactions.who_acts(reacting))
    assert reactions.fires("reaction", acting, reacting)


def test_no_reaction_is_read_when_the_reacting_party_is_in_the_other_sentence(reactions):
    reacting = _span("Senate Democrats criticized the FBI over its handling of the tip line.")
    answering = _span("The FBI briefed Senate Democrats on the tip line.")
    assert not reactions.fires("reaction", reacting, answering)
    assert reactions.fires("loose", reacting, answering)


def test_the_verb_list_is_left_out_by_the_structure_reading(reactions):
    meeting = _span("Senate Democrats met the FBI director on Tuesday.")
    acting = _span("The FBI closed its background check after a week.")
    assert not reactions.fires("reaction", meeting, acting)
    assert reactions.fires("structure", meeting, acting)


def test_the_ruling_reading_is_the_veto_on_the_sentences_features(reactions):
    ruling = _span("A federal judge dismissed the antitrust complaint against the company.")
    suing = _span("The commission filed an amended antitrust complaint against the company.")
    again = _span("The complaint was thrown out by a federal judge on Monday.")
    assert reactions.fires("ruling", suing, ruling)
    assert not reactions.fires("ruling", ruling, again)
