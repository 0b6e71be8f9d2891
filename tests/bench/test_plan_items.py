"""bench/plan_items.py: the readings of items and parts of one plan that session 75 counted and refused, on made-up
sentences."""
from __future__ import annotations

import pytest

from viewer.analysis.nlp import english


@pytest.fixture(scope="module")
def parsed():
    nlp = english()
    return lambda text: nlp(text)[:]


def test_a_document_s_terms_are_told_by_its_subject_and_tense(bench_script, parsed):
    items = bench_script("plan_items")
    assert items.tells_content(parsed("The Marlow law bans fireworks after midnight."))
    assert items.tells_content(parsed("The rules would not apply to civil unions."))
    assert not items.tells_content(parsed("A court let Marlow resume its ban on fireworks."))
    assert not items.tells_content(parsed("The law was signed on Friday."))


def test_one_noun_scoped_by_two_places(bench_script, parsed):
    items = bench_script("plan_items")
    us = parsed("The fund slashes its US growth forecast.")
    assert items.scoped_apart(parsed("The fund cuts its global growth forecast."), us)
    assert not items.scoped_apart(parsed("The fund cuts its US growth forecast."), us)


def test_sums_written_as_a_part_of_another(bench_script, tmp_path):
    items = bench_script("plan_items")
    docs = tmp_path / "sets" / "basilZ" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text("They want $506 billion of their nearly $1 trillion offer for roads.", encoding="utf-8")
    blind = tmp_path / "sets" / "roundupZ" / "docs"  # a NeuS probe draw no readable judged file names
    blind.mkdir(parents=True)
    (blind / "b.txt").write_text("It spends $2 million of the $5 million grant.", encoding="utf-8")
    assert items.part_counts(tmp_path) == ["1 sets: $506 billion of their nearly $1 trillion"]
