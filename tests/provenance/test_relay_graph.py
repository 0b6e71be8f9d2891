"""Who relays whom: chains from speaker through agencies to outlet, weighted by statements,
coloured by claim; cycles kept as edges and drawn, never followed; big graphs gathered."""
import time

from viewer.analysis import store

from viewer.provenance.relay_layout import layout
from viewer.provenance.relays import LIMITS, build_graph, claim_graph, corpus_graph

OUTLETS = {1: "BNR", 2: "EFE", 3: "TASS", 4: None}


def statements(*rows):
    """(speaker, relays, document) → the rows the store gives, numbered."""
    return [(i, document, None, speaker, list(via)) for i, (speaker, via, document) in enumerate(rows, start=1)]


def test_a_chain_runs_from_the_speaker_through_each_relay_to_the_outlet():
    graph = build_graph(statements(("Defence ministry", ["AFP"], 1), ("Defence ministry", ["AFP"], 2),
                                   ("Defence ministry", [], 4)), OUTLETS, {1: [7], 2: [7, 8]}, (7, 8))
    edges = {(graph.nodes[e.source].label, graph.nodes[e.target].label): e for e in graph.edges}
    assert set(edges) == {("Defence ministry", "AFP"), ("AFP", "BNR"), ("AFP", "EFE"), ("Defence ministry", "d4")}
    assert edges["Defence ministry", "AFP"].statements == 2
    assert edges["Defence ministry", "AFP"].claims == ((7, 2), (8, 1)) and edges["Defence ministry", "AFP"].claim == 7
    assert edges["Defence ministry", "d4"].claim is None  # a statement in none of the coloured claims
    assert [graph.nodes[k].role for k in ("defence ministry", "afp", "bnr")] == ["speaker", "relay", "outlet"]


def test_a_cycle_is_two_edges_drawn_and_the_layout_ends():
    # an Interfax story passing on what TASS said Interfax had reported: A citing B citing A
    graph = build_graph(statements(("Interfax", ["TASS"], 5), ("Mayor", ["TASS"], 2)), {**OUTLETS, 5: "Interfax"}, {})
    pairs = {(e.source, e.target) for e in graph.edges}
    assert {("interfax", "tass"), ("tass", "interfax")} <= pairs
    assert graph.cycles() == [["interfax", "tass"]]
    drawn = layout(graph)
    backward = [e for e in drawn.edges if e.backward]
    assert [(e.source, e.target) for e in backward] == [("tass", "interfax")] and len(drawn.edges) == len(graph.edges)
    source, target = drawn.node("tass"), drawn.node("interfax")
    assert target.x + target.width < source.x  # against the reading direction, as an arc below both
    assert backward[0].points[1][1] > max(source.y + source.height, target.y + target.height)


def test_two_speakers_quoting_each_other_are_two_arcs_on_opposite_sides():
    graph = build_graph(statements(("Interfax", [], 3), ("TASS", ["Interfax"], 2), ("TASS", [], 5)),
                        {**OUTLETS, 5: "Interfax"}, {})
    assert graph.cycles() == [["interfax", "tass"]]
    started = time.perf_counter()
    drawn = layout(graph)
    assert time.perf_counter() - started < 1
    arcs = {(e.source, e.target): e for e in drawn.edges if e.backward}
    there, back = arcs["interfax", "tass"], arcs["tass", "interfax"]
    assert (there.points[1][0] - there.points[0][0]) * (back.points[1][0] - back.points[0][0]) < 0


def _touches(node, point) -> bool:
    """The point lies on the node's left or right side."""
    x, y = point
    return x in (node.x, node.x + node.width) and node.y <= y <= node.y + node.height


