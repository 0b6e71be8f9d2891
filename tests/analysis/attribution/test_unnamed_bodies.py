"""Bodies described and never named (``attribution/unnamed_bodies.py``), beside the fixtures of unnamed_bodies.json."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.attribution.unnamed_bodies import body_nouns


def test_the_table_holds_bodies_not_people():
    """WordNet's noun.group first senses, and "panel" from PolNeAR's source heads; a noun whose first sense is a person
    ("member") is not kept though PolNeAR makes it a source's head."""
    nouns = body_nouns()
    assert {"jury", "committee", "council", "board", "panel"} <= nouns
    assert not {"member", "woman", "official"} & nouns


@pytest.mark.parametrize("text, speaker, role", [
    ("Sanders’ allies have been eager to ensure that he wins.", "Sanders’ allies", None),
    ("Her office said that the fee would stay.", "Her office", None),
    ("Two federal committees said the rule was unlawful. They said it would be struck down.", "", "federal committees"),
])
def test_a_body_named_or_owned_keeps_its_rules_and_a_plural_is_a_group(parsed, text, speaker, role):
    first = find_attributions(parsed(text))[0]
    assert (first.speaker_name == "" if not speaker else first.speaker_name != "") and first.speaker_role == role


def test_they_after_a_plural_body_brought_in_is_that_body(parsed):
    text = "Two federal committees said the rule was unlawful. They said it would be struck down."
    found = find_attributions(parsed(text))
    assert [(a.speaker_name, a.speaker_role, a.speaker_kind) for a in found] == \
        [("", "federal committees", "group")] * 2


def test_it_in_the_bodys_own_sentence_is_that_body(parsed):
    """The "it" of a clause joined to the body's own ("…, but it endorsed …") is read from the subject above it
    (``references._described_antecedent``), which shows the body as ``unnamed_bodies`` does, not as a name."""
    text = ("An influential federal advisory panel overwhelmingly rejected a plan on Friday to give booster shots to "
            "most adults, but it endorsed the extra shots for those who are 65 or older.")
    found = find_attributions(parsed(text))
    assert [(a.speaker_name, a.speaker_role, a.speaker_kind) for a in found] == \
        [("", "influential federal advisory panel", "organisation")] * 2


def _speakers(parsed, text):
    return [(a.speaker_name, a.speaker_role, a.speaker_kind) for a in find_attributions(parsed(text))]


def test_a_body_described_by_adjectives_is_the_body_named_before(parsed):
    """"The independent panel" is no name: it goes on for the panel named before, by its noun alone, and the act of
    the body named first keeps its name, for that body speaks elsewhere."""
    text = ("A Food and Drug Administration advisory panel voted against the plan on Friday. But the independent panel "
            "recommended a third dose for older adults. The panel said more data is needed.")
    assert _speakers(parsed, text) == [("Food and Drug Administration advisory panel", None, "unknown")] * 3


def test_a_body_described_by_adjectives_alone_is_unnamed_and_a_wordnet_term_keeps_its_name(parsed):
    text = "The federal government said the rule was unlawful. The independent panel said it would be struck down."
    assert _speakers(parsed, text) == [("federal government", None, "organisation"),
                                       ("", "independent panel", "organisation")]


def test_a_description_keeps_the_words_after_its_noun(parsed):
    text = ("The families of the deceased said the crash was avoidable. A committee of outside experts said the plan "
            "was sound.")
    assert [role for _, role, _ in _speakers(parsed, text)] == ["families of the deceased",
                                                                "committee of outside experts"]


def test_a_quantified_body_is_described_and_no_later_it_takes_it(parsed):
    text = "No committee said it would act. It said the talks would go on."
    assert _speakers(parsed, text) == [("", "no committee", "unknown"), ("", None, "organisation")]


def test_a_named_body_whose_act_says_nothing_keeps_its_words_as_description(parsed):
    """A vote is no speech (``speech_acts``): no speaker row, but the panel shows who voted, not "unnamed source"."""
    found = find_attributions(parsed("A Food and Drug Administration advisory panel voted against the plan on Friday."))
    assert [(a.speaker_name, a.speaker_role) for a in found] == [("", "Food and Drug Administration advisory panel")]


def test_a_written_thing_put_out_by_a_body_described_is_that_body_s(parsed):
    """``issuers`` reads the issuer as every speaker phrase is read: an unnamed committee, not a row of its words."""
    text = "An advisory committee issued a statement on Monday. The statement said the drug was safe."
    assert _speakers(parsed, text) == [("", "advisory committee", "organisation")]
