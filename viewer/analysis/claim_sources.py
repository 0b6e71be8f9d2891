"""The researcher's word on which articles carry a claim, and which claim of the present analysis each stands for.

A `NotCarried` ("d3 does not carry claim [7]") or `Carries` ("this passage of d3 carries it") names its claim
by the id it had, its wording, and its passages in the other sources then. Relinking renumbers nothing it
can keep (`claims.identity`), yet a re-analysis can still unmake a claim: its passages no longer link, or
land in several claims. So the claim a correction stands for now is found by the rule ids are carried by
(at least half of its passages held, overlapping, by one claim, the one holding most first, the recorded id
on a tie), never by the id alone. When no claim holds them, the correction is kept and said not to apply:
it still keeps the article from those passages should they link again, and it is never shown on another claim.
"""
from __future__ import annotations

from dataclasses import dataclass

from viewer.analysis import store
from viewer.analysis.corrections import Carries, NotCarried, overlay
from viewer.analysis.model import Mention
from viewer.corpus.store import Corpus

SourceCorrection = NotCarried | Carries


@dataclass(frozen=True)
class SourceJudgement:
    """One correction in force, when it was made, and the claim it stands for now (None: no claim does)."""

    correction: SourceCorrection
    made: str
    claim: int | None

    @property
    def applies(self) -> bool:
        return self.claim is not None

    @property
    def document(self) -> int:
        return self.correction.document

    @property
    def carried(self) -> bool:
        return isinstance(self.correction, Carries)

    def said(self) -> str:
        """What the researcher said, in a few words: "d2 does not carry claim [7]"."""
        return (f"d{self.document} carries claim [{self.correction.claim}]" if self.carried
                else f"d{self.document} does not carry claim [{self.correction.claim}]")

    def describe(self) -> str:
        """What the researcher said and where it stands now, in one sentence."""
        said = self.said()
        wording = f" “{self.correction.label}”" if self.correction.label else ""
        if self.claim is None:
            left = {p[0] for p in self.correction.anchors}
            if len(left) == 1 and not self.carried:
                return (f"{said}{wording}: not applying — the claim is left with d{left.pop()} alone, so it is no"
                        " longer linked (kept, and applied again should another source join it)")
            return (f"{said}{wording}: not applying — the present analysis has no claim holding the passages it named"
                    " (kept, and applied again should they link)")
        moved = f" (now claim [{self.claim}])" if self.claim != self.correction.claim else ""
        return f"{said}{wording}{moved}"


def judgements(corpus: Corpus) -> list[SourceJudgement]:
    """Every whole-article correction still in force (a later one on the same article and claim replaces the
    earlier), in the order made, each with the claim it stands for now."""
    dated = store.dated_corrections(corpus)
    fixes = overlay(c for c, _made in dated)
    in_force = {id(c) for c in [*fixes.not_carried.values(), *fixes.carried.values()]}
    kept = [(c, made) for c, made in dated if id(c) in in_force]
    if not kept:
        return []
    holders = store.claims_at(corpus, [Mention(*p, "") for c, _m in kept for p in c.anchors])
    sizes = store.mention_counts(corpus, sorted({k for found in holders.values() for k in found}))
    return [SourceJudgement(c, made, store.claim_holding(c.anchors, c.claim, holders, sizes)) for c, made in kept]


def not_carried(corpus: Corpus, document_ids: list[int] | None = None,
                made: list[SourceJudgement] | None = None) -> dict[tuple[int, int], SourceJudgement]:
    """(document, claim now) → the researcher's word that the document does not carry it, for those that apply
    (of these documents): what the panes, the claims table and the reports say instead of "not found".
    ``made``: `judgements` already read, when the caller needs them all too."""
    return {(j.document, j.claim): j for j in (judgements(corpus) if made is None else made)
            if not j.carried and j.applies and (document_ids is None or j.document in document_ids)}


def judged_out(corpus: Corpus, document_id: int, claim: int) -> NotCarried | None:
    """The researcher's word in force that this document does not carry the claim recorded under this id, applying
    or not: what "this passage carries it" takes back even once the claim is gone."""
    for j in judgements(corpus):
        if not j.carried and j.document == document_id and j.correction.claim == claim:
            return j.correction
    return None


def compared(corpus: Corpus | None, document_ids: list[int],
             made: list[SourceJudgement] | None = None) -> tuple[list[int], dict[tuple[int, int], SourceJudgement]]:
    """The claims a comparison or an export of these articles shows, in corpus order: those two or more of them
    carry, or one carries in two languages (its words and their rendering), and those one carries that the
    researcher judged another not to carry (so the correction shows where it was made); and those judgements,
    by (document, claim). Panes, claims table and reports read them here."""
    if corpus is None or not document_ids:
        return [], {}
    shared = store.claim_ids(corpus, document_ids)
    judged = not_carried(corpus, document_ids, made)
    more = sorted({claim_id for _d, claim_id in judged} - set(shared))
    carried = [c.id for c in store.claims(corpus, more) if any(d in document_ids for d in c.documents())] if more else []
    return sorted([*shared, *carried]), judged
