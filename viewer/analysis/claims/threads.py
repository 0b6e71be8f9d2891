"""A claim's thread: the passages that update the same measure about the same subject.

"1,026 servicemen surrendered" on 13 April and "959 soldiers have surrendered since Monday" in
May are two claims (their figures cannot be one value) but one story: a count, updated. A
claim's measure is what its figures count (the counted thing of each figure in its mentions).
Another passage updates it when it counts one of those things, its meaning is as close to a
mention's as the linker requires of two units before it compares them at all
(`candidates.UNIT_COSINE`), the two never name different things only (a count in Gaziantep
is not an update of one in Antakya), and its report is one candidate search pairs with the
mention's (`candidates.article_pairs`: the nearest articles, and those sharing a rare name), as
the linker looks for a claim's other mentions: comparing every claim with every counting passage
of the corpus grew with the square of the corpus. Inside one report the measure carries over: a
figure restated under another word ("959 soldiers", later "959 combatants") adds that word, and
the report's other counts of the measure ("694 combatants in the last 24 hours") belong to it too.
Everything is read from the stored units (features and sentence vectors), once per relink.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from viewer.analysis.claims.candidates import UNIT_COSINE, computed, neighbouring_documents
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.model import Claim

CHUNK = 256  # claims whose neighbours are found together, then forgotten
RESTATED_FROM = 10  # a figure this large restated in one report is the same count; smaller ones recur by chance
Passage = tuple[int, int, int]  # document, start, end


class _Units:
    """The units that count something, indexed by what they count and by document, and the
    reports each report may be updated in: the articles candidate search pairs with it (its
    nearest, and those sharing a rare name), so a thread is looked for in a bounded neighbourhood
    and the step grows with the corpus, not its square."""

    def __init__(self, units: Sequence[ClaimUnit], near: Sequence[tuple[int, int]] | None) -> None:
        self.units = [u for u in units if any(f.thing for f in u.features.figures)]
        self.by_thing: dict[str, list[int]] = defaultdict(list)
        self.by_document: dict[int, list[int]] = defaultdict(list)
        self.counting_in: dict[tuple[int, str], list[int]] = defaultdict(list)
        for i, u in enumerate(self.units):
            for thing in {f.thing for f in u.features.figures if f.thing}:
                self.by_thing[thing].append(i)
                self.counting_in[u.document, thing].append(i)
            self.by_document[u.document].append(i)
        self.counting = {thing: np.array(found, dtype=np.int64) for thing, found in self.by_thing.items()}
        vectors = [u.vector for u in self.units]
        # cast once: the units counting something are a few of all, and each is compared many times
        self.vectors = computed(np.stack(vectors)) if vectors and all(v is not None for v in vectors) else None
        if near is None and all(u.vector is not None for u in units):
            near = neighbouring_documents(units)
        self.reports = None if near is None else _partners(near)
        self._near: dict[tuple[int, str], np.ndarray] = {}

    def close(self, i: int, j: int) -> bool:
        return bool(self.near(i, np.array([j], dtype=np.int64)).size)

    def near(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """The candidates near enough in meaning to unit ``i``; without stored vectors (a corpus
        analysed before them), those sharing a verb with it."""
        if self.vectors is not None:
            return candidates[self.vectors[candidates] @ self.vectors[i] >= UNIT_COSINE]
        verbs = {v for _s, v, _o in self.units[i].features.predicates}
        return np.array([j for j in candidates if verbs & {v for _s, v, _o in self.units[j].features.predicates}],
                        dtype=np.int64)

    def near_counting(self, units: list[int], thing: str) -> list[np.ndarray]:
        """For each of ``units``, the units of its neighbouring reports counting ``thing`` near it
        in meaning (found ahead by ``prefetch`` where it could)."""
        missing = [i for i in units if (i, thing) not in self._near]
        if missing:
            self.prefetch([(i, thing) for i in missing])
        return [self._near[i, thing] for i in units]

    def prefetch(self, wanted: Iterable[tuple[int, str]]) -> None:
        """Find the units near many (unit, counted thing) pairs at once: the units of one report
        counting one thing share their candidates, which are compared with them in one product."""
        asked: dict[tuple[int, str], set[int]] = defaultdict(set)
        for i, thing in wanted:
            asked[self.units[i].document, thing].add(i)
        for (document, thing), units in asked.items():
            units = sorted(units)
            candidates = self._counting_near(document, thing)
            if self.vectors is None:
                self._near.update(((i, thing), self.near(i, candidates)) for i in units)
                continue
            close = self.vectors[candidates] @ self.vectors[units].T >= UNIT_COSINE
            self._near.update(((i, thing), candidates[close[:, k]]) for k, i in enumerate(units))

    def _counting_near(self, document: int, thing: str) -> np.ndarray:
        """The units counting ``thing`` in the reports neighbouring ``document`` (every report
        when there are no vectors to find neighbours by)."""
        if self.reports is None:
            return self.counting[thing]
        found = [i for other in self.reports.get(document, ()) for i in self.counting_in.get((other, thing), ())]
        return np.array(sorted(found), dtype=np.int64)

    def forget(self) -> None:
        """Drop the neighbours found so far: a chunk of claims is done with them."""
        self._near.clear()

    def same_subject(self, i: int, j: int) -> bool:
        a, b = set(self.units[i].features.names), set(self.units[j].features.names)
        return not (a and b) or bool(a & b)

    def things(self, i: int) -> set[str]:
        return {f.thing for f in self.units[i].features.figures if f.thing}


def _partners(near: Sequence[tuple[int, int]]) -> dict[int, list[int]]:
    reports: dict[int, list[int]] = defaultdict(list)
    for a, b in near:
        reports[a].append(b)
        reports[b].append(a)
    return reports


def claim_threads(units: Sequence[ClaimUnit], claims: Mapping[int, Claim],
                  near: Sequence[tuple[int, int]] | None = None) -> dict[int, list[Passage]]:
    """For each claim, the passages (other than its own mentions) that update its measure
    (``near``: the document pairs `candidates.neighbouring_documents` found, if known already)."""
    index = _Units(units, near)
    located = _locator(index)
    out = {}
    ids = list(claims)
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        started = {}
        for claim_id in chunk:
            seeds = {i for m in claims[claim_id].mentions for i in located(m.document, m.start, m.end)}
            measure = {t for i in seeds for t in index.things(i)}
            started[claim_id] = (seeds, measure, _within_reports(index, seeds, measure))
        index.prefetch((i, thing) for _s, measure, own in started.values() for i in own for thing in index.things(i) & measure)
        for claim_id in chunk:
            seeds, measure, own = started[claim_id]
            out[claim_id] = _thread(index, claims[claim_id], seeds, measure, own) if seeds else []
        index.forget()
    return out


def _thread(index: _Units, claim: Claim, seeds: set[int], measure: set[str], own: set[int]) -> list[Passage]:
    found = _within_reports(index, _elsewhere(index, own, measure), measure) | own
    mine = {(m.document, m.start, m.end) for m in claim.mentions}
    kept = _first_of_each_count(index, seeds, found - seeds)
    return sorted(p for p in (_passage(index.units[i]) for i in kept) if p not in mine)


def _first_of_each_count(index: _Units, seeds: set[int], found: set[int]) -> set[int]:
    """A report giving the same count twice ("959 … since May 16, 959") updates it once: the
    first passage (a mention of the claim itself, when it is one) stands for the rest."""
    seen: set[tuple[int, float]] = set()
    kept = set()
    for i in sorted(seeds | found, key=lambda i: (i not in seeds, index.units[i].document, index.units[i].span.start)):
        lead = _lead_value(index.units[i])
        key = (index.units[i].document, lead)
        if lead is not None and key in seen:
            continue
        seen.add(key)
        if i in found:
            kept.add(i)
    return kept


def _lead_value(unit: ClaimUnit) -> float | None:
    return next((f.value for f in unit.features.figures if f.thing), None)


def _within_reports(index: _Units, start: set[int], measure: set[str]) -> set[int]:
    """Grow ``start`` inside each report: a figure restated under another word, or the same
    measure counted again nearby in meaning. ``measure`` gains the words restated figures use.

    Grown until nothing more joins: a word the measure gains later can admit a passage an
    earlier look refused, so a single pass would depend on the order units are visited in,
    and that order (of a set) differs from one process to the next."""
    found = set(start)
    grown = True
    while grown:
        grown = False
        for i in sorted(found):
            values = {f.value for f in index.units[i].features.figures if f.value is not None and f.value >= RESTATED_FROM}
            for j in index.by_document[index.units[i].document]:
                if j in found:
                    continue
                restated = [f for f in index.units[j].features.figures if f.value in values]
                if restated or (index.things(j) & measure and index.close(i, j)):
                    measure |= {f.thing for f in restated if f.thing}
                    found.add(j)
                    grown = True
    return found


def _elsewhere(index: _Units, own: set[int], measure: set[str]) -> set[int]:
    """Units of other reports counting the measure, close in meaning to one of ``own``, same subject."""
    found = set()
    for thing in measure & set(index.counting):
        counting = sorted(i for i in own if thing in index.things(i))
        for i, near in zip(counting, index.near_counting(counting, thing)):
            for j in near.tolist():
                if j not in own and j not in found and index.units[j].document != index.units[i].document \
                        and index.same_subject(i, j):
                    found.add(j)
    return found


def _locator(index: _Units):
    def located(document: int, start: int, end: int) -> list[int]:
        return [i for i in index.by_document.get(document, [])
                if index.units[i].span.start < end and start < index.units[i].span.end]
    return located


def _passage(unit: ClaimUnit) -> Passage:
    return unit.document, unit.span.start, unit.span.end
