"""Two linked mentions' content words aligned in context, from the word pieces each unit stores (session 53's
cross-reading, read by the link judge, `link_judge`).

The wrong links left after grouping are mostly another stage or detail of one incident about the same people ("the
victim was taken to hospital" / "the suspect fled"): the two share names and places, which carry the pair score, but
not what happens. A paraphrase says what happens in other words ("died of gunshot wounds" / "were shot and killed"),
which the encoder's rows of each word in context still match. So each unit's content words (verbs, nouns, names,
adjectives, numbers; no reporting verb, nothing of its reporting frame, no light word) are read from the parse the
analysis read the unit in, cut out of it as a parse of its own (`cut`), and stored with the unit (`stored_words`); the
judge gives each the mean of its stored pieces' rows (`read`), and each word its best cosine among the other
mention's content words (1 for the same lemma). Words and pieces are the unit's own (`pieces.WordPieces`), so a
relink reads them with neither the parser nor the encoder.
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
PREDICATE, MAIN, NAME = 1, 2, 4  # a stored word's flags: `is_predicate`, `is_main`, tagged a name or figure
StoredWord = tuple[str, int, int, int]  # lemma, start and end in the mention's characters, flags


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


class CutToken:
    """A token of a unit cut out of the parse it was read in, as spaCy's `Span.as_doc` cuts it (and the judge's rows
    were measured on, session 69): what the alignment, a time's event (`timed_events.unit_events`) and the act a denial
    denies (`denied_acts.unit_denials`) read of a token, with its head and children inside the cut."""

    __slots__ = ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "ent_type_", "is_stop", "dep_", "head", "children")

    def __init__(self, token, i: int) -> None:
        self.i, self.idx, self.text, self.lower_ = i, token.idx, token.text, token.lower_
        self.lemma_, self.pos_, self.tag_, self.ent_type_ = token.lemma_, token.pos_, token.tag_, token.ent_type_
        self.is_stop, self.dep_ = token.is_stop, token.dep_
        self.head: CutToken = self
        self.children: list[CutToken] = []

    @property
    def subtree(self) -> list[CutToken]:
        out, stack = [], [self]
        while stack:
            token = stack.pop()
            out.append(token)
            stack.extend(token.children)
        return out

    @property
    def conjuncts(self) -> tuple[CutToken, ...]:
        """The words coordinated with it, as spaCy's ``Token.conjuncts`` reads them: from the first of the
        coordination down its "conj" children to the right."""
        first = self
        while first.head is not first and first.dep_ == "conj":
            first = first.head
        found = [first]
        for word in found:
            found.extend(c for c in word.children if c.dep_ == "conj" and c.i > word.i)
        return tuple(w for w in found if w is not self)


def cut(tokens) -> list[CutToken]:
    """The span's tokens as a parse of their own: a token whose head lies outside takes the furthest ancestor inside
    (labelled "dep"), or, with none, the first such token of its sentence becomes a root that the later ones hang
    from; every token heading itself is a root ("ROOT"), as the mention's own parse would have one."""
    first, length = tokens.start, len(tokens)
    out = [CutToken(t, k) for k, t in enumerate(tokens)]
    new_roots: dict[int, int] = {}
    for k, token in enumerate(tokens):
        head = token.head.i - first
        if not 0 <= head < length:
            out[k].dep_ = "dep"
            ancestors = [a.i - first for a in token.ancestors]
            inside = [a for a in ancestors if 0 <= a < length]
            head = inside[-1] if inside else new_roots.setdefault(ancestors[-1], k)
        out[k].head = out[head]
        if head == k:
            out[k].dep_ = "ROOT"
        else:
            out[head].children.append(out[k])
    return out


def stored_words(tokens, start: int) -> list[StoredWord]:
    """The unit's content words as the judge reads them (`content_words` of its `cut`), kept with the unit so a relink
    parses nothing: lemma, characters from the unit's ``start`` in the parse's text, and flags."""
    return [(t.lemma_.lower(), t.idx - start, t.idx + len(t.text) - start,
             PREDICATE * is_predicate(t) | MAIN * is_main(t) | NAME * (t.pos_ in NAMED)) for t in content_words(cut(tokens))]


def packed(words: Sequence[StoredWord]) -> str:
    """The words as one string ("arrest:7:15:3 jones:0:5:4"), as a unit keeps them: a relink holds every unit of the
    corpus, and a list of tuples a unit would cost it about 1 kB each where only the linked few are read. A content
    word holds no whitespace (spaCy's tokens never do, bar its whitespace tokens), and ``unpacked`` reads a lemma's
    own colons ("10:30") by splitting from the right."""
    return " ".join(f"{'_'.join(lemma.split())}:{start}:{end}:{flags}" for lemma, start, end, flags in words)


def unpacked(words: str) -> list[StoredWord]:
    """The words `packed` keeps."""
    out = []
    for word in words.split():
        lemma, start, end, flags = word.rsplit(":", 3)
        out.append((lemma, int(start), int(end), int(flags)))
    return out


def read(words: Sequence[StoredWord], offsets: Sequence[tuple[int, int]], piece_rows: np.ndarray) -> Read:
    """The stored content words, each given the unit mean of the rows of the pieces it overlaps (``offsets``: each
    piece's characters in the mention); a word past the stored pieces (cut at the encoder's length) is left out."""
    kept, vectors = [], []
    for word in words:
        inside = [k for k, (s, e) in enumerate(offsets) if s < word[2] and e > word[1] and k < len(piece_rows)]
        if inside:
            kept.append(word)
            vectors.append(piece_rows[inside].mean(axis=0))
    matrix = np.array(vectors, dtype=np.float32).reshape(len(vectors), piece_rows.shape[1] if len(piece_rows) else 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    flags = np.array([w[3] for w in kept], dtype=np.int64)
    return Read(tuple(w[0] for w in kept), flags & PREDICATE > 0, flags & MAIN > 0, flags & NAME > 0, matrix)


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
