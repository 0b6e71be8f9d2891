"""A day line is drawn only between two mentions whose main clauses do not state two different acts: made-up articles
analysed by the real pipeline, the discrepancy stage run on hand-made claims of their sentences."""
from __future__ import annotations

import pytest

from viewer.analysis.confident_pairs import ConfidentPairs
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention

_EXPECTED = "Jane Lowe, 30, is expected to be arraigned Tuesday on a charge of child neglect."
_MOTHER = "The boy's mother was arraigned Tuesday on a charge of child neglect."
_FATHER = "The boy's father was arraigned Thursday on a charge of child neglect."
_COUNSELORS_A = "Grief counselors will be available for students at Riverton Middle School on Tuesday."
_COUNSELORS_B = "Grief counselors will be available for students at the school on Wednesday."
_ARTICLES = {
    "a.txt": f"Boy shot in Riverton\n\nA 6-year-old boy shot himself at his home in Riverton.\n\n{_EXPECTED}\n\n{_MOTHER}\n\n"
             f"{_COUNSELORS_A}\n",
    "b.txt": f"Riverton parents charged\n\nA 6-year-old boy shot himself in the hand in Riverton.\n\n{_FATHER}\n\n"
             f"{_COUNSELORS_B}\n",
}


@pytest.fixture
def analysed(analysed_articles):
    """The two articles analysed: their texts, their units, and a mention maker."""
    texts, units, _attributed, _sources, mention = analysed_articles(_ARTICLES)
    return texts, units, mention


def _day_lines(analysed, a: Mention, b: Mention) -> list[str]:
    texts, units, _mention = analysed
    claim = Claim("x", [a, b])
    annotate_discrepancies([claim], units, {}, texts)
    return [d.explanation for d in claim.discrepancies if d.kind == "time"]


def test_two_acts_give_each_its_own_day(analysed):
    """"Is expected to be arraigned Tuesday" / "was arraigned Thursday": two statements (expect, arraign), no line."""
    *_rest, mention = analysed
    assert _day_lines(analysed, mention(1, _EXPECTED), mention(2, _FATHER)) == []


def test_one_act_on_two_days_is_a_line(analysed):
    """"Was arraigned Tuesday" / "was arraigned Thursday": one act, two days."""
    *_rest, mention = analysed
    assert _day_lines(analysed, mention(1, _MOTHER), mention(2, _FATHER)) == ["day: 'Tuesday' vs 'Thursday'"]


def test_two_acts_reads_the_units_records(analysed):
    """`ConfidentPairs.two_acts`: both main clauses state acts and share none. A copula's main clause ("will be
    available … on Tuesday" / "… on Wednesday") states no act read, and a mention with no unit tells nothing."""
    texts, units, mention = analysed
    pairs = ConfidentPairs(units)
    assert pairs.two_acts(mention(1, _EXPECTED), mention(2, _FATHER))
    assert not pairs.two_acts(mention(1, _MOTHER), mention(2, _FATHER))
    assert not pairs.two_acts(mention(1, _COUNSELORS_A), mention(2, _COUNSELORS_B))
    assert not pairs.two_acts(Mention(1, 0, 4, texts[1][:4]), mention(2, _FATHER))
