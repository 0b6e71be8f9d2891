"""A hand link that merges two claims says so: on BASIL a link of d7's and d15's leads made claim [58] take in
claim [34], which left the claims table while the status bar said only "Linked a passage of d7 to one of d15"."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor

from viewer.analysis import store
from viewer.analysis.closest_passages import closest_passages


def _select(window, passages) -> None:
    """Select each passage in its article's pane, as the researcher drags over the words."""
    for document, start, end in passages:
        view = window.comparison.pane(document).text_view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions(start))
        cursor.setPosition(view.positions(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)


def _two_claims_of_two_sources(corpus):
    """Two claims both carried by the same two articles: linking one's passage to the other's merges them."""
    claims = store.claims(corpus)
    for first in claims:
        for second in claims:
            shared = sorted(set(first.documents()) & set(second.documents()))
            if first.id < second.id and len(shared) >= 2:
                return first, second, shared[:2]
    raise AssertionError("the sample has two claims of the same two articles")


def test_a_link_that_merges_two_claims_names_them_in_the_status_and_in_undo(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    first, second, (one, other) = _two_claims_of_two_sources(sample_corpus)
    w.comparison.set_documents([one, other])
    a, b = first.mentions_in(one)[0], second.mentions_in(other)[0]
    _select(w, [(a.document, a.start, a.end), (b.document, b.start, b.end)])
    w.actions["edit.link_passages"].trigger()
    changes = finish(w)
    merged = changes.select_claim
    assert merged in (first.id, second.id)
    gone = ({first.id, second.id} - {merged}).pop()
    assert gone not in store.claim_ids(sample_corpus), "the link made the two claims one"
    said = w.statusBar().currentMessage()
    assert f"claims [{first.id}] and [{second.id}] are now one claim [{merged}]" in said, said
    w.actions["edit.undo"].trigger()
    took_back = finish(w).summary
    assert took_back.startswith(f"Took back: Linked a passage of d{one} to one of d{other}: claims [{first.id}] and"
                                f" [{second.id}] are now one claim [{merged}]"), took_back
    assert {first.id, second.id} <= set(store.claim_ids(sample_corpus))


def test_a_passage_linked_to_a_lit_one_is_said_to_join_its_claim(qtbot, sample_corpus, shown_window, finish):
    w = shown_window(sample_corpus)
    claim = next(c for c in store.claims(sample_corpus) if "1,000 Ukrainian" in c.label)
    silent = next(d for d in sample_corpus.document_ids()
                  if not claim.mentions_in(d) and closest_passages(sample_corpus, claim, d))
    w.comparison.set_documents([*claim.documents(), silent])
    best = closest_passages(sample_corpus, claim, silent)[0]
    lit = claim.mentions_in(claim.documents()[0])[0]
    _select(w, [(lit.document, lit.start, lit.end), (silent, best.start, best.end)])
    w.actions["edit.link_passages"].trigger()
    changes = finish(w)
    said = w.statusBar().currentMessage()
    assert changes.select_claim == claim.id
    assert said.startswith(f"Linked a passage of d{lit.document} to one of d{silent}: a passage of d{silent} joined"
                           f" claim [{claim.id}]"), said
