"""A second story model that only opens the gate where the ECB+ model refuses, fitted on news report pairs.

The story gate was fitted on ECB+'s twin events, where a shared name is a strong sign. On political news the gate
loses most same-story pairs it loses near its bar (session 77, recall77: 428 of AllSides' 491 lost pairs), yet a
refit of the gate itself on news pairs linked two weeks of one running subject (session 78, gate78: trend set links
across stories 53 -> 90). This model never closes the gate on a pair the ECB+ model passes: it reads the ECB+ model's
logit beside the names the two reports share over the larger report's names (a short report of another political
story shares the few names every such report gives, and over its own few names reads as close as one story's reports
do), and a pair it gives at least its threshold passes the gate at the gate's own threshold, no surer than that, so
`best_pairs`' bar and `stories.story_groups` read it as the weakest pair passed. Weights and threshold in
`story_opening.json`, written by `fit_story_opening`.
"""
from __future__ import annotations

import json
import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

OPENING_FILE = Path(__file__).with_name("story_opening.json")
OPENING_FEATURES = ("bias", "ecb_logit", "shared_names_of_larger", "shared_rare_names_of_larger")


@dataclass(frozen=True)
class StoryOpening:
    weights: np.ndarray
    threshold: float

    def opens(self, ecb_probability: float, names_a: AbstractSet[str], names_b: AbstractSet[str],
              rare: AbstractSet[str]) -> bool:
        """Whether the pair passes the gate the ECB+ model refused it (``ecb_probability``, never a veto)."""
        row = opening_signs(ecb_probability, names_a, names_b, rare)
        return bool(1.0 / (1.0 + math.exp(-float(np.dot(row, self.weights)))) >= self.threshold)


def opening_signs(ecb_probability: float, names_a: AbstractSet[str], names_b: AbstractSet[str],
                  rare: AbstractSet[str]) -> list[float]:
    """The model's signs in OPENING_FEATURES' order: the ECB+ model's logit (clipped, as a probability of 0 or 1 has
    none) and the shared names and shared rare names over the larger report's name count."""
    p = min(max(ecb_probability, 1e-9), 1 - 1e-9)
    shared = names_a & names_b
    larger = max(1, len(names_a), len(names_b))
    return [1.0, math.log(p / (1 - p)), len(shared) / larger, len(shared & rare) / larger]


@lru_cache(maxsize=1)
def read_story_opening(path: Path = OPENING_FILE) -> StoryOpening | None:
    """The shipped model, or None where no file is shipped (the gate is the ECB+ model's alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != OPENING_FEATURES:
        raise ValueError(f"{path.name} was fitted on features {data['features']}, the code computes {OPENING_FEATURES}; refit it")
    return StoryOpening(np.array([data["weights"][n] for n in OPENING_FEATURES], dtype=np.float64), float(data["threshold"]))
