"""Two reports the story gate is very sure of that share no claim after grouping: their best verified unit pair, if the
pair model scores it at least a floor under its threshold, is one claim (one at or above the threshold that grouping's
member check refused too).

`bench/miss_stages.py` puts most claims two reports of one incident state and the linker misses down to the pair
model: a paraphrase of one detail ("left seven people dead including the suspected shooter" / "Seven people died in
the rampage, including the suspect") scores .5-.7 under its threshold, and 45 of 47 such misses on two judged draws lie
in article pairs the gate gives .99 or more. Two reports of one story nearly always share a claim, so where grouping
gave them none their most alike units are the likeliest one. The bar and floor are fitted by `fit_best_pairs`.
"""
from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

Joinable = Callable[[int, int], bool]


@dataclass(frozen=True)
class BestPair:
    """The story probability two reports need (``bar``) and the pair score their best unit pair needs (``floor``)."""

    bar: float
    floor: float


def best_pairs(known: dict[int, float], span: int, documents: Sequence[int], sure: Collection[tuple[int, int]],
               floor: float) -> list[tuple[float, int, int]]:
    """Each ``sure`` article pair's best verified unit pair scoring at least ``floor`` (``known`` keyed as
    `linking.PairScores.key`, ``span`` units), as (score, unit, unit), most probable first."""
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for key, p in known.items():
        if p < floor:
            continue
        a, b = documents[key // span], documents[key % span]
        pair = (a, b) if a < b else (b, a)
        if a != b and pair in sure and (pair not in best or (p, -key) > (best[pair][0], -best[pair][1])):
            best[pair] = (p, key)
    return sorted(((p, *divmod(key, span)) for p, key in best.values()), key=lambda t: (-t[0], t[1], t[2]))


def linked_best_pairs(clusters: list[list[int]], pairs: Sequence[tuple[float, int, int]], documents: Sequence[int],
                      joinable: Joinable) -> list[list[int]]:
    """``clusters`` with each of ``pairs`` (`best_pairs`) linked where its reports still share no claim: as a new
    claim of the two units when neither has one, or the unit without one added to the other's claim when that claim
    holds no mention of its report and no unit it may never be one claim with (not ``joinable``: vetoes, dated-apart
    reports, pairs unlinked by hand). A unit in a claim with the other report is never moved."""
    clusters = [list(c) for c in clusters]
    claim_of = {k: n for n, c in enumerate(clusters) for k in c}
    reports = [{documents[k] for k in c} for c in clusters]
    joined = {pair for held in reports for pair in _report_pairs(held)}  # looked up, not searched: a corpus has many claims
    for _p, i, j in pairs:
        a, b = documents[i], documents[j]
        if (min(a, b), max(a, b)) in joined:
            continue
        ci, cj = claim_of.get(i), claim_of.get(j)
        if ci is None and cj is None:
            claim_of[i] = claim_of[j] = held = len(clusters)
            clusters.append([i, j])
            reports.append({a, b})
        elif (ci is None) != (cj is None):
            unit, held = (i, cj) if ci is None else (j, ci)
            if documents[unit] in reports[held] or not all(joinable(unit, k) for k in clusters[held]):
                continue
            insort(clusters[held], unit)
            claim_of[unit] = held
            reports[held].add(documents[unit])
        else:
            continue
        joined |= _report_pairs(reports[held])
    return clusters


def _report_pairs(reports: set[int]) -> set[tuple[int, int]]:
    """The pairs of reports one claim joins, the lower first."""
    return {(a, b) for a in reports for b in reports if a < b}
