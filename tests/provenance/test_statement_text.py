"""A statement cited as text (the attribution panel's Ctrl+C), on the sample corpus: the speaker as resolved
across the corpus with the article's own spelling, a report not made said before its words."""
from __future__ import annotations

from dataclasses import replace

from viewer.analysis import store
from viewer.provenance.statement_text import statements_cited


def _speakers(corpus):
    return {s.id: s for s in store.speakers(corpus, None, None)}


def test_a_speaker_spelled_otherwise_in_the_article_is_cited_by_the_resolved_name_and_the_articles(sample_corpus):
    speakers = _speakers(sample_corpus)
    a = next(a for a in store.attributions(sample_corpus) if a.speaker_id in speakers and a.speaker_name
             and a.speaker_name.casefold() != speakers[a.speaker_id].name.casefold())
    first = statements_cited(sample_corpus, [(a, speakers[a.speaker_id])]).split("\n")[0]
    assert first.startswith(f"{speakers[a.speaker_id].name} (") and f"named “{a.speaker_name}” here" in first


def test_a_report_not_made_says_so_before_the_words_and_an_unnamed_source_is_named_as_the_article_does(
        sample_corpus):
    a = next(a for a in store.attributions(sample_corpus) if a.speaker_id is None)
    text = statements_cited(sample_corpus, [(replace(a, negation="negated"), None)])
    first = text.split("\n")[0]
    assert first.startswith(f"{a.shown_speaker} — ") and first.count("did not say") == 1 and "did not say" in first
