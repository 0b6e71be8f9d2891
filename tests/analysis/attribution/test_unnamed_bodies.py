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
