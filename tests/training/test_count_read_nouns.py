"""The read nouns: common nouns that read quoted words, counted whatever the tagger made of "read"."""
from collections import Counter

from training.count_read_nouns import counts


def test_quoted_read_subjects_are_counted():
    texts = ["\"Closed,\" the sign read.\n\nShe wore a shirt that read \"Justice.\"",
             "He read the statement aloud. \"Guilty,\" the judge read.\n\nThe letter read: \"Dear Sir.\""]
    assert counts(texts) == Counter({"sign": 1, "shirt": 1, "judge": 1, "letter": 1})
