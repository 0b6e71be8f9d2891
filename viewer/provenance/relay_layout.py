"""Where each node and edge of a relay graph is drawn: speakers left, relays in the middle, outlets right.

A layered drawing reads the way news travels, left to right. Layers come from roles, not from
paths, so a cycle cannot make the layering loop: a relay sits one column right of the nearest
speaker that reaches it, outlets sit right of every relay. Within a column nodes are ordered to
keep edges short (a few barycentre sweeps, linear in the edges), and an edge that runs back
against the reading direction ("A citing B citing A") is drawn as an arc below its nodes. An edge that
crosses a column (a ministry quoted by an outlet directly, beside an agency) keeps a lane of its own
through it, ordered with the column's nodes: drawn straight across, it ran under the agency's box and read
as relayed by it.
Coordinates are pixels at 100 %; the screen, the PNG, the PDF and the SVG all draw this one layout.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from math import sqrt

from viewer.provenance.relays import RelayGraph, reading_order

NODE_HEIGHT = 26.0
ROW_GAP = 12.0
COLUMN_GAP = 90.0
MARGIN = 16.0
CHAR_WIDTH = 6.6  # an average character at the label size; the painters elide what overflows
MAX_NODE_WIDTH = 230.0
SWEEPS = 4
LANE_HEIGHT = 6.0  # the room an edge crossing a column takes in it
LANE = "\x00lane"  # key prefix of a lane: never a name's key


@dataclass(frozen=True)
class PlacedNode:
    key: str
    label: str
    role: str
    statements: int
    x: float
    y: float
    width: float
    height: float
    gathered: int = 0

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class PlacedEdge:
    source: str
    target: str
    statements: int
    claim: int | None
    points: tuple[tuple[float, float], ...]  # cubic Béziers end to end: start, then two controls and an end each
    width: float
    backward: bool  # not left to right (part of a cycle, or within one column): drawn as an arc


@dataclass(frozen=True)
class RelayLayout:
    nodes: tuple[PlacedNode, ...]
    edges: tuple[PlacedEdge, ...]
    width: float
    height: float
    claims: tuple[int, ...] = ()

    def node(self, key: str) -> PlacedNode:
        return next(n for n in self.nodes if n.key == key)


def layout(graph: RelayGraph, widest: float = MAX_NODE_WIDTH) -> RelayLayout:
    """Place a relay graph's nodes in columns by role and route its edges; no node is wider than ``widest``
    (a page narrower than a screen elides longer names rather than shrinking every label)."""
    layer = _layers(graph)
    lanes = _lanes(graph, layer)
    columns = _columns(graph, layer, lanes)
    placed = _place(graph, columns, widest)
    heaviest = max((e.statements for e in graph.edges), default=1)
    sides = _column_sides(placed, layer)
    edges = tuple(_route(e, placed, layer, heaviest, [placed[k] for k in lanes.get((e.source, e.target), [])], sides)
                  for e in graph.edges if e.source in placed and e.target in placed)
    return _framed(tuple(n for n in placed.values() if n.role != "lane"), edges, graph.claims)


def _lanes(graph: RelayGraph, layer: dict[str, int]) -> dict[tuple[str, str], list[str]]:
    """The lanes of each left-to-right edge through the columns it crosses, by the edge's ends: one lane a column for
    all the edges of one name, which part after it (a lane an edge made the whole-corpus picture of 60 articles
    2.6 times as tall)."""
    return {(e.source, e.target): [f"{LANE}{e.source}\x00{k}" for k in range(layer[e.source] + 1, layer[e.target])]
            for e in graph.edges if layer.get(e.target, 0) - layer.get(e.source, 0) > 1}


def _columns(graph: RelayGraph, layer: dict[str, int],
             lanes: dict[tuple[str, str], list[str]] | None = None) -> dict[int, list[str]]:
    """Each column's nodes (and lanes), top to bottom."""
    columns: dict[int, list[str]] = defaultdict(list)
    for key in sorted(graph.nodes, key=lambda k: (-graph.nodes[k].statements, reading_order(k))):
        columns[layer[key]].append(key)
    links = []
    for e in graph.edges:  # an edge crossing columns links its ends through its lanes
        keys = (lanes or {}).get((e.source, e.target), [])
        for column, lane in enumerate(keys, start=layer[e.source] + 1):
            if lane not in columns[column]:
                columns[column].append(lane)
        chain = [e.source, *keys, e.target]
        links += [(a, b, e.statements) for a, b in zip(chain, chain[1:])]
    _order(links, columns)
    return columns


def column_count(graph: RelayGraph) -> int:
    """How many columns the drawing has: speakers, each rank of relays, outlets."""
    return len(set(_layers(graph).values()))


