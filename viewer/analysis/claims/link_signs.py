"""Signs of each cross-source link a claim holds once grouping is done, read by the link judge (`link_judge`).

The pair model accepts most wrong links of real multi-outlet news on its own (another detail of one incident, two
sentences of one statement, a headline beside another claim score over 0.7), so a judge of the link reads what the
pair score does not: whether each mention is the other's best partner in the other report and by how much, how well
each agrees with the rest of its claim, where in its report each stands, and how many claims join the two reports.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from viewer.analysis.claims.candidates import computed

FEATURES = ("pair", "cosine", "claim_mean", "margin", "headline", "leads", "claim_reports", "report_links", "acts_apart",
            "containment", "names_apart", "frames_apart", "sentence_gap")
_LEAD_SENTENCES = 3


def link_features(clusters: Sequence[Sequence[int]], scores) -> list[tuple[int, int, int, list[float]]]:
    """(claim, unit, unit, FEATURES) of every pair of a claim's units in two reports; ``scores`` is the linker's
    `linking.PairScores`, read as the grouping left it."""
    documents, units = scores.documents, scores.units
    rivals = _best_partners(scores)
    together = Counter(pair for members in clusters
                       for pair in _report_pairs({documents[k] for k in members}))
    out = []
    for c, members in enumerate(clusters):
        links = [(i, j) for x, i in enumerate(members) for j in members[x + 1:] if documents[i] != documents[j]]
        score = {pair: _probability(scores(*pair)) for pair in links}
        mean = _means(score)
        reports = len({documents[k] for k in members})
        for i, j in links:
            p, fi, fj = score[i, j], units[i].features, units[j].features
            cosine = float(computed(scores.vectors[i]) @ computed(scores.vectors[j]))
            margin = min(p - _rival(rivals.get((i, documents[j]), []), j), p - _rival(rivals.get((j, documents[i]), []), i))
            lead = fi.sentence < _LEAD_SENTENCES and fj.sentence < _LEAD_SENTENCES
            apart = bool(fi.acts) and bool(fj.acts) and not set(fi.acts) & set(fj.acts)
            reports_pair = (min(documents[i], documents[j]), max(documents[i], documents[j]))
            out.append((c, i, j, [p, cosine, min(mean[i], mean[j]), margin, float(fi.headline or fj.headline),
                                  float(lead), math.log2(reports), math.log1p(together[reports_pair]), float(apart),
                                  _containment(fi.terms, fj.terms), float(_apart(fi.names, fj.names)),
                                  float(_apart(fi.frame, fj.frame)), math.log1p(abs(fi.sentence - fj.sentence))]))
    return out


def _containment(a: Sequence[str], b: Sequence[str]) -> float:
    """The lower of the shares of each unit's content terms the other holds: low where one tells more."""
    one, other = set(a), set(b)
    if not one or not other:
        return 0.0
    shared = len(one & other)
    return min(shared / len(one), shared / len(other))


def _apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Both name some and share none (people, or the sources reporting it)."""
    return bool(a) and bool(b) and not set(a) & set(b)


def _probability(p: float) -> float:
    return min(1.0, max(0.0, p))


def _means(score: dict[tuple[int, int], float]) -> dict[int, float]:
    """Each unit's mean score against the claim's units in other reports."""
    sums: dict[int, list[float]] = defaultdict(list)
    for (i, j), p in score.items():
        sums[i].append(p)
        sums[j].append(p)
    return {k: sum(v) / len(v) for k, v in sums.items()}


def _report_pairs(reports: set[int]) -> list[tuple[int, int]]:
    ordered = sorted(reports)
    return [(a, b) for x, a in enumerate(ordered) for b in ordered[x + 1:]]


def _best_partners(scores) -> dict[tuple[int, int], list[tuple[float, int]]]:
    """By unit and other report: the unit's two best known scores against that report's units, with those units."""
    best: dict[tuple[int, int], list[tuple[float, int]]] = defaultdict(list)
    documents = scores.documents
    for key, p in scores.known.items():
        i, j = scores.pair(key)
        if documents[i] == documents[j]:
            continue
        for own, other in ((i, j), (j, i)):
            top = best[own, documents[other]]
            top.append((_probability(p), other))
            top.sort(reverse=True)
            del top[2:]
    return best


def _rival(top: list[tuple[float, int]], partner: int) -> float:
    """The best score of the unit against another unit of the partner's report than the partner; 0 for none."""
    return next((p for p, unit in top if unit != partner), 0.0)

