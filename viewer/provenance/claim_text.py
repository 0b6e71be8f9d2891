"""A claim as a researcher pastes it into notes or a report: its wording in each source, each source named and
dated, the compared articles in which no passage was linked to it, and how the sources differ.

The claims table shows a claim's label cut to its column; Ctrl+C there copied that cell alone ("A Florida man was
arrested on Tuesday after police said that he accidentally shot and…"), with no source. Plain text, one claim a
paragraph, so it reads the same in a note, an e-mail or a word processor.
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis.store import StoredClaim
from viewer.corpus import publication
from viewer.corpus.store import Corpus
from viewer.provenance.discrepancy_words import sides_of, source_name, with_kind
from viewer.provenance.plain_text import quoted
from viewer.provenance.wording import cited_date, claim_label

NOT_LINKED = "no passage linked (the analysis found none that states it; it may be worded differently)"


def claims_with_sources(corpus: Corpus, claims: Sequence[StoredClaim], compared: Sequence[int] = ()) -> str:
    """Each claim with its sources (`claim_with_sources`), a blank line between them."""
    return "\n\n".join(claim_with_sources(corpus, claim, compared) for claim in claims)


def claim_with_sources(corpus: Corpus, claim: StoredClaim, compared: Sequence[int] = ()) -> str:
    """"[3] label", then a line per mention: "  BNR (d1), 2022-04-13: “words”" (dated as its pane's header dates it); the ``compared`` articles that hold
    no mention of it (when one of them does); and each discrepancy, its sources named."""
    documents = corpus.documents_by_id(sorted({*claim.documents(), *compared, *sides_of(claim.discrepancies)}),
                                       with_text=False)
    names = {d: source_name(doc) for d, doc in documents.items()}
    datings = publication.datings(corpus, sorted(documents))

    def dated(document_id: int) -> str:
        name = names.get(document_id, f"d{document_id}")
        return f"{name}, {cited_date(datings[document_id])}" if document_id in datings else name

    lines = [f"{claim_label(claim.id)} {claim.named}"]
    for mention in sorted(claim.mentions, key=lambda m: (m.document, m.start)):
        unsaid = " (in a report not made: its source did not say it)" if mention.document in claim.unsaid else ""
        lines.append(f"  {dated(mention.document)}{unsaid}: {quoted(mention.text)}")
    # the compared articles that do not carry it, when some do: of a claim none of them carries (the table listing
    # every claim of the corpus) all would be named, which says nothing
    silent = [d for d in compared if not claim.mentions_in(d)] if any(claim.mentions_in(d) for d in compared) else []
    if silent:
        lines.append(f"  {'; '.join(names.get(d, f'd{d}') for d in silent)}: {NOT_LINKED}")
    lines += [f"  ≠ {with_kind(discrepancy, names)}" for discrepancy in claim.discrepancies]
    return "\n".join(lines)
