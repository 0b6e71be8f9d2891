"""What a comparison lights: the claims shared by the open articles, their colours and numbers.

Plain Python (no widgets), so the same colour and number reach every pane, the claims table
and the tests from one place.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from viewer.analysis import claim_sources, store
from viewer.analysis.claim_sources import SourceJudgement
from viewer.analysis.model import Mention
from viewer.analysis.store import StoredClaim
from viewer.corpus.store import Corpus
from viewer.export.palette import BOILERPLATE_TEXT as BOILERPLATE_GREY
from viewer.export.palette import DISCREPANCY_MARK, assign_colours

STATEMENT_TINT = "#E3D7F0"
UNSAID_TINT = "#EDEDED"  # the words of a report not made ("did not say whether…"): no statement's tint
CLOSEST_TINT = "#E4E4E4"  # a passage near a claim but not linked to it: grey, never a claim's colour
FOUND_TINT = "#2E2A7A"  # the words a search found: dark behind white, as no claim's light colour is


def tint(hex_colour: str, amount: float = 0.3) -> str:
    """The colour mixed with white: light enough to read black text on."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


@dataclass(frozen=True)
class LitMention:
    """One mention to light in one pane."""

    claim_id: int
    colour: str
    start: int
    end: int
    differs: bool
    explanation: str
    rendering: str = ""  # "Russian": the claim's words rendered in another language, beside the mention it renders


class ComparisonState:
    """The open articles, the claims at least two of them carry, and those one carries that the researcher
    judged another open article not to carry (so the correction shows where it was made, and stays true)."""

    def __init__(self, corpus: Corpus | None, document_ids: list[int], keep: Mapping[int, str] | None = None) -> None:
        """``keep``: the colours the view showed before (a correction, an article opened or closed), which
        the claims still shown keep: a correction recoloured every claim after the one it touched."""
        self.document_ids = list(document_ids)
        # read once for the whole redraw: the claims table and its note of stranded corrections take them from here
        self.judgements: list[SourceJudgement] = claim_sources.judgements(corpus) if corpus is not None else []
        ids, self.not_carried = claim_sources.compared(corpus, self.document_ids, self.judgements)
        self.claims: dict[int, StoredClaim] = {c.id: c for c in store.claims(corpus, ids)} if ids else {}
        self.colours = assign_colours({
            d: [(c.id, m.start) for c in self.claims.values() for m in c.mentions_in(d)] for d in self.document_ids},
            keep=keep)

    def colour(self, claim_id: int) -> str:
        return self.colours[claim_id]

    def carries(self, document_id: int, claim_id: int) -> bool:
        claim = self.claims.get(claim_id)
        return bool(claim and claim.mentions_in(document_id))

    def lit(self, document_id: int) -> list[LitMention]:
        """The mentions to light in one article, in reading order."""
        out = []
        for claim in self.claims.values():
            explanations = [d.explanation for d in claim.discrepancies
                            if any(m.document == document_id for m in d.mentions)]
            for m in claim.mentions_in(document_id):
                differs = any(
                    (m.document, m.start, m.end) == (x.document, x.start, x.end)
                    for d in claim.discrepancies for x in d.mentions
                ) or bool(explanations)
                out.append(LitMention(claim.id, self.colour(claim.id), m.start, m.end, differs, "\n".join(explanations),
                                      claim.rendered_in(m)))
        return sorted(out, key=lambda lit: (lit.start, lit.claim_id))

    def judged_out(self, document_id: int, claim_id: int) -> SourceJudgement | None:
        """The researcher's word that this open article does not carry the claim, if they gave it."""
        return self.not_carried.get((document_id, claim_id))

    def elsewhere(self, claim_id: int, document_id: int) -> list[Mention]:
        """The claim as the other open articles word it (for the hover card)."""
        claim = self.claims.get(claim_id)
        if claim is None:
            return []
        return [m for m in claim.mentions if m.document != document_id and m.document in self.document_ids]

    def unlinked(self, claim_id: int) -> list[int]:
        """The open articles with no passage linked to the claim (not the same as silent on it), but those the
        researcher judged not to carry it (`judged_out_of`)."""
        return [d for d in self.document_ids if not self.carries(d, claim_id) and not self.judged_out(d, claim_id)]

    def judged_out_of(self, claim_id: int) -> list[int]:
        """The open articles the researcher judged not to carry the claim."""
        return [d for d in self.document_ids if self.judged_out(d, claim_id)]

    def order_in(self, document_id: int) -> list[int]:
        """Claim ids in the order an article first mentions them (the F3 order)."""
        seen: list[int] = []
        for lit in self.lit(document_id):
            if lit.claim_id not in seen:
                seen.append(lit.claim_id)
        for claim_id in sorted(self.claims):
            if claim_id not in seen:
                seen.append(claim_id)
        return seen
