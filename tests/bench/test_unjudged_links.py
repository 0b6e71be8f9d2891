"""bench/unjudged_links.py lists the links of a kept export that no judged file holds, with their passages; and
bench/quality.py's --story-threshold, --best-pair-floor and --best-pair-bar run the analysis with the story gate or
best_pairs' floor or bar elsewhere, the shipped file untouched."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import verifier

A_TEXT = "Police said two men were shot. The older man died. His brother was hurt."
B_TEXT = "Two men were shot, police said. One of them died at the scene. A vigil is planned."


def _mention(document: str, text: str, words: str) -> dict:
    start = text.index(words)
    return {"document": document, "start": start, "end": start + len(words)}


def _export() -> dict:
    docs = [{"id": "d1", "text": A_TEXT, "source": {"path": "/x/a.txt"}}, {"id": "d2", "text": B_TEXT, "source": {"path": "/x/b.txt"}}]
    claims = [{"id": "c1", "mentions": [_mention("d1", A_TEXT, "Police said two men were shot."),
                                        _mention("d2", B_TEXT, "Two men were shot, police said.")]},
              {"id": "c2", "mentions": [_mention("d1", A_TEXT, "The older man died."),
                                        _mention("d2", B_TEXT, "One of them died at the scene.")]}]
    return {"documents": docs, "claims": claims}


def test_only_the_links_no_verdict_holds_are_listed(bench_script, judged_file):
    quality, unjudged = bench_script("quality"), bench_script("unjudged_links")
    shot = _mention("d1", A_TEXT, "Police said two men were shot.")
    shot_b = _mention("d2", B_TEXT, "Two men were shot, police said.")
    path = judged_file([["gvaT", "a.txt", shot["start"], shot["end"], "b.txt", shot_b["start"], shot_b["end"], "R", ""]])
    left = unjudged.unjudged(_export(), quality.read_verdicts([path]))
    died, died_b = _mention("d1", A_TEXT, "The older man died."), _mention("d2", B_TEXT, "One of them died at the scene.")
    assert left == [(("a.txt", died["start"], died["end"]), ("b.txt", died_b["start"], died_b["end"]))]


def test_a_passage_shows_the_mention_in_its_article(bench_script):
    start = A_TEXT.index("The older man died.")
    assert bench_script("unjudged_links").passage(A_TEXT, start, start + 19, 12) == "were shot. [[The older man died.]] His brother"


@pytest.mark.parametrize("probe, setting", [("with_story_threshold", lambda v: v.story.threshold),
                                            ("with_best_pair_floor", lambda v: v.best_pair.floor),
                                            ("with_best_pair_bar", lambda v: v.best_pair.bar)])
def test_a_run_at_another_operating_point_reads_a_copy_of_the_weights_file(bench_script, probe, setting):
    quality = bench_script("quality")
    shipped_file, shipped = verifier.WEIGHTS_FILE, verifier.fitted()
    try:
        getattr(quality, probe)(0.5)
        probed = verifier.fitted()
        assert setting(probed) == 0.5
        assert [setting(v) for v in (shipped, probed)].count(0.5) == 1
        assert probed.pair.threshold == shipped.pair.threshold and (probed.story.weights == shipped.story.weights).all()
        assert probe == "with_best_pair_bar" or probed.best_pair.bar == shipped.best_pair.bar
    finally:
        verifier.WEIGHTS_FILE = shipped_file
        verifier.fitted.cache_clear()
    assert setting(verifier.fitted()) == setting(shipped)



def test_a_run_with_another_pair_model_reads_a_copy_of_the_weights_file(bench_script):
    quality = bench_script("quality")
    shipped_file, shipped = verifier.WEIGHTS_FILE, verifier.fitted()
    section = {"features": list(verifier.PAIR_FEATURES), "threshold": 0.6,
               "weights": {name: 0.5 for name in verifier.PAIR_FEATURES}}
    try:
        quality.with_section("pair", section)
        probed = verifier.fitted()
        assert probed.pair.threshold == 0.6 and (probed.pair.weights == 0.5).all()
        assert (probed.story.weights == shipped.story.weights).all() and probed.best_pair == shipped.best_pair
    finally:
        verifier.WEIGHTS_FILE = shipped_file
        verifier.fitted.cache_clear()
    assert verifier.fitted().pair.threshold == shipped.pair.threshold
