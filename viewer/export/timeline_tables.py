"""Where each exported claim came from, as tables in the Markdown and HTML reports: its sources
in time order (the first reporter starred) and its thread of updates, with the same columns as
the window's timeline (`provenance.rows`)."""
from __future__ import annotations

import html
from collections.abc import Callable

from viewer.export.relay_svg import RELAYS_EXPLAINED, relay_svg
from viewer.export.selection import Selection
from viewer.provenance.relay_layout import layout
from viewer.provenance.rows import sources_table, thread_table
from viewer.provenance.timeline import Timeline, report_updates
from viewer.provenance.wording import claim_label, conflict_label

HEADING = "Where each claim came from"
EXPLAINED = ("Sources in time order; ★ marks the first reporter (the earliest dated source that states the claim; a source dated only "
             "by its import, or holding the claim only in a report not made, is never first). ≠ marks a date its sources disagree on. Possible updates are passages "
             "of related reports counting the same thing, found by what they count and not verified as this claim's "
             "event: read them before citing one.")


def write_markdown(selection: Selection, w: Callable[[str], object], escape: Callable[[str], str]) -> None:
    if not selection.timelines:
        return
    w(f"\n## {HEADING}\n\n{escape(EXPLAINED)}\n")
    for claim in selection.claims:
        t = selection.timelines[claim.id]
        heading, columns, rows = sources_table(t.sources)
        w(f"\n### {escape(claim_label(claim.id))} {escape(claim.named)}\n\n**{escape(heading)}**\n\n")
        _md_table(columns, rows, w, escape)
        for line in _conflicts(t):
            w(f"\n- {escape(line)}")
        if t.thread:
            heading, shown, more = report_updates(t)
            w(f"\n**{heading}**\n\n")
            _md_table(*thread_table(shown), w, escape)
            if more:
                w(f"\n{escape(more)}\n")
        w("\n")


def _md_table(header, rows, w, escape) -> None:
    """A cell's lines (a relay chain each, a wording and its rendering) kept apart by "<br>", as the HTML report and
    the PDF keep them: run together, two chains read as one."""
    w("| " + " | ".join(header) + " |\n" + "|---" * len(header) + "|\n")
    for row in rows:
        w("| " + " | ".join("<br>".join(escape(" ".join(line.split())) for line in cell.splitlines() if line.strip())
                            for cell in row) + " |\n")


def write_html(selection: Selection, w: Callable[[str], object]) -> None:
    if not selection.timelines:
        return
    e = html.escape
    w(f"<h2 id=\"timelines\">{HEADING}</h2>\n<p class=\"meta\">{e(EXPLAINED)}</p>\n")
    for claim in selection.claims:
        t = selection.timelines[claim.id]
        w(f"<h3 id=\"timeline-c{claim.id}\"><span style=\"background:{selection.colour(claim.id)}\">{claim_label(claim.id)}</span> "
          f"{e(claim.named)}</h3>\n")
        heading, columns, rows = sources_table(t.sources)
        w(f"<p><b>{e(heading)}</b></p>\n")
        _html_table(columns, rows, w)
        for line in _conflicts(t):
            w(f"<p class=\"meta\">{e(line)}</p>\n")
        if t.thread:
            heading, shown, more = report_updates(t)
            w(f"<p><b>{heading}</b></p>\n")
            _html_table(*thread_table(shown), w)
            if more:
                w(f"<p class=\"meta\">{e(more)}</p>\n")
        _html_relays(selection, claim.id, claim.label, w)


def _html_relays(selection: Selection, claim_id: int, label: str, w: Callable[[str], object]) -> None:
    """The picture of who relayed the claim, inline (the page loads nothing): the PDF drew it, the HTML report
    gave the chains as text alone."""
    graph = selection.relays.get(claim_id)
    if graph is None or not graph.nodes:
        return
    svg = relay_svg(layout(graph), {claim_id: selection.colour(claim_id)}, f"Who relayed {claim_label(claim_id)}", {claim_id: label})
    w(f"<p><b>Who relayed it</b></p>\n<figure>{svg}<figcaption class=\"meta\">{html.escape(RELAYS_EXPLAINED)}"
      "</figcaption></figure>\n")


def _html_table(header, rows, w) -> None:
    e = html.escape
    w("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>\n")
    for row in rows:
        w("<tr>" + "".join(f"<td>{_html_cell(cell, column == 'Relayed')}</td>" for column, cell in zip(header, row))
          + "</tr>\n")
    w("</table>\n")


def _html_cell(text: str, chains: bool) -> str:
    """A cell's lines kept apart by "<br>"; relay chains each a block whose wrapped lines hang under its first (the
    report's `.chain` style), as in the PDF and the window's timeline: in a narrow column two chains read as one."""
    lines = [html.escape(line) for line in text.splitlines()]
    return "".join(f'<div class="chain">{line}</div>' for line in lines) if chains else "<br>".join(lines)


def _conflicts(t: Timeline) -> list[str]:
    return [f"d{s.document_id}: dates disagree ({conflict_label(s.dating)})" for s in t.sources if s.dating.conflicts]