def test_an_arc_within_one_column_ends_on_each_node_and_stays_inside_the_picture():
    # as on GVA coverage: "Burnsworth told police…, according to court papers", and court papers quoted on their own
    graph = build_graph(statements(("court papers", [], 1), ("John Henry Burnsworth", ["court papers"], 1),
                                   ("Douglas Sam", [], 4)), OUTLETS, {})
    drawn = layout(graph)
    [arc] = [e for e in drawn.edges if e.backward]
    source, target = drawn.node(arc.source), drawn.node(arc.target)
    assert source.width != target.width  # one column, nodes of different widths
    assert _touches(source, arc.points[0]) and _touches(target, arc.points[-1]), arc.points
    assert all(0 <= x <= drawn.width and 0 <= y <= drawn.height for x, y in arc.points), (arc.points, drawn.width)
    assert all(0 <= n.x and n.x + n.width <= drawn.width for n in drawn.nodes)


def test_two_way_arcs_end_on_their_nodes_inside_the_picture():
    graph = build_graph(statements(("Interfax", [], 3), ("TASS", ["Interfax"], 2), ("TASS", [], 5)),
                        {**OUTLETS, 5: "Interfax"}, {})
    drawn = layout(graph)
    for arc in (e for e in drawn.edges if e.backward):
        assert _touches(drawn.node(arc.source), arc.points[0]) and _touches(drawn.node(arc.target), arc.points[-1])
        assert all(0 <= x <= drawn.width and 0 <= y <= drawn.height for x, y in arc.points)


def test_names_fold_across_case_and_a_leading_article():
    graph = build_graph(statements(("the Ministry", ["afp"], 1), ("ministry", ["AFP"], 2)), OUTLETS, {})
    assert len([n for n in graph.nodes.values() if n.role == "speaker"]) == 1
    assert graph.nodes["afp"].statements == 2


def test_a_big_graph_is_gathered_into_one_node_per_role():
    rows = statements(*[(f"Speaker {i}", [f"Agency {i % 60}"], i % 500) for i in range(5000)])
    graph = build_graph(rows, {d: f"Outlet {d}" for d in range(500)}, {})
    by_role = {role: [n for n in graph.nodes.values() if n.role == role] for role in LIMITS}
    for role, limit in LIMITS.items():
        assert len(by_role[role]) == limit + 1
        other = next(n for n in by_role[role] if n.gathered)
        assert other.label.startswith(f"{other.gathered} other {role}")
    assert sum(e.statements for e in graph.edges if graph.nodes[e.target].role == "outlet") == 5000


