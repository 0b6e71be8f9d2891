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
    assert lines[0] == "rows.json: without 0.900 (90/10) found 0.700 | GVA 0.900 (90/10) found 0.700"
    assert "  0.17 0.957 R 1 P 1 W 6 found 0.700 serves | GVA 0.957 R 1 P 1 W 6 found 0.700" in lines
    assert "  0.16 0.957 R 1 P 1 W 6 found 0.700 | GVA 0.957 R 1 P 1 W 6 found 0.700" in lines
    assert lines[-1] == "  shipped bar: 0.11"  # the fit's own test: every bar serves, equally precise, the lowest inner one


def test_the_plain_form_reads_the_counts_of_the_judge_that_may_part_a_report_pair(bench_script, monkeypatch):
    curves = bench_script("judge_curves")
    judge = curves.judge
    kept = Counter({("kept", 1): 90, ("kept", 0): 10, "joined": 7, "same_event": 10})
    parted = Counter({("kept", 1): 90, ("kept", 0): 2, ("out", 0): 8, "joined": 5, "same_event": 10})
    curve = {(False, None): {"gvaX": kept}, **{(True, bar): {"gvaX": kept} for bar in curves.BARS},
             **{(False, bar): {"gvaX": parted} for bar in curves.BARS}}
    monkeypatch.setattr(judge, "cross_validated", lambda sets: curve)
    monkeypatch.setattr(judge, "fitted_on_all", lambda sets, forms: {})
    lines = curves.curve_lines("rows.json", {}, keep_pairs=False)
    assert lines[1] == "  0.10 0.978 R 0 P 0 W 8 found 0.500 | GVA 0.978 R 0 P 0 W 8 found 0.500"


def test_sources_are_gva_basil_with_wcep_and_allsides(bench_script):
    curves = bench_script("judge_curves")
    assert [curves.source_of(n) for n in ("gvaZ14", "basilC", "wcepD", "allsidesA", "allsidesB", "ecb_train")] == [
        "gva", "basil+wcep", "basil+wcep", "allsides", "allsides", "ecb_train"]


def test_each_source_is_tested_by_a_judge_fitted_without_it(bench_script, monkeypatch):
    curves = bench_script("judge_curves")
    judge = curves.judge
    fitted = []
    monkeypatch.setattr(judge, "fit", lambda sets, names: fitted.append(sorted(names)) or names)
    monkeypatch.setattr(judge, "kept_links", lambda rows, weights, bar, keep: [False] * len(rows))
    rows = [{"y": 1, "hand": "R", "reports": ["a", "b"]}]
    sets = {name: {"rows": rows, "events": {"a": 1, "b": 1}, "same_event": 1}
            for name in ("gvaC", "gvaJ", "basilC", "ecb_train", "public:dev")}
    lines = curves.by_source_lines("rows.json", sets)
    assert fitted == [["basilC", "ecb_train"], ["ecb_train", "gvaC", "gvaJ"]]
    assert lines[0] == "rows.json, fitted without gva: without 1.000 (2/0) found 1.000"
    assert lines[1] == "  0.10 0.000 R 2 P 0 W 0 found 0.000"
    assert lines[len(curves.BARS) + 1].startswith("rows.json, fitted without basil+wcep: without 1.000 (1/0)")


def test_signs_left_out_are_taken_from_every_row_by_name(bench_script):
    curves = bench_script("judge_curves")
    row = {"x": [float(k) for k in range(len(curves.SIGNS))], "y": 1}
    out = curves.without_signs({"gvaC": {"rows": [row]}}, ["report_links", "claim_reports"])
    kept = out["gvaC"]["rows"][0]["x"]
    assert len(kept) == len(curves.SIGNS) - 2
    assert curves.SIGNS.index("report_links") not in kept and curves.SIGNS.index("claim_reports") not in kept
    assert row["x"] == [float(k) for k in range(len(curves.SIGNS))]
