"""link_signs reads each link of a claim after grouping: its pair score, whether each unit has a better
partner in the other report (the margin), and the claim around it."""
import numpy as np

from viewer.analysis.claims import link_signs as signs


_DOCUMENTS = [0, 0, 1, 1, 2]  # units 0, 1 in report 0; 2, 3 in report 1; 4 in report 2
_TERMS = [["shot"], ["man", "shot"], ["man"], ["man", "shot"], ["shot"]]


def _signs(grouped_scores, clusters, known):
    found = signs.link_features(clusters, grouped_scores(_DOCUMENTS, _TERMS, known))
    return {(i, j): dict(zip(signs.FEATURES, x)) for _c, i, j, x in found}


def test_a_unit_with_a_better_partner_in_the_other_report_gives_its_link_a_negative_margin(grouped_scores):
    rows = _signs(grouped_scores, [[0, 2]], {(0, 2): 0.8, (0, 3): 0.95, (1, 2): 0.9})
    assert round(rows[0, 2]["margin"], 3) == round(0.8 - 0.95, 3)  # 0 reads 3 better, 2 reads 1 better
    assert rows[0, 2]["pair"] == 0.8 and rows[0, 2]["claim_reports"] == 1.0


def test_each_link_reads_its_units_mean_against_the_claim_and_the_claims_joining_its_reports(grouped_scores):
    rows = _signs(grouped_scores, [[0, 2, 4], [1, 3]], {(0, 2): 0.9, (0, 4): 0.8, (2, 4): 0.6, (1, 3): 0.7})
    assert set(rows) == {(0, 2), (0, 4), (2, 4), (1, 3)}  # two units of one report are no link
    assert round(rows[2, 4]["claim_mean"], 3) == 0.7  # 4's mean (.8 + .6) / 2, lower than 2's
    assert round(rows[0, 2]["report_links"], 3) == round(np.log1p(2), 3)  # reports 0 and 1 joined by both claims
    assert rows[1, 3]["containment"] == 1.0 and rows[0, 2]["containment"] == 0.0  # one set of terms / "shot" beside "man"
