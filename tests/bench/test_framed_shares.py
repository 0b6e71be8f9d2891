"""bench/framed_shares.py: the framing reading widened to subordinate clauses, which session 71 counted and refused,
read on two made-up reports whose shared words one of them holds only in a "when" clause."""
from __future__ import annotations

from viewer.analysis.claims import framing
from viewer.analysis.nlp import english

_WHEN = ("Paterson said Hochul will be well suited for the job when she replaces Governor Andrew Cuomo after his "
         "resignation.")
_STATED = "Hochul replaces Governor Andrew Cuomo after his resignation."


def _parted(shares, monkeypatch, kinds: str | None) -> int:
    if kinds:
        monkeypatch.setattr(framing, "_framing", shares.clause_framing(kinds))
    nlp = english()
    return len(shares.close_pairs([nlp(_WHEN), nlp(_STATED)], 2))


def test_words_shared_only_in_a_when_clause_are_framed_by_the_temporal_reading(bench_script, monkeypatch):
    assert _parted(bench_script("framed_shares"), monkeypatch, "temporal") == 1


def test_the_built_and_the_relative_readings_leave_a_when_clause_stated(bench_script, monkeypatch):
    shares = bench_script("framed_shares")
    assert _parted(shares, monkeypatch, None) == 0
    assert _parted(shares, monkeypatch, "relative") == 0


_TOLD = "Dr. Ann Marlow told podcast host Tom Pell that the network should not have mocked his treatment."


_BUILT = framing._framing


def _parted_with(shares, monkeypatch, other: str, fronted: bool) -> int:
    monkeypatch.setattr(framing, "_framing", _BUILT)
    monkeypatch.setattr(shares, "_CRAWL_WORDS", ())
    shares._add_words(["after"], fronted)
    nlp = english()
    return len(shares.close_pairs([nlp(_TOLD), nlp(other)], 2))


def test_an_added_word_frames_only_an_opening_phrase_when_fronted(bench_script, monkeypatch):
    shares = bench_script("framed_shares")
    opening = "After a long interview with Dr. Ann Marlow on his podcast, host Tom Pell said he is not against vaccines."
    closing = "Host Tom Pell said he is not against vaccines after a long interview with Dr. Ann Marlow on his podcast."
    assert _parted_with(shares, monkeypatch, opening, fronted=True) == 1
    assert _parted_with(shares, monkeypatch, closing, fronted=True) == 0
    assert _parted_with(shares, monkeypatch, closing, fronted=False) == 1
