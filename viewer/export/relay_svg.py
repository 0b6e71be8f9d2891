"""A relay graph as SVG, written from its layout: the one picture the window, the PNG, the PDF
and the SVG file all show (Qt renders this text; nothing else draws the graph).

Each edge is a path carrying ``data-source``, ``data-target`` and ``data-statements`` and a
tooltip (``<title>``), so what was drawn can be read back; coloured by the claim most of its
statements carry, or grey. Text is escaped: names come from articles, and an SVG is XML.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from viewer.analysis import store
from viewer.corpus.store import Corpus
from viewer.excerpts import cut_at_word
from viewer.identifiers import check_claims
from viewer.export.palette import CLAIM_COLOURS, NODE_BORDER, ROLE_FILLS, UNCOLOURED_EDGE, line_colour
from viewer.provenance.relay_layout import PlacedEdge, PlacedNode, RelayLayout, layout
from viewer.provenance.relays import claim_graph, corpus_graph
from viewer.provenance.wording import claim_label

FONT = "DejaVu Sans, Verdana, sans-serif"
LABEL_SIZE = 11
LEGEND_ROW = 18
LEGEND_WIDTH = 440.0  # the legend's two lines of explanation
RELAYS_EXPLAINED = ("Speakers (left) → agencies and platforms → outlets (right); line width counts statements; "
                    "a dashed arc runs against the reading direction (a cycle).")
# beside a picture of one claim drawn without its legend (the PDF's): what the legend said of its colours
ONE_CLAIMS_COLOURS = "Edges in the claim's colour carry its statements; grey ones, other statements."


def relay_picture(corpus: Corpus, claims: Sequence[int] | None = None) -> tuple[str, str]:
    """(SVG, what it shows) of who relays these claims, or the whole corpus (its busiest claims coloured)."""
    if claims:
        check_claims(corpus, claims)
    graph = claim_graph(corpus, claims) if claims else corpus_graph(corpus)
    labels = {c.id: c.named for c in store.claims(corpus, list(graph.claims))}
    colours = {c: CLAIM_COLOURS[i % len(CLAIM_COLOURS)] for i, c in enumerate(graph.claims)}
    what = f"who relayed {', '.join(claim_label(c) for c in claims)}" if claims else "who relays whom in the corpus"
    drawn = layout(graph)
    shown = f"{what}: {len(drawn.nodes)} names, {len(drawn.edges)} relays, {graph.statements} statements"
    return relay_svg(drawn, colours, what[0].upper() + what[1:], labels), shown


def relay_svg(layout: RelayLayout, colours: Mapping[int, str], title: str = "Who relays whom",
              claim_labels: Mapping[int, str] | None = None, legend: bool = True) -> str:
    """The SVG document (UTF-8 text) of a laid-out relay graph, its claims named "[7]" as the window and reports name
    them; without ``legend`` where the page around it says which claim it draws and how to read its colours."""
    keyed = [(c, colours[c], (claim_labels or {}).get(c, "")) for c in layout.claims if c in colours] if legend else []
    width, height = svg_size(layout, len(keyed))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.1f} {height:.1f}" font-family={quoteattr(FONT)} font-size="{LABEL_SIZE}">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{width:.1f}" height="{height:.1f}" fill="#FFFFFF"/>',
    ]
    labels = {n.key: n.label for n in layout.nodes}
    parts += [_edge(e, colours, labels) for e in layout.edges]
    parts += [_node(n) for n in layout.nodes]
    parts += _legend(keyed, layout.height)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def svg_size(layout: RelayLayout, legend_rows: int) -> tuple[float, float]:
    """The drawing's width and height with its legend of ``legend_rows`` claims: what a page must make room for
    (the PDF drew it in the layout's box alone, squeezing the legend)."""
    legend = (legend_rows + 2) * LEGEND_ROW if legend_rows else 0.0
    return max(layout.width, LEGEND_WIDTH if legend_rows else 0.0), layout.height + legend


def _edge(e: PlacedEdge, colours: Mapping[int, str], labels: Mapping[str, str]) -> str:
    colour = line_colour(colours[e.claim]) if e.claim in colours else UNCOLOURED_EDGE
    (x0, y0), rest = e.points[0], e.points[1:]
    path = f"M{x0:.1f},{y0:.1f}" + "".join(
        " C" + " ".join(f"{x:.1f},{y:.1f}" for x, y in rest[i:i + 3]) for i in range(0, len(rest), 3))
    tip = f"{labels[e.source]} → {labels[e.target]}: {e.statements} statement{'s' if e.statements != 1 else ''}"
    if e.claim is not None:
        tip += f" (mostly {claim_label(e.claim)})"
    dashed = ' stroke-dasharray="6 3"' if e.backward else ""
    return (f'<g class="edge" data-source={quoteattr(e.source)} data-target={quoteattr(e.target)} '
            f'data-statements="{e.statements}" data-claim="{"" if e.claim is None else e.claim}">'
            f'<title>{escape(tip)}</title>'
            f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="{e.width:.2f}"{dashed} stroke-linecap="round"/>'
            f'<polygon points="{_arrowhead(e)}" fill="{colour}"/></g>')


def _arrowhead(e: PlacedEdge) -> str:
    """A filled triangle at the target, along the curve's last tangent (SVG Tiny, which Qt
    renders, has no markers)."""
    (cx, cy), (x, y) = e.points[-2:]
    dx, dy = x - cx, y - cy
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    size = 5.0 + e.width
    bx, by = x - ux * size, y - uy * size
    return (f"{x:.1f},{y:.1f} {bx - uy * size * 0.55:.1f},{by + ux * size * 0.55:.1f} "
            f"{bx + uy * size * 0.55:.1f},{by - ux * size * 0.55:.1f}")


def _node(n: PlacedNode) -> str:
    dashed = ' stroke-dasharray="3 2"' if n.gathered else ""
    label = n.label if len(n.label) * 6.6 + 18 <= n.width else cut_at_word(n.label, max(4, int((n.width - 18) / 6.6)))
    tip = f"{n.label} ({n.role}): {n.statements} statement{'s' if n.statements != 1 else ''}"
    return (f'<g class="node" data-key={quoteattr(n.key)} data-role="{n.role}"><title>{escape(tip)}</title>'
            f'<rect x="{n.x:.1f}" y="{n.y:.1f}" width="{n.width:.1f}" height="{n.height:.1f}" rx="5" '
            f'fill="{ROLE_FILLS[n.role]}" stroke="{NODE_BORDER}" stroke-width="0.8"{dashed}/>'
            f'<text x="{n.x + n.width / 2:.1f}" y="{n.y + n.height / 2 + 4:.1f}" text-anchor="middle" '
            f'fill="#1A1A1A">{escape(label)}</text></g>')


def _legend(legend: list[tuple[int, str, str]], top: float) -> list[str]:
    if not legend:
        return []
    out = [f'<text x="16" y="{top + 12:.1f}" fill="#444444">Edges in the colour of the claim most of their statements carry,</text>',
           f'<text x="16" y="{top + 12 + LEGEND_ROW:.1f}" fill="#444444">grey for other statements; dashed: against the reading direction.</text>']
    for row, (claim_id, colour, label) in enumerate(legend, start=2):
        y = top + 12 + row * LEGEND_ROW
        short = cut_at_word(label, 60)
        out.append(f'<line x1="16" y1="{y - 4:.1f}" x2="40" y2="{y - 4:.1f}" stroke="{line_colour(colour)}" stroke-width="4"/>'
                   f'<text x="48" y="{y:.1f}" fill="#1A1A1A">{escape(claim_label(claim_id))}{": " + escape(short) if short else ""}</text>')
    return out
