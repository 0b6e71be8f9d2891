"""Link sentences and clauses that state the same claim across documents.

Units are compared only when the inverted index pairs them (``index``); pairs that score
above ``LINK_THRESHOLD`` are grouped by average linkage, which keeps one strong pair from
chaining unrelated sentences together. A document contributes two mentions to a claim only when
its two sentences also match each other. A second pass lets weaker pairs link where both
sit beside mentions of one linked claim, as reports tell an event in a similar order.
Researcher corrections override the scores.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Mapping, Sequence

from viewer.analysis.claims.index import PairScorer, candidate_pairs, same_reaction
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.units import claim_units
from viewer.analysis.model import Claim, Mention

__all__ = ["ClaimUnit", "claim_units", "link_claims", "LINK_THRESHOLD"]

LINK_THRESHOLD = 0.40
_LABEL_CHARS = 90
_EDGE_QUOTES = re.compile(r"^[\"“”«»„‘’]+\s*|\s*[\"“”«»„‘’]+$")
_QUOTES = re.compile(r"[\"“”«»„‘]|(?<!\w)’|’(?!\w)")
_FORCED = 10.0
CONTEXT_BONUS = 0.1
_CONTEXT_WINDOW = 2
_CONTEXT_EVIDENCE = 2  # a neighbour sharing one word with another neighbour is a coincidence


def link_claims(
    units: Sequence[ClaimUnit],
    texts: Mapping[int, str],
    must_link: Sequence[tuple[Mention, Mention]] = (),
    cannot_link: Sequence[tuple[Mention, Mention]] = (),
) -> list[Claim]:
    """Claims stated in two or more documents, each with its mentions and a short label."""
    units = sorted(units, key=lambda u: (u.document, u.span.start, u.span.end))
    scorer = PairScorer([u.features for u in units])
    forced = {_pair(units, a, b): _FORCED for a, b in must_link}
    forbidden = {_pair(units, a, b) for a, b in cannot_link}
    forced.pop(None, None)
    forbidden.discard(None)

    def score(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key in forbidden:
            return -_FORCED
        return forced.get(key) or scorer(i, j)

    documents = [u.document for u in units]
    pairs = set(candidate_pairs([u.features for u in units], documents)) | set(forced)
    clusters = _average_link(_ranked(pairs, score), score, documents)
    context = _context_bonus([p for p in pairs if scorer.evidence(*p) >= _CONTEXT_EVIDENCE], clusters, units, score)
    if context:
        def in_context(i: int, j: int) -> float:
            return score(i, j) + context.get((min(i, j), max(i, j)), 0.0)

        clusters = _average_link(_ranked(pairs, in_context), in_context, documents)
    claims = [_claim(units, members, texts) for members in clusters]
    claims = [c for c in claims if len({m.document for m in c.mentions}) >= 2]
    return sorted(claims, key=lambda c: [(m.document, m.start) for m in c.mentions])


def _ranked(pairs, score) -> list[tuple[float, int, int]]:
    return sorted(((score(i, j), i, j) for i, j in pairs), key=lambda x: (-x[0], x[1], x[2]))


def _context_bonus(pairs, clusters: list[list[int]], units: Sequence[ClaimUnit], score) -> dict[tuple[int, int], float]:
    """Two reports of one event tell it in a similar order: a weaker pair of units that both sit
    just after (or just before) the two mentions of one linked claim likely states a claim too,
    all the more when both tell how the same party reacted."""
    claim_of = {k: c for c, members in enumerate(clusters) for k in members}
    documents = [u.document for u in units]
    bonus = {}
    for i, j in pairs:
        if i in claim_of or j in claim_of:
            continue
        extra = CONTEXT_BONUS + same_reaction(units[i].features, units[j].features)
        if score(i, j) + extra < LINK_THRESHOLD:
            continue
        if any(_near(i, step, claim_of, documents) & _near(j, step, claim_of, documents) for step in (-1, 1)):
            bonus[(min(i, j), max(i, j))] = extra
    return bonus


def _near(k: int, step: int, claim_of: dict[int, int], documents: Sequence[int]) -> set[int]:
    """Claims of the units a step or two from ``k`` in one direction, within its document."""
    near = (k + step * d for d in range(1, _CONTEXT_WINDOW + 1))
    return {claim_of[n] for n in near if 0 <= n < len(documents) and documents[n] == documents[k] and n in claim_of}


def _pair(units: Sequence[ClaimUnit], a: Mention, b: Mention) -> tuple[int, int] | None:
    i, j = _unit_of(units, a), _unit_of(units, b)
    if i is None or j is None or i == j:
        return None
    return (min(i, j), max(i, j))


def _unit_of(units: Sequence[ClaimUnit], mention: Mention) -> int | None:
    """The unit (of units sorted by document) that overlaps the mention most."""
    lo = bisect_left(units, mention.document, key=lambda u: u.document)
    hi = bisect_right(units, mention.document, lo=lo, key=lambda u: u.document)
    best, best_overlap = None, 0
    for k in range(lo, hi):
        u = units[k]
        overlap = min(u.span.end, mention.end) - max(u.span.start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def _average_link(ranked, score, documents) -> list[list[int]]:
    cluster_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for s, i, j in ranked:
        if s < LINK_THRESHOLD:
            break
        a, b = cluster_of.get(i, i), cluster_of.get(j, j)
        if a == b:
            continue
        left, right = members.get(a, [i]), members.get(b, [j])
        if not _may_merge(left, right, score, documents):
            continue
        merged = sorted(left + right)
        members.pop(b, None)
        members[a] = merged
        for k in merged:
            cluster_of[k] = a
    return [sorted(m) for m in members.values()]


def _may_merge(left: list[int], right: list[int], score, documents) -> bool:
    scores = [score(x, y) for x in left for y in right]
    same_doc = [score(x, y) for x in left for y in right if documents[x] == documents[y]]
    if min(scores) <= -_FORCED or any(s < LINK_THRESHOLD for s in same_doc):
        return False
    return max(scores) >= _FORCED or sum(scores) / len(scores) >= LINK_THRESHOLD


def _claim(units, members: list[int], texts: Mapping[int, str]) -> Claim:
    mentions = [_mention(units[k], texts) for k in members]
    return Claim(label=label([m.text for m in mentions]), mentions=mentions)


def _mention(unit: ClaimUnit, texts: Mapping[int, str]) -> Mention:
    text = texts[unit.document]
    return Mention(unit.document, unit.span.start, unit.span.end, text[unit.span.start:unit.span.end])


def label(mentions: Sequence[str]) -> str:
    """The claim in its plainest wording: the shortest mention that reads as a sentence and
    quotes nothing inside it, so a table row never opens mid-clause or breaks off mid-quote."""
    wordings = [_EDGE_QUOTES.sub("", " ".join(m.split())) for m in mentions]
    best = min(wordings, key=lambda w: (bool(_QUOTES.search(w)), not w[:1].isupper(), len(w), w))
    return _shorten(_QUOTES.sub("", best).strip(" ,;:"))


def _shorten(text: str) -> str:
    """Cut at a word boundary with an ellipsis."""
    if len(text) <= _LABEL_CHARS:
        return text
    cut = text[:_LABEL_CHARS + 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:_LABEL_CHARS]
    return cut.rstrip(",;:—–- ") + "…"
