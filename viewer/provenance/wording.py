"""Dates and their sources, and reports not made, in words, the same in the terminal, the window and every export."""
from __future__ import annotations

from viewer.analysis.model import unsaid_label
from viewer.corpus.dating import Dating

UNDATED = "undated (no date found)"
NO_OUTLET = "no outlet"  # an article with no outlet found: the same words in the list, panes, timeline and reports
FLAG_WORDS = {
    "conflict": "sources disagree",
    "future": "after the import: impossible",
    "before-1900": "before 1900: check it",
    "estimated": "estimated",
    "corrected": "corrected",
    "undated": "no date found",
    "unreadable": "unreadable date in the metadata",
}


def claim_label(claim_id: int) -> str:
    """"[11]": a claim as a person reads it, in the window, the clipboard, the PDF, Markdown and HTML reports and
    `provenance show` (the reports said "c11" beside a window and a copied claim saying "[11]"). The JSON and CSV
    ids stay "c11"; the command line takes either (`identifiers.parse_ids`)."""
    return f"[{claim_id}]"


def date_label(dating: Dating) -> str:
    """"2022-04-13", "2022-05-18 (text, estimated)", "undated (no date found)": the import day is no date of the
    article ("imported 2026-11-28" read as one, years after the 2016 reports around it)."""
    if dating.undated:
        return UNDATED
    notes = [] if dating.date_from == "metadata" else [dating.date_from]
    notes += [FLAG_WORDS[f] for f in dating.flags if f not in ("undated",)]
    return f"{dating.placed} ({', '.join(dict.fromkeys(notes))})" if notes else dating.placed


def cited_date(dating: Dating) -> str:
    """An article's date as a copied claim or statement cites it: the pane header's words, "undated" where none was
    found (the claims table's copy gave the stored date alone, and nothing for an article its text dates)."""
    return "undated" if dating.undated else date_label(dating)


def conflict_label(dating: Dating) -> str:
    """"metadata 2022-04-13 against text 2022-04-20": what the researcher has to settle."""
    if not dating.conflicts:
        return ""
    others = "; ".join(f"{source} says {day}" for source, day in dating.conflicts)
    return f"{dating.date_from} says {dating.placed}; {others}"



def statement_kind(kind: str, negation: str | None) -> str:
    """A statement's kind as reports print it: "indirect", or "indirect, did not say" for a report not made."""
    unsaid = unsaid_label(negation)
    return f"{kind}, {unsaid}" if unsaid else kind

