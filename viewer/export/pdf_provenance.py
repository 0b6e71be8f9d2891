"""The PDF's account of where each claim came from (its sources in time order, the first reporter
starred, its thread of updates) and the picture of who relayed it: one claim after another, each
in the outline at its own page. A page per claim left most pages two-thirds empty (a 50-article
export printed 158 of them)."""
from __future__ import annotations

from viewer.export.pdf_document import Cell, Paragraph, Picture, Run, Section, Table
from viewer.export.relay_svg import relay_svg
from viewer.export.selection import Selection
from viewer.export.timeline_tables import EXPLAINED, HEADING
from viewer.provenance.rows import SOURCE_COLUMNS, THREAD_COLUMNS, source_row, thread_row
from viewer.provenance.timeline import Timeline, report_updates
from viewer.provenance.wording import conflict_label

WIDTHS = [13, 12, 33, 11, 17, 14]  # percent: when, source, wording, figures, attributed and relayed, changes


def sections(selection: Selection) -> list[Section]:
    """One section for the claims that have a timeline, each claim's heading an outline entry."""
    claims = [claim for claim in selection.claims if claim.id in selection.timelines]
    if not claims:
        return []
    s = Section(HEADING, bookmark=HEADING)
    s.blocks += [Paragraph([Run(HEADING)], "h1"), Paragraph([Run(EXPLAINED)], "note")]
    for claim in claims:
        s.blocks += _claim(selection, claim.id, claim.label)
        s.entries.append((f"Where c{claim.id} came from", f"timeline:c{claim.id}"))
    return [s]


def _claim(selection: Selection, claim_id: int, label: str) -> list:
    t = selection.timelines[claim_id]
    blocks: list = [Paragraph([Run(f"c{claim_id} ", background=selection.colour(claim_id), bold=True),
                               Run(label, mark=f"timeline:c{claim_id}")], "h1")]
    blocks.append(Paragraph([Run("Sources in time order")], "h2"))
    blocks.append(_table(SOURCE_COLUMNS, [source_row(x) for x in t.sources]))
    for source in t.sources:
        if source.dating.conflicts:
            blocks.append(Paragraph([Run(f"{source.label}: dates disagree ({conflict_label(source.dating)})",
                                         colour="#AA3377")], "note"))
    if t.thread:
        heading, shown, more = report_updates(t)
        blocks.append(Paragraph([Run(heading)], "h2"))
        blocks.append(_table(THREAD_COLUMNS, [thread_row(x) for x in shown]))
        if more:
            blocks.append(Paragraph([Run(more)], "note"))
    return blocks + _relays(selection, claim_id, t)


def _table(header: tuple[str, ...], rows: list[list[str]]) -> Table:
    """The rows' seven columns in six: who it is attributed to and how it was relayed share one."""
    def merged(row: list[str]) -> list[str]:
        said = row[4] + (f"\nvia {row[5]}" if row[5] else "")
        return [row[0], row[1], row[2], row[3], said, row[6]]

    head = merged(list(header))
    head[4] = "Attributed to, relayed"
    return Table([Cell([Run(h, bold=True, small=True)]) for h in head],
                 [[Cell([Run(text, small=True)]) for text in merged(row)] for row in rows], WIDTHS)


def _relays(selection: Selection, claim_id: int, t: Timeline) -> list:
    drawn = selection.relays.get(claim_id)
    title = [Paragraph([Run("Who relayed it")], "h2")]
    if drawn is None or not drawn.nodes:
        return title + [Paragraph([Run("No statement carries it: the sources state it without naming anyone.")], "note")]
    svg = relay_svg(drawn, {claim_id: selection.colour(claim_id)}, f"Who relayed c{claim_id}",
                    {claim_id: selection.timelines[claim_id].claim.label})
    caption = ("Speakers (left) → agencies and platforms → outlets (right); line width counts statements; "
               "a dashed arc runs against the reading direction (a cycle).")
    return title + [Picture(svg, drawn.width * 0.9, drawn.height * 0.9), Paragraph([Run(caption)], "small")]
