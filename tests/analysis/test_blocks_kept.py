"""A hand link relinks the whole corpus, but compares what the link before compared: the blocks of candidate pairs
verified by one relink are kept for the next (0.59 → 0.37 s CPU a warm link on 60 BASIL articles, bench_hand_link),
and what they give is what verifying them again gives."""
from __future__ import annotations

import dataclasses

import pytest

from viewer.analysis import store
from viewer.analysis.claims import blocks, linking
from viewer.analysis.corrections import Link, overlay, passage_of
from viewer.analysis.pipeline import relink


@pytest.fixture
def verified(monkeypatch) -> list:
    """The blocks `verify_block` verifies from here on, with nothing kept from before."""
    seen = []
    real = blocks.verify_block

    def counting(block):
        seen.append(block)
        return real(block)

    monkeypatch.setattr(blocks, "verify_block", counting)
    monkeypatch.setattr(blocks, "_VERIFIED", {})
    return seen


def _claims(corpus) -> list[tuple]:
    return [(c.label, c.mentions, c.discrepancies) for c in store.claims(corpus)]


def test_a_relink_verifies_only_the_blocks_it_has_not_verified(sample_corpus, verified, monkeypatch):
    relink(sample_corpus)
    first = len(verified)
    assert first > 0
    one, other = store.claims(sample_corpus)[:2]
    link = Link(passage_of(one.mentions[0]), passage_of(other.mentions[-1]))
    store.record_correction(sample_corpus, link)
    relink(sample_corpus)
    assert len(verified) == first, "the link's relink verified its blocks again"
    kept = _claims(sample_corpus)
    monkeypatch.setattr(blocks, "_VERIFIED", {})
    relink(sample_corpus, overlay(store.corrections(sample_corpus)))
    assert len(verified) == 2 * first
    assert _claims(sample_corpus) == kept


def test_a_block_verified_with_one_model_is_verified_again_with_another(sample_corpus, verified, monkeypatch):
    """A fit tries many models on the same blocks: a kept block answers only for the weights it was verified with."""
    monkeypatch.setattr(blocks, "id", lambda _: 0, raising=False)  # CPython gives a dropped model's id to the next
    relink(sample_corpus)
    first = len(verified)
    shipped = linking.fitted()
    stricter = dataclasses.replace(shipped, pair=dataclasses.replace(shipped.pair, threshold=shipped.pair.threshold + 0.05))
    monkeypatch.setattr(linking, "fitted", lambda: stricter)
    relink(sample_corpus)
    assert len(verified) == 2 * first
