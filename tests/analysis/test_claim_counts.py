"""A document's claim counts (`store.claim_counts`, SQL) agree with the claims as the claims table reads them
(`StoredClaim.unsaid`, Python): the document list's count and its sort must say what the claims table says."""
from __future__ import annotations

import pytest

from viewer.analysis import store


def _counts_from_claims(corpus) -> dict[int, tuple[int, int]]:
    out: dict[int, list[int]] = {}
    for claim in store.claims(corpus):
        for document in {m.document for m in claim.mentions}:
            out.setdefault(document, [0, 0])[document in claim.unsaid] += 1
    return {document: tuple(pair) for document, pair in out.items()}


@pytest.mark.parametrize("name", ["unsaid_corpus", "sample_corpus"])
def test_the_counts_agree_with_the_claims_table(request, name):
    corpus = request.getfixturevalue(name)
    expected = _counts_from_claims(corpus)
    assert {d: store.claim_counts(corpus, d) for d in expected} == expected
    if name == "unsaid_corpus":
        assert expected == {1: (2, 0), 2: (1, 1), 3: (1, 1)}


def test_the_chief_s_report_withheld_leaves_d1_stating_only_the_jail(unsaid_corpus):
    (chief,) = store.attributions(unsaid_corpus, document_id=1)
    unsaid_corpus.db.execute("UPDATE attributions SET negation = 'withheld' WHERE id = ?", (chief.id,))
    assert store.claim_counts(unsaid_corpus, 1) == (1, 1)
    assert _counts_from_claims(unsaid_corpus)[1] == (1, 1)


def test_the_browser_sorts_by_the_claims_stated_then_those_held_only_unsaid(unsaid_corpus):
    assert store.browse_document_ids(unsaid_corpus, "claims") == [2, 3, 1]
    assert store.browse_document_ids(unsaid_corpus, "claims", descending=True) == [1, 2, 3]
    assert sorted(store.browse_document_ids(unsaid_corpus, "attributions")) == [1, 2, 3]  # a one-key order still runs