def split(graph: RelayGraph, rows: int) -> list[RelayGraph]:
    """The graph in parts whose columns hold at most ``rows`` names each, top to bottom: the tallest column's
    names are cut into runs of ``rows``, each drawn with whoever relays to them and whom they relay to (a name
    can appear in several parts). Thirty outlets of one story drew one picture shrunk to 4-point labels."""
    layer = _layers(graph)
    columns = _columns(graph, layer)
    tallest = max(columns.values(), key=len, default=[])
    if len(tallest) <= rows:
        return [graph]
    others = set(tallest)
    size = -(-len(tallest) // -(-len(tallest) // rows))  # as many parts as needed, as even as they come
    found = []
    for first in range(0, len(tallest), size):
        chunk = set(tallest[first:first + size])
        found += split(_around(graph, chunk, others - chunk), rows)
    return found


def _around(graph: RelayGraph, chunk: set[str], left_out: set[str]) -> RelayGraph:
    """The part of the graph on a path through ``chunk``: who reaches it and whom it reaches, never through
    ``left_out`` (the rest of its column, drawn in other parts)."""
    before = _reach(graph, chunk, left_out, backwards=True)
    after = _reach(graph, chunk, left_out, backwards=False)
    edges = [e for e in graph.edges if {e.source, e.target} <= before or {e.source, e.target} <= after]
    keys = before | after
    return replace(graph, nodes={k: n for k, n in graph.nodes.items() if k in keys}, edges=edges)


def _reach(graph: RelayGraph, start: set[str], left_out: set[str], backwards: bool) -> set[str]:
    """``start`` and every name reached from it along the edges (against them when ``backwards``)."""
    following = defaultdict(list)
    for e in graph.edges:
        a, b = (e.target, e.source) if backwards else (e.source, e.target)
        following[a].append(b)
    seen, todo = set(start), list(start)
    while todo:
        for nxt in following[todo.pop()]:
            if nxt not in seen and nxt not in left_out:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _framed(nodes: tuple[PlacedNode, ...], edges: tuple[PlacedEdge, ...], claims: tuple[int, ...]) -> RelayLayout:
    """The picture's size takes in every arc as well as every node, moved right when an arc bulges left of the
    first column: an arc between two speakers ran off the picture's left edge, cut where a researcher could not
    see who relayed whom, and an arc below a long backward edge ran past its foot."""
    xs = [x for n in nodes for x in (n.x, n.x + n.width)] + [x for e in edges for x, _y in e.points]
    ys = [y for n in nodes for y in (n.y, n.y + n.height)] + [y for e in edges for _x, y in e.points]
    if not xs:
        return RelayLayout(nodes, edges, MARGIN, MARGIN, claims)
    shift = max(0.0, MARGIN - min(xs))
    if shift:
        nodes = tuple(replace(n, x=n.x + shift) for n in nodes)
        edges = tuple(replace(e, points=tuple((x + shift, y) for x, y in e.points)) for e in edges)
    return RelayLayout(nodes, edges, max(xs) + shift + MARGIN, max(ys) + MARGIN, claims)


def _layers(graph: RelayGraph) -> dict[str, int]:
    """Speakers 0; a relay one column right of the relays it hears from (the longest such path,
    once the edges closing a cycle are set aside); outlets right of every relay."""
    relays = sorted((k for k, n in graph.nodes.items() if n.role == "relay"),
                    key=lambda k: (-graph.nodes[k].statements, reading_order(k)))
    feeding = defaultdict(list)  # relay → relays it hears from
    for e in graph.edges:
        if e.source in relays and e.target in relays:
            feeding[e.target].append(e.source)
    layer = {k: 0 for k, n in graph.nodes.items() if n.role == "speaker"}
    state: dict[str, int] = {}  # 1 while on the path being followed, 2 when placed

    def place(key: str) -> int:
        stack = [(key, iter(feeding[key]))]
        state[key] = 1
        while stack:
            node, sources = stack[-1]
            source = next(sources, None)
            if source is None:
                stack.pop()
                state[node] = 2
                layer[node] = 1 + max((layer[s] for s in feeding[node] if state.get(s) == 2 and s in layer), default=0)
            elif source not in state:
                state[source] = 1
                stack.append((source, iter(feeding[source])))
        return layer[key]

    for key in relays:
        if key not in state:
            place(key)
    right = max(layer.values(), default=0) + 1
    for k in graph.nodes:
        layer.setdefault(k, right)
    return layer


def _order(links: list[tuple[str, str, int]], columns: dict[int, list[str]]) -> None:
    """Barycentre sweeps: each node moves towards the average row of its neighbours in the
    column before (then after), weighted by statements."""
    neighbours: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for source, target, statements in links:
        neighbours[source].append((target, statements))
        neighbours[target].append((source, statements))
    layers = sorted(columns)
    for sweep in range(SWEEPS):
        sequence = layers[1:] if sweep % 2 == 0 else layers[-2::-1]
        for index in sequence:
            row = {k: i for c in layers if c != index for i, k in enumerate(columns[c])}
            here = {k: i for i, k in enumerate(columns[index])}

            def centre(key: str) -> float:
                weights = [(row[n], w) for n, w in neighbours[key] if n in row]
                total = sum(w for _r, w in weights)
                return sum(r * w for r, w in weights) / total if total else here[key]

            columns[index].sort(key=lambda k: (centre(k), here[k]))


def _place(graph: RelayGraph, columns: dict[int, list[str]], widest: float) -> dict[str, PlacedNode]:
    """Nodes centred in their columns, each column centred on the tallest; a lane as wide as its column."""
    height = {index: sum(_height(k) + ROW_GAP for k in keys) for index, keys in columns.items()}
    full = max(height.values(), default=0.0)
    placed = {}
    x = MARGIN
    for index in sorted(columns):
        keys = columns[index]
        named = [k for k in keys if k in graph.nodes]
        widths = {k: min(widest, max(60.0, CHAR_WIDTH * len(graph.nodes[k].label) + 18)) for k in named}
        column = max(widths.values(), default=60.0)
        y = MARGIN + (full - height[index]) / 2
        for key in keys:
            if key in graph.nodes:
                n = graph.nodes[key]
                placed[key] = PlacedNode(key, n.label, n.role, n.statements, x + (column - widths[key]) / 2, y,
                                         widths[key], NODE_HEIGHT, n.gathered)
            else:
                placed[key] = PlacedNode(key, "", "lane", 0, x, y, column, LANE_HEIGHT)
            y += _height(key) + ROW_GAP
        x += column + COLUMN_GAP
    return placed


def _height(key: str) -> float:
    return LANE_HEIGHT if key.startswith(LANE) else NODE_HEIGHT


def _column_sides(placed: dict[str, PlacedNode], layer: dict[str, int]) -> dict[int, tuple[float, float]]:
    """Each column's left and right side: where its widest node begins and ends."""
    sides: dict[int, tuple[float, float]] = {}
    for n in placed.values():
        if n.role != "lane":
            left, right = sides.get(layer[n.key], (n.x, n.x + n.width))
            sides[layer[n.key]] = (min(left, n.x), max(right, n.x + n.width))
    return sides


def _route(edge, placed: dict[str, PlacedNode], layer: dict[str, int], heaviest: int,
           lanes: list[PlacedNode], sides: dict[int, tuple[float, float]]) -> PlacedEdge:
    """Left to right straight out of its column and into the next, as an S-curve between them and straight through
    the lane of each column it crosses (leaving a narrow name as a curve, it cut the corner of a wider one
    beside it); back against the columns as an arc below both nodes; within one column as an arc to the right going
    down and to the left going up, so the two edges of a two-way relay never lie on each other."""
    a, b = placed[edge.source], placed[edge.target]
    width = 1.0 + 5.0 * sqrt(edge.statements / heaviest)
    if layer[edge.target] > layer[edge.source]:
        start, end = (a.x + a.width, a.y + a.height / 2), (b.x, b.y + b.height / 2)
        points = [start, *_straight(start, sides[layer[edge.source]][1])]
        for lane in lanes:
            y = lane.y + lane.height / 2
            points += _s_curve(points[-1], (lane.x, y))
            points += _straight((lane.x, y), lane.x + lane.width)
        points += _s_curve(points[-1], (sides[layer[edge.target]][0], end[1]))
        points += _straight(points[-1], end[0])
        return PlacedEdge(edge.source, edge.target, edge.statements, edge.claim, tuple(points), width, False)
    if layer[edge.target] < layer[edge.source]:
        start, end = (a.x + a.width / 2, a.y + a.height), (b.x + b.width / 2, b.y + b.height)
        low = max(start[1], end[1]) + 30 + abs(start[0] - end[0]) / 6
        points = (start, (start[0], low), (end[0], low), end)
        return PlacedEdge(edge.source, edge.target, edge.statements, edge.claim, points, width, True)
    down = b.y > a.y
    out = 24 + abs(b.y - a.y) / 4
    if down:  # each end on its own node's edge: nodes of one column differ in width
        start, end = (a.x + a.width, a.y + a.height / 2), (b.x + b.width, b.y + b.height / 2)
        bulge = max(start[0], end[0]) + out
    else:
        start, end = (a.x, a.y + a.height / 2), (b.x, b.y + b.height / 2)
        bulge = min(start[0], end[0]) - out
    points = (start, (bulge, start[1]), (bulge, end[1]), end)
    return PlacedEdge(edge.source, edge.target, edge.statements, edge.claim, points, width, True)


def _s_curve(start: tuple[float, float], end: tuple[float, float]) -> list[tuple[float, float]]:
    """The controls and end of a curve leaving ``start`` and reaching ``end`` level, left to right."""
    bend = (end[0] - start[0]) / 2
    return [(start[0] + bend, start[1]), (end[0] - bend, end[1]), end]


def _straight(start: tuple[float, float], to_x: float) -> list[tuple[float, float]]:
    """The controls and end of a level line from ``start`` to ``to_x``, as a Bézier like the curves beside it."""
    x, y = start
    return [(x + (to_x - x) / 3, y), (x + 2 * (to_x - x) / 3, y), (to_x, y)]
