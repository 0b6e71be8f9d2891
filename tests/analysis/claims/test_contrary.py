"""A report that tells the opposite act of a unit carries no claim of that unit, through any of its units."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.acts import stated_acts
from viewer.analysis.claims.contrary import contradicting
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.linking import claim_units, link_claims
from viewer.analysis.claims.predicates import predicates
from viewer.corpus.spans import Span

_COURT = [
    "The charges stem from a fight outside a bar on Main Street in March.",
    "A judge set bail at $50,000 and scheduled a hearing for next month.",
    "Hart's lawyer declined to comment after the hearing.",
]
_GUILTY = [
    "Dale Hart, 41, of Millbrook, pleaded guilty on Tuesday to two counts of assault and a charge of disorderly conduct, his lawyer said.",
    "Dale Hart, 41, of Millbrook, has pleaded guilty to two counts of assault and a charge of disorderly conduct, court records show.",
]
# The plea refused against the guilty pleas, and the next sentence of its report that read like them.
_NOT_GUILTY = ("Dale Hart, 41, of Millbrook, pleaded not guilty on Tuesday to two counts of assault. "
               "Hart, 41, of Millbrook, faces two counts of assault and a charge of disorderly conduct.")
# A report telling both pleas, one after the other.
_BOTH = ("Dale Hart, 41, of Millbrook, pleaded not guilty in May to two counts of assault. "
         "On Tuesday, Dale Hart, 41, of Millbrook, pleaded guilty to two counts of assault and a charge of disorderly conduct.")


def _plea_claims(first: str) -> list[list[int]]:
    """The documents of each claim naming a plea or the charges, the first report's lead being ``first``."""
    from viewer.analysis.segment import parse

    texts = {k: " ".join([lead, *(_COURT[k % 3:] + _COURT[:k % 3])]) for k, lead in enumerate([first, *_GUILTY])}
    units = [u for k, text in texts.items() for u in claim_units(parse(k, text, []))]
    claims = [c for c in link_claims(units, texts) if any("counts of assault" in m.text for m in c.mentions)]
    return sorted(sorted(m.document for m in c.mentions) for c in claims)


def test_a_report_of_the_other_plea_carries_the_plea_through_none_of_its_sentences(nlp):
    # Its not-guilty plea is refused against the guilty pleas; its next sentence, which reads like them,
    # took the refused one's place in the claim until the whole report was kept out.
    assert _plea_claims(_NOT_GUILTY) == [[1, 2]]


def test_a_report_telling_both_pleas_carries_the_later_one(nlp):
    assert _plea_claims(_BOTH) == [[0, 1, 2]]


def _unit(nlp, document: int, sentence: str) -> ClaimUnit:
    doc = nlp(sentence)
    return ClaimUnit(document, Span(0, len(sentence)), UnitFeatures(predicates=predicates(doc[:]), acts=stated_acts(doc[:])))


@pytest.mark.parametrize(("first", "second", "found"), [
    # one doer, opposite acts, done to one man: each report contradicts the other's unit
    (["The Hawks fired Dan Moreno as head coach on Monday."], ["The Hawks hired Dan Moreno as head coach."], {(0, 1), (1, 0)}),
    # done to two men: nothing said against the other
    (["The Hawks fired Dan Moreno as head coach on Monday."], ["The Hawks hired Eli Stone as head coach."], set()),
    # the first report also tells the hiring: it does not contradict it, while the second still contradicts the firing
    (["The Hawks fired Dan Moreno as head coach on Monday.", "The Hawks hired Dan Moreno in 2019."],
     ["The Hawks hired Dan Moreno as head coach."], {(0, 1)}),
])
def test_the_reports_contradicting_a_unit(nlp, first, second, found):
    units = [_unit(nlp, 0, s) for s in first] + [_unit(nlp, 1, s) for s in second]
    vetoed = [(0, len(first))]
    assert {(units[k].document, document) for k, document in contradicting(vetoed, units)} == found
