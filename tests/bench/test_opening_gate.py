"""bench/opening_gate.py: the opening model's signs, its rows read from kept gate folders, and how its threshold is
chosen, on made-up report pairs."""
from __future__ import annotations

import csv
import json

import numpy as np

SHORT = frozenset({"biden", "president", "senate"})
LONG = frozenset({"biden", "president", "senate", "schumer", "manchin", "infrastructure", "cbo", "portman"})


def test_names_are_read_over_the_larger_report_so_a_short_report_of_the_common_names_reads_far(bench_script):
    """A short report sharing only the names every political report gives is all of its own names, but three of eight
    of the long one's."""
    gate = bench_script("opening_gate")
    signs = dict(zip(gate.FEATURES, gate.opening_signs(0.5, SHORT, LONG, frozenset({"schumer"}))))
    assert signs == {"bias": 1.0, "ecb_logit": 0.0, "shared_names_of_larger": 3 / 8, "shared_rare_names_of_larger": 0.0}
    assert np.isfinite(gate.opening_signs(1.0, SHORT, LONG, frozenset())[1])


def test_the_threshold_opens_no_source_less_surely_than_the_gate_passes_there(bench_script):
    """Source a: the gate passes 3 one-story pairs and 1 of two (.75); opening at .6 adds a two-story pair (2 of 3,
    under .75), from .66 to .85 the three one-story pairs only. Source b's gate passes only one story, so nothing of two
    may open there."""
    gate = bench_script("opening_gate")
    sources = np.array(["a"] * 7 + ["b"] * 3)
    y = np.array([1, 1, 1, 0, 1, 1, 0, 1, 1, 0], dtype=bool)
    passed = np.array([1, 1, 1, 1, 0, 0, 0, 1, 0, 0], dtype=bool)
    opened_p = np.array([0, 0, 0, 0, 0.95, 0.85, 0.65, 0, 0.9, 0.55])
    assert gate.chosen(opened_p, ~passed, passed, y, sources) == 0.85  # the strictest opening all three
    assert gate.chosen(np.where(y, 0.0, 0.99), ~passed, passed, y, sources) == 1.0  # only two-story pairs: none opens


def test_rows_are_the_unvetoed_weighed_pairs_and_a_pooled_set_is_its_own_source(bench_script, tmp_path):
    gate = bench_script("opening_gate")
    names = {"a.txt": ["biden", "kabul"], "b.txt": ["biden", "kabul", "taliban"], "c.txt": ["kabul"]}
    for stem in ("allsidesB", "poolSX"):
        (tmp_path / f"{stem}.articles.json").write_text(json.dumps({f: {"names": n} for f, n in names.items()}))
        with (tmp_path / f"{stem}.tsv").open("w", newline="") as f:
            out = csv.writer(f, delimiter="\t")
            out.writerow(["set", "file_a", "file_b", "same", "fate", "probability", "vetoes"])
            out.writerow([stem, "a.txt", "b.txt", 1, "", "0.5", ""])
            out.writerow([stem, "a.txt", "c.txt", 0, "", "0.2", "trends"])
            out.writerow([stem, "b.txt", "c.txt", 0, "never weighed", "", ""])
    rows = gate.kept_rows(tmp_path)
    assert [(s, same, p) for s, same, p, _x in rows] == [("allsides", True, 0.5), ("pooled", True, 0.5)]
    assert rows[0][3][2:] == [2 / 3, 2 / 3]  # of a small set's names, those two or three reports carry are rare
