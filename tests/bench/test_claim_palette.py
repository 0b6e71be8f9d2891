"""bench/claim_palette.py derives the palette the viewer holds: far apart, readable under black text."""
from __future__ import annotations

import itertools

from viewer.export.palette import CLAIM_COLOURS


def test_the_palette_is_the_script_output_and_every_pair_stays_apart(bench_script):
    script = bench_script("claim_palette")
    assert tuple(script.palette(len(CLAIM_COLOURS))) == CLAIM_COLOURS
    assert len(CLAIM_COLOURS) == 32
    closest = min(script.distance(a, b) for a, b in itertools.combinations(CLAIM_COLOURS, 2))
    assert closest >= 17.9  # the closest pair is Okabe–Ito's own sky blue / blue
    assert min(script.contrast_with_black(c) for c in CLAIM_COLOURS) >= 6.9
    assert all(script.distance(c, fill) >= 17.9 for c in CLAIM_COLOURS for fill in script.OTHER_FILLS)
