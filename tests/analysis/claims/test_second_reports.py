"""A speaker's second report in one sentence ("…, Kempthorne said, adding that …") as its own claim unit, through the
whole analysis: the claim lights the second report's passage, and the statement it came in carries it."""
from __future__ import annotations

from viewer.analysis import store
from tests.conftest import analysed_corpus

REPORTS = {
    "a.txt": "Wildlife rules eased\n\nThe Interior Department changed the Endangered Species Act rules on Thursday.\n\n"
             "“The rule strengthens the regulations so the government can focus on protecting endangered species, ” "
             "Kempthorne said, adding that agencies can bypass a review by the Fish and Wildlife Service only in specific "
             "and limited instances.\n",
    "b.txt": "Species act rules changed\n\nThe Interior Department announced changes to the Endangered Species Act rules "
             "on Thursday.\n\nUnder the new rules, agencies can bypass a review by the Fish and Wildlife Service in "
             "limited instances, the department said.\n",
    "c.txt": "Interior rewrites species rules\n\nInterior Secretary Dirk Kempthorne changed the Endangered Species Act "
             "rules on Thursday.\n\nFederal agencies can now skip a review by the Fish and Wildlife Service in specific "
             "and limited instances.\n",
}


def test_the_second_report_is_lit_alone_and_carried_by_its_own_statement(tmp_path):
    with analysed_corpus(tmp_path / "reports", REPORTS) as corpus:
        claims = store.claims(corpus, store.claim_ids(corpus))
        review = next(c for c in claims if any("bypass a review" in m.text for m in c.mentions))
        first = next(m for m in review.mentions if m.document == 1)
        assert first.text == ("adding that agencies can bypass a review by the Fish and Wildlife Service only in specific "
                              "and limited instances.")
        assert {m.document for m in review.mentions} == {1, 2, 3}
        said = {a.id: corpus_text(corpus, a.document_id)[a.content.start:a.content.end]
                for a in store.attributions(corpus, 1)}
        carrying = store.statements_carrying(corpus, [review.id])
        assert {said[k] for k in carrying if k in said} == {
            "agencies can bypass a review by the Fish and Wildlife Service only in specific and limited instances"}


def corpus_text(corpus, document_id: int) -> str:
    return corpus.db.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
