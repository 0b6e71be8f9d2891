"""Whether an outlet states a sentence in its own voice, or tells on a source's account named around it.

News names a source once and may tell its account on for sentences after ("Four people were found dead, according to
police. Three were found inside the home"): such a sentence states nothing as the outlet's own, and a "stated as fact"
line on it says an outlet dropped a source it kept. The layout signs `sourcing.voice_signs` reads around a sentence
are weighed by a logistic regression fitted on PolNeAR train, whose annotators marked every attribution's content: a
sentence no content covers is the outlet's own. ``own_voice.json`` keeps the weights, the threshold (chosen on
PolNeAR for precision) and how both were produced (``training/fit_own_voice.py``).
"""
from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("own_voice.json")


@lru_cache(maxsize=1)
def _fitted() -> dict:
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))


def threshold() -> float:
    """The probability a sentence must reach to be read as the outlet's own statement."""
    return float(_fitted()["threshold"])


def probability(signs: Mapping[str, float], expected: Sequence[str]) -> float:
    """The fitted probability that the sentence with these signs is the outlet's own; the weights must be those of
    the signs the code computes (``expected``, in order), else the file is stale and must be refitted."""
    weights = _fitted()["weights"]
    if tuple(k for k in weights if k != "bias") != tuple(expected):
        raise ValueError(f"{WEIGHTS_FILE.name} was fitted on other signs than the code reads ({', '.join(expected)}); "
                         "refit it with training/fit_own_voice.py")
    z = weights["bias"] + sum(weights[k] * signs[k] for k in expected)
    return 1.0 / (1.0 + math.exp(-z))
