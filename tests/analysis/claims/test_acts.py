"""Opposite acts: "checked into the clinic" and "checked out of the clinic" are two happenings of one story."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.acts import acts_opposed, stated_acts
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.predicates import predicates


def _features(nlp, sentence: str) -> UnitFeatures:
    doc = nlp(sentence)
    return UnitFeatures(predicates=predicates(doc[:]), acts=stated_acts(doc[:]))


@pytest.mark.parametrize(("sentence", "acts"), [
    ("Singer Mara Vance checked into the Pinecrest Clinic in Arizona on Thursday.", ["check in"]),
    ("Mara Vance has checked out of the Pinecrest Clinic after a month of treatment.", ["check out"]),
    ("Police said the coach was fired on Saturday.", ["fire"]),
    ("The club did not hire a new coach this week.", ["not hire"]),
    ("Dale Hart pleaded not guilty to two counts of assault.", ["plead not guilty"]),
    ("Dale Hart pleaded guilty to two counts of assault.", ["plead"]),
])
def test_the_acts_are_the_main_verbs_read_with_their_particle_and_negation(nlp, sentence, acts):
    assert _features(nlp, sentence).acts == acts


@pytest.mark.parametrize(("first", "second", "opposed"), [
    ("Mara Vance checked into the Pinecrest Clinic on Thursday.", "Mara Vance has checked out of the Pinecrest Clinic.", True),
    ("The Hawks hired Dan Moreno as head coach.", "The Hawks fired Dan Moreno as head coach on Monday.", True),
    # one sale told from its two sides: the doers are not one
    ("Ann Lee bought the old mill on Friday.", "The old mill was sold on Friday.", False),
    # a line telling both happenings meets a report of either
    ("Mara Vance checks into the Pinecrest Clinic and checks out a day later.", "Mara Vance checked into the Pinecrest Clinic.", False),
    # one game told from its two sides
    ("The Hawks won the final against the Rams on Sunday.", "The Rams lost the final against the Hawks on Sunday.", False),
    # an act denied is no opposite of its opposite
    ("The union's position remains the same.", "The union's position has not changed.", False),
    # one verb, its complement said and denied: two pleas
    ("Dale Hart, 41, pleaded not guilty to two counts of assault.", "Dale Hart, 41, pleaded guilty to two counts of assault.", True),
    ("Dale Hart pleads not guilty to assault", "Dale Hart has pleaded not guilty to two counts of assault.", False),
])
def test_opposite_acts(nlp, first, second, opposed):
    assert acts_opposed(_features(nlp, first), _features(nlp, second)) is opposed


_CHECKED_IN = [
    "Singer Mara Vance checked into the Pinecrest Clinic in Scottsdale on Thursday night, her publicist said.",
    "Mara Vance checked into the Pinecrest Clinic in Scottsdale late Thursday, her publicist confirmed.",
]
_CHECKED_OUT = [
    "Singer Mara Vance has checked out of the Pinecrest Clinic in Scottsdale, her publicist said.",
    "Mara Vance checked out of the Pinecrest Clinic in Scottsdale on Sunday, her publicist confirmed.",
]
_REST = [
    "The singer had been ordered by a judge to complete a treatment programme before her tour.",
    "Her tour of twelve cities is due to open in Denver next month.",
    "A spokesman for the clinic declined to comment on any patient.",
]


def _report(k: int, lead: str) -> str:
    return " ".join([lead, *(_REST[k % 3:] + _REST[:k % 3])])


def _checked_leads():
    from viewer.analysis.segment import parse

    texts = {k: _report(k, lead) for k, lead in enumerate(_CHECKED_IN + _CHECKED_OUT)}
    units = [u for k, text in texts.items() for u in claim_units(parse(k, text, []))]
    leads = [c for c in link_claims(units, texts) if any("Pinecrest" in m.text for m in c.mentions)]
    return sorted(sorted(m.document for m in c.mentions) for c in leads)


def test_reports_of_checking_in_and_of_checking_out_make_two_claims(nlp, monkeypatch):
    """The acts alone part them: the lede acts check (`dated_acts`) is off here, as it reads "checked" on Thursday and
    on Sunday as one act on two days."""
    from viewer.analysis.claims import blocks

    monkeypatch.setattr(blocks, "acts_apart", lambda a, b: False)
    assert _checked_leads() == [[0, 1], [2, 3]]


def test_a_check_out_dated_apart_from_the_check_in_loses_its_undated_partner(nlp):
    """With the lede acts check, Sunday's check-out report is refused beside Thursday's two check-in reports, and the
    undated check-out report, sharing all its other lines with every report, no longer links with it either: a known
    cost (the story groups read the refusal, as they read `verifier.dated_apart`'s; docs/linking.md, session 74)."""
    assert _checked_leads() == [[0, 1]]


_NOT_GUILTY = [
    "Dale Hart, 41, of Millbrook, pleaded not guilty on Tuesday to two counts of assault, his lawyer said.",
    "Dale Hart, 41, of Millbrook, has pleaded not guilty to two counts of assault, court records show.",
]
_GUILTY = [
    "Dale Hart, 41, of Millbrook, pleaded guilty on Tuesday to two counts of assault, his lawyer said.",
    "Dale Hart, 41, of Millbrook, has pleaded guilty to two counts of assault, court records show.",
]
_COURT = [
    "The charges stem from a fight outside a bar on Main Street in March.",
    "A judge set bail at $50,000 and scheduled a hearing for next month.",
    "Hart's lawyer declined to comment after the hearing.",
]


def test_reports_of_pleading_guilty_and_of_pleading_not_guilty_make_two_claims(nlp):
    from viewer.analysis.segment import parse

    texts = {k: " ".join([lead, *(_COURT[k % 3:] + _COURT[:k % 3])]) for k, lead in enumerate(_NOT_GUILTY + _GUILTY)}
    units = [u for k, text in texts.items() for u in claim_units(parse(k, text, []))]
    leads = [c for c in link_claims(units, texts) if any("pleaded" in m.text for m in c.mentions)]
    assert sorted(sorted(m.document for m in c.mentions) for c in leads) == [[0, 1], [2, 3]]
