"""Average linkage: one verified pair between two stories' groups never chains them."""
from __future__ import annotations

from viewer.analysis.claims.average_link import FORBIDDEN, average_link, restating_merges, supported_merges
from viewer.analysis.claims.linking import _ranked
from viewer.analysis.claims.verifier import SupportedMerge

THRESHOLD = 0.7


def _grouped(scores: dict[tuple[int, int], float], documents: list[int], certainties: bool = True,
             restated: float | None = None, supported: SupportedMerge | None = None) -> list[list[int]]:
    span = len(documents)
    known = {span * i + j: p for (i, j), p in scores.items() if documents[i] != documents[j]}
    score = lambda x, y: scores.get((min(x, y), max(x, y)), 0.0)  # noqa: E731
    ranked = _ranked(known, documents, THRESHOLD)
    groups = average_link(ranked, score, documents, THRESHOLD, certainties)
    groups = groups if restated is None else restating_merges(ranked, groups, score, documents, restated)
    return sorted(groups if supported is None else supported_merges(ranked, groups, score, documents, THRESHOLD,
                                                                    supported))


def test_two_stories_sharing_one_verified_pair_stay_two_claims():
    """Units 0-2 and 3-5, six reports, make two claims; 0 and 3 verify with each other, but each other member is
    unlike the other group, so the pair alone does not make the six one claim, read whole or member by member."""
    documents = [0, 1, 2, 3, 4, 5]
    scores = {(0, 1): 0.9, (0, 2): 0.88, (1, 2): 0.86, (3, 4): 0.9, (3, 5): 0.87, (4, 5): 0.85, (0, 3): 0.8}
    assert _grouped(scores, documents) == [[0, 1, 2], [3, 4, 5]]
    assert _grouped(scores, documents, certainties=False) == [[0, 1, 2], [3, 4, 5]]


# Three reports, each a headline (units 0-2, of documents 0-2) and a lead (units 3-5, of documents 0-2): the headlines
# verify with one another, the leads too, and across the two only some pairs do; a headline against its own lead
# scores below the threshold (the word check reads a headline and a long sentence as two claims).
HEADLINES_AND_LEADS = {
    (0, 1): 0.95, (0, 2): 0.94, (1, 2): 0.93, (3, 4): 0.95, (3, 5): 0.94, (4, 5): 0.92,
    (0, 4): 0.9, (0, 5): 0.78, (1, 3): 0.86, (1, 5): 0.81, (2, 3): 0.6, (2, 4): 0.71,
    (0, 3): 0.9, (1, 4): 0.88, (2, 5): 0.56,
}


def test_a_group_of_headlines_and_one_of_leads_of_the_same_reports_are_one_claim_past_the_restating_bar():
    """The member checks refuse the merge (headline 2 against its lead); read as a restating merge inside the
    three documents both groups hold, the table averages .78, and the two groups are one claim."""
    documents = [0, 1, 2, 0, 1, 2]
    assert _grouped(HEADLINES_AND_LEADS, documents) == [[0, 1, 2], [3, 4, 5]]
    assert _grouped(HEADLINES_AND_LEADS, documents, restated=0.75) == [[0, 1, 2, 3, 4, 5]]
    assert _grouped(HEADLINES_AND_LEADS, documents, certainties=False, restated=0.75) == [[0, 1, 2, 3, 4, 5]]
    assert _grouped(HEADLINES_AND_LEADS, documents, restated=0.8) == [[0, 1, 2], [3, 4, 5]]


def test_a_restating_merge_never_joins_a_document_the_other_group_lacks():
    """Lead 5 is now of a fourth report: the merge would join document 3 to documents 0 and 1 through the headlines,
    so it gets the member checks alone, however high the bar is set."""
    documents = [0, 1, 2, 0, 1, 3]
    assert _grouped(HEADLINES_AND_LEADS, documents, restated=0.0) == [[0, 1, 2], [3, 4, 5]]


