"""Average linkage: one verified pair between two stories' groups never chains them."""
from __future__ import annotations

from viewer.analysis.claims.average_link import FORBIDDEN, average_link, restating_merges
from viewer.analysis.claims.linking import _ranked

THRESHOLD = 0.7


def _grouped(scores: dict[tuple[int, int], float], documents: list[int], certainties: bool = True,
             restated: float | None = None) -> list[list[int]]:
    span = len(documents)
    known = {span * i + j: p for (i, j), p in scores.items() if documents[i] != documents[j]}
    score = lambda x, y: scores.get((min(x, y), max(x, y)), 0.0)  # noqa: E731
    ranked = _ranked(known, documents, THRESHOLD)
    groups = average_link(ranked, score, documents, THRESHOLD, certainties)
    return sorted(groups if restated is None else restating_merges(ranked, groups, score, documents, restated))


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
