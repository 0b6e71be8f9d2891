"""How reports join pieces of text: only the parts that are known, one full stop, each id once.

Labels and quoted passages arrive with their own punctuation ("… 47 women.", "… the…"); a
report that adds its own after them prints "women.. Also".
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

from viewer.provenance.plain_text import quoted

_ENDINGS = (".", "!", "?", "…", ".”", "!”", "?”", "…”", '."', ".’")


NOT_FOUND = "not found"  # a claim no passage of the source was linked to: the linker may have missed it
NOT_FOUND_LEGEND = ("not found: the analysis linked no passage of the source to the claim, which does not mean "
                    "the source is silent (it may word the claim differently); where a passage comes close, "
                    "its opening words follow, to read before concluding")


NOT_CARRIED = "not carried"  # the researcher judged that the source does not carry the claim: a correction, kept
NOT_CARRIED_LEGEND = ("not carried: the researcher judged that the source does not carry the claim (a correction, which "
                      "every analysis keeps: no passage of the source joins the claim)")
UNSAID_HERE = "report not made"  # the source holds the claim only in a report not made ("did not say whether…")
UNSAID_LEGEND = (f"{UNSAID_HERE}: the source holds the claim only in a report not made (“did not say whether…”, "
                 "“declined to say”), so it states it for no one; a claim no source states reads “not stated: …”")
STRANDED_CORRECTIONS = "Corrections that apply to no claim now"  # the heading of the researcher's words left without a claim


def not_carried_words(judged) -> str:
    """A report cell for a source the researcher judged not to carry the claim: what and when."""
    return f"{NOT_CARRIED} (your correction of {judged.made[:10]})"


def closest_words(passage, limit: int = 90) -> str:
    """A closest passage as a report cell names it: how similar, and its opening words."""
    return f"closest, not linked ({passage.closeness()}): {quoted(passage.excerpt(limit))}"


def near_duplicate(repeats: str) -> str:
    """What a near-duplicate is to a reader of the report: two articles of one title, sharing every claim."""
    return f"{repeats}: the import found the same article already there, so the two share every claim" if repeats else ""


def present(*parts: str | None, sep: str = " · ") -> str:
    """The parts that are known, joined (never "d1 · · title" or "—, no date")."""
    return sep.join(p for p in parts if p)


def ended(text: str) -> str:
    """The text as a sentence: a full stop added only when it has no closing punctuation of its own."""
    text = text.rstrip()
    return text if not text or text.endswith(_ENDINGS) else text + "."


Label = TypeVar("Label", bound=Hashable)


def once(labels: Iterable[Label]) -> list[Label]:
    """Each label once, in the order first met ("d2, d4", not "d2, d2, d4")."""
    return list(dict.fromkeys(labels))


def times_here(count: int) -> str:
    """How often an article carries a claim, said only when it is more than once."""
    return "" if count < 2 else ("Twice in this article. " if count == 2 else f"{count} times in this article. ")


def rendered_here(claim, document_id: int) -> str:
    """What a report says of a claim's renderings in an article ("Rendered here in Russian: “…”. "), or "":
    a quoted tweet beside the words that translate it is one source in two languages, not two mentions."""
    return "".join(ended(f"Rendered here in {claim.rendered_in(m)}: {quoted(m.text)}") + " "
                   for m in claim.renderings_in(document_id))


def own_mentions(claim, mentions: Iterable) -> list:
    """The mentions that are the article's own words, without their renderings (`rendered_here`)."""
    return [m for m in mentions if not claim.rendered_in(m)]
