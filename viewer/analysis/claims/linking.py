"""Link sentences and clauses that state the same claim across documents.

Candidate pairs come from ``candidates`` (nearest articles, then close or index-sharing units
inside them). The document-level model first says whether two articles report one story at
all (and never where their leads date what they report to two months: `verifier.dated_apart`, whose
articles share no claim, not even through a third); then the pair model (``verifier``) gives each
candidate pair a probability of stating one claim. Pairs are grouped by average linkage with a check on every member, so A≈B and B≈C never
link A to C on their own: two groups merge only when each member of either is, on average,
verified against the other group; the units that state one wording word for word, joined by verified
pairs, start as one group (`verbatim`: wire copy is one claim however many reports run it, though not
every pair of them is a candidate). A document contributes two mentions to a claim only when its
two units also verify against each other, and no claim holds two units that count one thing
differently or date it differently (`verifier.never_one_claim`), nor a unit with a report that tells its opposite act
and never the act itself (`contrary`: the report's next sentence would take the refused one's place), nor two
people's different quotations, nor a sentence of one person's quotation with another sentence of it where the other
report retells the first (`voices`). What one report gives as news in its undated lead and
another recalls deep down with a date is not one claim (`verifier.recap_checked`). A claim holding documents
of two stories that the claims themselves tell apart is cut into one claim each (`claim_stories`). Last, a claim
whose documents all lie in another claim joins it where their mentions in those documents agree on average (a
story's headlines and its leads: `average_link.restating_merges`), and two claims the member check kept apart
join where they agree on average and other claims already join most of the reports they would join
(`average_link.supported_merges`). Two reports the story gate is very sure of that still share no claim then link
their best unit pair where the pair model gives it at least a lower floor (`best_pairs`). Last, the link judge
takes out of each claim the units none of whose links a model of the grouped claim believes, never the last links
joining two reports (`link_judge`). Researcher corrections override the scores, and the judge spares a unit a
researcher's link holds.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np

from viewer.analysis.claims.average_link import (
    FORBIDDEN, FORCED, UNREAD, average_link, restating_merges, supported_merges,
)
from viewer.analysis.claims.best_pairs import best_pairs, linked_best_pairs
from viewer.analysis.claims.blocks import candidate_blocks, verified_blocks
from viewer.analysis.claims.candidates import (
    Article, Mapper, article_pairs, articles, computed, in_reading_order, rare_names, stacked,
)
from viewer.analysis.claims.claim_stories import cut_by_linked_stories
from viewer.analysis.claims.contrary import contradicted, contradicting
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.index import RareKeys
from viewer.analysis.claims.link_judge import judged_clusters
from viewer.analysis.claims.stories import story_groups
from viewer.analysis.claims.story_words import Told, piece_counts, story_checked, told
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.verbatim import verbatim_groups, wording
from viewer.analysis.claims.voices import Quotation, Voice, another_sentence, two_statements, two_voices, voices
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


class PairScores:
    """Verified probabilities of the candidate pairs, and on demand of any other pair of units in
    two articles that report one story; 0 for articles that do not, unless the two units count
    one thing differently or date what they state differently, which no merge may join wherever they
    are (`verifier.never_one_claim`), nor two people's different quotations or two sentences of one person's
    (``voices``: `voices.two_voices`, `voices.another_sentence`) or one person's two statements that share no word
    said (`voices.two_statements`),
    nor any two units of articles whose leads date two happenings (``dated_apart``: `verifier.dated_apart`)."""

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
        self.dated_apart: set[tuple[int, int]] = set()  # (document, document), the lower first
        self.sure: set[tuple[int, int]] = set()  # (document, document) the gate passes at `best_pairs`' bar at least
        self.documents = [u.document for u in units]
        self.contradicting: set[tuple[int, int]] = set()  # (unit, document): `contrary.contradicting`
        self.piece_counts: dict[int, Counter] = {}  # each document's `story_words.piece_counts`, at its first pair checked

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
        """Veto every verified pair of two people's different quotations (`voices.two_voices`), of two sentences
        of one person's (`voices.another_sentence`) or of one person's two statements sharing no word said
        (`voices.two_statements`): the candidate blocks are verified where the workers are, without the corpus's
        speakers."""
        voiced = self.voices
        if len(voiced) < 2:
            return
        for key, p in self.known.items():
            i, j = self.pair(key)
            if p > VETOED and i in voiced and j in voiced and self._voices_apart(i, j):
                self.known[key] = VETOED

    def _voices_apart(self, i: int, j: int) -> bool:
        voiced = self.voices
        return (two_voices(voiced.get(i), voiced.get(j)) or another_sentence(i, j, voiced, self.units)
                or two_statements(i, j, voiced, self.units))

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
        checked = story_checked(checked, self.model.pair.threshold, self.model.story_words,
                                lambda k: self.told(pairs[k][0], pairs[k][1]), self.model.lead)
        for (i, j, _c), p in zip(pairs, checked):
            self.known[self.key(i, j)] = VETOED if self.apart(i, j) else float(p)

    def told(self, i: int, j: int) -> tuple[Told, Told] | None:
        """The two units as `story_words.story_checked` reads them; None for two units of one report."""
        if self.documents[i] == self.documents[j]:
            return None
        return self._told(i), self._told(j)

    def _told(self, k: int) -> Told:
        unit, document = self.units[k], self.documents[k]
        if document not in self.piece_counts:  # the units are in reading order (`link_claims`), so a report's lie together
            lo, hi = bisect_left(self.documents, document), bisect_right(self.documents, document)
            self.piece_counts[document] = piece_counts(u.pieces for u in self.units[lo:hi])
        return told(self.piece_weights.aligned(unit.pieces), unit.pieces, self.piece_counts[document], unit.features.sentence)

    def apart(self, i: int, j: int) -> bool:
        """Whether a report contradicts the other unit, or the two are two people's different words."""
        return contradicted(i, j, self.documents, self.contradicting) or self._voices_apart(i, j)

    def __call__(self, i: int, j: int) -> float:
        key = self.key(i, j)
        found = self.known.get(key)
        if found is not None:
            return found
        a, b = self.units[i].document, self.units[j].document
        documents = (a, b) if a < b else (b, a)
        if a != b and documents not in self.same_story:
            vetoed = (documents in self.dated_apart or never_one_claim(self.units[i].features, self.units[j].features)
                      or self.apart(i, j))
            return VETOED if vetoed else 0.0
        self.verify([(i, j, float(computed(self.vectors[i]) @ computed(self.vectors[j])))])
        return self.known[key]

    def dated_apart_units(self, units: Iterable[int]) -> set[tuple[int, int]]:
        """The pairs of ``units`` (the lower first) in two articles ``dated_apart``: one wording in both (a line
        of two fires' reports) is still two claims, so identity never joins them (`verbatim`)."""
        if not self.dated_apart:
            return set()
        by_document: dict[int, list[int]] = {}
        for k in units:
            by_document.setdefault(self.documents[k], []).append(k)
        return {(min(i, j), max(i, j)) for a, b in self.dated_apart if a in by_document and b in by_document
                for i in by_document[a] for j in by_document[b]}

    def glance(self, i: int, j: int) -> float:
        """The pair's score, except for a pair of two stories' articles that is not known: ``UNREAD``, as every such
        pair scores below any threshold (0, or VETOED where `never_one_claim`), which `average_link.may_merge` works out only
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
    corrected, reads = bool(must_link or cannot_link or kept_apart), {}
    uncorrected = _judged_without_corrections(units, scores, texts, reads) if corrected else {}
    for a, b in must_link:
        if (pair := _pair(units, a, b)) is not None:
            scores.known[scores.key(*pair)] = FORCED
            documents = sorted((units[pair[0]].document, units[pair[1]].document))
            scores.same_story.add((documents[0], documents[1]))
            scores.dated_apart.discard((documents[0], documents[1]))  # the researcher's word over the dates
    for a, b in cannot_link:
        if (pair := _pair(units, a, b)) is not None:
            scores.known[scores.key(*pair)] = FORBIDDEN
    for pair in _apart(units, kept_apart):
        scores.known[scores.key(*pair)] = FORBIDDEN
    clusters, mentions = _grouped(units, scores, texts, must_link, corrected)
    if (judge := scores.model.link_judge) is not None:
        held = {k for p in (_pair(units, a, b) for a, b in must_link) if p for k in p}
        judged = judged_clusters(clusters, scores, {k: mentions[k].text for c in clusters for k in c}, judge, held, reads)
        clusters = [m for m in (kept if held & set(c) else uncorrected.get(frozenset(c), kept)
                                for c, kept in zip(clusters, judged)) if m]
    claims = [_claim(units, vectors, members, mentions, unsaid or {}) for members in clusters]
    claims = [c for c in claims if len({m.document for m in c.mentions}) >= 2]
    return sorted(claims, key=lambda c: [(m.document, m.start) for m in c.mentions])


def _grouped(units: Sequence[ClaimUnit], scores: PairScores, texts: Mapping[int, str] | None,
             must_link: Sequence[tuple[Mention, Mention]], corrected: bool) -> tuple[list[list[int]], dict]:
    """The claims (units by index) before the link judge, and the mention of every unit a claim can hold."""
    threshold = scores.model.pair.threshold
    documents = scores.documents
    ranked = _ranked(scores.known, documents, threshold)
    certainties = corrected or scores.model.pair.reaches_certainty(PAIR_RANGES)
    mentions = _mentions(units, {k for pair in ranked for k in pair}, texts)  # every unit a claim can hold
    clusters = average_link(ranked, scores, documents, threshold, certainties,
                            _verbatim(ranked, mentions, scores), glance=scores.glance)
    if (cut := scores.model.story_cut) is not None:
        forced = [(units[p[0]].document, units[p[1]].document) for p in (_pair(units, a, b) for a, b in must_link) if p]
        clusters = cut_by_linked_stories(clusters, documents, cut.strength, cut.least, forced, cut.average)
    if (bar := scores.model.restated) is not None:
        clusters = restating_merges(ranked, clusters, scores, documents, bar)
    if (rule := scores.model.supported) is not None:
        clusters = supported_merges(ranked, clusters, scores, documents, threshold, rule, scores.glance)
    if (best := scores.model.best_pair) is not None:
        clusters = linked_best_pairs(clusters, best_pairs(scores.known, scores.span, documents, scores.sure & scores.same_story,
                                                          best.floor), documents, lambda i, k: scores(i, k) > VETOED)
        mentions.update(_mentions(units, {k for c in clusters for k in c} - mentions.keys(), texts))
    return clusters, mentions


def _judged_without_corrections(units: Sequence[ClaimUnit], scores: PairScores, texts: Mapping[int, str] | None,
                                reads: dict) -> dict[frozenset[int], list[int]]:
    """What the link judge keeps of each claim the analysis makes without the researcher's corrections, by the claim's
    units: a claim a correction leaves as it was keeps that verdict. The judge reads signs of the whole grouping (how
    many claims join two reports, word rarity over the linked mentions), so judged afresh after a correction elsewhere
    a claim just over the bar fell under it, and the researcher saw a claim they never touched vanish. Costs a second
    grouping, on relinking with corrections only (the mentions it reads, ``reads``, are not read again); the scores the
    pass fills in are put back as they were."""
    if (judge := scores.model.link_judge) is None:
        return {}
    known = dict(scores.known)
    clusters, mentions = _grouped(units, scores, texts, (), False)
    judged = judged_clusters(clusters, scores, {k: mentions[k].text for c in clusters for k in c}, judge, reads=reads)
    scores.known = known
    return {frozenset(c): kept for c, kept in zip(clusters, judged)}


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
    forbidden = {scores.pair(key) for key, p in scores.known.items() if p <= FORBIDDEN} | scores.dated_apart_units(mentions)
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
        scores.dated_apart.update((min(a, b), max(a, b)) for a, b, p in verified.stories if p <= VETOED)
        if (best := scores.model.best_pair) is not None:
            scores.sure.update((min(a, b), max(a, b)) for a, b, p in verified.stories if p >= best.bar)
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
    return _shorten(_capitalised(_QUOTES.sub("", _without_dateline(wordings[best])).strip(" ,;:")))


def _centrality(vectors: np.ndarray) -> np.ndarray:
    """Each vector's summed cosine to the others, a slice of rows at a time: a wire line run by all 5,000 generated
    articles is one claim, and its whole table of products (100 MB) was the relink's peak. A slice's sums equal the
    whole table's to float rounding: BLAS may add a slice's products in another order on another processor, which the
    label's rounding to 6 places absorbs. A vector's product with itself is left out: it is 1 for every mention, but the
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


def _capitalised(wording: str) -> str:
    """A clause cut from the middle of its sentence as a statement opens: claim units drop the conjunction or "that"
    before a clause's subject, so a claim every source words mid-sentence was labelled "elements of the 36th Marine
    Brigade had managed…" in the window and every report. A first word written with a capital inside ("iPhone",
    "eBay") keeps its spelling."""
    first = wording.split(" ", 1)[0]
    if first[:1].islower() and first == first.lower():
        return wording[:1].upper() + wording[1:]
    return wording


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
