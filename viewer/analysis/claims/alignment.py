"""Two linked mentions' content words aligned in context, from the word pieces each unit stores (session 53's
cross-reading, read by the link judge, `link_judge`).

The wrong links left after grouping are mostly another stage or detail of one incident about the same people ("the
victim was taken to hospital" / "the suspect fled"): the two share names and places, which carry the pair score, but
not what happens. A paraphrase says what happens in other words ("died of gunshot wounds" / "were shot and killed"),
which the encoder's rows of each word in context still match. So each mention is parsed alone (`parsed_alone`), its
content words
(verbs, nouns, names, adjectives, numbers; no reporting verb, nothing of its reporting frame, no light word) given the
mean of their stored pieces' rows, and each word its best cosine among the other mention's content words (1 for the
same lemma). The stored pieces are the unit's own (`pieces.WordPieces`), so a relink reads them without the encoder.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from viewer.analysis.claims.vocabulary import LIGHT, REPORTING

CONTENT = {"VERB", "NOUN", "PROPN", "ADJ", "NUM"}
NAMED = {"PROPN", "NUM"}
_COMPLEMENTS = {"ccomp", "xcomp"}
_ASIDES = {"parataxis", "advcl"}
_UNREAD = ("ner", "person_names")  # the entity recogniser and what reads its entities: nothing here reads them


def parsed_alone(texts: Sequence[str]):
    """Each mention parsed on its own in one batch, without the entity recogniser: the alignment reads tags, arcs and
    lemmas, which the recogniser (run after them) never changes, and it was half the parse's CPU (0.43 of 0.85 s on
    gvaJ's 338 linked mentions)."""
    from viewer.analysis.nlp import english  # loaded by analysis already; never at window start

    return english().pipe(texts, batch_size=64, disable=list(_UNREAD))


class Read(NamedTuple):
    """One mention as the alignment reads it: its content words' lemmas, whether each is a predicate, the head of
    what the mention tells or a name or figure (by its tag), and their unit rows in context."""

    lemmas: tuple[str, ...]
    predicate: np.ndarray  # bool per word
    main: np.ndarray  # bool per word: the head of what the mention tells (`is_main`)
    named: np.ndarray  # bool per word: tagged a proper noun or a number
    rows: np.ndarray  # (words, width) float32, unit length


def frame_tokens(doc) -> set[int]:
    """The tokens that say who reports the claim: a reporting verb's subject and itself around what it reports, an
    aside ("police said") and an "according to" phrase."""
    out: set[int] = set()
    for token in doc:
        if token.lower_ == "according":
            out |= {t.i for t in token.subtree}
        elif token.pos_ == "VERB" and token.lemma_.lower() in REPORTING:
            told = [c for c in token.children if c.dep_ in _COMPLEMENTS]
            if told:
                inside = {t.i for c in told for t in c.subtree}
                out |= {t.i for t in token.subtree} - inside
            elif token.dep_ in _ASIDES:
                out |= {t.i for t in token.subtree}
    return out


def content_words(doc) -> list:
    """The mention's content tokens: no reporting verb, nothing of its reporting frame (unless the frame is all of
    it), no light word."""
    framed = frame_tokens(doc)
    if len(framed) == len(doc):
        framed = set()
    return [t for t in doc if t.pos_ in CONTENT and t.i not in framed and t.lemma_.lower() not in REPORTING
            and t.lemma_.lower() not in LIGHT and not t.is_stop]


def is_predicate(token) -> bool:
    """A verb, or a noun heading the mention (a headline's "Arrest in shooting")."""
    return token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ == "ROOT")


def is_main(token) -> bool:
    """The head of what the mention tells: its root, or what a reporting root reports ("police said X fled")."""
    if token.dep_ == "ROOT":
        return token.lemma_.lower() not in REPORTING or not any(c.dep_ in _COMPLEMENTS for c in token.children)
    head = token.head
    return token.dep_ in _COMPLEMENTS and head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING


def read(doc, offsets: Sequence[tuple[int, int]], piece_rows: np.ndarray) -> Read:
    """The parsed mention's content words, each given the unit mean of the rows of the pieces it overlaps
    (``offsets``: each piece's characters in the mention); a word past the stored pieces (cut at the encoder's
    length) is left out."""
    kept, vectors = [], []
    for t in content_words(doc):
        inside = [k for k, (s, e) in enumerate(offsets) if s < t.idx + len(t.text) and e > t.idx and k < len(piece_rows)]
        if inside:
            kept.append(t)
            vectors.append(piece_rows[inside].mean(axis=0))
    matrix = np.array(vectors, dtype=np.float32).reshape(len(vectors), piece_rows.shape[1] if len(piece_rows) else 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return Read(tuple(t.lemma_.lower() for t in kept), np.array([is_predicate(t) for t in kept], dtype=bool),
                np.array([is_main(t) for t in kept], dtype=bool),
                np.array([t.pos_ in NAMED for t in kept], dtype=bool), matrix)


def best_matches(a: Read, b: Read) -> tuple[np.ndarray, np.ndarray]:
    """Each of a's words' best cosine among b's, and each of b's among a's; 1 for the same lemma."""
    if not len(a.lemmas) or not len(b.lemmas):
        return np.zeros(len(a.lemmas)), np.zeros(len(b.lemmas))
    similar = a.rows @ b.rows.T
    similar[np.array(a.lemmas)[:, None] == np.array(b.lemmas)[None, :]] = 1.0
    return similar.max(axis=1), similar.max(axis=0)


def unnamed(a: Read, b: Read, idf: dict[str, float]) -> float:
    """The IDF-weighted mean best cosine of both sides' content words that are not names or figures: what happens,
    beyond who and where; 1 where neither has such a word."""
    best = np.concatenate(best_matches(a, b))
    named = np.concatenate([a.named, b.named])
    weights = np.array([idf.get(w, 1.0) for w in (*a.lemmas, *b.lemmas)])
    return float(best[~named] @ weights[~named] / weights[~named].sum()) if (~named).any() else 1.0


def main(a: Read, b: Read) -> float:
    """The better aligned of the two mentions' main predicates (each side's weakest); 1 where neither has one."""
    best_a, best_b = best_matches(a, b)
    mains = [float(side[r.main].min()) for side, r in ((best_a, a), (best_b, b)) if r.main.any()]
    return max(mains, default=1.0)


def inverse_frequencies(reads: Sequence[Read]) -> dict[str, float]:
    """Each lemma's IDF over the mentions (each counted once however often it holds the word)."""
    counts: dict[str, int] = {}
    for r in reads:
        for w in set(r.lemmas):
            counts[w] = counts.get(w, 0) + 1
    return {w: float(np.log((len(reads) + 1) / (n + 0.5))) for w, n in counts.items()}
