"""Two reports quoting one passage word for word carry what the passage says, however each frames it.

The pair model reads the sentence vectors and shared rare terms, and a unit that quotes a few words inside a long
frame of its own ("Fauci said that the United States is "going in the wrong direction" as cases surge across the
country, driven by the more contagious Delta variant") reads far from another's short one ("Fauci: 'We're going in the
wrong direction' on Covid-19 cases"). Read on the dev sets' noted misses (session 75, recall75), the pairs whose two
units put one passage of four words or more inside quotation marks were lost mostly there. So such a pair reaches the
pair model's threshold (`blocks.verify_block`, `linking.PairScores.verify`; each unit keeps its passages,
`UnitFeatures.quoted`); the checks after it (words, recap, story words, vetoes, two voices)
still apply. A quoted title is no statement ("State of the Union", "Forward: Notes on the Future of Our Democracy"):
a passage in title case is left out, as a passage of fewer words than `voices` takes for a phrase any two sentences
may share.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

import numpy as np

from viewer.analysis.claims.voices import LEAST_WORDS
from viewer.analysis.title_lines import title_cased

_QUOTED = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def quoted_passages(text: str) -> frozenset[str]:
    """The passages ``text`` puts inside double quotation marks, each as its words in lower case joined by a space,
    where it holds `voices.LEAST_WORDS` words or more and is not in title case."""
    found = set()
    for match in _QUOTED.finditer(text):
        words = [w.lower().replace("’", "'") for w in _WORD.findall(match.group(1))]
        if len(words) >= LEAST_WORDS and not title_cased(match.group(1)):
            found.add(" ".join(words))
    return frozenset(found)


def quoting_alike(scores: np.ndarray, pairs: Sequence[tuple[int, int, float]], quoted: Callable[[int], Collection[str]],
                  threshold: float, one_report: Callable[[int, int], bool] = lambda _i, _j: False) -> np.ndarray:
    """The pair model's ``scores`` of ``pairs`` with each pair of two reports quoting one passage raised to
    ``threshold``; a vetoed pair (scored below 0) stays vetoed. ``quoted``: a unit's passages; ``one_report``: whether
    two units lie in one report (whose units a claim never holds two of)."""
    raised = scores.copy()
    for k, (i, j, _c) in enumerate(pairs):
        if 0.0 <= raised[k] < threshold and (a := quoted(i)) and (b := quoted(j)) and not one_report(i, j) \
                and quote_one_passage(a, b):
            raised[k] = 1.0
    return raised


def quote_one_passage(a: Collection[str], b: Collection[str]) -> bool:
    """Whether a passage of one unit is the other's, or runs word for word inside it (one report quotes more of the
    sentence than the other)."""
    return any(f" {p} " in f" {q} " or f" {q} " in f" {p} " for p in a for q in b)
