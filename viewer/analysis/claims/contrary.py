"""Reports that tell the opposite act of a unit, and so carry no claim of it.

Two units stating opposite acts of one doer are never one claim (`acts.acts_opposed`: "Roberts has
pleaded not guilty" against "Roberts pleaded guilty"), and every merge that would join them is
refused. Refusing that pair alone left the rest of its report free to join the claim: the report's
next sentence ("Roberts faces the most serious charges") took the refused one's place, and the claim
still joined two stages of the story. A report that tells the opposite of what a unit states, of
one doer and done to one thing (`acts.one_patient`), and nowhere tells that act itself, does not
carry the unit's claim with any of its units. A report that tells both ("pleaded not guilty in May,
then changed his plea to guilty") may still carry it; so may one whose opposite act is done to
someone else ("the Sixers fired King" says nothing against "the Sixers hired Cheeks").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from viewer.analysis.claims.acts import one_patient, opposed_acts
from viewer.analysis.claims.features import ClaimUnit

Pair = tuple[int, int]


def contradicting(vetoed: Iterable[Pair], units: Sequence[ClaimUnit]) -> set[Pair]:
    """(unit, document) for each unit of a pair of two documents (``vetoed``: pairs of indexes into
    ``units``, sorted by document; those `verifier.never_one_claim` vetoes) whose other unit states
    the opposite act, where that other unit's document never tells the unit's own act."""
    found: set[Pair] = set()
    told: dict[int, set[str]] = {}
    for i, j in vetoed:
        a, b = units[i], units[j]
        if a.document == b.document:
            continue
        for x, y in _opposed_to_one_patient(a, b):
            if x not in _acts_told(b.document, units, told):
                found.add((i, b.document))
            if y not in _acts_told(a.document, units, told):
                found.add((j, a.document))
    return found


def _opposed_to_one_patient(a: ClaimUnit, b: ClaimUnit) -> list[tuple[str, str]]:
    """The opposite acts of one doer the two units state (`acts.opposed_acts`) that are done to one thing."""
    return [(x, y) for x, y in opposed_acts(a.features, b.features) if one_patient(a.features, x, b.features, y)]


def contradicted(i: int, j: int, documents: Sequence[int], reports: set[Pair]) -> bool:
    """Whether either unit's document contradicts the other unit (``reports``, from `contradicting`)."""
    return (i, documents[j]) in reports or (j, documents[i]) in reports


def _acts_told(document: int, units: Sequence[ClaimUnit], told: dict[int, set[str]]) -> set[str]:
    """Every act the document's units (``units``: sorted by document) state, worked out once per document met."""
    if document not in told:
        lo = bisect_left(units, document, key=lambda u: u.document)
        hi = bisect_right(units, document, lo=lo, key=lambda u: u.document)
        told[document] = {act for u in units[lo:hi] for act in u.features.acts}
    return told[document]
