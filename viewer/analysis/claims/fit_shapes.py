"""The corpora the story model is fitted and the thresholds chosen on: ECB+ train topics in two shapes and two sizes.

The story gate meets articles in the corpus it is given, and its signs depend on that corpus
(which names are rare in it, which articles are nearest). ECB+ train events run to thirty
articles, but researchers' corpora carry a few reports of each event, and two shapes matter:
several events side by side, twins among them (two quakes in one region), and one story alone,
the product's core case (every article is then a report of it). A gate fitted or chosen on one
shape only fails the other: one fitted on whole train topics refused two thirds of the few-report
same-event pairs, and a crowding margin chosen on several events alone linked nothing in a
one-story corpus. How few the reports are matters too: a gate fitted on five reports an event
refused a tenth of the same-event pairs among three (BASIL's stories come from three outlets).
So each event is cut to the articles ``bench/ecbplus.py`` would pick for a held-out set, five
and, apart, the first three of those; the topics are split into folds, and each fold gives, for
each size, one corpus of all its events and one corpus per event alone.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.analysis.claims.blocks import candidate_blocks, story_rows
from viewer.analysis.claims.candidates import article_pairs, articles, in_reading_order, rare_names
from viewer.analysis.claims.index import RareKeys
from viewer.analysis.claims.verifier import PieceWeights, TermWeights, Verifier

FOLDS = 5
REPORTS_PER_EVENT = (5, 3)  # as bench/ecbplus.py picks for the held-out and dev sets; as BASIL gives a story
MIN_SENTENCES = 6


@dataclass(frozen=True)
class ShapedFold:
    """Some topics' events, a few reports each: together in one corpus, and each event alone."""

    several: dict
    single: tuple[dict, ...]
    reports: int  # per event

    def corpora(self) -> list[dict]:
        return [self.several, *self.single]


def shaped_folds(found: dict, reports: int) -> list[ShapedFold]:
    """The set's topics in FOLDS folds (every FOLDS-th topic), each in both shapes, ``reports`` per event."""
    documents = found["documents"]
    topics = sorted({d["topic"] for d in documents})
    out = []
    for k in range(FOLDS):
        held = set(topics[k::FOLDS])
        events = _few_reports(found, [n for n, d in enumerate(documents) if d["topic"] in held], reports)
        several = subset(found, sorted(n for members in events.values() for n in members))
        out.append(ShapedFold(several, tuple(subset(found, members) for _event, members in sorted(events.items())), reports))
    return out


def _few_reports(found: dict, members: Sequence[int], reports: int) -> dict[str, list[int]]:
    """Of each event, the ``reports`` articles of MIN_SENTENCES or more with the most annotated
    sentences (ties by name), as bench/ecbplus.py picks them."""
    by_event: dict[str, list[int]] = defaultdict(list)
    for n in members:
        document = found["documents"][n]
        if len(document["sentences"]) >= MIN_SENTENCES:
            by_event[document["event"]].append(n)
    out = {}
    for event, chosen in by_event.items():
        annotated = {n: sum(s["annotated"] for s in found["documents"][n]["sentences"]) for n in chosen}
        out[event] = sorted(sorted(chosen, key=lambda n: (-annotated[n], found["names"][n]))[:reports])
    return out


EVENTS_PER_CORPUS = 20  # of a set drawn by event (`event_corpora`): about as many reports as a fold's corpus of several events


def event_corpora(found: dict, events_per_corpus: int = EVENTS_PER_CORPUS) -> list[dict]:
    """A set drawn by event (``bench/gva.py``, ``bench/wcep.py``: no topics, every report kept) in the
    two shapes: corpora of ``events_per_corpus`` events side by side (GVA's are all shootings in US
    towns, so each other incident is a hard negative), and each event alone."""
    by_event: dict[str, list[int]] = defaultdict(list)
    for n, document in enumerate(found["documents"]):
        by_event[document["event"]].append(n)
    events = sorted(by_event)
    several = [subset(found, sorted(n for e in events[k:k + events_per_corpus] for n in by_event[e]))
               for k in range(0, len(events), events_per_corpus)]
    return several + [subset(found, by_event[e]) for e in events]


def subset(found: dict, keep: Sequence[int]) -> dict:
    """The set restricted to the documents ``keep`` (sorted indices), units renumbered by document."""
    new = {old: n for n, old in enumerate(keep)}
    units = [dataclasses.replace(u, document=new[u.document]) for u in found["units"] if u.document in new]
    chains = [c for u, c in zip(found["units"], found["chains"]) if u.document in new]
    documents = [found["documents"][k] for k in keep]
    return {**found, "names": [found["names"][k] for k in keep], "documents": documents, "units": units, "chains": chains,
            "topics": {d.get("topic") for d in documents}}


def story_examples(corpus: dict, model: Verifier) -> tuple[np.ndarray, np.ndarray]:
    """The story signs of every article pair the linker would weigh in this corpus (nearest
    articles with candidate unit pairs), and whether the two report one event. ``model`` is only
    carried by the blocks; the signs do not depend on it."""
    rows, _dates = weighed_pairs(corpus, model)
    if not rows:
        return np.zeros((0, 0)), np.zeros(0, dtype=int)
    events = [d["event"] for d in corpus["documents"]]
    return np.array([r for _a, _b, r in rows]), np.array([int(events[a] == events[b]) for a, b, _r in rows])


def weighed_pairs(corpus: dict, model: Verifier) -> tuple[list[tuple[int, int, list[float]]], dict[int, frozenset]]:
    """(document, document, story signs) of every article pair the linker would weigh in this
    corpus, and each article's dates (`candidates.Article.dates`) by document."""
    units = in_reading_order(corpus["units"])
    if not units:
        return [], {}
    vectors = np.stack([u.vector for u in units])
    found = articles(units, vectors)
    weights = (TermWeights([u.features for u in units]), PieceWeights([u.pieces for u in units]))
    blocks = candidate_blocks(article_pairs(found), found, units, vectors, RareKeys.of(u.features for u in units), weights,
                              rare_names(found), model)
    return [row for block in blocks for row in story_rows(block)], {a.document: a.dates for a in found}
