"""bench/court_appearances.py: appearances in court told apart from other appearances by the court words."""
from __future__ import annotations


def test_appearances_are_filed_by_a_court_word_after_them(bench_script):
    counter = bench_script("court_appearances")
    texts = ["Smith appeared in Stamford Superior Court on Monday. He appears in good health.",
             "The teen appeared before a juvenile magistrate Wednesday night.",
             "A man appeared at the rear passenger door and fired."]
    with_court, others = counter.count(texts)
    assert with_court == 2
    assert others == ["appears in good health", "appeared at the rear passenger door and fired"]
