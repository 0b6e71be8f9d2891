"""bench/story_gate_sources.py counts the story gate's verdicts on sets drawn by event, by source, and refits it."""
from __future__ import annotations

import json

import numpy as np

from viewer.analysis.claims.verifier import fitted

# Two reports of one fire told nearly alike, a third of it in other words, and a report of another town's court ruling.
REPORTS = {
    "fire_1.txt": ("fire", "A fire destroyed the town hall in Millbrook on Monday, officials said. Three firefighters were hurt."),
    "fire_2.txt": ("fire", "A fire destroyed the town hall in Millbrook on Monday, officials said. Three firefighters were injured."),
    "fire_3.txt": ("fire", "Millbrook's town hall burned down on Monday. Three firefighters were hurt battling the blaze."),
    "court_1.txt": ("court", "A judge in Dover struck down the city's parking ordinance on Friday, ruling it unconstitutional."),
}


def _data(tmp_path, name: str):
    docs = tmp_path / "sets" / name / "docs"
    docs.mkdir(parents=True)
    for file, (_event, text) in REPORTS.items():
        (docs / file).write_text(text, encoding="utf-8")
    events = {"documents": {file: {"event": event} for file, (event, _text) in REPORTS.items()}}
    (tmp_path / "sets" / name / "events.json").write_text(json.dumps(events), encoding="utf-8")
    return tmp_path


def test_kept_signs_count_every_same_event_pair_and_the_gate_passes_the_retold_fire(bench_script, tmp_path):
    gate = bench_script("story_gate_sources")
    data = _data(tmp_path, "wcepT")
    (tmp_path / "out").mkdir()
    gate.keep_signs(data, tmp_path / "out", "wcepT")
    rows, labels, same = gate.kept(tmp_path / "out")["wcepT"]
    assert same == 3  # the three fire reports, weighed by the linker or not
    weights = gate.shipped_weights()
    passed_same, passed_other = gate.counts(rows, labels, weights, 0.9)
    assert passed_same >= 1  # the two reports that open alike
    assert passed_other == 0  # the ruling is no story of the fire


def test_sources_are_read_from_set_names(bench_script):
    gate = bench_script("story_gate_sources")
    assert [gate.source_of(n) for n in ("gvaZ15", "basilB", "wcepA")] == ["gva", "basil", "wcep"]


def test_matched_threshold_passes_no_more_other_pairs_than_the_shipped_gate(bench_script):
    gate = bench_script("story_gate_sources")
    rows = np.array([[1.0, 0.9, 0.9, 0.8, 0.5, 0.0], [1.0, 0.5, 0.6, 0.2, 0.0, 0.0], [1.0, 0.95, 0.95, 1.0, 1.0, 1.0]])
    labels = np.array([1, 0, 0])
    loose = np.array([0.0, 5.0, 5.0, 0.0, 0.0, 0.0])  # a gate reading closeness alone passes the other pairs early
    threshold = gate.matched_threshold(loose, rows, labels)
    shipped_other = gate.counts(rows, labels, gate.shipped_weights(), fitted().story.threshold)[1]
    assert gate.counts(rows, labels, loose, threshold)[1] <= shipped_other
