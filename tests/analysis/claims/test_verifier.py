"""The pair model's signs, on real reports."""
from __future__ import annotations

import math
import os
from collections import Counter
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.analysis.claims.index import figure_relation
from viewer.analysis.claims.linking import claim_units
from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.quantities import figures
from viewer.analysis.claims.synonyms import synonym_table
from viewer.analysis.claims.verifier import (
    PAIR_FEATURES, PAIR_RANGES, VETOED, LogisticModel, PieceWeights, TermWeights, UnitSigns, Verifier, counts_conflict, fitted,
    pair_features, pair_scores, signs_of_pair, word_alignment, word_checked,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def heldout_units(nlp) -> list:
    from viewer.analysis.segment import parse

    paths = sorted(FIXTURES.glob("heldout/*.txt"))
    return [u for d, p in enumerate(paths) for u in claim_units(parse(d, p.read_text(encoding="utf-8"), []))]


@pytest.fixture(scope="module")
def heldout_features(heldout_units) -> list:
    return [u.features for u in heldout_units]


@pytest.fixture(scope="module")
def heldout_pieces(heldout_units) -> list:
    """Each unit's word pieces as the alignment reads them."""
    weights = PieceWeights([u.pieces for u in heldout_units])
    return [weights.aligned(u.pieces) for u in heldout_units]


def _pairs(count: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(0, count, 3) for j in range(1, count, 7) if i != j]


def test_a_units_term_mass_worked_out_once_gives_the_signs_worked_out_afresh(heldout_features):
    """Each unit's term mass is kept after its first pair: every pair of units from the held-out
    reports gets, bit for bit, the signs that weights seeing that pair first give."""
    features = heldout_features
    kept = TermWeights(features)
    pairs = _pairs(len(features))
    assert len(pairs) > 500
    for i, j in pairs:
        assert pair_features(features[i], features[j], 0.5, kept) == pair_features(features[i], features[j], 0.5, TermWeights(features))


def _plain_signs(a, b, cosine: float, weights: TermWeights) -> list[float]:
    """The pair signs as their definitions read, every set built afresh."""
    words_for = synonym_table()
    meant_a, meant_b = (set().union(*(words_for.get(t, ()) for t in u.terms)) for u in (a, b))
    matched_a = {t for t in a.terms if t in b.terms or words_for.get(t, set()) & meant_b}
    matched_b = {t for t in b.terms if t in a.terms or words_for.get(t, set()) & meant_a}
    shared = math.sqrt(math.fsum(weights(t) for t in matched_a) * math.fsum(weights(t) for t in matched_b))
    mass_a, mass_b = (math.fsum(weights(t) for t in set(u.terms)) for u in (a, b))
    overlap = shared / math.sqrt((mass_a + 4.0) * (mass_b + 4.0))
    figures = figure_relation(a.figures, b.figures)
    names_a, names_b = set(a.names), set(b.names)
    either = names_a | names_b
    subjects_shared = {s for s, _v, _o in a.predicates if s} & {s for s, _v, _o in b.predicates if s}
    differ = bool(subjects_shared) and not ({v for _s, v, _o in a.predicates} & set(b.terms)
                                            or {v for _s, v, _o in b.predicates} & set(a.terms))
    swapped = any(s and o and s != o and (o, v, s) in b.predicates for s, v, o in a.predicates)
    return [
        1.0, cosine, cosine * cosine, overlap, float(figures == "same"), float(figures == "compatible"), float(figures == "conflict"),
        len(names_a & names_b) / max(1, min(len(names_a), len(names_b))) if names_a and names_b else 0.0,
        len(names_a ^ names_b) / len(either) if either else 0.0,
        float(bool(a.negations) != bool(b.negations)), float(swapped), float(differ),
        min(len(a.terms), len(b.terms)) / max(len(a.terms), len(b.terms), 1),
    ]


def test_signs_from_each_units_kept_sets_are_the_plain_formulas_bit_for_bit(heldout_features):
    """Verifying builds a unit's sets and term mass once (`UnitSigns`) and reuses them for every
    pair it is in: each sign is still its formula's value to the last bit, so no link moves."""
    accusing = [UnitFeatures(terms=["army", "accuse", "m23"], names=["m23"], predicates=[("army", "accuse", "m23")]),
                UnitFeatures(terms=["m23", "accuse", "army"], names=["m23"], predicates=[("m23", "accuse", "army")])]
    wounded = [UnitFeatures(terms=["iniure", "guard", "riot"]), UnitFeatures(terms=["wound", "guard", "prison"])]
    features = heldout_features + wounded + accusing
    weights = TermWeights(features)
    signs = [UnitSigns.of(f, weights) for f in features]
    fired = set()
    last = len(features)
    for i, j in _pairs(last) + [(last - 4, last - 3), (last - 2, last - 1)]:
        cosine = ((i * 7 + j * 3) % 100) / 99.0
        kept = signs_of_pair(signs[i], signs[j], cosine, weights)
        assert [x.hex() for x in kept] == [x.hex() for x in _plain_signs(features[i], features[j], cosine, weights)]
        fired |= {name for name, x in zip(PAIR_FEATURES, kept) if x}
    assert fired == set(PAIR_FEATURES)  # every sign took a value other than 0 somewhere


MASS_OF_MANY_TERMS = """
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.verifier import TermWeights
terms = [f"term{k}" for k in range(60)]
units = [UnitFeatures(terms=terms[:k]) for k in range(1, 61)]
print(TermWeights(units).mass(terms).hex())
"""


def test_a_term_mass_is_the_same_float_whatever_the_processes_string_hashing():
    """Workers are other processes, each with its own string hashing and so its own set order:
    one unit's term mass must not move in the last bit between them, or a pair on the threshold
    could link in one process and not in another."""
    masses = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        run = subprocess.run([sys.executable, "-c", MASS_OF_MANY_TERMS], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        masses.add(run.stdout.strip())
    assert len(masses) == 1, masses


def test_no_signs_make_the_shipped_pair_model_certain(heldout_features):
    """Linking reads a merge check a member at a time only because no verified score can round to
    1, the score of a forced link: the shipped weights cannot reach it within the signs' ranges,
    the signs of real pairs lie within those ranges, and weights that could reach it are caught."""
    model = fitted().pair
    assert not model.reaches_certainty(PAIR_RANGES)
    assert LogisticModel(model.names, model.weights * 3, model.threshold).reaches_certainty(PAIR_RANGES)
    features = heldout_features
    weights = TermWeights(features)
    for i, j in _pairs(len(features)):
        for name, x in zip(PAIR_FEATURES, pair_features(features[i], features[j], 1.0, weights)):
            low, high = PAIR_RANGES.get(name, (0.0, 1.0))
            assert low <= x <= high, name


def test_the_pairs_vetoed_are_those_counting_one_thing_differently_and_only_those(heldout_features):
    import numpy as np

    features, model = heldout_features, fitted().pair
    weights = TermWeights(features)
    pairs = _pairs(len(features))
    rows = np.array([pair_features(features[i], features[j], 0.9, weights) for i, j in pairs])
    conflict = np.array([counts_conflict(features[i], features[j]) for i, j in pairs])
    scores = pair_scores(model, rows, conflict)
    assert conflict.any() and not conflict.all()
    assert ((scores == VETOED) == conflict).all()
    assert (scores[~conflict] == model.probability(rows)[~conflict]).all()


def _counting(*counts: tuple[str, str]) -> UnitFeatures:
    """A unit giving these figures (as written) of these things."""
    out = []
    for text, thing in counts:
        f = figures(text)[0]
        out.append(CountedFigure(f.text, f.start, f.end, f.value, f.low, f.high, f.qualifier, f.unit, thing=thing))
    return UnitFeatures(figures=out)


@pytest.mark.parametrize(("a", "b", "conflict"), [
    ([("14", "people")], [("40", "people")], True),
    ([("6.1", "magnitude")], [("4.2", "magnitude")], True),  # small figures too
    ([("4.4", "magnitude")], [("4.2", "magnitude")], False),  # a few tenths apart: read as one figure revised
    ([("4.6", "magnitude")], [("4.2", "magnitude")], True),  # within a quarter, but a measure in tenths is not a toll
    ([("46", "people")], [("42", "people")], False),  # a toll within a quarter: read as one revised
    ([("two", "boat")], [("three", "boat")], True),
    ([("more than 100", "people")], [("151", "people")], False),  # the hedge allows 151
    ([("more than 100", "people")], [("80", "people")], True),  # below the least the hedge allows
    ([("nearly 50", "people")], [("48", "people")], False),
    ([("nearly 50", "people")], [("53", "people")], True),  # "nearly" stops short of its figure
    ([("fewer than 20", "people")], [("25", "people")], True),
    ([("about 30", "people")], [("31", "people")], False),
    ([("14", "people")], [("40", "soldier")], False),  # different things
    ([("2", "people"), ("14", "people")], [("2", "people"), ("40", "people")], False),  # one figure given the same
])
def test_a_conflict_is_one_thing_counted_in_ways_no_one_value_allows(a, b, conflict):
    assert counts_conflict(_counting(*a), _counting(*b)) is conflict


def _plain_alignment(a, b, stored: list) -> float:
    """BERTScore's greedy matching as its definition reads, from the stored bytes: rows decoded
    and normalised, each piece weighted by log((units + 50) / (units holding it + 0.5))."""
    units_with = Counter(i for p in stored for i in set(p.ids.tolist()))

    def decoded(p):
        rows = [[float(x) for x in row] for row in p.rows]
        return [[x / math.sqrt(sum(y * y for y in row)) for x in row] for row in rows]

    def weight(i):
        return math.log((len(stored) + 50) / (units_with[i] + 0.5))

    def best_mean(x, y):
        rows_x, rows_y, ids = decoded(x), decoded(y), x.ids.tolist()
        best = [max(sum(p * q for p, q in zip(r, s)) for s in rows_y) for r in rows_x]
        return sum(m * weight(i) for m, i in zip(best, ids)) / sum(weight(i) for i in ids)

    precision, recall = best_mean(a, b), best_mean(b, a)
    return 2 * precision * recall / (precision + recall)


def test_word_alignment_is_its_plain_formula(heldout_units, heldout_pieces):
    stored = [u.pieces for u in heldout_units]
    assert all(p is not None and p.count for p in stored)
    for i, j in _pairs(len(stored))[::25]:
        assert word_alignment(heldout_pieces[i], heldout_pieces[j]) == pytest.approx(_plain_alignment(stored[i], stored[j], stored), abs=1e-5)


def test_a_blocks_piece_weights_weigh_its_units_pieces_as_the_whole_corpus_does(heldout_units):
    """A block of candidate pairs carries the weights of its own units' pieces only, bit for bit."""
    stored = [u.pieces for u in heldout_units]
    whole = PieceWeights(stored)
    block = stored[10:30]
    restricted = whole.restricted(block)
    assert len(restricted.ids) < len(whole.ids)
    for p in block:
        assert restricted.aligned(p).shares.tobytes() == whole.aligned(p).shares.tobytes()


def test_word_alignment_sees_one_claim_in_other_words(nlp):
    """A paraphrase aligns better than a sentence of the same story saying something else, and a
    unit aligns with itself perfectly."""
    from viewer.analysis.segment import parse

    text = ("Rescuers pulled 12 survivors from the rubble on Sunday.\n\n"
            "On Sunday, twelve people were rescued alive from the collapsed building.\n\n"
            "The mayor said the building had passed an inspection last year.\n")
    units = claim_units(parse(0, text, []))
    weights = PieceWeights([u.pieces for u in units])
    rescue, paraphrase, other = (weights.aligned(u.pieces) for u in units)
    assert word_alignment(rescue, paraphrase) > word_alignment(rescue, other)
    assert word_alignment(rescue, rescue) == pytest.approx(1.0, abs=1e-6)


def test_the_word_check_takes_only_accepted_pairs_below_its_cut_and_only_where_both_units_have_pieces(heldout_pieces):
    """Scores below the threshold, vetoed pairs and pairs with a unit stored without pieces keep
    the pair model's score; an accepted pair aligning below the cut scores 0; no cut, no check."""
    import numpy as np

    shipped = fitted()
    threshold = shipped.pair.threshold
    same, other = heldout_pieces[0], heldout_pieces[60]
    none = PieceWeights([None]).aligned(None)
    alignment = word_alignment(same, other)
    pairs = [(same, same), (same, other), (same, other), (same, other), (none, other), (same, none)]
    scores = np.array([threshold + 0.1, threshold + 0.1, threshold - 0.1, VETOED, threshold + 0.2, threshold + 0.2])
    checked = word_checked(scores, Verifier(shipped.pair, shipped.story, alignment + 1e-6), pairs.__getitem__)
    assert checked.tolist() == [threshold + 0.1, 0.0, threshold - 0.1, VETOED, threshold + 0.2, threshold + 0.2]
    assert word_checked(scores, Verifier(shipped.pair, shipped.story, alignment - 1e-6), pairs.__getitem__).tolist() == scores.tolist()
    assert word_checked(scores, Verifier(shipped.pair, shipped.story, None), pairs.__getitem__).tolist() == scores.tolist()
    assert alignment < 1.0



def test_the_shipped_word_check_is_read_from_the_weights_file_with_how_it_was_chosen():
    import json

    from viewer.analysis.claims.verifier import WEIGHTS_FILE

    check = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["word_check"]
    assert fitted().alignment_cut == check["cut"] and 0.0 < check["cut"] < 1.0
    assert check["produced_by"].startswith("python -m viewer.analysis.claims.fit_word_check")
    assert check["choosing_links"]["at_cut"]["several_events_5"]["precision"] >= check["choosing_links"]["without_check"]["several_events_5"]["precision"]


def test_the_word_check_only_takes_links_away_on_real_reports(heldout_units):
    """Linked mention pairs of the held-out reports with the shipped cut are among those linked
    without the check, and a stricter cut takes more of them away."""
    import itertools

    from viewer.analysis.claims.linking import link_claims

    texts = {d: p.read_text(encoding="utf-8") for d, p in enumerate(sorted(FIXTURES.glob("heldout/*.txt")))}
    shipped = fitted()

    def linked(cut):
        claims = link_claims(heldout_units, texts, model=Verifier(shipped.pair, shipped.story, cut))
        return {(a.document, a.start, b.document, b.start) for c in claims for a, b in itertools.combinations(c.mentions, 2)}

    checked = linked(shipped.alignment_cut)
    assert checked and checked <= linked(None)
    assert linked(0.9) < checked


def _said(text: str) -> UnitFeatures:
    """The features of a made-up report's one sentence."""
    from viewer.analysis.claims.units import found_units
    from viewer.analysis.segment import parse

    (unit,) = found_units(parse(0, text, []))
    return unit.features


_TANKER = "A tanker truck overturned on Interstate {} near Macon on Tuesday morning, the Georgia State Patrol said."
_TAKEN = "{} victims were taken to Grady Memorial Hospital, police said on Sunday."


def test_a_number_that_picks_one_out_is_no_count_given_differently(nlp):
    """"One of the victims" says nothing of how many there were, so three victims taken to hospital
    is no other count of them; two and three are."""
    picked = _said("One of the victims was taken to Grady Memorial Hospital, police said on Sunday.")
    assert not counts_conflict(picked, _said(_TAKEN.format("Three")))
    assert counts_conflict(_said(_TAKEN.format("Two")), _said(_TAKEN.format("Three")))


def test_two_roads_are_two_names_not_one_thing_counted_twice(nlp):
    a, b = _said(_TANKER.format(75)), _said(_TANKER.format(16))
    assert not counts_conflict(a, b)
    assert figure_relation(a.figures, b.figures) == ""
    assert figure_relation(a.figures, _said(_TANKER.format(75)).figures) == "same"


def test_an_age_agrees_with_the_same_age_only(nlp):
    """A man aged 35 is the same figure as 35 in another report's apposition, not as 35 people."""
    aged = _said("Daniel Luyster, 35, was charged with murder in the shooting on Sunday, police said.")
    assert figure_relation(aged.figures, _said("Daniel Luyster, 35, appeared in court in Tulsa on Monday, police said.").figures) == "same"
    assert figure_relation(aged.figures, _said("Police said 35 people were questioned after the shooting on Sunday.").figures) == ""


def test_two_sums_for_one_thing_far_apart_are_two_claims(nlp):
    """"$2.5 million worth of jewellery" values the jewellery, as "jewellery worth $160 million" does; a sum
    written after a capitalised noun opening the sentence is still a sum, not a label like "Flight 370"."""
    small = _said("Thieves took $2.5 million worth of jewellery from a Paris boutique on Tuesday.")
    large = _said("Jewellery worth more than $160 million was taken from a Paris boutique on Tuesday.")
    revised = _said("Thieves took $2.4 million worth of jewellery from a Paris boutique on Tuesday.")
    assert counts_conflict(small, large)
    assert not counts_conflict(small, revised)


def test_a_figure_given_in_brackets_in_another_unit_is_no_figure_of_that_unit(nlp):
    """"160 kph (100 mph)" and "100 kph (62 mph)" share the number 100, not a measure: read as one figure, two
    speeds of one train (its top speed and its usual one) seemed one claim; compared by unit, they are two."""
    top = _said("The new maglev line has a top speed of 160 kph (100 mph), its builder said on Monday.")
    usual = _said("The new maglev line will be operated typically at 100 kph (62 mph), its builder said on Monday.")
    assert [f.converts for f in top.figures] == [False, True]
    assert figure_relation(top.figures, usual.figures) == "conflict" and counts_conflict(top, usual)
    assert figure_relation(top.figures, _said("The maglev line has a top speed of 100 mph, its builder said on Monday.").figures) == "same"


def test_a_bare_count_told_apart_by_its_adverb_counts_what_the_adverb_says(nlp):
    """"Five people were shot, three fatally": "three" counts the fatally shot, not nothing; it is compared with
    another report's "one fatally" and never with a count of another kind."""
    three = _said("Five people were shot, three fatally, in a South Side shooting early Monday, police said.")
    one = _said("Six people were shot, one fatally, in a South Side shooting early Saturday, police said.")
    assert [(f.text, f.counts) for f in three.figures] == [("Five", "people"), ("three", "fatally")]
    assert figure_relation(three.figures[1:], one.figures[1:], smallest=0) == "conflict"
    assert [f.counts for f in _said("Only three people were hurt in the crash on Monday, police said.").figures] == ["people"]
