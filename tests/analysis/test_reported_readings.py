"""Whether a sentence tells what someone found, judged, announced or wonders, in its own words: made-up sentences of
the shapes met on the GVA crawl and the judged discrepancy lines, and what the attribution line makes of them."""
from __future__ import annotations

import pytest

from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention
from viewer.analysis.reported_readings import reports_a_reading
from viewer.corpus.spans import Span


@pytest.mark.parametrize("sentence, expected", [
    ("Later, police were able to determine that a teen boy had been shot at the same location.", True),
    ("The agency is expected to announce that every student should wear a mask.", True),
    ("Airline insiders are wondering if the cancellations are part of a sick-out.", True),
    ("Investigators believe the young victim is the son of a contractor.", True),
    ("Upon arrival, officers found three students had been wounded in the shooting.", True),
    # a thing found, and the state it was found in, is no reading
    ("Police found a woman suffering from a gunshot wound.", False),
    ("A family of five was found fatally shot in their home.", False),
    # no one named: an expletive subject, and the outlet itself
    ("It appears the shooting was gang related.", False),
    ("We're learning the former student was armed with several loaded guns.", False),
    # a reading in an aside leaves the main clause stated as fact
    ("A 9-year-old boy was killed on Monday night in what police believe was an accidental shooting.", False),
    # a dateline's dash is no verb
    ("WASHINGTON ― Peter Smith, who was removed after investigators discovered his texts, has been fired.", False),
])
def test_a_sentence_tells_a_reading_when_someone_heads_a_clause_in_its_main_clause(nlp, sentence, expected):
    assert reports_a_reading(nlp(sentence)) is expected


_SAID = "Police said that a teen boy had been shot and wounded at the recreation center on Friday."


@pytest.mark.parametrize("fact, expected", [
    ("Later, police were able to determine that a teen boy had been shot and wounded at the recreation center.", []),
    ("Later, a teen boy was found to have been shot and wounded at the recreation center.", [[1, 2]]),
])
def test_a_fact_telling_someones_reading_draws_no_stated_as_fact_line(fact, expected):
    texts = {1: f"Shots were heard on Friday evening.\n\n{fact}\n", 2: f"Shots were heard on Friday evening.\n\n{_SAID}\n"}
    mentions = [Mention(d, texts[d].index(s), texts[d].index(s) + len(s), s) for d, s in ((1, fact), (2, _SAID))]
    claim = Claim("x", mentions)
    annotate_discrepancies([claim], [], {2: [Span(mentions[1].start, mentions[1].end)]}, texts)
    assert [[m.document for m in d.mentions] for d in claim.discrepancies if d.kind == "attribution"] == expected


def test_a_units_reading_is_read_in_its_articles_parse_stored_and_read_back(sentence_unit):
    from viewer.analysis.claims.features import UnitFeatures

    unit = sentence_unit("Investigators believe the young victim is the son of a contractor.")
    assert unit.reading and not sentence_unit("The young victim is the son of a contractor.").reading
    assert UnitFeatures.from_json(unit.to_json()).reading
    assert not UnitFeatures.from_json({k: v for k, v in unit.to_json().items() if k != "reading"}).reading
