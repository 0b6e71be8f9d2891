"""The PDF's account of where each claim came from (its sources in time order, the first reporter
starred, its thread of updates) and the picture of who relayed it: one claim after another, each
in the outline at its own page. A page per claim left most pages two-thirds empty (a 50-article
export printed 158 of them)."""
from __future__ import annotations

from viewer.export.pdf_document import Cell, Paragraph, Picture, Run, Section, Table
from viewer.export.relay_svg import LABEL_SIZE, ONE_CLAIMS_COLOURS, RELAYS_EXPLAINED, relay_svg, svg_size
from viewer.export.selection import Selection
from viewer.export.timeline_tables import EXPLAINED, HEADING
from viewer.provenance.rows import sources_table, thread_table
from viewer.provenance.relay_layout import (
    COLUMN_GAP, MARGIN, MAX_NODE_WIDTH, NODE_HEIGHT, ROW_GAP, RelayLayout, column_count, layout, split,
)
from viewer.provenance.relays import RelayGraph
from viewer.provenance.timeline import report_updates
from viewer.provenance.wording import claim_label, conflict_label

# percent of the page, by column (attributed and relayed share one); the wording takes what the columns shown leave
WIDTHS = {"When": 13, "Source": 12, "Update": 12, "Figures": 11, "Attributed to": 17, "What changed": 14}
SHOWN = 0.9  # a relay picture's size on the page at full scale: its 11-unit labels print at 9.9 points
READABLE = 7.0  # points: the smallest a picture's labels may print; a larger picture is cut into parts
WHOLE_NAMES = 2 * MAX_NODE_WIDTH  # a node's widest on the page, where the window elides at MAX_NODE_WIDTH


def sections(selection: Selection, room: tuple[float, float]) -> list[Section]:
    """One section for the claims that have a timeline, each claim's heading an outline entry; ``room``: the
    largest drawing a page paints unscaled (`pdf_document.picture_room`)."""
    claims = [claim for claim in selection.claims if claim.id in selection.timelines]
    if not claims:
        return []
    s = Section(HEADING, bookmark=HEADING)
    s.blocks += [Paragraph([Run(HEADING)], "h1"), Paragraph([Run(EXPLAINED)], "note")]
    if any(graph.nodes for c in claims if (graph := selection.relays.get(c.id)) is not None):
        # said once: under each picture it was the same two lines, and at a page's foot they took a page alone
        s.blocks.append(Paragraph([Run(f"Who relayed it: {RELAYS_EXPLAINED} {ONE_CLAIMS_COLOURS}")], "note"))
    for claim in claims:
        s.blocks += _claim(selection, claim.id, claim.named, room)
        s.entries.append((f"Where {claim_label(claim.id)} came from", f"timeline:c{claim.id}"))
    return [s]


def _claim(selection: Selection, claim_id: int, label: str, room: tuple[float, float]) -> list:
    t = selection.timelines[claim_id]
    blocks: list = [Paragraph([Run(f"{claim_label(claim_id)} ", background=selection.colour(claim_id), bold=True),
                               Run(label, mark=f"timeline:c{claim_id}")], "h1")]
    heading, columns, rows = sources_table(t.sources)
    blocks.append(Paragraph([Run(heading)], "h2"))
    blocks.append(_table(columns, rows, chains=True))
    for source in t.sources:
        if source.dating.conflicts:
            blocks.append(Paragraph([Run(f"{source.label}: dates disagree ({conflict_label(source.dating)})",
                                         colour="#AA3377")], "note"))
    if t.thread:
        heading, shown, more = report_updates(t)
        blocks.append(Paragraph([Run(heading)], "h2"))
        blocks.append(_table(*thread_table(shown)))
        if more:
            blocks.append(Paragraph([Run(more)], "note"))
    return blocks + _relays(selection, claim_id, room)


def _table(header: tuple[str, ...], rows: list[list[str]], chains: bool = False) -> Table:
    """The rows' columns, who it is attributed to and how it was relayed in one. A source's relay
    column holds whole chains, speaker to outlet ("Konashenkov → d2"), given as they are: "via" before one said
    "Igor Konashenkov via Igor Konashenkov → d2"; an update's holds the relays' names alone ("via AFP")."""
    said_at = header.index("Attributed to")

    def merged(row: list[str]) -> list[str]:
        relayed = row[said_at + 1]
        said = row[said_at] + (f"\n{'' if chains else 'via '}{relayed}" if relayed else "")
        return [*row[:said_at], said, *row[said_at + 2:]]

    head = merged(list(header))
    head[said_at] = "Attributed to, relayed"
    widths = [WIDTHS.get(h, 0) for h in header if h != "Relayed"]
    widths[header.index("Wording")] = 100 - sum(widths)
    return Table([Cell([Run(h, bold=True, small=True)]) for h in head],
                 [[Cell([Run(text, small=True)], hanging=column == said_at) for column, text in enumerate(merged(row))]
                  for row in rows], widths)


def _relays(selection: Selection, claim_id: int, room: tuple[float, float]) -> list:
    graph = selection.relays.get(claim_id)
    if graph is None or not graph.nodes:
        return [Paragraph([Run("Who relayed it")], "h2"),
                Paragraph([Run("No statement carries it: the sources state it without naming anyone.")], "note")]
    parts = _drawn(graph, room)
    title = [] if len(parts) > 1 else [Paragraph([Run("Who relayed it")], "h2")]
    blocks: list = []
    for number, drawn in enumerate(parts, start=1):
        if len(parts) > 1:  # a heading each, kept with its part at a page's foot
            blocks.append(Paragraph([Run(f"Who relayed it, part {number} of {len(parts)}")], "h2"))
        # no legend: under the claim's heading it repeated the claim's words and two lines of colours, at every claim
        svg = relay_svg(drawn, {claim_id: selection.colour(claim_id)}, f"Who relayed {claim_label(claim_id)}",
                        legend=False)
        width, height = svg_size(drawn, 0)
        blocks.append(Picture(svg, width * SHOWN, height * SHOWN))
    cut = (f"Cut into {len(parts)} parts so that its names stay readable; a name relaying into several parts is"
           " drawn in each.")
    return title + blocks + ([Paragraph([Run(cut)], "small")] if len(parts) > 1 else [])


def _drawn(graph: RelayGraph, room: tuple[float, float]) -> list[RelayLayout]:
    """The picture laid out in as few parts as keep its labels at `READABLE` points or more on the page: thirty
    outlets of one story drew one picture shrunk to 4-point labels."""
    most = READABLE / (LABEL_SIZE * SHOWN)  # the smallest scale the page may paint it at
    width, height = room[0] / (SHOWN * most), room[1] / (SHOWN * most)  # the largest drawing, in its own units
    rows = max(1, int((height - 2 * MARGIN) // (NODE_HEIGHT + ROW_GAP)))
    while True:
        parts = [_narrowed(part, width) for part in split(graph, rows)]
        if rows == 1 or all(svg_size(p, 0)[1] <= height for p in parts):
            return parts
        rows -= 1  # arcs below the nodes took the room of a row


def _narrowed(graph: RelayGraph, width: float) -> RelayLayout:
    """The part laid out with its names whole where the page has room (a page has no tooltip to read an elided one
    by: "present Missouri Republican sen…"); when it is wider than ``width``, its longest names are elided to fit."""
    for widest in (WHOLE_NAMES, MAX_NODE_WIDTH):
        drawn = layout(graph, widest)
        if drawn.width <= width:
            return drawn
    columns = column_count(graph)
    return layout(graph, min(MAX_NODE_WIDTH, max(60.0, (width - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns)))
