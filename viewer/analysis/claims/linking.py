"""Link sentences and clauses that state the same claim across documents.

Candidate pairs come from ``candidates`` (nearest articles, then close or index-sharing units
inside them). The document-level model first says whether two articles report one story at
all; then the pair model (``verifier``) gives each candidate pair a probability of stating one
claim. Pairs are grouped by average linkage with a check on every member, so A≈B and B≈C never
link A to C on their own: two groups merge only when each member of either is, on average,
verified against the other group; the units that state one wording word for word, joined by verified
pairs, start as one group (`verbatim`: wire copy is one claim however many reports run it, though not
every pair of them is a candidate). A document contributes two mentions to a claim only when its
two units also verify against each other, and no claim holds two units that count one thing
differently or date it differently (`verifier.never_one_claim`), nor a unit with a report that tells its opposite act
and never the act itself (`contrary`: the report's next sentence would take the refused one's place), nor two
people's different quotations (`voices`). What one report gives as news in its undated lead and
another recalls deep down with a date is not one claim (`verifier.recap_checked`). Researcher
corrections override the scores.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np

from viewer.analysis.claims.blocks import candidate_blocks, verified_blocks
from viewer.analysis.claims.candidates import (
    Article, Mapper, article_pairs, articles, computed, in_reading_order, rare_names, stacked,
)
from viewer.analysis.claims.contrary import contradicted, contradicting
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.index import RareKeys
from viewer.analysis.claims.stories import story_groups
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.verbatim import verbatim_groups, wording
from viewer.analysis.claims.voices import Quotation, Voice, two_voices, voices
from viewer.analysis.claims.verifier import (
    PAIR_RANGES, VETOED, PieceWeights, TermWeights, Verifier, YearMonth, fitted, never_one_claim, pair_features, pair_scores,
    recap_checked, word_checked,
)
from viewer.analysis.model import Claim, Mention
from viewer.corpus.metadata import dateline_length
from viewer.corpus.spans import Span, mostly_held

__all__ = ["ClaimUnit", "claim_units", "link_claims", "label"]

_LABEL_CHARS = 90
_CENTRALITY_ROWS = 1024  # a label's products are taken this many mentions at a time (4 MB of float32)
_EDGE_QUOTES = re.compile(r"^[\"“”«»„‘’]+\s*|\s*[\"“”«»„‘’]+$")
_QUOTES = re.compile(r"[\"“”«»„‘]|(?<!\w)’|’(?!\w)")
_FORCED = 1.0
_FORBIDDEN = VETOED
UNREAD = -math.inf  # `PairScores.glance`: a score below every threshold, not worked out


class PairScores:
    """Verified probabilities of the candidate pairs, and on demand of any other pair of units in
    two articles that report one story; 0 for articles that do not, unless the two units count
    one thing differently or date what they state differently, which no merge may join wherever they
    are (`verifier.never_one_claim`), nor two people's different quotations (``voices``: `voices.two_voices`)."""

    def __init__(self, units: Sequence[ClaimUnit], vectors: np.ndarray, model: Verifier,
                 published: Mapping[int, YearMonth] | None = None, voices: Mapping[int, Voice] | None = None):
        self.units, self.vectors, self.model, self.published = units, vectors, model, published or {}
        self.voices = voices or {}
        self.weights = TermWeights([u.features for u in units])
        self.piece_weights = PieceWeights([u.pieces for u in units])
        self.span = len(units)
        # By `key`: one int a pair held half what a tuple of two did (1.1 million pairs at 5,000 generated articles).
        self.known: dict[int, float] = {}
        self.same_story: set[tuple[int, int]] = set()
        self.documents = [u.document for u in units]
        self.contradicting: set[tuple[int, int]] = set()  # (unit, document): `contrary.contradicting`

    def key(self, i: int, j: int) -> int:
        """The pair's key in ``known``, whichever unit is named first."""
        return i * self.span + j if i < j else j * self.span + i

    def pair(self, key: int) -> tuple[int, int]:
        """The two units of a key of ``known``, the lower first."""
        return divmod(key, self.span)

    def contradict(self) -> None:
        """Veto every pair one of whose reports contradicts the other unit (`contrary`), as the
        verified pairs tell: a merge never joins a unit with a report that states what can never be
        one claim with it."""
        documents = self.documents
        self.contradicting = contradicting((self.pair(key) for key, p in self.known.items() if p <= VETOED), self.units)
        if not self.contradicting:
            return
        for key, p in self.known.items():
            if p > VETOED and contradicted(*self.pair(key), documents, self.contradicting):
                self.known[key] = VETOED

    def keep_voices_apart(self) -> None:
        """Veto every verified pair of two people's different quotations (`voices.two_voices`): the candidate
        blocks are verified where the workers are, without the corpus's speakers."""
        voiced = self.voices
        if len(voiced) < 2:
            return
        for key, p in self.known.items():
            i, j = self.pair(key)
            if p > VETOED and i in voiced and j in voiced and two_voices(voiced[i], voiced[j]):
                self.known[key] = VETOED

    def verify(self, pairs: list[tuple[int, int, float]]) -> None:
        if not pairs:
            return
        units, aligned = self.units, self.piece_weights.aligned  # decoded afresh: kept for every unit met, they would outweigh the corpus
        rows = np.array([pair_features(units[i].features, units[j].features, c, self.weights) for i, j, c in pairs])
        conflicts = [never_one_claim(units[i].features, units[j].features) for i, j, _c in pairs]
        checked = word_checked(pair_scores(self.model.pair, rows, conflicts), self.model,
                               lambda k: (aligned(units[pairs[k][0]].pieces), aligned(units[pairs[k][1]].pieces)))
        dated = self.published.get
        checked = recap_checked(checked, self.model, lambda k: _of_two_documents(units[pairs[k][0]], units[pairs[k][1]]),
                                lambda k: (dated(units[pairs[k][0]].document), dated(units[pairs[k][1]].document)))
        for (i, j, _c), p in zip(pairs, checked):
            self.known[self.key(i, j)] = VETOED if self.apart(i, j) else float(p)

    def apart(self, i: int, j: int) -> bool:
        """Whether a report contradicts the other unit, or the two are two people's different words."""
        return (contradicted(i, j, self.documents, self.contradicting)
                or two_voices(self.voices.get(i), self.voices.get(j)))

    def __call__(self, i: int, j: int) -> float:
        key = self.key(i, j)
        found = self.known.get(key)
        if found is not None:
            return found
        a, b = self.units[i].document, self.units[j].document
        if a != b and ((a, b) if a < b else (b, a)) not in self.same_story:
            vetoed = never_one_claim(self.units[i].features, self.units[j].features) or self.apart(i, j)
            return VETOED if vetoed else 0.0
        self.verify([(i, j, float(computed(self.vectors[i]) @ computed(self.vectors[j])))])
        return self.known[key]

    def glance(self, i: int, j: int) -> float:
        """The pair's score, except for a pair of two stories' articles that is not known: ``UNREAD``, as every such
        pair scores below any threshold (0, or VETOED where `never_one_claim`), which `_may_merge` works out only
        where a mean needs it. A claim run by every report is checked against each group a pair brings it, and
        working out those thousands of pairs' conflicts was most of the grouping's time."""
        found = self.known.get(self.key(i, j))
        if found is not None:
            return found
        a, b = self.documents[i], self.documents[j]
        if a != b and ((a, b) if a < b else (b, a)) not in self.same_story:
            return UNREAD
        return self(i, j)


