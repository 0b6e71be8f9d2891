"""The PDF's page per claim: where it came from (its sources in time order, the first reporter
starred, its thread of updates) and the picture of who relayed it."""
from __future__ import annotations

from viewer.export.pdf_document import Cell, Paragraph, Picture, Run, Section, Table
from viewer.export.relay_svg import relay_svg
from viewer.export.selection import Selection
from viewer.export.timeline_tables import EXPLAINED
from viewer.provenance.rows import SOURCE_COLUMNS, THREAD_COLUMNS, source_row, thread_row
from viewer.provenance.timeline import Timeline
from viewer.provenance.wording import conflict_label

WIDTHS = [13, 12, 33, 11, 17, 14]  # percent: when, source, wording, figures, attributed and relayed, changes


def sections(selection: Selection) -> list[Section]:
    """One section (a new page) per claim that has a timeline."""
    return [_claim(selection, claim.id, claim.label) for claim in selection.claims if claim.id in selection.timelines]


def _claim(selection: Selection, claim_id: int, label: str) -> Section:
    t = selection.timelines[claim_id]
    s = Section(f"Where c{claim_id} came from", bookmark=f"Where c{claim_id} came from")
    s.blocks.append(Paragraph([Run(f"c{claim_id} ", background=selection.colour(claim_id), bold=True),
                               Run(label, mark=f"timeline:c{claim_id}")], "h1"))
    s.blocks.append(Paragraph([Run(EXPLAINED)], "note"))
    s.blocks.append(Paragraph([Run("Sources in time order")], "h2"))
    s.blocks.append(_table(SOURCE_COLUMNS, [source_row(x) for x in t.sources]))
    for source in t.sources:
        if source.dating.conflicts:
            s.blocks.append(Paragraph([Run(f"{source.label}: dates disagree ({conflict_label(source.dating)})",
                                           colour="#AA3377")], "note"))
    if t.thread:
        s.blocks.append(Paragraph([Run("Thread: earlier and later reports of the same count")], "h2"))
        s.blocks.append(_table(THREAD_COLUMNS, [thread_row(x) for x in t.thread]))
    s.blocks += _relays(selection, claim_id, t)
    return s


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
