"""bench/detail_readings.py: the three text readings of two details of one thing, and their count by verdict."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("reading, a, b, fires", [
    ("part", "Three of the victims were shot in the leg.", "One woman and four men were shot.", True),
    ("part", "10 of the victims were treated.", "10 people were treated and released.", False),  # the figure is shared
    ("ordinal", "It is the first new drug in nearly two decades.", "It is the first treatment to attack the disease.",
     True),
    ("ordinal", "She became the first female governor of the state.", "She is the state's first governor.", False),
    ("unknown", "It is unclear how many people were injured.", "At least 20 people were injured.", True),
    ("unknown", "It is unclear how many people were injured.", "It is not known how many people were hurt.", False),
])
def test_each_reading_fires_on_its_shape(bench_script, reading, a, b, fires):
    readings = bench_script("detail_readings").READINGS
    assert readings[reading](a, b) == fires


def test_the_judged_links_are_counted_by_verdict_and_reading(bench_script, tmp_path, judged_file, set_document):
    readings = bench_script("detail_readings")
    a = set_document("1_a.txt", "It is unclear how many people were injured.")
    b = set_document("1_b.txt", "At least 20 people were injured.")
    judged = judged_file([["gvaT", "1_a.txt", 0, len(a), "1_b.txt", 0, len(b), "W", "another detail of the incident"]])
    assert readings.counts(tmp_path, None, [judged], show=False) == ["judged Wd 1", "part ", "ordinal ", "unknown Wd 1"]
