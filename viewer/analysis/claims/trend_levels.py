"""The levels a report's lede tells a measure moving to, and whether two reports' ledes tell one measure reaching
different levels: two readings of one running figure, two stories.

A running figure is reported week after week in the same words and mostly the same way: "U.S. Jobless Claims Dip
Below 400,000" (June 3) and "Jobless Claims Drop to Pandemic-Era Low of 498,000" (May 6) both tell the claims falling,
so `trends` parts nothing, and the story gate reads their meaning, names and figures alike. One story's reports give
its figure one level ("decreased by 20,000 to 385,000", "fell to 385,000 last week", "Drop to 385,000"); two weeks'
give two. A level is the figure a trend verb (`change_directions.json`) moves its subject to ("claims fell to
385,000": "claim 385000"), keyed by the subject as `trends` keys it. Two ledes are apart on a measure when both give
it levels and no level of one is within `_ROUNDING` of a level of the other (a lede telling an expected level beside
the real one gives both, and parts less). Counted by `bench/trend_level_links.py` (docs/linking.md, session 76): of
the AllSides draws' report pairs giving one measure's levels, one story's apart 0 of 6, two stories' 55 of 56; BASIL,
WCEP, ECB+ train's topics and the GVA crawl's ledes give no level; no judged dev link lies between two reports apart.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from viewer.analysis.claims.predicates import argument_key
from viewer.analysis.claims.quantities import Figure
from viewer.analysis.claims.trends import directions, measure_key
from viewer.analysis.claims.vocabulary import term

_ROUNDING = 0.01  # "about 23,600" and "23,612" are one level
_GAP = 6  # words between a verb and its "to", and between "to" and the figure


def trend_levels(tokens, figures: Sequence[Figure]) -> list[str]:
    """Each "measure level" the unit's trend verbs move a subject to ("Initial claims … decreased by 20,000 to
    385,000" gives "claim 385000"), its value read from ``figures`` (the unit's, at the parse's character offsets):
    the figure inside the object of the verb's "to"."""
    ways = directions()
    found = set()
    for verb in tokens:
        if verb.pos_ not in ("VERB", "AUX") or term(verb.lemma_.lower()) not in ways:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ in ("PRON", "DET") or subject.like_num:
            continue
        key = measure_key(argument_key(subject))
        found.update(f"{key} {value:g}" for value in _to_values(verb, figures))
    return sorted(found)


def _to_values(verb, figures: Sequence[Figure]) -> list[float]:
    """The value of the figure the verb's "to" gives, a few words on ("fell by 92,000 to 498,000", "rose last week to a
    seasonally adjusted 373,000", "climbed to an average of about 23,600"); none where a verb or a stop comes first,
    or where the figure only measures a noun ("fell to a 17-month low"). Read on the words, not the parse: the parser
    takes "20,000 to 385,000" for a range."""
    doc = verb.doc
    to = next((t for t in doc[verb.i + 1:verb.i + 1 + _GAP] if t.lower_ == "to" or t.is_punct or t.pos_ in ("VERB", "AUX")),
              None)
    if to is None or to.lower_ != "to":
        return []
    after = doc[to.i + 1:to.i + 1 + _GAP]
    stop = next((t.idx for t in after if _stops(t)), None)
    end = stop if stop is not None else (after[-1].idx + len(after[-1]) if len(after) else to.idx)
    found = [f for f in figures if f.value is not None and to.idx < f.start < end]
    first = min(found, key=lambda f: f.start, default=None)
    return [] if first is None or doc.text[first.end:first.end + 1] == "-" else [first.value]


def _stops(token) -> bool:
    """A word a level's wording does not run over: a stop, a verb of its own, a preposition but "of" ("an average of
    about 23,600"; "fall to the Taliban within 90 days" gives no level)."""
    return ((token.is_punct and token.text not in "$%") or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod")
            or (token.pos_ == "ADP" and token.lower_ != "of"))


def levels_apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two ledes' levels (`trend_levels` of their units) give one measure levels none of which is one of the
    other's."""
    levels_a, levels_b = _levels(a), _levels(b)
    return any(not any(_one(x, y) for x in levels_a[m] for y in levels_b[m]) for m in levels_a.keys() & levels_b.keys())


def _one(x: float, y: float) -> bool:
    return abs(x - y) <= _ROUNDING * max(abs(x), abs(y))


def _levels(found: Iterable[str]) -> dict[str, set[float]]:
    out: dict[str, set[float]] = defaultdict(set)
    for level in found:
        measure, _, value = level.rpartition(" ")
        out[measure].add(float(value))
    return out
