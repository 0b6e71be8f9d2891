"""bench/dev_sets.py reads kept exports under the judged files: precision of the judged links, wrong links by their
class and judged discrepancy lines per set and pooled, never reading the blind draws' files."""
from __future__ import annotations

import json

A_TEXT = "Police said two men were shot. The older man died. His brother was hurt."
B_TEXT = "Two men were shot, police said. One of them died at the scene. A vigil is planned."
LINKS = "set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass\n"
LINES = "set\tkind\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass\n"


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _export(claims: list[list[tuple[str, str]]], lines=()) -> dict:
    """Two reports; each claim a list of (document, words) mentions; ``lines`` (kind, mentions) on the first claim."""
    texts = {"d1": A_TEXT, "d2": B_TEXT}
    docs = [{"id": d, "text": t, "source": {"path": f"/x/{'a' if d == 'd1' else 'b'}.txt"}} for d, t in texts.items()]

    def mention(d, words):
        start, end = _span(texts[d], words)
        return {"document": d, "start": start, "end": end}
    out = [{"id": f"c{k}", "mentions": [mention(d, w) for d, w in c]} for k, c in enumerate(claims)]
    out[0]["discrepancies"] = [{"kind": kind, "explanation": "x", "mentions": [mention(d, w) for d, w in ms]}
                               for kind, ms in lines]
    return {"documents": docs, "claims": out}


def _row(a: str, b: str, verdict: str, why: str = "") -> str:
    return "\t".join(["gvaT", "a.txt", *map(str, _span(A_TEXT, a)), "b.txt", *map(str, _span(B_TEXT, b)), verdict, why])


SHOT, SHOT_B = "Police said two men were shot.", "Two men were shot, police said."
DIED, DIED_B = "The older man died.", "One of them died at the scene."
HURT = "His brother was hurt."


def _judged(tmp_path, bench_script):
    judged = tmp_path / "judged"
    judged.mkdir()
    (judged / "links99t.tsv").write_text(LINKS + _row(SHOT, SHOT_B, "R") + "\n"
                                         + _row(HURT, DIED_B, "W", "another person") + "\n", encoding="utf-8")
    blind = bench_script("background_acts").BLIND
    (judged / f"links{blind}x.tsv").write_text(LINKS + _row(DIED, DIED_B, "W", "blind") + "\n", encoding="utf-8")
    line = "\t".join(["gvaT", "count", "a.txt", *map(str, _span(A_TEXT, SHOT)), "b.txt",
                      *map(str, _span(B_TEXT, SHOT_B)), "R", ""])
    (judged / "discrepancies99t.tsv").write_text(LINES + line + "\n", encoding="utf-8")
    return judged


def test_a_run_is_read_under_the_judged_files_but_the_blind_ones(bench_script, tmp_path, capsys):
    dev_sets = bench_script("dev_sets")
    judged = _judged(tmp_path, bench_script)
    run = tmp_path / "run"
    run.mkdir()
    claims = [[("d1", SHOT), ("d2", SHOT_B)], [("d1", HURT), ("d2", DIED_B)], [("d1", DIED), ("d2", "A vigil is planned.")]]
    export = _export(claims, lines=[("count", [("d1", SHOT), ("d2", SHOT_B)]), ("time", [("d1", DIED), ("d2", DIED_B)])])
    (run / "gvaT.json").write_text(json.dumps(export), encoding="utf-8")
    figures = dev_sets.read_run(run, ["gvaT", "gvaU"], judged)["gvaT"]
    assert (figures["right"], figures["wrong"], figures["other"]) == (1, 1, 1)
    assert figures["W: another person"] == 1 and not figures["W: blind"]
    assert (figures["lines R"], figures["lines W"], figures["lines unjudged"]) == (1, 0, 1)


def test_figures_print_an_older_run_beside_and_both_pooled(bench_script, tmp_path, capsys):
    dev_sets = bench_script("dev_sets")
    judged = _judged(tmp_path, bench_script)
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, claims in ((old, [[("d1", SHOT), ("d2", SHOT_B)], [("d1", HURT), ("d2", DIED_B)]]),
                           (new, [[("d1", SHOT), ("d2", SHOT_B)], [("d1", HURT)], [("d2", DIED_B)]])):
        folder.mkdir()
        (folder / "gvaT.json").write_text(json.dumps(_export(claims)), encoding="utf-8")
    dev_sets.figures(new, ["gvaT"], old, judged)
    out = capsys.readouterr().out
    assert "gvaT             0.500 (1/1) lines 0/0 (+0 unjudged)  ->  1.000 (1/0)" in out
    assert "pooled before: precision 0.500 (1/1)" in out and "another person 1" in out
    assert "pooled now: precision 1.000 (1/0)" in out


def test_a_probe_draw_no_judged_file_names_is_blind_like_an_allsides_one_and_has_its_own_source(bench_script):
    dev_sets = bench_script("dev_sets")
    assert not dev_sets.readable("roundupA") and not dev_sets.readable("allsidesZZ")
    assert dev_sets.readable("allsidesA") and dev_sets.readable("round58dev")
    assert dev_sets.source_of("roundupB") == "roundup" and dev_sets.source_of("round58dev") == "round58dev"


def test_every_count_by_source_files_a_roundup_draw_under_its_own_source_and_as_political_news(bench_script):
    dev_sets = bench_script("dev_sets")
    assert dev_sets.source_label("roundupC") == "NeuS roundups" and dev_sets.source_label("round58dev") is None
    assert dev_sets.political("roundupC") and dev_sets.political("wcepA") and not dev_sets.political("gvaZ3")
    assert not dev_sets.political("round58dev") and not dev_sets.political("dev")
    assert bench_script("bar_runs").source_of("roundupC") == "NeuS roundups"
    assert bench_script("stage_kinds").source_of("roundupC") == "NeuS roundups"
    assert bench_script("same_figure_pairs").source("roundupC") == "roundup"
    assert bench_script("news_pair_rows").family("roundupC") == "roundup"
    assert bench_script("opening_gate").source_of("roundupC") == "roundup"
    assert bench_script("opening_gate").source_of("trendstories") == "pooled"