def _of_two_documents(a: ClaimUnit, b: ClaimUnit) -> tuple[UnitFeatures, UnitFeatures] | None:
    """The two units' features where they lie in two documents (`verifier.recap_checked`)."""
    return (a.features, b.features) if a.document != b.document else None


def link_claims(
    units: Sequence[ClaimUnit],
    texts: Mapping[int, str],
    must_link: Sequence[tuple[Mention, Mention]] = (),
    cannot_link: Sequence[tuple[Mention, Mention]] = (),
    kept_apart: Sequence[tuple[int, Sequence[Mention]]] = (),
    model: Verifier | None = None,
    spread: Mapper = map,
    near: Sequence[tuple[int, int]] | None = None,
    published: Mapping[int, YearMonth] | None = None,
    unsaid: Mapping[int, Sequence[Span]] | None = None,
    quotations: Mapping[int, Sequence[Quotation]] | None = None,
) -> list[Claim]:
    """Claims stated in two or more documents, each with its mentions and its label (``model``:
    other fitted models than the shipped ones, as when fitting them; ``spread``: where candidate
    search and verifying run, block by block, as ``map`` would, e.g. on a Dask cluster; ``near``:
    the document pairs `candidates.neighbouring_documents` found, when the caller needs them too; ``kept_apart``:
    (document, passages) no unit of that document may share a claim with, the researcher having judged that the
    document does not carry the claim those passages state); ``published``: each dated document's year and month of
    publication, which spares a follow-up report's dated retelling of the news from the recap check (`verifier.recalled`));
    ``unsaid``: each document's reports not made, cue and content ("did not say whether…"), whose wording names no claim
    another mention can name (`label`); ``quotations``: each document's direct quotations of resolved people, two of
    whose different words are never one claim (`voices`)."""
    units = in_reading_order(units)
    if not units:
        return []
    vectors = stacked(units)
    scores = PairScores(units, vectors, model or fitted(), published, voices(units, quotations or {}, texts))
    found = articles(units, vectors)
    _verify_candidates(found, units, vectors, scores, spread, near)
    scores.contradict()
    scores.keep_voices_apart()
    for a, b in must_link:
        if (pair := _pair(units, a, b)) is not None:
            scores.known[scores.key(*pair)] = _FORCED
            scores.same_story.add((min(units[pair[0]].document, units[pair[1]].document), max(units[pair[0]].document, units[pair[1]].document)))
    for a, b in cannot_link:
        if (pair := _pair(units, a, b)) is not None:
            scores.known[scores.key(*pair)] = _FORBIDDEN
    for pair in _apart(units, kept_apart):
        scores.known[scores.key(*pair)] = _FORBIDDEN
    threshold = scores.model.pair.threshold
    ranked = _ranked(scores.known, [u.document for u in units], threshold)
    certainties = bool(must_link or cannot_link or kept_apart) or scores.model.pair.reaches_certainty(PAIR_RANGES)
    mentions = _mentions(units, {k for pair in ranked for k in pair}, texts)  # every unit a claim can hold
    clusters = _average_link(ranked, scores, [u.document for u in units], threshold, certainties,
                             _verbatim(ranked, mentions, scores), glance=scores.glance)
    claims = [_claim(units, vectors, members, mentions, unsaid or {}) for members in clusters]
    claims = [c for c in claims if len({m.document for m in c.mentions}) >= 2]
    return sorted(claims, key=lambda c: [(m.document, m.start) for m in c.mentions])


