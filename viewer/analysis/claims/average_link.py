"""Average linkage with a check on every member: how verified pairs of units become claims.

Two groups merge only when each member of either is, on average, verified against the other group, so A≈B and
B≈C never link A to C on their own. A claim that grows with the corpus (a wire line every report runs) is read a
member at a time, and pairs no one verified are glanced at as `UNREAD` and worked out only where a mean needs them,
so a merge check does not read the square of a claim's size. Once the grouping is done, a group whose documents
all lie in another merges with it where the two agree inside those documents (`restating_merges`): a story's
headlines and its leads, which the member check keeps apart, and no reports joined that were not already. Last, two
groups the member check refused merge where they agree on average and other claims already join most of the reports
the merge would join (`supported_merges`): a paraphrase that reads low against one member of a story's claim.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from viewer.analysis.claims.verifier import VETOED, SupportedMerge

FORCED = 1.0  # a pair a researcher linked by hand
FORBIDDEN = VETOED  # a pair never one claim (a veto, or unlinked by hand)
UNREAD = -math.inf  # `PairScores.glance`: a score below every threshold, not worked out


def average_link(ranked, score, documents: Sequence[int], threshold: float, certainties: bool = True,
                  seeds: Sequence[list[int]] = (), glance=None) -> list[list[int]]:
    """Merge the groups of each ranked pair in turn where `may_merge` allows it, starting from the
    ``seeds`` (sorted groups of units, each already one claim: `linking._verbatim`); ``glance``:
    `PairScores.glance`, else ``score``."""
    return merged_groups(ranked, seeds, lambda left, right: may_merge(left, right, score, documents, threshold,
                                                                      certainties, glance), len(documents))


def restating_merges(ranked, groups: Sequence[list[int]], score, documents: Sequence[int],
                     bar: float) -> list[list[int]]:
    """The groups (claims as `average_link` and the cuts after it leave them) merged, in the order of the ranked pairs,
    where one restates the other inside the documents both hold (`restates`). This comes once the grouping is done,
    so it never changes which documents a claim joins: done during it, the larger groups refused later merges
    that joined reports (ECB+ train: 15 same-event article pairs fewer at a bar of 0.5)."""
    return merged_groups(ranked, groups, lambda left, right: restates(left, right, score, documents, bar),
                         len(documents))


def supported_merges(ranked, groups: Sequence[list[int]], score, documents: Sequence[int], threshold: float,
                     rule: SupportedMerge, glance=None) -> list[list[int]]:
    """The groups (claims as the grouping and the passes after it leave them) merged, in the order of the ranked pairs,
    where `supported` allows it, with the claims each document is in read on ``groups``."""
    held = claims_of_documents(groups, documents)
    return merged_groups(ranked, groups, lambda left, right: supported(left, right, score, documents, threshold, rule,
                                                                       held, glance), len(documents))


def claims_of_documents(groups: Iterable[list[int]], documents: Sequence[int]) -> dict[int, set[int]]:
    """The groups (by their place) each document has a unit in: two documents are joined where theirs meet. Kept by
    document, not by pair: a wire line run by 5,000 reports would be twelve million pairs."""
    held: dict[int, set[int]] = {}
    for number, group in enumerate(groups):
        for k in group:
            held.setdefault(documents[k], set()).add(number)
    return held


def supported(left: list[int], right: list[int], score, documents: Sequence[int], threshold: float,
              rule: SupportedMerge, held: dict[int, set[int]], glance=None) -> bool:
    """Whether two groups are one claim, the member check aside: at least ``rule.share`` of the document pairs the
    merge joins anew are joined by a claim already (``held``: `claims_of_documents`), the pairs of units of two
    documents average ``rule.mean``, units of one document verify against each other, and none is forbidden. The
    member check is the twin guard: a group of one event's reports refuses a twin event's report that verifies
    against one of them (two quakes in one region). It also refuses a paraphrase of the same story that reads low
    against a member. Other claims joining the reports tell the two apart: ECB+ train's refused merges with a right
    link have half their new document pairs joined already (median), those that would link two events a quarter."""
    cross = _cross_read(left, right, glance or score, documents, rule.mean)
    if cross is None or not _joined_enough({documents[k] for k in left}, {documents[k] for k in right}, held,
                                           rule.share):
        return False
    table = [score(x, y) if p == UNREAD else p for x, y, p in cross]
    own = [score(x, y) for x in left for y in right if documents[x] == documents[y]]
    if min(table + own) <= FORBIDDEN or any(p < threshold for p in own):
        return False
    return sum(table) >= rule.mean * len(table)


def _cross_read(left: list[int], right: list[int], look, documents: Sequence[int],
                mean: float) -> list[tuple[int, int, float]] | None:
    """The pairs of units of two documents with their scores as ``look`` gives them, a member of the larger group at
    a time against the smaller; None where there is none, or as soon as the scores read (`UNREAD` and vetoed at 0)
    and every score left at its highest (1) cannot average ``mean``: a claim run by every report (a wire line) meets
    small groups of other stories, which score 0 against nearly all of it."""
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    own: dict[int, int] = {}
    for y in small:
        own[documents[y]] = own.get(documents[y], 0) + 1
    count = len(small) * len(large) - sum(own.get(documents[x], 0) for x in large)
    if count == 0:
        return None
    read: list[tuple[int, int, float]] = []
    total = 0.0
    for x in large:
        for y in small:
            if documents[x] != documents[y]:
                p = look(x, y)
                read.append((x, y, p))
                total += max(p, 0.0)
        if total + (count - len(read)) < mean * count:
            return None
    return read


def _joined_enough(left: set[int], right: set[int], held: dict[int, set[int]], share: float) -> bool:
    """Whether at least ``share`` of the pairs of a document of one group only and one of the other only are in
    one claim already (true where there is no such pair); read until the unjoined ones decide it."""
    new = len(left - right) * len(right - left)
    allowed, unjoined, none = new - share * new, 0, set()
    for a in left - right:
        for b in right - left:
            if not held.get(a, none) & held.get(b, none):
                unjoined += 1
                if unjoined > allowed:
                    return False
    return True


def merged_groups(ranked, seeds: Sequence[list[int]], allowed, units: int) -> list[list[int]]:
    """Merge the groups of each ranked pair (of ``units`` units) in turn where ``allowed(left, right)``, starting from
    the ``seeds``. A refused merge stays refused while neither group changes (the scores it read do not), so the same
    two groups met again through another of their pairs are not weighed again: a third of the checks were.

    A group is known by a number for its members as they stand (`_Versions`): keyed by their tuples, each
    pair of a claim that grows with the corpus (a wire line run by every report) copied and hashed the
    whole claim, and every refusal kept a copy of it."""
    members: dict[int, list[int]] = {seed[0]: list(seed) for seed in seeds}
    cluster_of: dict[int, int] = {k: seed[0] for seed in seeds for k in seed}
    versions = _Versions(units)
    refused: set[int] = set()
    for i, j in ranked:
        a, b = cluster_of.get(i, i), cluster_of.get(j, j)
        if a == b:
            continue
        groups = versions.pair(a, b)
        if groups in refused:
            continue
        left, right = members.get(a, [i]), members.get(b, [j])
        if not allowed(left, right):
            refused.add(groups)
            continue
        merged = sorted(left + right)
        members.pop(b, None)
        members[a] = merged
        versions.grown(a)
        for k in merged:
            cluster_of[k] = a
    return [sorted(m) for m in members.values()]


class _Versions:
    """A number for each group's members as they stand, by the unit that heads it (the first unit of each merge keeps
    heading the group, and a unit that stops heading one never heads one again): a unit alone is its own index, and
    each merge gives the merged group the next number after the units'. Groups only grow, so a number is never the
    same members as another, nor the same number two sets of members."""

    def __init__(self, units: int) -> None:
        self.units, self.current, self.merges = units, {}, 0

    def pair(self, a: int, b: int) -> int:
        """One int for the two groups, in this order (a ``units`` × 2 square holds every pair of numbers)."""
        return self.current.get(a, a) * 2 * self.units + self.current.get(b, b)

    def grown(self, a: int) -> None:
        self.current[a] = self.units + self.merges
        self.merges += 1


def may_merge(left: list[int], right: list[int], score, documents, threshold: float, certainties: bool = True,
               glance=None) -> bool:
    """Every member verifies, on average, against the other group; units of one document verify
    against each other; a forbidden pair forbids the merge and a forced one allows it. Where no
    score can be forced or forbidden (``certainties`` False: no corrections, and the pair model
    never rounds to 1), the scores are read a member at a time (`_read_by_members`)."""
    left_documents, right_documents = [documents[x] for x in left], [documents[y] for y in right]
    if not certainties:
        return _read_by_members(left, right, score, glance or score, left_documents, right_documents, threshold)
    table = [[score(x, y) for y in right] for x in left]
    certain = _certain_verdict(table)
    if certain is not None:
        return certain
    read: list[list[float]] = []
    clear = _clear_verdict(table, read, left_documents, right_documents, threshold)
    if clear is not None:
        return clear
    return _verdict_of_means(np.array(read), left_documents, right_documents, threshold)


def restates(left: list[int], right: list[int], score, documents: Sequence[int], bar: float) -> bool:
    """Whether one group restates the other inside the documents both hold: every document of the group of
    fewer (two at least: most merges bring one unit, which is read no further) is in the other, and the two
    groups' units in those documents score ``bar`` on average,
    none forbidden. A report often states its news twice, in its headline and in its lead, and the reports of one
    story fall into a group of headlines and a group of leads ("Rice calls speech 'destructive'" and "Rice said
    the speech will be 'destructive'"), which the member-by-member means refuse: a headline reads low against a
    long sentence, and against its own lead the word check scores it 0. Such a merge joins no two documents
    not already joined, so it can never link two events' reports that the means kept apart; it only says that
    the documents' two mentions are one claim. Other groups keep the full check (`may_merge`)."""
    if min(len(left), len(right)) < 2:
        return False
    held_left, held_right = {documents[k] for k in left}, {documents[k] for k in right}
    if len(held_left) > len(held_right):
        left, right, held_left, held_right = right, left, held_right, held_left
    if len(held_left) < 2 or not held_left <= held_right:
        return False
    table = [score(x, y) for x in left for y in right if documents[y] in held_left]
    return min(table) > FORBIDDEN and sum(table) >= bar * len(table)


def _read_by_members(left: list[int], right: list[int], score, glance, left_documents: list[int],
                     right_documents: list[int], threshold: float) -> bool:
    """The check read a member of the larger group at a time, each against the whole smaller group, and a refusal
    stops at the member that fails: most checks are refusals, and a claim run by every report, refusing a small
    group, fails at its first members, where reading the small group's members first read the whole claim for
    each. `_clear_verdict` decides alike either way round; the means are worked out on the table as ``left``'s
    rows, with the scores ``glance`` left `UNREAD` worked out where the means could reach the threshold with them,
    so the verdicts stay bit for bit numpy's."""
    read: list[list[float]] = []
    if len(right) > len(left):
        columns = ([glance(x, y) for x in left] for y in right)
        clear = _clear_verdict(columns, read, right_documents, left_documents, threshold)
        read = [list(row) for row in zip(*read)] if clear is None else read
    else:
        clear = _clear_verdict(([glance(x, y) for y in right] for x in left), read, left_documents, right_documents,
                               threshold)
    if clear is not None:
        return clear
    table = np.array(read)
    unread = table == UNREAD
    if not unread.any():
        return _verdict_of_means(table, left_documents, right_documents, threshold)
    # an unread score is 0 or VETOED: at 0 each mean is the highest it can be (a rounded sum never falls as a term
    # grows), so means that fail the threshold so fail it whatever the unread scores are
    if not _verdict_of_means(np.where(unread, 0.0, table), left_documents, right_documents, threshold):
        return False
    for x, y in zip(*np.nonzero(unread)):
        table[x, y] = score(left[x], right[y])
    return _verdict_of_means(table, left_documents, right_documents, threshold)


def _certain_verdict(table: list[list[float]]) -> bool | None:
    """False where a pair is forbidden, else True where one is forced, else None."""
    if min(map(min, table)) <= FORBIDDEN:
        return False
    if max(map(max, table)) >= FORCED:
        return True
    return None


def _clear_verdict(rows: Iterable[list[float]], read: list[list[float]], left_documents: list[int],
                   right_documents: list[int], threshold: float) -> bool | None:
    """The verdict where no mean has to be worked out, None elsewhere (then ``read`` holds every
    row): most checks are refusals of groups from two stories, and numpy on tables this small
    cost more than the scores themselves. A member whose scores against the other group average
    below the threshold even with each negative score (VETOED, `UNREAD`) raised to 0 (or every score
    of every member above it) by more than rounding can move a mean of them (n values of one sign summed
    in any order and divided: under n * 2**-52 of it, relative; the margin is four times that) is
    decided here; the rest go to `_verdict_of_means`, so the verdicts stay bit for bit numpy's. A
    member of a claim run by many reports scores high against the few of the other group in its
    own story and nothing against the rest: its mean refuses at once, where its best score did not."""
    margin = threshold * max(len(left_documents), len(right_documents)) * 2.0 ** -50
    columns: list[list[float]] = [[] for _ in right_documents]
    for document, row in zip(left_documents, rows):
        read.append(row)
        cross = []
        for p, other, column in zip(row, right_documents, columns):
            if other == document:
                if p < threshold:
                    return False
            else:
                cross.append(p)
                column.append(p)
        if cross and _mean_below(cross, threshold - margin):
            return False
    if any(column and _mean_below(column, threshold - margin) for column in columns):
        return False
    scores = [p for column in columns for p in column]
    if scores and min(scores) >= threshold + margin:
        return True
    return None


def _mean_below(scores: list[float], limit: float) -> bool:
    """Whether the scores, each negative one raised to 0, average below ``limit``: the mean can only be lower."""
    return sum(p for p in scores if p > 0.0) < limit * len(scores)


def _verdict_of_means(table: np.ndarray, left_documents: list[int], right_documents: list[int], threshold: float) -> bool:
    """The whole check, with the means as numpy sums them."""
    if (table <= FORBIDDEN).any():
        return False
    if (table >= FORCED).any():
        return True
    same_doc = np.array([[x == y for y in right_documents] for x in left_documents])
    if (table[same_doc] < threshold).any():
        return False
    cross = np.where(same_doc, 0.0, table)
    counts = ~same_doc
    rows, columns = counts.sum(axis=1), counts.sum(axis=0)
    row_means = cross.sum(axis=1)[rows > 0] / rows[rows > 0]
    column_means = cross.sum(axis=0)[columns > 0] / columns[columns > 0]
    return bool(row_means.min() >= threshold and column_means.min() >= threshold)
