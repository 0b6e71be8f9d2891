"""Pair scores as the grouping leaves them, for the tests of what reads them after grouping."""
from types import SimpleNamespace

import numpy as np
import pytest

from viewer.analysis.claims.features import UnitFeatures


class GroupedScores:
    """Pair scores as the grouping leaves them (what `link_signs` and `link_judge` read): each unit's report, its
    content terms and its sentence (its index), one-hot vectors, and the known pair scores."""

    def __init__(self, documents: list[int], terms: list[list[str]], known: dict[tuple[int, int], float]):
        self.documents, self.span = documents, len(documents)
        self.units = [SimpleNamespace(features=UnitFeatures(sentence=k, terms=terms[k]), pieces=None)
                      for k in range(self.span)]
        self.vectors = np.eye(self.span, dtype=np.float32)
        self.known = {i * self.span + j: p for (i, j), p in known.items()}

    def pair(self, key):
        return divmod(key, self.span)

    def __call__(self, i, j):
        return self.known.get(min(i, j) * self.span + max(i, j), 0.0)


@pytest.fixture
def grouped_scores():
    """`GroupedScores`, made by the test."""
    return GroupedScores
