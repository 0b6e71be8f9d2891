"""bench/claim_pairs.py draws judged-pair candidates by cosine band, a few an event, and halves by event."""
from __future__ import annotations

import random

import numpy as np


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
