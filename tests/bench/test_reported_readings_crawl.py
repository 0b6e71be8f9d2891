"""bench/reported_readings_crawl.py counts the bare sentences of crawl pairs that tell someone's reading."""
from __future__ import annotations


def test_each_bare_sentence_is_counted_once_and_kept_with_its_first_partner_when_it_tells_a_reading(bench_script):
    crawl = bench_script("reported_readings_crawl")
    found = [("none", "Investigators believe the boy was shot by his cousin.", "The boy was shot, police said.", "police"),
             ("none", "Investigators believe the boy was shot by his cousin.", "His cousin shot him, police said.", "police"),
             ("none", "The boy was taken to a hospital in Dayton.", "He was taken to a hospital, police said.", "police")]
    assert crawl.reading_pairs(found) == (2, [("Investigators believe the boy was shot by his cousin.",
                                               "The boy was shot, police said.")])
