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

Documents join linked stories by average linkage, the rule the claims and the story groups follow: pairs
sharing the most claims first, and two linked stories merge only where their documents share ``average``
claims a pair on average, pairs sharing none counting 0. Joined wherever one pair of them shared
``strength`` claims, twin events' stories became one as soon as one twin report shared a headline and a
lead with the other story (ECB+ train: six of 49 linked stories held both events of a topic), and nothing
was cut between them; a twin's few such pairs are a small share of the two stories' pairs.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

# A claim of more documents counts them pairwise in a chain only: all its pairs grow as the square of the
# corpus (12.5 million for a wire line run by 5,000 generated articles). ECB+ train's largest (722 reports) holds 11.
PAIRED = 100


def cut_by_linked_stories(clusters: Sequence[list[int]], documents: Sequence[int], strength: int, least: int = 2,
                          joined: Iterable[tuple[int, int]] = (), average: float = 0.0) -> list[list[int]]:
    """The clusters (sorted unit indices, ``documents`` giving each unit's), each cut into its units of
    each linked story (see the module's docstring; ``average`` 0 joins every pair sharing ``strength``);
    ``joined``: document pairs always of one story (a researcher linked two of their units). A part of one
    document is kept: the linker drops every claim of fewer than two documents, however it came about."""
    story = _linked_stories(clusters, documents, strength, least, joined, average)
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
                    joined: Iterable[tuple[int, int]], average: float) -> dict[int, int]:
    """Each document that shares ``strength`` claims or more with another (or is ``joined`` to one), by
    the linked story it is merged into (a member document; see the module's docstring), of ``least``
    documents or more."""
    shared = _shared_claims(clusters, documents)
    near: dict[int, dict[int, int]] = defaultdict(dict)
    for (a, b), n in shared.items():
        near[a][b] = near[b][a] = n
    forced = list(joined)
    ranked = sorted(((n, a, b) for (a, b), n in shared.items() if n >= strength), key=lambda x: (-x[0], x[1], x[2]))
    group: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for index, (a, b) in enumerate(forced + [(a, b) for _n, a, b in ranked]):
        for d in (a, b):
            if d not in group:
                group[d], members[d] = d, [d]
        left, right = group[a], group[b]
        if left == right:
            continue
        if len(members[left]) < len(members[right]):
            left, right = right, left
        if index >= len(forced) and _shared_between(members[right], left, near, group) < average * len(
                members[left]) * len(members[right]):
            continue
        for d in members[right]:
            group[d] = left
        members[left].extend(members.pop(right))
    return {d: s for d, s in group.items() if len(members[s]) >= least}


def _shared_claims(clusters: Sequence[list[int]], documents: Sequence[int]) -> Counter:
    """The claims each pair of documents shares (pairs of a claim over `PAIRED` documents only along a chain)."""
    shared: Counter = Counter()
    for members in clusters:
        held = sorted({documents[k] for k in members})
        shared.update(itertools.combinations(held, 2) if len(held) <= PAIRED else itertools.pairwise(held))
    return shared


def _shared_between(few: list[int], other: int, near: dict[int, dict[int, int]], group: dict[int, int]) -> int:
    """The claims the documents ``few`` share with the linked story ``other``, read from the smaller side."""
    return sum(n for d in few for e, n in near[d].items() if group.get(e) == other)
