"""The link judge over a claim's links after grouping: the signs it reads and the units it takes out."""
from types import SimpleNamespace

import numpy as np

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.link_judge import FEATURES, judged_clusters, link_features


class _Scores:
    """Pair scores as the grouping leaves them: units 0, 1 in report 0; 2, 3 in report 1; 4 in report 2."""

    def __init__(self, known: dict[tuple[int, int], float], headlines=()):
        self.documents = [0, 0, 1, 1, 2]
        self.units = [SimpleNamespace(features=UnitFeatures(sentence=k, headline=k in headlines)) for k in range(5)]
        self.vectors = np.eye(5, dtype=np.float32)
        self.span = 5
        self.known = {i * 5 + j: p for (i, j), p in known.items()}

    def pair(self, key):
        return divmod(key, self.span)

    def __call__(self, i, j):
        return self.known.get(min(i, j) * 5 + max(i, j), 0.0)


def test_a_link_whose_unit_has_a_better_partner_in_the_other_report_has_a_negative_margin():
    scores = _Scores({(0, 2): 0.8, (0, 3): 0.95, (1, 2): 0.9})
    rows = {(i, j): dict(zip(FEATURES, x)) for _c, i, j, x in link_features([[0, 2]], scores)}
    assert round(rows[0, 2]["margin"], 3) == round(0.8 - 0.95, 3)  # 0 reads 3 better, 2 reads 1 better
    assert rows[0, 2]["pair"] == 0.8 and rows[0, 2]["claim_reports"] == 1.0


def test_the_judge_takes_out_the_unit_of_a_wrong_link_and_keeps_the_right_ones():
    """Units 0, 2, 4 state one claim in three reports; 1 joined 2 though 0 is 2's best partner in report 0. A judge
    reading the margin alone takes 1 out and keeps the claim's three reports."""
    scores = _Scores({(0, 2): 0.95, (0, 4): 0.9, (2, 4): 0.92, (1, 2): 0.8, (1, 4): 0.75})
    weights = np.zeros(len(FEATURES) + 1)
    weights[1 + FEATURES.index("margin")] = 20.0
    assert judged_clusters([[0, 1, 2, 4]], scores, weights, 0.5) == [[0, 2, 4]]


def test_a_claim_of_one_wrong_link_loses_both_units():
    scores = _Scores({(1, 3): 0.72, (1, 2): 0.9, (0, 3): 0.9}, headlines={1})
    weights = np.zeros(len(FEATURES) + 1)
    weights[1 + FEATURES.index("margin")] = 20.0
    assert judged_clusters([[1, 3]], scores, weights, 0.5) == [[]]
