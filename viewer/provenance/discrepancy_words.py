"""A discrepancy as a researcher reads it: which source says which, and whether both can be true, the same in the
window, the claims table, the PDF and the Markdown/HTML reports.

The analysis stores an explanation ("wounded: 'more than 100' vs '151'") and, side by side, the
mentions that differ, the first source's first. "'32' vs '23'" did not say which source says which;
the sources are named here, when shown, from the documents as they are now (an outlet corrected
after the analysis shows corrected). The JSON export keeps the stored explanation and gives each
side's document id, as its format says.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from viewer.analysis.model import Mention
from viewer.corpus.store import Corpus, Document
from viewer.provenance.plain_text import quoted

TITLE_CHARS = 28  # a title standing for an outlet: its opening words, enough to tell the articles apart
# "wounded: 'a' vs 'b' (incompatible)", "named 'a' vs 'b'", "stated as fact: 'a' vs attributed to Police: 'b'"
_SIDES = re.compile(r"^(?P<head>.*?(?:: |named ))'(?P<a>.*?)' vs (?P<label>(?:[a-z][^:']*: )?)'(?P<b>.*)'(?P<tail>(?: \([^()']*\))?)$",
                    re.DOTALL)


# What the analysis's closing brackets say of the two wordings, as a researcher says it after them.
_VERDICTS = {
    " (incompatible)": ": they cannot both be true",
    " (revised)": ": corrected",
    " (updated)": ": one gives it anew later",
    " (minutes apart, may be one moment)": ": minutes apart, may be one moment",
}
_UNKNOWN_THING = "figure"  # the head of a number line whose figures' thing the analysis could not read


class Differing(Protocol):
    kind: str
    explanation: str
    mentions: Sequence[Mention]


def source_name(document: Document) -> str:
    """"BNR (d1)"; where the outlet is unknown, the title's opening words ("Toledo mother charged in… (d8)")."""
    label = f"d{document.id}"
    if document.outlet:
        return f"{document.outlet} ({label})"
    title = " ".join((document.title or "").split())
    if not title:
        return label
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—-") + "…"
    return f"{title} ({label})"


def source_names(corpus: Corpus, document_ids: Iterable[int]) -> dict[int, str]:
    """Each document's name as discrepancies give it, read without the texts."""
    ids = sorted(set(document_ids))
    return {d: source_name(doc) for d, doc in corpus.documents_by_id(ids, with_text=False).items()} if ids else {}


def sides_of(discrepancies: Iterable[Differing]) -> set[int]:
    """The documents the discrepancies name, for `source_names`."""
    return {m.document for d in discrepancies for m in d.mentions}


def readable(discrepancy: Differing, names: Mapping[int, str]) -> str:
    """"wounded — BNR (d1): “more than 100” vs Reuters (d2): “151”"; "stated as fact in KSAT (d36): “…” vs
    attributed to Police in d37: “…”" (to whom, when the analysis read who says it). The analysis's closing bracket is
    said in words ("(incompatible)": "they cannot both be true"), and a figure whose thing it could not read is "a
    figure", not the bare "figure" it stores. An explanation of another shape keeps its words, the sources after it."""
    sides = [names.get(m.document, f"d{m.document}") for m in discrepancy.mentions[:2]]
    found = _SIDES.match(discrepancy.explanation)
    if len(sides) < 2:
        return discrepancy.explanation
    if found is None:
        return f"{discrepancy.explanation} ({sides[0]} vs {sides[1]})"
    head, label = found["head"].rstrip(": ").strip(), found["label"].rstrip(": ").strip()
    head = "a figure" if head == _UNKNOWN_THING else head
    a, b, tail = quoted(found["a"]), quoted(found["b"]), _VERDICTS.get(found["tail"], found["tail"])
    if label:
        return f"{head} in {sides[0]}: {a} vs {label} in {sides[1]}: {b}{tail}"
    return f"{head} — {sides[0]}: {a} vs {sides[1]}: {b}{tail}"


def with_kind(discrepancy: Differing, names: Mapping[int, str]) -> str:
    """"number: wounded — …", as reports list them; the kind once where the words open with it ("time — …")."""
    said = readable(discrepancy, names)
    return said if said.startswith(discrepancy.kind) else f"{discrepancy.kind}: {said}"


def count_mark(discrepancies: Sequence[Differing]) -> str:
    """"≠ 3": how many ways the sources differ on a claim, before the first is shown."""
    return f"≠ {len(discrepancies)}" if discrepancies else ""
