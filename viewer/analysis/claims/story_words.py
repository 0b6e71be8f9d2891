"""Story words: what two reports of one story both say again and again, which states no claim of its own.

Two reports of one shooting both write "shooting", "police", the town and the victim's age in
sentence after sentence. Those words are rare in the corpus, so the pair model weighs them as
evidence, and its sentence vectors read close for any two of the story's sentences: a headline
("1 wounded in police shooting in North Las Vegas") and another report's line about another thing
("This was the first officer-involved shooting of 2017 for the North Las Vegas police") scored
.94. What a unit claims is what it says beyond the words both reports repeat ("wounded"), and one
claim is two units of which one states the other's whole claim: so a pair the pair model accepts
is one claim only where the word pieces of one unit or the other that lie beyond the story find,
by weight, a close match in the other unit (`story_checked`). Pieces are matched by their vectors
in context, as the word check matches them, so "revoked" meets "reverses". A unit made of
nothing but the story's words is held by any unit: a report's headline and the lead that restates
it ("Asteroid named after Freddie Mercury") stay linked. Which pieces count as the story's and the
match a pair needs are chosen on judged pairs (`fit_story_words`), not set by hand; like the word
check, it can only take links away.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
import numpy as np

from viewer.analysis.claims.pieces import AlignedPieces, WordPieces


@dataclass(frozen=True)
class StoryWords:
    """When a word piece is the two reports' story's, and the match a pair needs, for `story_checked`."""

    least: int  # units of each report a piece must be in to be the story's
    cut: float  # the least weighted best cosine of one unit's pieces beyond the story among the other's


# One unit as the check reads it: its pieces decoded (`verifier.PieceWeights.aligned`), their vocabulary ids, how
# many units of its report hold each piece (`piece_counts`), and the index of its sentence.
Told = tuple[AlignedPieces, np.ndarray, Counter, int]


def told(aligned: AlignedPieces, pieces: WordPieces | None, counts: Counter, sentence: int) -> Told:
    """One unit as the check reads it; a unit stored without pieces has no ids."""
    return aligned, pieces.ids if pieces is not None else _NO_IDS, counts, sentence


_NO_IDS = np.zeros(0, dtype=np.uint16)


def piece_counts(pieces: Iterable[WordPieces | None]) -> Counter:
    """How many of a report's units hold each word piece (by vocabulary id)."""
    counts: Counter = Counter()
    for p in pieces:
        if p is not None:
            counts.update(set(p.ids.tolist()))
    return counts


def claim_held(a: Told, b: Told, least: int) -> float:
    """How closely one unit's claim is stated by the other: for each unit, the weighted mean best cosine of its pieces
    beyond the story (pieces each report holds in ``least`` units or more) among the other's pieces, 1 where it has
    none; the larger of the two. 1 where a unit has no pieces, which the check does not judge."""
    (own, ids_a, counts_a, _sentence), (other, ids_b, counts_b, _sentence) = a, b
    if not len(own.shares) or not len(other.shares):
        return 1.0
    similar = own.rows @ other.rows.T
    return max(_held(own.shares, similar.max(axis=1), _beyond(ids_a, counts_a, counts_b, least)),
               _held(other.shares, similar.max(axis=0), _beyond(ids_b, counts_a, counts_b, least)))


def _beyond(ids: np.ndarray, counts_a: Counter, counts_b: Counter, least: int) -> np.ndarray:
    """Whether each piece lies beyond the story: fewer than ``least`` units of either report hold it."""
    return np.array([counts_a.get(k, 0) < least or counts_b.get(k, 0) < least for k in ids.tolist()], dtype=bool)


def _held(shares: np.ndarray, best: np.ndarray, beyond: np.ndarray) -> float:
    weights = shares * beyond
    total = float(weights.sum())
    return 1.0 if total <= 0.0 else float(best @ weights) / total


def story_checked(scores: np.ndarray, threshold: float, rule: StoryWords | None,
                  pairs: Callable[[int], tuple[Told, Told] | None], lead: int | None = None) -> np.ndarray:
    """The scores with each pair scored at ``threshold`` or more scored 0, not one claim, where neither unit's claim
    is stated closely enough by the other (`claim_held` below ``rule.cut``; ``pairs(k)``: the k-th pair's two units as
    the check reads them, None for two units of one report, which this does not judge). Two units both in their
    reports' leads (sentences 0..``lead``, the headline counted, as `verifier.RecapCheck` has them) are not judged:
    reports give their news there, in the headline and again in the lead, each in its own words beyond the story's
    ("Passenger-carrying drone set to debut in Dubai", "Dubai aims to have passenger-carrying drone taxi in service
    in July"), and those are the links a reader checks first."""
    if rule is None:
        return scores
    checked = scores.copy()
    for k in np.flatnonzero(scores >= threshold):
        found = pairs(int(k))
        if found is None or (lead is not None and max(found[0][3], found[1][3]) <= lead):
            continue
        if claim_held(*found, rule.least) < rule.cut:
            checked[k] = 0.0
    return checked
