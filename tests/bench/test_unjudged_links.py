"""bench/unjudged_links.py lists the links of a kept export that no judged file holds, with their passages; and
bench/quality.py's --story-threshold runs the analysis with the story gate elsewhere, the shipped file untouched."""
from __future__ import annotations

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


def test_a_run_at_another_story_threshold_reads_a_copy_of_the_weights_file(bench_script):
    quality = bench_script("quality")
    shipped_file, shipped = verifier.WEIGHTS_FILE, verifier.fitted()
    try:
        quality.with_story_threshold(0.5)
        probed = verifier.fitted()
        assert probed.story.threshold == 0.5
        assert probed.pair.threshold == shipped.pair.threshold and (probed.story.weights == shipped.story.weights).all()
    finally:
        verifier.WEIGHTS_FILE = shipped_file
        verifier.fitted.cache_clear()
    assert verifier.fitted().story.threshold == shipped.story.threshold


def test_a_run_at_another_best_pair_floor_reads_a_copy_of_the_weights_file(bench_script):
    quality = bench_script("quality")
    shipped_file, shipped = verifier.WEIGHTS_FILE, verifier.fitted()
    try:
        quality.with_best_pair_floor(0.55)
        probed = verifier.fitted()
        assert probed.best_pair.floor == 0.55 and probed.best_pair.bar == shipped.best_pair.bar
        assert probed.story.threshold == shipped.story.threshold
    finally:
        verifier.WEIGHTS_FILE = shipped_file
        verifier.fitted.cache_clear()
    assert verifier.fitted().best_pair.floor == shipped.best_pair.floor
