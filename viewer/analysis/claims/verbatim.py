"""One wording carried word for word by many reports (wire copy) is one claim, however many carry it.

Average linkage weighs every pair of a group, and a pair of reports the candidate search did not
pair (each article keeps its `candidates.NEIGHBOURS` nearest) or the story gate held just under
its threshold scores 0: among 32 reports of one sentence, 18 of the 496 pairs did, and the
sentence became two claims of 23 and 9 reports. Identity is transitive where similarity is not:
if A is B word for word and B is C, A is C. So the units that state one wording (`wording`) and
that verified pairs join (A-B and B-C scored at the threshold or above, which the story gate and
its groups have already confined to one story) start the grouping as one group; everything else
joins them, or not, by the usual check. A pair the researcher unlinked (or an article kept out of
the claim) keeps its two units apart here too: such a group is only joined where no pair between
its parts is forbidden.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping

_QUOTES = re.compile(r"[\"“”«»„‘’‚‛`´]")
_DASHES = re.compile(r"[-‐‑‒–—―−]+")


def wording(text: str) -> str:
    """The text with its spacing, quotation marks and dashes made uniform: the same wire sentence
    comes typeset differently by each outlet that runs it."""
    return " ".join(_DASHES.sub("-", _QUOTES.sub("'", text)).split())


def verbatim_groups(pairs: Iterable[tuple[int, int]], wording_of: Callable[[int], str],
                    forbidden: Collection[tuple[int, int]] = ()) -> list[list[int]]:
    """The groups of units joined by ``pairs`` (verified pairs, lower index first) whose two units
    have one wording, each group sorted; ``forbidden``: pairs (lower index first) no group may hold.
    An empty wording is none: the fitting scripts link with every text read as empty
    (`fit_verifier.NoTexts`), and there every verified pair "shared" it, so the groups chained whole
    stories into one claim and the thresholds chosen on those links were chosen on another linker."""
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    apart = _partners(forbidden)
    for i, j in pairs:
        if not wording_of(i) or wording_of(i) != wording_of(j):
            continue
        a, b = group.get(i, i), group.get(j, j)
        if a == b:
            continue
        left, right = members.get(a, [i]), members.get(b, [j])
        if apart and _held_apart(left, right, group, apart):
            continue
        members.pop(b, None)
        members[a] = left + right
        for k in members[a]:
            group[k] = a
    return [sorted(m) for m in members.values()]


def _partners(forbidden: Iterable[tuple[int, int]]) -> dict[int, set[int]]:
    """Each unit of a forbidden pair with the units it may never share a group with."""
    found: dict[int, set[int]] = {}
    for x, y in forbidden:
        found.setdefault(x, set()).add(y)
        found.setdefault(y, set()).add(x)
    return found


def _held_apart(left: list[int], right: list[int], group: Mapping[int, int], apart: Mapping[int, set[int]]) -> bool:
    """Whether a forbidden pair joins the two groups, read from the smaller one's forbidden partners: a wire line run by
    every report grows its group one report at a time, and trying every pair of the two groups at each step made
    12.5 million pairs of a line run by 5,000."""
    smaller, other = (left, right) if len(left) <= len(right) else (right, left)
    head = group.get(other[0], other[0])
    return any(group.get(y, y) == head for x in smaller for y in apart.get(x, ()))
