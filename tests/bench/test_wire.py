"""bench/bench_wire.py: generated articles of which a share run the same wire lines, and corpora of the first of them."""
from __future__ import annotations

from viewer.corpus.store import Corpus


def test_one_article_in_wire_every_runs_the_wire_lines_before_its_sign_off(bench_script):
    script = bench_script("bench_wire")
    articles = [script.wire_article(seed) for seed in range(12)]
    wired = [seed for seed, text in enumerate(articles) if all(line in text for line in script.WIRE_LINES)]
    assert wired == list(range(0, 12, script.WIRE_EVERY))
    for seed, text in enumerate(articles):
        plain = script.article(seed)
        assert text.split("\n\n")[-1] == plain.split("\n\n")[-1]  # the agency's sign-off stays last
        assert (text == plain) == (seed not in wired)
        assert text.count(script.WIRE_LINES[0]) == (seed in wired)


def test_a_smaller_corpus_is_the_first_articles_of_the_analysed_one(bench_script, tmp_path):
    script = bench_script("bench_wire")
    with script.fill(tmp_path / "whole.corpus", 9, script.wire_article):
        pass
    script.first_articles(tmp_path / "whole.corpus", 4, tmp_path / "first.corpus")
    with Corpus(tmp_path / "first.corpus", create=False) as corpus:
        kept = corpus.db.execute("SELECT id, text FROM documents ORDER BY id").fetchall()
    assert kept == [(i + 1, script.wire_article(i)) for i in range(4)]
