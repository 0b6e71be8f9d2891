"""Articles grouped into stories by average linkage over the story gate's probabilities.

The story gate (`verifier.Verifier.story`) decides each article pair alone, so a twin report (the
same town's other shooting, last year's quake in the same place) that passes it with one article
of a story links claims into that story although the story's other articles reject it. Claims are
grouped so that A≈B and B≈C never link A to C on their own; this is the same rule one level up:
articles join in order of their gate probability, and two groups merge only when the mean
probability over their article pairs the candidate search weighed reaches ``average``. Claims then
link only inside one group. Pairs nobody weighed (not among each other's nearest articles) say
nothing and are left out of the mean, so the work follows the candidate pairs: near-linear in the
corpus, whatever a story's size. A pair whose leads date two months (`verifier.dated_apart`) comes
scored VETOED (-1), below any pair the gate merely doubts, so it weighs the more against a merge.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def story_groups(probabilities: Iterable[tuple[int, int, float]], passing: float, average: float) -> dict[int, int]:
    """The group (a member document) of each document in a pair of ``probabilities`` (document,
    document, story probability): pairs at ``passing`` or above merge their groups, best first,
    when the mean over the groups' weighed pairs is at least ``average``."""
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, p in probabilities:
        near[a][b] = near[b][a] = p
    group = {d: d for d in near}
    members = {d: [d] for d in near}
    ranked = sorted(((p, a, b) for a, others in near.items() for b, p in others.items() if a < b and p >= passing),
                    key=lambda x: (-x[0], x[1], x[2]))
    for _p, a, b in ranked:
        left, right = group[a], group[b]
        if left == right:
            continue
        if len(members[left]) < len(members[right]):
            left, right = right, left
        if _mean_between(members[right], left, near, group) < average:
            continue
        for d in members[right]:
            group[d] = left
        members[left].extend(members.pop(right))
    return group


def _mean_between(few: list[int], other: int, near: dict[int, dict[int, float]], group: dict[int, int]) -> float:
    """Mean probability of the weighed pairs between the documents ``few`` and the group ``other``,
    read from the smaller side's neighbours."""
    scores = [p for d in few for e, p in near[d].items() if group[e] == other]
    return sum(scores) / len(scores)
