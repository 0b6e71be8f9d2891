"""bench/link_signs.py reads each link of a claim after grouping: its pair score, whether each unit has a better
partner in the other report (the margin), and the claim around it."""
from types import SimpleNamespace

import numpy as np

from viewer.analysis.claims.features import UnitFeatures


class _Scores:
    """Pair scores as the grouping leaves them: units 0, 1 in report 0; 2, 3 in report 1; 4 in report 2."""

    def __init__(self, known: dict[tuple[int, int], float]):
        self.documents = [0, 0, 1, 1, 2]
        terms = [["shot"], ["man", "shot"], ["man"], ["man", "shot"], ["shot"]]
        self.units = [SimpleNamespace(features=UnitFeatures(sentence=k, terms=terms[k])) for k in range(5)]
        self.vectors = np.eye(5, dtype=np.float32)
        self.span = 5
        self.known = {i * 5 + j: p for (i, j), p in known.items()}

    def pair(self, key):
        return divmod(key, self.span)

    def __call__(self, i, j):
        return self.known.get(min(i, j) * 5 + max(i, j), 0.0)


def _signs(bench_script, clusters, known):
    signs = bench_script("link_signs")
    return {(i, j): dict(zip(signs.FEATURES, x)) for _c, i, j, x in signs.link_features(clusters, _Scores(known))}


def test_a_unit_with_a_better_partner_in_the_other_report_gives_its_link_a_negative_margin(bench_script):
    rows = _signs(bench_script, [[0, 2]], {(0, 2): 0.8, (0, 3): 0.95, (1, 2): 0.9})
    assert round(rows[0, 2]["margin"], 3) == round(0.8 - 0.95, 3)  # 0 reads 3 better, 2 reads 1 better
    assert rows[0, 2]["pair"] == 0.8 and rows[0, 2]["claim_reports"] == 1.0


def test_each_link_reads_its_units_mean_against_the_claim_and_the_claims_joining_its_reports(bench_script):
    rows = _signs(bench_script, [[0, 2, 4], [1, 3]], {(0, 2): 0.9, (0, 4): 0.8, (2, 4): 0.6, (1, 3): 0.7})
    assert set(rows) == {(0, 2), (0, 4), (2, 4), (1, 3)}  # two units of one report are no link
    assert round(rows[2, 4]["claim_mean"], 3) == 0.7  # 4's mean (.8 + .6) / 2, lower than 2's
    assert round(rows[0, 2]["report_links"], 3) == round(np.log1p(2), 3)  # reports 0 and 1 joined by both claims
    assert rows[1, 3]["containment"] == 1.0 and rows[0, 2]["containment"] == 0.0  # one set of terms / "shot" beside "man"
