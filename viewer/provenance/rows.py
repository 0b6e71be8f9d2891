"""A timeline as table rows: the same columns in the window, the Markdown and HTML reports and the PDF."""
from __future__ import annotations

from collections.abc import Sequence

from viewer.provenance.plain_text import FIRST, READ_OUT, figures_once, others_figures, quoted, source_figures
from viewer.provenance.timeline import Source, ThreadEntry
from viewer.provenance.wording import claim_label, date_label

SOURCE_COLUMNS = ("When", "Source", "Wording", "Figures", "Attributed to", "Relayed", "What changed")
THREAD_COLUMNS = ("When", "Update", "Wording", "Figures", "Attributed to", "Relayed", "What changed")


def source_row(s: Source, sources: Sequence[Source] = ()) -> list[str]:
    """The first reporter starred, a date the sources disagree on marked ≠; ``sources`` (the claim's) let the Figures
    cell say what the others give for a thing this one counts."""
    when = (f"{FIRST} " if s.first else "") + date_label(s.dating) + (" ≠" if s.dating.conflicts else "")
    return [
        when, f"{s.label} · {s.outlet or 'no outlet'}", worded(s),
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
