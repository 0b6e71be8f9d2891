"""Number lines on one toll two reports count differently: each report's reading of the outcome pairs the figures,
whatever noun a parse gives a count of others and whichever verb form (wounded, "Wounds 5") names the outcome."""
from __future__ import annotations

from viewer.analysis.claims.units import claim_units
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.model import Claim, Mention

_FOUR = ("Three men were killed and four other people were wounded in a shooting at a party on Elm Street on Sunday "
         "night.")
_FIVE = "Two people were killed and five others were wounded in a shooting at a party on Elm Street on Sunday night."
_HEADLINE = "Elm Street Party Shooting Kills 2, Wounds 5 Others\n\n"
_BODY = ("The victims were on the porch of a home on Elm Street when a man opened fire on Sunday night, police said. "
         "Five others were wounded in the shooting.")


def _number_lines(parsed, first: str, second: str) -> list[tuple[str, list[str]]]:
    """The number lines of a claim holding every unit of two made-up articles, each read in its article's parse."""
    units = claim_units(parsed(first, document_id=1)) + claim_units(parsed(second, document_id=2))
    texts = {1: first, 2: second}
    claim = Claim("x", [Mention(u.document, u.span.start, u.span.end, texts[u.document][u.span.start:u.span.end])
                        for u in units])
    annotate_discrepancies([claim], units, {}, texts)
    return [(d.explanation, [m.text for m in d.mentions]) for d in claim.discrepancies if d.kind == "number"]


def test_counts_of_others_are_compared_by_the_outcome_each_report_reads(parsed):
    assert ("wounded: 'four' vs 'five' (incompatible)", ["four", "five"]) in _number_lines(parsed, _FOUR, _FIVE)


def test_a_headline_leaves_the_line_its_sentences_show(parsed):
    lines = _number_lines(parsed, _FOUR, _HEADLINE + _BODY)
    assert ("wounded: 'four' vs 'five' (incompatible)", ["four", "Five"]) in lines
    assert not any("5" in figures for _line, figures in lines)


def test_one_toll_told_alike_has_no_number_line(parsed):
    assert _number_lines(parsed, _FOUR.replace("four", "five"), _FIVE.replace("Two", "Three")) == []


def test_counts_of_two_fates_are_not_compared_whatever_noun_they_share(parsed):
    """"Two people were killed" and "Four people were wounded" count one toll's two fates: no "people" line between
    them; the wounded are compared with the wounded ("five others")."""
    wounded_first = "Four people were wounded and a man was killed in a shooting at a party on Elm Street on Sunday night."
    assert _number_lines(parsed, _FIVE, wounded_first) == [("wounded: 'five' vs 'four' (incompatible)", ["five", "Four"])]
    killed = ("Two people were wounded in a shooting at a party on Elm Street on Sunday night, and three other people "
              "were killed.")
    assert _number_lines(parsed, killed, _FIVE) == []