def _ranked(known: Mapping[int, float], documents: Sequence[int], threshold: float) -> _RankedPairs:
    """The verified pairs of units of two documents, most probable first (then by unit): the keys of ``known``
    (`PairScores.key`, ``documents`` giving each unit's) as they are, ordered by numpy. Sorting (probability, unit,
    unit) triples with a key made two more tuples a pair while the largest stores were held (670,000 pairs, 110 MB
    at 5,000 generated articles); the order is the same, as every pair is a key once and a key orders as its units."""
    span = len(documents)
    keys = [key for key, p in known.items() if p >= threshold and documents[key // span] != documents[key % span]]
    probability = np.fromiter((known[key] for key in keys), dtype=np.float64, count=len(keys))
    order = np.lexsort((np.array(keys, dtype=np.int64), -probability)).tolist()
    return _RankedPairs([keys[k] for k in order], span)


class _RankedPairs:
    """Ranked pairs, held as their keys in ``known`` and read as (unit, unit), the lower first, a pair at a time:
    a list of their tuples would hold 670,000 more objects at 5,000 generated articles (43 MB)."""

    def __init__(self, keys: list[int], span: int) -> None:
        self.keys, self.span = keys, span

    def __iter__(self) -> Iterator[tuple[int, int]]:
        span = self.span
        return (divmod(key, span) for key in self.keys)

    def __len__(self) -> int:
        return len(self.keys)


def _verbatim(ranked: _RankedPairs, mentions: Mapping[int, Mention], scores: PairScores) -> list[list[int]]:
    """The groups of units that state one wording, joined by verified pairs (`verbatim.verbatim_groups`)."""
    wordings = {k: wording(m.text) for k, m in mentions.items()}
    forbidden = {scores.pair(key) for key, p in scores.known.items() if p <= _FORBIDDEN}
    return verbatim_groups(ranked, wordings.__getitem__, forbidden)


def _verify_candidates(found: list[Article], units, vectors: np.ndarray, scores: PairScores, spread: Mapper,
                       near: Sequence[tuple[int, int]] | None) -> None:
    """Find each article's nearest articles (unless ``near`` gives them), then verify the candidate
    unit pairs of every such pair that reports one story, block by block, wherever ``spread`` runs
    them. Only cutting the blocks happens here: the article records and bucket keys for the first
    step, each article pair's units with the corpus-wide counts of their terms and index keys for
    the second."""
    if near is None:
        pairs = article_pairs(found, mapper=spread)
    else:
        index = {a.document: k for k, a in enumerate(found)}
        pairs = sorted((index[a], index[b]) for a, b in near)
    keys = RareKeys.of(u.features for u in units)
    blocks = candidate_blocks(pairs, found, units, vectors, keys, (scores.weights, scores.piece_weights), rare_names(found), scores.model,
                              published=scores.published)
    stories: list[tuple[int, int, float]] = []
    known, span = scores.known, scores.span
    for verified in verified_blocks(spread, blocks):
        scores.same_story.update((a, b) for a, b, p in verified.stories if p >= scores.model.story.threshold)
        stories.extend(verified.stories)
        for i, j, p in verified.scores:
            known[i * span + j if i < j else j * span + i] = p  # `PairScores.key`, without a call a pair
    if scores.model.story_average is not None:
        _part_stories(scores, story_groups(stories, scores.model.story.threshold, scores.model.story_average))


def _part_stories(scores: PairScores, group: Mapping[int, int]) -> None:
    """Take back the verdicts between articles the gate passed that `stories.story_groups` puts in
    two stories: their units score as units of two stories do."""
    apart = {(a, b) for a, b in scores.same_story if group[a] != group[b]}
    if not apart:
        return
    scores.same_story -= apart
    documents, span = [u.document for u in scores.units], scores.span
    for key in [key for key in scores.known
                if (min(documents[key // span], documents[key % span]),
                    max(documents[key // span], documents[key % span])) in apart]:
        del scores.known[key]


def _pair(units: Sequence[ClaimUnit], a: Mention, b: Mention) -> tuple[int, int] | None:
    i, j = _unit_of(units, a), _unit_of(units, b)
    if i is None or j is None or i == j:
        return None
    return (min(i, j), max(i, j))


def _apart(units: Sequence[ClaimUnit], kept_apart: Sequence[tuple[int, Sequence[Mention]]]) -> Iterable[tuple[int, int]]:
    """Every unit of each document against the unit of each of its passages: the whole article is kept out of
    the claim, so no other passage of it takes the place of the one unlinked (a per-pair unlink let one back in
    through a source imported later). A group holding one of the article's units never merges with the claim's,
    so a new source reading most like that unit stays with it, apart from the claim, as the researcher's word
    on the article implies (dropping the article's units from the claim after grouping instead left the claim
    shaped by a unit it no longer held)."""
    for document, passages in kept_apart:
        lo = bisect_left(units, document, key=lambda u: u.document)
        hi = bisect_right(units, document, lo=lo, key=lambda u: u.document)
        for anchor in passages:
            j = _unit_of(units, anchor)
            if j is not None and units[j].document != document:
                yield from ((min(i, j), max(i, j)) for i in range(lo, hi))


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


def _average_link(ranked, score, documents: Sequence[int], threshold: float, certainties: bool = True,
                  seeds: Sequence[list[int]] = (), glance=None) -> list[list[int]]:
    """Merge the groups of each ranked pair in turn where `_may_merge` allows it, starting from the
    ``seeds`` (sorted groups of units, each already one claim: `_verbatim`). A refused merge
    stays refused while neither group changes (the scores it read do not), so the same two groups
    met again through another of their pairs are not weighed again: a third of the checks were.

    A group is known by a number for its members as they stand (`_Versions`): keyed by their tuples, each
    pair of a claim that grows with the corpus (a wire line run by every report) copied and hashed the
    whole claim, and every refusal kept a copy of it. ``glance``: `PairScores.glance`, else ``score``."""
    members: dict[int, list[int]] = {seed[0]: list(seed) for seed in seeds}
    cluster_of: dict[int, int] = {k: seed[0] for seed in seeds for k in seed}
    versions = _Versions(len(documents))
    refused: set[int] = set()
    for i, j in ranked:
        a, b = cluster_of.get(i, i), cluster_of.get(j, j)
        if a == b:
            continue
        groups = versions.pair(a, b)
        if groups in refused:
            continue
        left, right = members.get(a, [i]), members.get(b, [j])
        if not _may_merge(left, right, score, documents, threshold, certainties, glance):
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


def _may_merge(left: list[int], right: list[int], score, documents, threshold: float, certainties: bool = True,
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
    if min(map(min, table)) <= _FORBIDDEN:
        return False
    if max(map(max, table)) >= _FORCED:
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
    if (table <= _FORBIDDEN).any():
        return False
    if (table >= _FORCED).any():
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


def _mentions(units: Sequence[ClaimUnit], members: Iterable[int], texts: Mapping[int, str]) -> dict[int, Mention]:
    """The mention of each unit of a verified pair (the only units a claim can hold), read in reading order
    and once: a corpus's texts are fetched a few hundred at a time (`pipeline.DocumentTexts`), and read claim
    by claim, in no order, nearly every text was fetched again for each of its claims once the corpus outgrew
    those few hundred."""
    return {k: _mention(units[k], texts) for k in sorted(members)}


def _claim(units, vectors: np.ndarray, members: list[int], found: Mapping[int, Mention],
           unsaid: Mapping[int, Sequence[Span]]) -> Claim:
    mentions = [found[k] for k in members]
    headlines = [units[k].features.headline for k in members]
    not_made = [mostly_held(m.start, m.end, unsaid.get(m.document, ())) for m in mentions]
    return Claim(label=label([m.text for m in mentions], vectors[members], headlines, not_made), mentions=mentions)


def _mention(unit: ClaimUnit, texts: Mapping[int, str]) -> Mention:
    text = texts[unit.document]
    return Mention(unit.document, unit.span.start, unit.span.end, text[unit.span.start:unit.span.end])


def label(mentions: Sequence[str], vectors: np.ndarray | None = None, headlines: Sequence[bool] = (),
          unsaid: Sequence[bool] = ()) -> str:
    """The wording that best represents the claim: the mention closest in meaning to all the
    others (the medoid), among those that read as a sentence and quote nothing inside, so every
    output names the claim by one whole wording, never a fragment. A headline ("Quake Kills 10")
    names the claim only when no sentence of the prose does. A mention that is mostly a report not made
    (``unsaid``: "Police did not say whether the suspect was armed") names it only when every mention is one:
    a researcher reads the label as what the claim states."""
    wordings = [_EDGE_QUOTES.sub("", " ".join(m.split())) for m in mentions]
    vectors = None if vectors is None else computed(vectors)
    centrality = _centrality(vectors) if vectors is not None and len(vectors) == len(wordings) else np.zeros(len(wordings))
    headline = list(headlines) + [False] * (len(wordings) - len(headlines))
    not_made = list(unsaid) + [False] * (len(wordings) - len(unsaid))
    best = min(range(len(wordings)), key=lambda k: (not_made[k], bool(_QUOTES.search(wordings[k])), headline[k], not wordings[k][:1].isupper(), -round(float(centrality[k]), 6), len(wordings[k]), wordings[k]))
    return _shorten(_QUOTES.sub("", _without_dateline(wordings[best])).strip(" ,;:"))


def _centrality(vectors: np.ndarray) -> np.ndarray:
    """Each vector's summed cosine to the others, a slice of rows at a time: a wire line run by all 5,000 generated
    articles is one claim, and its whole table of products (100 MB) was the relink's peak. Slices of two rows or more
    give each row's products and sum bit for bit as the whole table does (one row alone is a vector product, which
    BLAS may add up in another order). A vector's product with itself is left out: it is 1 for every mention, but the
    stored fp16 vectors make it 1 ± 1e-4, which chose between the two mentions of a claim (an exact tie) by rounding,
    so the installers' model weights (fp16) labelled a sample claim otherwise than the package's (fp32)."""
    count = max(1, -(-len(vectors) // _CENTRALITY_ROWS))  # slices of near-equal size, so none is a single row
    edges = [len(vectors) * k // count for k in range(count + 1)]
    return np.concatenate([_without_self(vectors[a:b] @ vectors.T, a).sum(axis=1) for a, b in zip(edges, edges[1:])])


def _without_self(products: np.ndarray, first: int) -> np.ndarray:
    """Products of rows ``first``… with every vector, each row's product with itself set to 0."""
    rows = np.arange(len(products))
    products[rows, rows + first] = 0
    return products


def _without_dateline(wording: str) -> str:
    """A wording without the dateline it opens with, read by the reader's pattern."""
    return wording[dateline_length(wording):]


def _shorten(text: str) -> str:
    """Cut at a word boundary with an ellipsis."""
    if len(text) <= _LABEL_CHARS:
        return text
    cut = text[:_LABEL_CHARS + 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:_LABEL_CHARS]
    return cut.rstrip(",;:—–- ") + "…"
