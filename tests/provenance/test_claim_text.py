"""A claim copied as text (the claims table's Ctrl+C): every source's wording whole, the compared articles without
it, the discrepancies; on the made-up rescue reports."""
from __future__ import annotations

from viewer.analysis import store
from viewer.provenance.claim_text import NOT_LINKED, claim_with_sources


def _claims(corpus):
    return list(store.claims(corpus, store.claim_ids(corpus)))


def test_a_claim_names_each_source_and_the_compared_article_that_lacks_it(rescue_corpus):
    documents = sorted(rescue_corpus.document_ids())
    claim = next(c for c in _claims(rescue_corpus) if len(c.documents()) >= 2 and len(c.documents()) < len(documents))
    lacking = next(d for d in documents if not claim.mentions_in(d))
    text = claim_with_sources(rescue_corpus, claim, [*claim.documents(), lacking])
    assert text.startswith(f"[{claim.id}] {claim.named}\n")
    for mention in claim.mentions:
        assert " ".join(mention.text.split()) in text and f"(d{mention.document})" in text
    assert f"(d{lacking}): {NOT_LINKED}" in text
    assert len(text.split("≠ ")) - 1 == len(claim.discrepancies)


def test_a_claim_no_compared_article_carries_names_none_of_them_as_lacking_it(rescue_corpus):
    documents = sorted(rescue_corpus.document_ids())
    claim = next(c for c in _claims(rescue_corpus) if len(c.documents()) < len(documents))
    others = [d for d in documents if not claim.mentions_in(d)]
    assert NOT_LINKED not in claim_with_sources(rescue_corpus, claim, others)


def test_a_source_its_text_dates_is_cited_with_that_date_as_its_pane_header_gives_it(sample_and_wire):
    """The copy cited the stored date alone: d5, dated by its text, went undated beside a header reading
    "2022-05-18 (text, estimated)"."""
    from viewer.corpus import publication
    from viewer.provenance.wording import cited_date

    datings = publication.datings(sample_and_wire)
    claim = next(c for c in _claims(sample_and_wire)
                 if any(datings[m.document].date_from == "text" and not datings[m.document].undated for m in c.mentions))
    text = claim_with_sources(sample_and_wire, claim)
    for mention in claim.mentions:
        assert f"(d{mention.document}), {cited_date(datings[mention.document])}: " in text
    assert any(datings[m.document].date_from == "text" and f"(d{m.document}), 2022-" in text for m in claim.mentions)
