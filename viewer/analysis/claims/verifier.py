"""Whether two claim units state one claim: a logistic model over measured signs, fitted on data.

The signs are the embedding cosine, how much rare vocabulary the two share, whether a figure
agrees or conflicts, shared and unmatched names, a negation on one side only, swapped roles and
different predicates, and relative length. The weights and the threshold are not set by hand:
``fit_verifier`` fits them on public annotated pairs and writes ``verifier.json`` with how they
were produced (data, date, command, scores). A second, document-level model says whether two
articles report one story at all, so no pair of sentences can link two unrelated stories.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.index import figure_relation
from viewer.analysis.claims.predicates import predicates_differ, roles_swapped

WEIGHTS_FILE = Path(__file__).with_name("verifier.json")
PAIR_FEATURES = (
    "bias", "cosine", "cosine_squared", "shared_terms", "same_figure", "compatible_figure", "figure_conflict",
    "shared_names", "unmatched_names", "negation_on_one_side", "roles_swapped", "predicates_differ", "length_ratio",
)
STORY_FEATURES = ("bias", "centroid_cosine", "best_unit_cosine", "shared_names", "shared_rare_names")
_BACKGROUND = 50  # pseudo-units, so a term shared by the only two units seen is not "common"
_SMOOTHING = 4.0  # a few rare words' worth of mass, so that tiny units do not look alike by chance


class TermWeights:
    """Inverse document frequency of each term over the units being compared."""

    def __init__(self, features: Sequence[UnitFeatures]):
        df = Counter(t for f in features for t in set(f.terms))
        n = len(features)
        self._idf = {t: math.log((n + _BACKGROUND) / (c + 0.5)) for t, c in df.items()}
        self._default = math.log(n + _BACKGROUND)
        self._unit_masses: dict[tuple[str, ...], float] = {}

    def restricted(self, terms: set[str]) -> TermWeights:
        """The same weights for ``terms`` only: what a block of candidate pairs carries to a worker."""
        out = object.__new__(TermWeights)
        out._idf = {t: w for t, w in self._idf.items() if t in terms}
        out._default = self._default
        out._unit_masses = {}
        return out

    def __call__(self, term: str) -> float:
        return self._idf.get(term, self._default)

    def mass(self, terms: Sequence[str]) -> float:
        """The summed weight of the distinct terms. A set's order follows string hashing, which
        differs from one process to the next, so the sum is taken exactly (fsum): the same terms
        weigh the same to the last bit in every process and on every worker."""
        return math.fsum(self(t) for t in set(terms))

    def unit_mass(self, terms: Sequence[str]) -> float:
        """`mass` of one unit's terms, worked out once: a unit meets many others."""
        key = tuple(terms)
        if key not in self._unit_masses:
            self._unit_masses[key] = self.mass(terms)
        return self._unit_masses[key]


def pair_features(a: UnitFeatures, b: UnitFeatures, cosine: float, weights: TermWeights) -> list[float]:
    """The signs of one claim, in the order of PAIR_FEATURES."""
    shared = set(a.terms) & set(b.terms)
    overlap = weights.mass(shared) / math.sqrt((weights.unit_mass(a.terms) + _SMOOTHING) * (weights.unit_mass(b.terms) + _SMOOTHING))
    figures = figure_relation(a.figures, b.figures)
    names_a, names_b = set(a.names), set(b.names)
    either = names_a | names_b
    longer = max(len(a.terms), len(b.terms), 1)
    return [
        1.0, cosine, cosine * cosine, overlap, float(figures == "same"), float(figures == "compatible"), float(figures == "conflict"),
        len(names_a & names_b) / max(1, min(len(names_a), len(names_b))) if names_a and names_b else 0.0,
        len(names_a ^ names_b) / len(either) if either else 0.0,
        float(bool(a.negations) != bool(b.negations)), float(roles_swapped(a, b)), float(predicates_differ(a, b)),
        min(len(a.terms), len(b.terms)) / longer,
    ]


def story_features(centroid_cosine: float, best_unit_cosine: float, names_a: set[str], names_b: set[str], rare: set[str]) -> list[float]:
    """Signs that two articles report one story, in the order of STORY_FEATURES."""
    shared = names_a & names_b
    smaller = max(1, min(len(names_a), len(names_b)))
    return [1.0, centroid_cosine, best_unit_cosine, len(shared) / smaller, len(shared & rare) / smaller]


@dataclass(frozen=True)
class LogisticModel:
    names: tuple[str, ...]
    weights: np.ndarray
    threshold: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(np.asarray(rows, dtype=np.float64) @ self.weights)))

    @classmethod
    def from_json(cls, data: dict, expected: tuple[str, ...]) -> LogisticModel:
        names = tuple(data["features"])
        if names != expected:
            raise ValueError(f"{WEIGHTS_FILE.name} was fitted on features {names}, the code computes {expected}; refit it")
        return cls(names, np.array([data["weights"][n] for n in names], dtype=np.float64), float(data["threshold"]))


@dataclass(frozen=True)
class Verifier:
    pair: LogisticModel
    story: LogisticModel


@lru_cache(maxsize=1)
def fitted() -> Verifier:
    """The fitted models shipped with the package."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Verifier(LogisticModel.from_json(data["pair"], PAIR_FEATURES), LogisticModel.from_json(data["story"], STORY_FEATURES))
