"""bench/day_acts.py pairs two reports' sentences naming days that cannot be one, and tells whether they state one act."""
from __future__ import annotations

from viewer.analysis.model import Claim, Mention


def test_day_sentences_keep_sentences_naming_one_day(bench_script):
    acts = bench_script("day_acts")
    item = {"title": "Man shot in Riverton on Sunday",
            "text": "A man was shot early Sunday outside a Riverton bar. He was arrested Tuesday and charged Wednesday. "
                    "Police asked anyone with information to call."}
    read = [(s, t.text) for s, t in acts.day_sentences(item)]
    assert read == [("Man shot in Riverton on Sunday", "Sunday"),
                    ("A man was shot early Sunday outside a Riverton bar.", "early Sunday")]


def test_content_leaves_out_weekdays_and_short_words(bench_script):
    acts = bench_script("day_acts")
    assert acts.content("The Riverton shooting happened Sunday at the bar.") == {"riverton", "shooting", "happened"}


def test_line_pairs_finds_the_claim_mention_a_short_line_mention_lies_in(bench_script):
    pairs = bench_script("line_pairs")
    whole = Mention(1, 10, 60, "x" * 50)
    claim = Claim("x", [Mention(2, 0, 30, "y" * 30), whole])
    assert pairs.holder(Mention(1, 20, 27, "Tuesday"), claim) == whole
    assert pairs.holder(Mention(1, 55, 70, "z" * 15), claim) is None
