"""A figure an article gives anew in a later sentence ("The death toll has since risen to 37"): its sources'
figures are compared with the article's later one in view, in the discrepancies and so in every output."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.units import claim_units
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention

_UPDATED = ("A blast at the Ridgeway chemical plant on Tuesday killed 33 people, the county fire chief said. "
            "The death toll has since risen to 37. Crews were still searching the east wing on Wednesday.")
_REVISED = ("A gunman opened fire on federal agents at a Wichita home on Friday. Initial reports indicated that four federal "
            "agents were wounded. Following an update from the FBI that number has been reduced to three.")


def _compared(parsed, first: str, second: str, sentence: str, updating: int = 1) -> list[tuple[str, list[str]]]:
    """The number discrepancies of a claim made of ``sentence``'s unit in the ``updating`` article (1 or 2) and the
    whole of the other."""
    units = claim_units(parsed(first, document_id=1)) + claim_units(parsed(second, document_id=2))
    texts = {1: first, 2: second}
    mentions = [Mention(u.document, u.span.start, u.span.end, texts[u.document][u.span.start:u.span.end]) for u in units
                if u.document != updating or sentence in texts[updating][u.span.start:u.span.end]]
    claim = Claim("x", mentions)
    annotate_discrepancies([claim], units, {}, texts)
    return [(d.explanation, [m.text for m in d.mentions]) for d in claim.discrepancies if d.kind == "number"]


@pytest.mark.parametrize("other, expected", [
    # the other source gives the later figure: the article's own update is why the two differ
    ("A blast at the Ridgeway chemical plant on Tuesday killed 37 people, the county fire chief said.",
     [("people: '33, later 37' vs '37' (updated)", ["33", "37"])]),
    # the other source still gives the earlier figure
    ("An explosion at the Ridgeway chemical plant killed 33 people on Tuesday, officials said.",
     [("people: '33, later 37' vs '33' (updated)", ["33", "33"])]),
])
def test_a_figure_the_article_updates_in_its_next_sentence_is_typed_updated(parsed, other, expected):
    assert _compared(parsed, _UPDATED, other, "killed 33 people") == expected


def test_a_figure_the_article_sets_anew_is_typed_revised(parsed):
    other = "Four federal agents were wounded at a Wichita home on Friday, the FBI said."
    assert _compared(parsed, _REVISED, other, "four federal agents") == [
        ("agents: 'four, later three' vs 'four' (revised)", ["four", "Four"])]


def test_a_later_sentence_about_another_measure_updates_nothing(parsed):
    """"The number of shootings this year rises to 50" keeps a tally of its own: the 33 killed stay the article's figure."""
    first = ("A blast at the Ridgeway chemical plant on Tuesday killed 33 people, the county fire chief said. "
             "The number of plant accidents in the state rises to 50 this year.")
    other = "A blast at the Ridgeway chemical plant on Tuesday killed 37 people, the county fire chief said."
    assert _compared(parsed, first, other, "killed 33 people") == [("people: '33' vs '37' (incompatible)", ["33", "37"])]


def test_the_source_that_updates_its_figure_may_be_the_second(parsed):
    first = "A blast at the Ridgeway chemical plant on Tuesday killed 37 people, officials said on Wednesday."
    assert _compared(parsed, first, _UPDATED, "killed 33 people", updating=2) == [
        ("people: '37' vs '33, later 37' (updated)", ["37", "33"])]


def test_a_figure_given_anew_in_a_later_clause_of_its_sentence_is_read_against_the_earlier_clause(parsed):
    first = ("Police originally reported that four other people were injured in the shooting on Elm Street; that number "
             "was later raised to five. The victims were taken to a hospital.")
    other = "Five other people were injured in the shooting on Elm Street, police said on Sunday."
    assert _compared(parsed, first, other, "four other people") == [
        ("people: 'four, later five' vs 'five' (revised)", ["four", "Five"])]
