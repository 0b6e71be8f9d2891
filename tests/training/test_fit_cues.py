"""Judging a refit of the cue model: folds by article, and figures scored only by weights fitted without the article."""
from training.fit_cues import cross_validated, fold_of
from viewer.analysis.nlp import english


def test_an_article_keeps_its_fold_and_the_folds_are_all_used():
    names = [f"article{i}.txt" for i in range(200)]
    folds = [fold_of(name, 5) for name in names]
    assert folds == [fold_of(name.removesuffix(".txt"), 5) for name in names]
    assert set(folds) == set(range(5))


def test_every_candidate_is_scored_once_and_a_plain_report_verb_is_learned():
    nlp = english()
    rows = []
    for i in range(20):
        said = nlp("The mayor said the bridge would close.")
        rows.append((f"said{i}", said[2], True))
        ate = nlp("The mayor ate a sandwich at noon.")
        rows.append((f"ate{i}", ate[2], False))
    figures = cross_validated(rows, 5, 1.0)
    assert figures["candidates"] == 40 and figures["cue_heads"] == 20
    assert figures["p@0.5"] == 1.0 and figures["r@0.5"] == 1.0
