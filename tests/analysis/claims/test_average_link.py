"""Average linkage: one verified pair between two stories' groups never chains them."""
from __future__ import annotations

from viewer.analysis.claims.average_link import average_link
from viewer.analysis.claims.linking import _ranked

THRESHOLD = 0.7


def _grouped(scores: dict[tuple[int, int], float], documents: list[int], certainties: bool = True) -> list[list[int]]:
    span = len(documents)
    known = {span * i + j: p for (i, j), p in scores.items() if documents[i] != documents[j]}
    score = lambda x, y: scores.get((min(x, y), max(x, y)), 0.0)  # noqa: E731
    return sorted(average_link(_ranked(known, documents, THRESHOLD), score, documents, THRESHOLD, certainties))


def test_two_stories_sharing_one_verified_pair_stay_two_claims():
    """Units 0-2 and 3-5, six reports, make two claims; 0 and 3 verify with each other, but each other member is
    unlike the other group, so the pair alone does not make the six one claim, read whole or member by member."""
    documents = [0, 1, 2, 3, 4, 5]
    scores = {(0, 1): 0.9, (0, 2): 0.88, (1, 2): 0.86, (3, 4): 0.9, (3, 5): 0.87, (4, 5): 0.85, (0, 3): 0.8}
    assert _grouped(scores, documents) == [[0, 1, 2], [3, 4, 5]]
    assert _grouped(scores, documents, certainties=False) == [[0, 1, 2], [3, 4, 5]]
