"""A claim's thread: passages counting its measure about the same subject, found from unit features."""
import itertools

import numpy as np

from viewer.analysis.claims.features import ClaimUnit, CountedFigure, UnitFeatures
from viewer.analysis.claims.threads import claim_threads
from viewer.analysis.model import Claim, Mention
from viewer.corpus.spans import Span


def unit(document, start, value, thing, names=(), direction=(1.0, 0.0), extra=()):
    figures = [CountedFigure(text=str(value), start=start, end=start + 3, value=value, low=value, high=value,
                             qualifier="exact", unit="", thing=thing), *extra]
    vector = np.array(direction, dtype=np.float32)
    return ClaimUnit(document, Span(start, start + 50), UnitFeatures(names=list(names), figures=figures),
                     vector / np.linalg.norm(vector))


def claim_of(*units):
    return Claim("", [Mention(u.document, u.span.start, u.span.end, "") for u in units])


ALIKE, UNLIKE = (1.0, 0.1), (0.0, 1.0)


def test_a_later_count_of_the_same_thing_about_the_same_place_is_an_update():
    first = unit(1, 0, 14, "people", ["antakya"])
    later = unit(3, 0, 40, "people", ["antakya"], ALIKE)
    elsewhere = unit(5, 0, 300, "people", ["gaziantep"], ALIKE)
    unlike = unit(6, 0, 35, "people", ["antakya"], UNLIKE)
    other_thing = unit(7, 0, 40, "houses", ["antakya"], ALIKE)
    threads = claim_threads([first, later, elsewhere, unlike, other_thing], {1: claim_of(first)})
    assert threads[1] == [(3, 0, 50)]


def test_inside_one_report_a_restated_count_carries_the_measure_to_its_other_word():
    seed = unit(1, 0, 1026, "serviceman", ["mariupol"])
    lead = unit(5, 0, 959, "serviceman", ["mariupol"], ALIKE)  # "959 servicemen have surrendered"
    restated = unit(5, 100, 959, "combatant", [], UNLIKE)  # "since May 16, 959 combatants"
    daily = unit(5, 200, 694, "combatant", [], UNLIKE, )  # "694 combatants in the last 24 hours"
    daily = ClaimUnit(5, Span(200, 250), daily.features, restated.vector)
    threads = claim_threads([seed, lead, restated, daily], {1: claim_of(seed)})
    assert threads[1] == [(5, 0, 50), (5, 200, 250)]  # the restatement stands for nothing new



def test_a_reports_other_counts_join_whatever_order_its_sentences_are_visited_in():
    """The daily count is near the lead in meaning but counts "combatants", a word the measure
    gains only from the restatement: it belongs to the thread whichever of them is looked at first."""
    seed = unit(1, 0, 1026, "serviceman", ["mariupol"])
    lead = unit(5, 0, 959, "serviceman", ["mariupol"], ALIKE)
    restated = unit(5, 100, 959, "combatant", [], UNLIKE)
    daily = unit(5, 200, 694, "combatant", [], ALIKE)
    for report in itertools.permutations([lead, restated, daily]):
        threads = claim_threads([seed, *report], {1: claim_of(seed)})
        assert threads[1] == [(5, 0, 50), (5, 200, 250)], [u.span.start for u in report]

def test_a_claim_counting_nothing_has_no_thread():
    plain = ClaimUnit(1, Span(0, 40), UnitFeatures(names=["kyiv"]), np.array([1.0, 0.0], dtype=np.float32))
    other = unit(2, 0, 40, "people", ["kyiv"])
    assert claim_threads([plain, other], {1: claim_of(plain)}) == {1: []}


def _report(document, direction, count_direction=None, thing="people"):
    """A report of ten sentences about its story (``direction``), one of them counting ``thing``
    in the direction ``count_direction`` when given."""
    units = [ClaimUnit(document, Span(100 * k, 100 * k + 50), UnitFeatures(names=[]), np.array(direction, dtype=np.float32))
             for k in range(1, 10)]
    if count_direction is not None:
        units.append(unit(document, 0, 10 * document, thing, direction=count_direction))
    return units


def test_updates_are_looked_for_in_the_reports_candidate_search_pairs_with_the_claims_not_the_whole_corpus():
    # Two stories of 32 reports each: every report's nearest 30 articles are its own story's. The
    # first report of each story counts people in the same words, so they are close in meaning,
    # but a report of the other story is not where a count of this one is updated.
    first, second = (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)
    counting = (0.0, 0.2, 1.0)
    units = _report(1, first, counting) + _report(2, first, counting) + _report(40, second, counting)
    for document in range(3, 33):
        units += _report(document, first)
    for document in range(41, 72):
        units += _report(document, second)
    seed = next(u for u in units if u.document == 1 and u.features.figures)
    assert claim_threads(units, {1: claim_of(seed)})[1] == [(2, 0, 50)]
