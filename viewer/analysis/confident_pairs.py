"""Whether two mentions of a linked claim state one thing, as the pair model reads them, at the bar a discrepancy needs.

Linking joins mentions through others (average linkage: A with B and B with C, each pair checked against a mean), so two
mentions of one claim may tell two things of one story: "Police have made an arrest in the Capitol Heights shooting" and
"Two teenagers were fatally shot ..., police say". A discrepancy line says the sources differ on one thing; read between
those two it says an outlet dropped a source it never gave. So a dropped source is told only between two mentions whose
main clauses state one act, or that the pair model (`verifier.fitted`'s, the one linking verifies candidates with)
scores at or above the bar of ``confident_pairs.json``: the bar at which hand-judged claim pairs are one claim with the precision a line shown as
fact needs, chosen by ``training/fit_confident_pairs.py`` for the pair weights the file records.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.verifier import TermWeights, fitted, pair_features
from viewer.analysis.model import Mention

BAR_FILE = Path(__file__).with_name("confident_pairs.json")


@lru_cache(maxsize=1)
def bar() -> float:
    """The pair model's probability a discrepancy's two mentions must reach."""
    return float(json.loads(BAR_FILE.read_text(encoding="utf-8"))["bar"])


class ConfidentPairs:
    """The pair model's reading of two mentions, from their units' records (features and sentence vectors)."""

    def __init__(self, units: Sequence[ClaimUnit]) -> None:
        self._units = {(u.document, u.span.start, u.span.end): u for u in units}
        self._weights: TermWeights | None = None

    def __call__(self, a: Mention, b: Mention) -> bool:
        """Whether the two state one thing: their main clauses state one act (`acts.stated_acts`: "The shooter fled the
        scene" / "The unknown suspect fled the location", which the pair model scores low, as it does most short
        paraphrases), or the pair model reads them as one claim at `bar`. A mention with no unit recorded, or one
        stored without its vector, has nothing to read: it is compared by its words alone, as before the check."""
        first, second = self._recorded(a), self._recorded(b)
        if first is None or second is None or first.vector is None or second.vector is None:
            return True
        return bool(set(first.features.acts) & set(second.features.acts)) or self.probability(first, second) >= bar()

    def two_acts(self, a: Mention, b: Mention) -> bool:
        """Whether the main clauses of the two each state an act (`acts.stated_acts`, as their units recorded it) and
        share none: two statements, whatever the pair model reads. A day line is withheld between such two: on the GVA
        crawl, of 180 pairs of two reports' sentences giving one incident days that cannot be one, 122 state two
        acts, and 55 of the 60 of those read by hand tell two events, each on its own day ("shot early Sunday" /
        "arrested Tuesday"; bench/day_acts.py). A main clause with no act read ("Grief counselors will be available
        on Tuesday" / "… on Wednesday", one sentence carried with two days) tells nothing, nor does a mention with
        no unit recorded."""
        first, second = self._recorded(a), self._recorded(b)
        if first is None or second is None:
            return False
        acts_a, acts_b = set(first.features.acts), set(second.features.acts)
        return bool(acts_a and acts_b and not acts_a & acts_b)

    def _recorded(self, mention: Mention) -> ClaimUnit | None:
        return self._units.get(mention.place)

    def probability(self, a: ClaimUnit, b: ClaimUnit) -> float:
        """The pair model's probability, its term weights over every unit compared (as linking weighs them)."""
        if self._weights is None:
            self._weights = TermWeights([u.features for u in self._units.values()])
        signs = pair_features(a.features, b.features, float(a.vector @ b.vector), self._weights)
        return float(fitted().pair.probability(np.array([signs]))[0])
