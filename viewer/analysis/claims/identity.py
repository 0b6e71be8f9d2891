"""Claim ids that survive relinking, so notes, tags and colours stay on their claim.

Linking is recomputed from scratch whenever documents or corrections change, and the clusters it
returns carry no names. A new cluster takes the id of an earlier claim when they share at least
half of either one's mentions: a claim that gains sources keeps its id, and so does one that a
hand link reshapes (linking a passage to one mention of a claim can leave its other mentions out).
A mention is shared when one of the cluster's mentions overlaps it in the same document, so a
re-analysis that trims a unit by a character does not lose it. When several claims qualify for
one cluster, or one claim for several, the pair sharing most mentions wins. Earlier claims that
are gone (retired) are matched too, so a claim unlinked and linked again comes back under its
old id. Any other cluster gets an id never given before: an id never names two claims.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence

MentionKey = tuple[int, int, int]  # document, start, end


def carry_ids(
    earlier: Mapping[int, Sequence[MentionKey]], clusters: Sequence[Sequence[MentionKey]], next_id: int
) -> list[int]:
    """One id per cluster: an earlier claim's id where the two share half of either one's
    mentions (most shared first), otherwise a new one from ``next_id`` up."""
    locate = _Locator(clusters)
    candidates = []
    for claim_id, mentions in earlier.items():
        kept = Counter(k for m in mentions for k in locate(m))
        candidates += [
            (count, claim_id, k) for k, count in kept.items() if 2 * count >= min(len(mentions), len(clusters[k]))
        ]
    ids: list[int | None] = [None] * len(clusters)
    used: set[int] = set()
    for _count, claim_id, k in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if ids[k] is None and claim_id not in used:
            ids[k] = claim_id
            used.add(claim_id)
    fresh = iter(range(max([next_id, *(i + 1 for i in earlier)]), 2**62))
    return [i if i is not None else next(fresh) for i in ids]


class _Locator:
    """Which clusters have a mention overlapping a given span (mentions of one document are
    disjoint units, so their starts and ends both ascend)."""

    def __init__(self, clusters: Sequence[Sequence[MentionKey]]) -> None:
        by_document: dict[int, list[tuple[int, int, int]]] = {}
        for k, members in enumerate(clusters):
            for document, start, end in members:
                by_document.setdefault(document, []).append((start, end, k))
        self._mentions = {d: sorted(ms) for d, ms in by_document.items()}
        self._starts = {d: [m[0] for m in ms] for d, ms in self._mentions.items()}

    def __call__(self, mention: MentionKey) -> set[int]:
        document, start, end = mention
        mentions = self._mentions.get(document, [])
        found = set()
        for s, e, k in reversed(mentions[:bisect_right(self._starts.get(document, []), end - 1)]):
            if e <= start:
                break
            found.add(k)
        return found
