"""A timeline as table rows: the same columns in the window, the Markdown and HTML reports and the PDF."""
from __future__ import annotations

from collections.abc import Sequence

from viewer.provenance.plain_text import FIRST, READ_OUT, figures_once, others_figures, quoted, source_figures
from viewer.provenance.timeline import Source, ThreadEntry
from viewer.provenance.wording import NO_OUTLET, claim_label, date_label

SOURCE_COLUMNS = ("When", "Source", "Wording", "Figures", "Attributed to", "Relayed", "What changed")
THREAD_COLUMNS = ("When", "Update", "Wording", "Figures", "Attributed to", "Relayed", "What changed")


FILLED_ONLY = ("Figures", "What changed")  # a report's table leaves these out when no row fills them
IN_TIME_ORDER = "Sources in time order"
NONE_DATED = "Sources, none of them dated: in no time order"


def sources_table(sources: Sequence[Source]) -> tuple[str, tuple[str, ...], list[list[str]]]:
    """A claim's sources as a report heads and tabulates them. With no source dated there is no time order to
    announce, and a When column saying "undated (no date found)" on every row took a seventh of the table's width
    from the wording: the heading says it once and the column goes, as the window's timeline does."""
    rows = [source_row(s, sources) for s in sources]
    if not sources or any(not s.dating.undated for s in sources):
        return IN_TIME_ORDER, *filled(SOURCE_COLUMNS, rows)
    return NONE_DATED, *filled(SOURCE_COLUMNS[1:], [row[1:] for row in rows])


def filled(columns: tuple[str, ...], rows: list[list[str]]) -> tuple[tuple[str, ...], list[list[str]]]:
    """The columns without a Figures or What changed column that no row fills: in the GVA reports most claims count
    nothing and change nothing, and the two empty columns took a quarter of the table from the wording."""
    kept = [i for i, c in enumerate(columns) if c not in FILLED_ONLY or any(row[i].strip() for row in rows)]
    return tuple(columns[i] for i in kept), [[row[i] for i in kept] for row in rows]


def source_row(s: Source, sources: Sequence[Source] = ()) -> list[str]:
    """The first reporter starred, a date the sources disagree on marked ≠; ``sources`` (the claim's) let the Figures
    cell say what the others give for a thing this one counts."""
    when = (f"{FIRST} " if s.first else "") + date_label(s.dating) + (" ≠" if s.dating.conflicts else "")
    return [
        when, f"{s.label} · {s.outlet or NO_OUTLET}", worded(s),
        source_figures(s) + others_figures(s, sources), _attributed(s),
        s.relayed(), "; ".join(c.wording for c in s.changes),
    ]


def _attributed(s: Source) -> str:
    """Who the source gives the claim to; for a report in another language, that its statements were not read, and
    the speaker of another source whom its words name."""
    if s.unread:
        return f"{s.named[1]}, named; not read ({s.unread})" if s.named else f"not read ({s.unread})"
    return ", ".join(s.said().speakers) or unsaid_words(s) or (READ_OUT if s.read_out else "stated as fact")


def unsaid_words(s: Source) -> str:
    """"not stated: Police did not say" for a source whose words for the claim lie only in reports not made, else ""."""
    return f"not stated: {'; '.join(s.unsaid)}" if s.unsaid else ""


def worded(s: Source) -> str:
    """The source's own words, a passage after another joined by "…", and each rendering of them in another
    language on a line of its own, named by its language: a translation is no further part of the wording."""
    own = " … ".join(quoted(m.text) for m in s.own_words())
    return "\n".join([own, *(f"{language} rendering: {quoted(m.text)}" for language, m in s.renderings())])


def thread_table(entries: Sequence[ThreadEntry]) -> tuple[tuple[str, ...], list[list[str]]]:
    """A claim's possible updates as a report tabulates them: with none of them dated, a When column reading
    "undated (no date found)" on every row goes, as it goes from the sources table and the window's timeline;
    so do columns no row fills."""
    rows = [thread_row(e) for e in entries]
    if not entries or any(not e.dating.undated for e in entries):
        return filled(THREAD_COLUMNS, rows)
    return filled(THREAD_COLUMNS[1:], [row[1:] for row in rows])


def thread_row(e: ThreadEntry) -> list[str]:
    """An update's row, its claim named "[12]" as the window and the reports name claims."""
    if e.claim_id is None:
        update = f"d{e.document_id}, no other source"
    else:
        update = f"{claim_label(e.claim_id)}{' (this claim)' if e.current else ''} · d{e.document_id}, {e.sources} sources"
    return [
        date_label(e.dating), update, quoted(e.passage.text),
        figures_once(e.figures), ", ".join(e.speakers) or "stated as fact",
        " | ".join(e.relays), "; ".join(c.wording for c in e.changes),
    ]
