"""The notes panel follows what the researcher looks at, and a note's target opens where it is.

The article with the caret, the claim selected across the panes, or a statement picked in the
attribution panel becomes what a note is written on; picking a note in the panel's search
opens its document, claim or statement in the comparison.
"""
from __future__ import annotations

from viewer.analysis.store import StoredAttribution
from viewer.corpus import notes
from viewer.identifiers import describe_target
from viewer.provenance.wording import claim_label
from viewer.ui.comparison_view import ComparisonView
from viewer.ui.notes_panel import NotesPanel


class NoteTargets:
    def __init__(self, comparison: ComparisonView, notes_panel: NotesPanel) -> None:
        self.comparison = comparison
        self.notes_panel = notes_panel
        comparison.claim_did_change.connect(self.claim_picked)
        comparison.current_document_did_change.connect(self.document_picked)
        notes_panel.target_requested.connect(self.open_target)

    def document_picked(self, document_id: int) -> None:
        corpus = self.notes_panel.corpus
        title = corpus.document(document_id, with_text=False).title if corpus is not None else None
        self.notes_panel.set_target("document", notes.document_key(document_id),
                                    f"d{document_id} · {title}" if title else f"d{document_id}")

    def claim_picked(self, claim_id: int | None) -> None:
        claim = self.comparison.state.claims.get(claim_id) if claim_id is not None else None
        if claim is not None and claim.mentions:
            self.notes_panel.set_target("claim", notes.claim_key(claim.id), f"{claim_label(claim.id)} {claim.named}")

    def statement_picked(self, statement: StoredAttribution) -> None:
        """Open the statement in its article, and write notes on it."""
        self.comparison.show_statement(statement.document_id, statement.content.start, statement.content.end)
        key = notes.span_key(statement.document_id, statement.content.start, statement.content.end)
        self.notes_panel.set_target("statement", key, f"{statement.shown_speaker} in d{statement.document_id}")

    def passage_picked(self, document_id: int, start: int, end: int) -> None:
        """A passage the researcher selected: write a note or tags on it (code it)."""
        key = notes.span_key(document_id, start, end)
        described = describe_target(self.notes_panel.corpus, "passage", key, claim_label).removeprefix("Passage of ")
        self.notes_panel.set_target("passage", key, described)

    def let_go_of(self, document_ids: list[int]) -> None:
        """Documents about to be removed: a note shown on one of them (or on its statement or passage) is
        saved now, while it can go with them, and the panel shows none; typed after, it would hang on nothing."""
        target = self.notes_panel.target
        if target is None:
            return
        kind, key = target
        document = int(key.lstrip("d")) if kind == "document" else (
            notes.parse_span_key(key)[0] if kind in ("statement", "passage") else None)
        if document in document_ids:
            self.notes_panel.set_target(None, None, "")

    def open_target(self, kind: str, key: str) -> None:
        """A note picked in the panel's search: show what it is on."""
        if kind == "document":
            self.comparison.add_document(int(key.lstrip("d")))
        elif kind in ("statement", "passage"):
            self.comparison.show_statement(*notes.parse_span_key(key))
        else:
            self.comparison.select_claim(notes.parse_claim_key(key))
        self.notes_panel.set_target(kind, key, describe_target(self.notes_panel.corpus, kind, key, claim_label))
