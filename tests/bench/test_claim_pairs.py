"""bench/claim_pairs.py draws judged-pair candidates by cosine band, a few an event, and halves by event."""
from __future__ import annotations

import argparse
import json
import random

import numpy as np
import pytest


def _unit(event: str, doc: str, text: str, angle: float) -> dict:
    return {"set": "s", "event": event, "doc": doc, "start": 0, "end": len(text), "text": text,
            "vector": np.array([np.cos(angle), np.sin(angle)])}


def test_pairs_cross_documents_of_one_event_in_bands_with_a_few_an_event(bench_script):
    draw = bench_script("claim_pairs")
    units = [_unit("e1", f"d{k % 2}", f"unit {k}", 0.05 * k) for k in range(12)]
    units += [_unit("e1", "d2", "unit 0", 0.0), _unit("e2", "d3", "other", 0.0)]
    pairs = draw.banded_pairs(units, random.Random(1), per_band=100)
    assert pairs and all(a["event"] == b["event"] and a["doc"] != b["doc"] and a["text"] != b["text"] for a, b in pairs)
    bands = [next(k for k, (low, high) in enumerate(draw.BANDS) if low <= float(a["vector"] @ b["vector"]) < high)
             for a, b in pairs]
    assert max(bands.count(k) for k in set(bands)) <= draw.PER_EVENT_IN_BAND


def test_every_event_lies_in_one_half_and_the_halves_are_even(bench_script):
    draw = bench_script("claim_pairs")
    halves = draw.event_halves([f"e{k}" for k in range(9)], random.Random(43))
    assert sorted(halves.values()).count("fit") == 5 and sorted(halves.values()).count("check") == 4
    assert halves == draw.event_halves([f"e{k}" for k in range(9)], random.Random(43))


def test_named_sets_are_drawn_all_events_or_as_many_as_asked(bench_script, tmp_path):
    draw = bench_script("claim_pairs")
    for name, events in (("fresh", 4), ("other", 3)):
        documents = {f"{name}{e}_{r}.txt": {"event": f"{name}{e}"} for e in range(events) for r in range(3)}
        (tmp_path / name).mkdir()
        (tmp_path / name / "events.json").write_text(json.dumps({"documents": documents}), encoding="utf-8")
    drawn = draw.drawn_documents(tmp_path, random.Random(5), dict(map(draw.set_events, ["fresh", "other=2"])))
    assert {e for s, e, _p in drawn if s == "fresh"} == {f"fresh{e}" for e in range(4)}
    assert len({e for s, e, _p in drawn if s == "other"}) == 2
    assert all(path.startswith(f"sets/{s}/docs/{e}_") for s, e, path in drawn)


def test_a_set_argument_names_a_count_or_none(bench_script):
    draw = bench_script("claim_pairs")
    assert draw.set_events("gvaB") == ("gvaB", None) and draw.set_events("wcepB=6") == ("wcepB", 6)
    with pytest.raises(argparse.ArgumentTypeError):
        draw.set_events("gvaB=six")