def test_the_layout_reads_left_to_right_and_keeps_nodes_apart():
    graph = build_graph(statements(("Ministry", ["AFP"], 1), ("Mayor", [], 2), ("Army", ["TASS", "AFP"], 1)), OUTLETS, {})
    drawn = layout(graph)
    x = {n.label: n.centre[0] for n in drawn.nodes}
    assert x["Ministry"] == x["Army"] < x["TASS"] < x["AFP"] < x["BNR"]
    assert all(not e.backward for e in drawn.edges)
    boxes = sorted((n.x, n.y, n.x + n.width, n.y + n.height) for n in drawn.nodes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert all(0 <= n.x and n.x + n.width <= drawn.width and n.y + n.height <= drawn.height for n in drawn.nodes)


def test_on_the_sample_the_ministry_reaches_bnr_through_afp(sample_corpus):
    from tests.provenance.test_timeline import claim_with

    surrender = claim_with(sample_corpus, "1,026")
    graph = claim_graph(sample_corpus, [surrender])
    assert graph.edge("Russia's Defense Ministry", "AFP") and graph.edge("AFP", "BNR")
    assert all(e.claim == surrender for e in graph.edges)
    whole = corpus_graph(sample_corpus)
    assert whole.edge("Sergey Aksyonov", "TASS") and whole.edge("TASS", "d2")
    relayed = [a for a in store.attributions(sample_corpus) if a.via]
    assert relayed and whole.statements == len(store.attributions(sample_corpus))
    names = dict((s.id, s.name) for s in store.speakers(sample_corpus))
    for a in relayed:  # every relayed statement's first hop is an edge of the corpus graph
        assert whole.edge(names.get(a.speaker_id) or a.speaker_name, a.via[0].name), a


def test_outlets_of_equal_weight_are_drawn_in_number_order():
    """Thirty reports without an outlet, one police statement each, were drawn d1, d10, d11 … d19, d2, d20."""
    graph = build_graph(statements(*[("Police", [], d) for d in range(1, 31)]), {}, {})
    drawn = layout(graph)
    outlets = sorted((n for n in drawn.nodes if n.label.startswith("d")), key=lambda n: n.y)
    assert [n.label for n in outlets] == [f"d{d}" for d in range(1, 31)]


def test_the_listed_relays_name_the_gathered_speakers_once_not_on_every_line():
    """`provenance show` listed "81 other speakers → d15 ×8" and "81 other speakers → KCTV ×4": 81 was how many names the
    gathered node stands for in the whole corpus, read as 81 speakers each outlet relayed."""
    from viewer.provenance.plain_text import relays_text

    busy = [(f"Speaker {i}", [], 1 + i % 2) for i in range(LIMITS["speaker"]) for _ in range(3)]
    quiet = [(f"Witness {i}", [], 1 + i % 2) for i in range(12)]
    listed = relays_text(build_graph(statements(*busy, *quiet), OUTLETS, {})).splitlines()
    assert "   other speakers → BNR  ×6" in listed and "   other speakers → EFE  ×6" in listed
    assert not any("12 other" in line for line in listed)
    assert listed[-1] == f"   (other speakers: the 12 beyond the {LIMITS['speaker']} busiest, counted together)"


def _curve(points, steps=16):
    """Points along an edge's Béziers, end to end."""
    for first in range(0, len(points) - 1, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[first:first + 4]
        for step in range(steps + 1):
            t = step / steps
            a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3
            yield a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def test_an_edge_that_crosses_a_column_passes_beside_its_nodes_not_under_them():
    """The sample's ministry quoted by d2 directly was drawn straight through the AFP box beside it: the picture
    read "ministry → AFP → d2", a relay no article states. A crossing edge keeps a lane of its own."""
    graph = build_graph(statements(("Ministry", ["AFP"], 1), ("Ministry", [], 4), ("Ministry", [], 2),
                                   ("Spokesman", [], 4), ("Army", ["AFP"], 2)), OUTLETS, {})
    drawn = layout(graph)
    relay = drawn.node("afp")
    crossing = [e for e in drawn.edges if e.source != "afp" and e.target != "afp"]
    assert {(e.source, e.target) for e in crossing} == {("ministry", "d4"), ("ministry", "efe"), ("spokesman", "d4")}
    for e in crossing:
        assert e.points[0][0] < relay.x and e.points[-1][0] > relay.x + relay.width and not e.backward
        inside = [(x, y) for x, y in _curve(e.points) if relay.x <= x <= relay.x + relay.width
                  and relay.y - e.width / 2 <= y <= relay.y + relay.height + e.width / 2]
        assert inside == [], (e.source, e.target, inside[:3])
    assert all(0 <= x <= drawn.width and 0 <= y <= drawn.height for e in drawn.edges for x, y in e.points)
    boxes = [(n.y, n.y + n.height) for n in drawn.nodes if n.x == relay.x]
    assert boxes == [(relay.y, relay.y + relay.height)], "a lane is no node"
    ministry = [e for e in crossing if e.source == "ministry"]
    assert ministry[0].points[:7] == ministry[1].points[:7], "one name's edges share its lane through the column"
    for e in drawn.edges:  # leaving a narrow name, no edge cuts the corner of a wider one beside it
        for n in drawn.nodes:
            if n.key not in (e.source, e.target):
                assert not [p for p in _curve(e.points) if n.x < p[0] < n.x + n.width and n.y < p[1] < n.y + n.height]
