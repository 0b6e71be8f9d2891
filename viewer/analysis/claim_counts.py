"""Each document's claims counted as the document list shows them: those it states, and those it holds only
in reports not made ("Police did not say whether the suspect was armed").

One SQL statement decides both the count a row shows and the order a sort by that column gives: sorted by a
count of every claim carried, "1 (+3)" came after "2". The rule is `spans.mostly_held` (a mention at least half
inside a report not made's cue-to-content span), written in SQL so a whole corpus is counted in one pass;
`StoredClaim.unsaid` reads the same spans in Python, and a test holds the two to the same answer."""
from __future__ import annotations

from viewer.corpus.store import Corpus

# A report not made's span, cue to content end or content to cue end, as `store.unsaid_spans` gives it
_UNSAID_START = "min(u.content_start, coalesce(u.cue_start, u.content_start))"
_UNSAID_END = "max(u.content_end, coalesce(u.cue_end, u.content_end))"
# Whether mention m is mostly held by its document's reports not made (`spans.mostly_held`)
_MOSTLY_UNSAID = (
    f'(m."end" > m.start AND 2 * (SELECT coalesce(sum(max(0, min({_UNSAID_END}, m."end") - max({_UNSAID_START}, m.start))), 0)'
    ' FROM attributions u WHERE u.document_id = m.document_id AND u.negation IS NOT NULL) >= m."end" - m.start)'
)


def counts_sql(where: str = "") -> str:
    """Rows (document_id, stated, only_unsaid) for the documents with a claim; ``where`` narrows the mentions
    read (a condition on ``m``). A claim is held only unsaid when every one of its mentions in the document is."""
    return (f"SELECT document_id, sum(NOT only_unsaid) AS stated, sum(only_unsaid) AS only_unsaid FROM"
            f" (SELECT m.document_id, m.claim_id, min({_MOSTLY_UNSAID}) AS only_unsaid FROM claim_mentions m"
            f" {('WHERE ' + where) if where else ''} GROUP BY m.document_id, m.claim_id) GROUP BY document_id")


def claim_counts(corpus: Corpus, document_id: int) -> tuple[int, int]:
    """The claims a document states, and those it holds only in reports not made: counted as one, a document's
    count disagreed with the claims table, which counts it no source of those."""
    row = corpus.db.execute(counts_sql("m.document_id = ?"), (document_id,)).fetchone()
    return (row[1], row[2]) if row else (0, 0)
