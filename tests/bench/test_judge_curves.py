"""bench/judge_curves.py: the held-out curve of row files side by side, news sets chosen by name."""
from collections import Counter


def test_only_the_named_news_sets_are_kept_and_ecb_train_and_the_public_sets_always(bench_script):
    curves = bench_script("judge_curves")
    sets = {"gvaC": {}, "gvaJ": {}, "ecb_train": {}, "public:dev": {}}
    assert list(curves.kept_sets(sets, ["gvaJ"])) == ["gvaJ", "ecb_train", "public:dev"]
    assert list(curves.kept_sets(sets, None)) == list(sets)


def test_each_bar_reads_the_pooled_held_out_counts_by_source_and_whether_it_serves(bench_script, monkeypatch):
    curves = bench_script("judge_curves")
    judge = curves.judge
    kept = Counter({("kept", 1): 90, ("kept", 0): 10, "joined": 7, "same_event": 10})
    taken = Counter({("kept", 1): 88, ("kept", 0): 4, ("out", 1): 2, ("out", "R"): 1, ("out", "P"): 1, ("out", 0): 6,
                     "joined": 7, "same_event": 10})
    curve = {(False, None): {"gvaX": kept}, **{(True, bar): {"gvaX": taken} for bar in curves.BARS}}
    monkeypatch.setattr(judge, "cross_validated", lambda sets: curve)
    monkeypatch.setattr(judge, "fitted_on_all", lambda sets, forms: {})
    monkeypatch.setattr(curves, "serves_precision", lambda c, o, form: form[1] == 0.17)
    lines = curves.curve_lines("rows.json", {})
    assert lines[0] == "rows.json: without 0.900 (90/10) found 0.700"
    assert "  0.17 0.957 R 1 P 1 W 6 found 0.700 GVA 0.700 serves" in lines
    assert "  0.16 0.957 R 1 P 1 W 6 found 0.700 GVA 0.700" in lines
    assert lines[-1] == "  shipped bar: 0.11"  # the fit's own test: every bar serves, equally precise, the lowest inner one
