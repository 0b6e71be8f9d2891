"""What a claim counts, and of what: the facets that thread a claim's updates together.

"1,026 servicemen surrendered" on 13 April and "959 combatants have surrendered since Monday" in
May are two claims (the linker keeps them apart: the figures cannot be one value) but one story:
the same measure, updated. A unit's measure is a figure's counted thing with the event it is
counted in, "soldiers|surrender", taken from who-does-what in the unit: the verb whose subject or
object is the counted thing, or whose subject the sentence leaves out ("who surrendered"). Two
claims about one measure are about the same subject unless each names things and they share none.
All of it is read from the stored unit features, so no text is parsed again.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.model import Claim

# Verbs that carry no event of their own ("have done the same", "became prisoners" says it with
# its object): a measure keyed on them would thread any two counts of one thing.
GENERIC_VERBS = frozenset({"be", "have", "do", "become", "get", "make", "include", "remain", "say"})


@dataclass(frozen=True)
class Facets:
    """The measures a claim's units count and the names they mention."""

    measures: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()


def unit_measures(features: UnitFeatures) -> set[str]:
    """"thing|verb" for each counted thing and the event it is counted in."""
    out = set()
    for figure in features.figures:
        if not figure.thing:
            continue
        for subject, verb, obj in features.predicates:
            if verb and verb not in GENERIC_VERBS and (figure.thing in (subject, obj) or not subject):
                out.add(f"{figure.thing}|{verb}")
    return out


def claim_facets(units: Iterable[UnitFeatures]) -> Facets:
    """A claim's facets: the union over the units its mentions cover."""
    measures: set[str] = set()
    names: set[str] = set()
    for features in units:
        measures |= unit_measures(features)
        names |= set(features.names)
    return Facets(frozenset(measures), frozenset(names))


def same_subject(a: Facets, b: Facets) -> bool:
    """Two claims sharing a measure are about one subject unless both name things and none in common."""
    return not (a.names and b.names) or bool(a.names & b.names)


def facets_of_claims(units: Sequence[ClaimUnit], claims: Mapping[int, Claim]) -> dict[int, Facets]:
    """Each claim's facets, from the units its mentions overlap."""
    by_document: dict[int, list[ClaimUnit]] = {}
    for unit in units:
        by_document.setdefault(unit.document, []).append(unit)
    starts = {}
    for document, found in by_document.items():
        found.sort(key=lambda u: u.span.start)
        starts[document] = [u.span.start for u in found]
    out = {}
    for claim_id, claim in claims.items():
        covered = []
        for m in claim.mentions:
            found = by_document.get(m.document, [])
            first = max(0, bisect_left(starts.get(m.document, []), m.start) - 1)
            covered += [u.features for u in found[first:] if u.span.start < m.end and m.start < u.span.end]
        out[claim_id] = claim_facets(covered)
    return out
