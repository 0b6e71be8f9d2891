"""Claims cut where their documents belong to two stories that the claims themselves tell apart.

The story gate and its groups (`stories`) weigh two articles by their words, names and figures,
and twin events (two players of one team arrested for drink-driving a month apart, two quakes in
one region) pass them: their reports share a team, a place, a vocabulary. What tells the twins
apart is what the linked claims say afterwards. Reports of one story share several claims with
one another; a twin's report shares one background line with them ("he was on probation for a
previous arrest") and several claims with the reports of its own story. So documents that share
``strength`` claims or more are joined into linked stories, and a claim holding documents of two
such stories is cut into one claim for each: the line read in one story is a claim of that story.
A story's own reports fall into two linked stories too, a pair of wire copies beside the rest, so a
linked story of fewer than ``least`` documents is none, and a document of none stays with the part
of most documents: a report or two alone are no evidence of another event.
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

# A claim of more documents counts them pairwise in a chain only: all its pairs grow as the square of the
# corpus (12.5 million for a wire line run by 5,000 generated articles). ECB+ train's largest (722 reports) holds 11.
PAIRED = 100


def cut_by_linked_stories(clusters: Sequence[list[int]], documents: Sequence[int], strength: int, least: int = 2,
                          joined: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """The clusters (sorted unit indices, ``documents`` giving each unit's), each cut into its units of
    each linked story (see the module's docstring); ``joined``: document pairs always of one story
    (a researcher linked two of their units). A part of one document is kept: the linker drops every
    claim of fewer than two documents, however it came about."""
    story = _linked_stories(clusters, documents, strength, least, joined)
    out: list[list[int]] = []
    for members in clusters:
        parts: dict[int, list[int]] = {}
        alone: list[int] = []
        for k in members:
            home = story.get(documents[k])
            (alone if home is None else parts.setdefault(home, [])).append(k)
        if len(parts) < 2:
            out.append(members)
            continue
        largest = max(parts.values(), key=lambda part: (len({documents[k] for k in part}), -part[0]))
        largest.extend(alone)
        out.extend(sorted(part) for part in parts.values())
    return out


def _linked_stories(clusters: Sequence[list[int]], documents: Sequence[int], strength: int, least: int,
                    joined: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Each document that shares ``strength`` claims or more with another (or is ``joined`` to one), by
    the story it is linked into (a member document): connected components of those pairs, of ``least``
    documents or more."""
    shared: Counter = Counter()
    for members in clusters:
        held = sorted({documents[k] for k in members})
        shared.update(itertools.combinations(held, 2) if len(held) <= PAIRED else itertools.pairwise(held))
    head: dict[int, int] = {}

    def find(d: int) -> int:
        while head.setdefault(d, d) != d:
            head[d] = head[head[d]]
            d = head[d]
        return d

    for a, b in [pair for pair, n in shared.items() if n >= strength] + list(joined):
        head[find(a)] = find(b)
    story = {d: find(d) for d in list(head)}
    size = Counter(story.values())
    return {d: s for d, s in story.items() if size[s] >= least}
