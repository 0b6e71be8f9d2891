"""Entities read from bounds kept once per document give what spaCy's own ``Doc.ents`` and
``Span.ents`` give, for every window of a parse (units ask once per clause)."""
from __future__ import annotations

from viewer.analysis.claims.dates import dates_within
from viewer.analysis.nlp import entity_bounds, written_alike
from viewer.analysis.speakers.nameless import lower_case_words, lower_elsewhere

ARTICLE = ("Police said Marcus Delaney, 32, was shot on June 3, 2012 near Main Street in Dallas. "
           "On Monday, March 4, the Dallas County medical examiner named him. Authorities said the "
           "suspect fled to Fort Worth on Tuesday night; authorities in Texas are searching for him.")


def test_bounds_are_the_documents_entities(parsed):
    doc = parsed(ARTICLE).doc
    assert entity_bounds(doc) == tuple((e.start, e.end, e.label_, e.start_char, e.end_char) for e in doc.ents)
    assert any(label == "DATE" for _s, _e, label, _f, _l in entity_bounds(doc))


def test_the_tokens_written_alike_are_those_the_whole_document_gives(parsed):
    doc = parsed(ARTICLE).doc
    for token in doc:
        assert [t.i for t in written_alike(token)] == [t.i for t in doc if t.text == token.text]


def test_dates_within_every_window_are_the_spans_date_entities(parsed):
    """Windows that cut a date in two ("June 3, 2012") keep neither half, as Span.ents does."""
    doc = parsed(ARTICLE).doc
    windows = [(start, end) for start in range(0, len(doc), 3) for end in range(start, len(doc) + 1, 2)]
    for start, end in windows:
        window = doc[start:end]
        expected = [(e.start, e.end) for e in window.ents if e.label_ == "DATE"]
        assert [(e.start, e.end) for e in dates_within(window)] == expected, (start, end)


def test_a_sentence_opener_is_lower_case_elsewhere_only_if_the_article_writes_it_so(parsed):
    doc = parsed(ARTICLE).doc
    openers = {t.text: t for t in doc if t.is_sent_start and t.text[:1].isupper()}
    assert lower_elsewhere(openers["Authorities"])
    assert not lower_elsewhere(openers["Police"])
    assert "authorities" in lower_case_words(doc) and "Authorities" not in lower_case_words(doc)