def test_a_forbidden_pair_refuses_a_restating_merge():
    documents = [0, 1, 2, 0, 1, 2]
    forbidden = {**HEADLINES_AND_LEADS, (2, 5): FORBIDDEN}
    assert _grouped(forbidden, documents, restated=0.0) == [[0, 1, 2], [3, 4, 5]]


# Four reports of one plant closing (documents 0-3). Units 0-3, one a report, state the closing and make one claim.
# Units 4 and 5 (reports 0 and 1) give the layoffs one way, units 6 and 7 (reports 2 and 3) in other words: the
# pairs across average .675, but unit 5 reads low against 6 and 7 (.6, .5), so the member check keeps two claims.
LAYOFFS = {
    (0, 1): 0.9, (0, 2): 0.9, (0, 3): 0.9, (1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9,
    (4, 5): 0.9, (6, 7): 0.9, (4, 6): 0.85, (4, 7): 0.75, (5, 6): 0.6, (5, 7): 0.5,
}
SUPPORTED = SupportedMerge(mean=0.65, share=0.5)


def test_two_groups_of_reports_another_claim_joins_are_one_claim_where_they_agree_on_average():
    documents = [0, 1, 2, 3, 0, 1, 2, 3]
    assert _grouped(LAYOFFS, documents) == [[0, 1, 2, 3], [4, 5], [6, 7]]
    assert _grouped(LAYOFFS, documents, supported=SUPPORTED) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert _grouped(LAYOFFS, documents, supported=SupportedMerge(mean=0.7, share=0.5)) == [[0, 1, 2, 3], [4, 5],
                                                                                          [6, 7]]


def test_a_twin_events_reports_no_other_claim_joins_stay_apart_however_close_they_read():
    """Units 6 and 7 now lie in reports 4 and 5 (another plant's closing), which no claim joins to reports 0 and 1:
    the same scores that merge the layoffs of one story keep the twin's apart."""
    documents = [0, 1, 2, 3, 0, 1, 4, 5]
    assert _grouped(LAYOFFS, documents, supported=SupportedMerge(mean=0.5, share=0.34)) == [[0, 1, 2, 3], [4, 5],
                                                                                           [6, 7]]


def test_the_share_of_new_document_pairs_already_joined_is_a_bar():
    """The closing is stated in reports 0-2 alone (unit 3 lies in report 4): of the four report pairs the merge
    joins anew, (0, 2) and (1, 2) share a claim and (0, 3), (1, 3) do not."""
    documents = [0, 1, 2, 4, 0, 1, 2, 3]
    assert _grouped(LAYOFFS, documents, supported=SUPPORTED) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert _grouped(LAYOFFS, documents, supported=SupportedMerge(mean=0.65, share=0.67)) == [[0, 1, 2, 3], [4, 5],
                                                                                            [6, 7]]


def test_a_forbidden_pair_or_a_units_own_report_refuses_a_supported_merge():
    documents = [0, 1, 2, 3, 0, 1, 2, 3]
    assert _grouped({**LAYOFFS, (5, 7): FORBIDDEN}, documents, supported=SUPPORTED) == [[0, 1, 2, 3], [4, 5], [6, 7]]
    own_report = [0, 1, 2, 3, 0, 1, 2, 1]  # unit 7 shares report 1 with unit 5, and the two do not verify
    assert _grouped(LAYOFFS, own_report, supported=SupportedMerge(mean=0.0, share=0.0)) == [[0, 1, 2, 3], [4, 5],
                                                                                           [6, 7]]


def test_a_supported_merge_check_stops_reading_a_wire_claim_once_its_mean_is_out_of_reach():
    """A wire line run by 100 reports (units 0-99) meets a pair of another story's units (100, 101) through one
    verified pair: the check stops once the scores left could not raise the mean to the bar, well before the 200."""
    documents = list(range(102))
    read = []

    def score(x: int, y: int) -> float:
        read.append((x, y))
        return 0.9 if {x, y} == {0, 100} else 0.0

    groups = supported_merges([(0, 100)], [list(range(100)), [100, 101]], score, documents, THRESHOLD, SUPPORTED)
    assert sorted(groups) == [list(range(100)), [100, 101]]
    assert len(read) < 100
