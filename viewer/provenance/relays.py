"""Who relays whom: speakers → agencies and platforms → outlets, weighted by statements.

Every statement is a chain from the speaker through the relays its attribution names ("the
ministry said…, AFP reported" is ministry → AFP) to the outlet that published it. One name is
one node whatever role it plays, so "A citing B citing A" is a cycle in the graph: it is kept as
edges and drawn, never followed. A corpus-wide graph keeps the busiest nodes of each role and
gathers the rest into one "other …" node per role, so a picture of 10,000 documents stays one
picture; per claim nothing is gathered until the same limits are reached.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from viewer.analysis import store
from viewer.analysis.model import UNNAMED
from viewer.corpus import publication
from viewer.corpus.store import Corpus

ROLES = ("speaker", "relay", "outlet")
LIMITS = {"speaker": 40, "relay": 24, "outlet": 40}  # nodes of each role before the rest are gathered
COLOURED_CLAIMS = 7  # a corpus-wide graph colours its busiest claims (one palette's worth)


def reading_order(name: str) -> tuple:
    """A name's place among names of equal weight, its numbers read as numbers: d2 before d10 (thirty
    outlets named by document id were drawn d1, d10, d11 … d19, d2, d20)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", name) if part)


@dataclass(frozen=True)
class Node:
    key: str  # the folded name: one node per name, whatever role it plays
    label: str
    role: str  # the earliest role it plays in any chain: speaker, relay or outlet
    statements: int  # statements passing through it
    gathered: int = 0  # for an "other …" node: how many names it stands for
    speaker_id: int | None = None  # the corpus's canonical speaker, when the name is one


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    statements: int
    claims: tuple[tuple[int, int], ...] = ()  # (claim id, statements) of the coloured claims, most first

    @property
    def claim(self) -> int | None:
        """The claim this edge is drawn in the colour of: the one most of its statements carry."""
        return self.claims[0][0] if self.claims else None


@dataclass
class RelayGraph:
    nodes: dict[str, Node]
    edges: list[Edge]
    claims: tuple[int, ...] = ()  # the claims its edges are coloured by
    statements: int = 0

    def cycles(self) -> list[list[str]]:
        """Each cycle once, as node keys ("A citing B citing A"), found without walking it twice."""
        following = defaultdict(list)
        for e in self.edges:
            following[e.source].append(e.target)
        found, seen = [], set()
        for start in sorted(following):
            stack = [(start, [start])]
            while stack:
                node, path = stack.pop()
                for nxt in following[node]:
                    if nxt == start:
                        cycle = frozenset(path)
                        if cycle not in seen:
                            seen.add(cycle)
                            found.append(path)
                    elif nxt not in path and nxt > start and len(path) < 6:
                        stack.append((nxt, path + [nxt]))
        return found

    def edge(self, source_label: str, target_label: str) -> Edge | None:
        keys = {n.label: k for k, n in self.nodes.items()}
        return next((e for e in self.edges if e.source == keys.get(source_label) and e.target == keys.get(target_label)), None)


@dataclass
class _Builder:
    labels: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    speaker_ids: dict[str, int] = field(default_factory=dict)
    through: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)
    by_claim: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    statements: int = 0

    def add(self, chain: Sequence[tuple[str, str]], claims: Iterable[int], speaker_id: int | None = None) -> None:
        """One statement: (role, name) hops from the speaker to the outlet."""
        if speaker_id is not None:
            self.speaker_ids.setdefault(fold(chain[0][1]), speaker_id)
        keys = []
        for role, name in chain:
            key = fold(name)
            if not key or (keys and keys[-1] == key):
                continue
            self.labels.setdefault(key, name.strip())
            if ROLES.index(role) < ROLES.index(self.roles.get(key, "outlet")):
                self.roles[key] = role
            self.roles.setdefault(key, role)
            self.through[key] += 1
            keys.append(key)
        self.statements += 1
        claims = list(claims)
        for a, b in zip(keys, keys[1:]):
            self.edges[a, b] += 1
            for claim_id in claims:
                self.by_claim[a, b][claim_id] += 1


def fold(name: str) -> str:
    """One key per name across case, spacing and a leading article ("the Interfax agency" stays apart)."""
    words = name.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def claim_graph(corpus: Corpus, claim_ids: Sequence[int]) -> RelayGraph:
    """Who relayed these claims: the statements whose content overlaps their mentions."""
    carrying = store.statements_carrying(corpus, claim_ids)
    return _graph(corpus, store.relayed_statements(corpus, list(carrying)), carrying, tuple(claim_ids))


def claim_graphs(corpus: Corpus, claim_ids: Sequence[int]) -> dict[int, RelayGraph]:
    """Each claim's own relay graph, as `claim_graph` draws it, the statements of all of them read
    in one query rather than one a claim: an export draws every claim's."""
    carrying = store.statements_carrying(corpus, claim_ids)
    statements = {s[0]: s for s in store.relayed_statements(corpus, list(carrying))}
    outlets = publication.outlets(corpus)
    by_claim: dict[int, list[int]] = {claim_id: [] for claim_id in claim_ids}
    for attribution_id, claims in carrying.items():  # in attribution order, as one claim's query reads them
        for claim_id in claims:
            by_claim[claim_id].append(attribution_id)
    return {
        claim_id: build_graph((statements[a] for a in by_claim[claim_id] if a in statements), outlets,
                              {a: [claim_id] for a in by_claim[claim_id]}, (claim_id,))
        for claim_id in claim_ids
    }


def corpus_graph(corpus: Corpus, coloured: Sequence[int] | None = None) -> RelayGraph:
    """Every statement of the corpus; edges coloured by ``coloured`` claims (default: the busiest)."""
    claims = tuple(coloured) if coloured is not None else tuple(store.busiest_claims(corpus, COLOURED_CLAIMS))
    carrying = store.statements_carrying(corpus, claims) if claims else {}
    return _graph(corpus, store.relayed_statements(corpus), carrying, claims)


def _graph(corpus: Corpus, statements, carrying: dict[int, list[int]], claims: tuple[int, ...]) -> RelayGraph:
    return build_graph(statements, publication.outlets(corpus), carrying, claims)


def build_graph(statements: Iterable[tuple[int, int, int | None, str, Sequence[str]]], outlets: Mapping[int, str | None],
                carrying: Mapping[int, Sequence[int]], claims: tuple[int, ...] = ()) -> RelayGraph:
    """The graph of these statements (attribution id, document id, speaker id, speaker, relays),
    published by ``outlets`` (document id → name), coloured by the ``claims`` each one carries."""
    builder = _Builder()
    for attribution_id, document_id, speaker_id, speaker, via in statements:
        chain = [("speaker", speaker or UNNAMED), *(("relay", name) for name in via),
                 ("outlet", outlets.get(document_id) or f"d{document_id}")]
        builder.add(chain, carrying.get(attribution_id, ()), speaker_id)
    return _gathered(builder, claims)


def _gathered(b: _Builder, claims: tuple[int, ...]) -> RelayGraph:
    """Keep the busiest names of each role; the rest of a role become one node."""
    keep: dict[str, str] = {}
    gathered: Counter = Counter()
    for role in ROLES:
        named = sorted((k for k, r in b.roles.items() if r == role), key=lambda k: (-b.through[k], reading_order(k)))
        for k in named[:LIMITS[role]]:
            keep[k] = k
        for k in named[LIMITS[role]:]:
            keep[k] = f"*{role}"
            gathered[f"*{role}"] += 1
    nodes: dict[str, Node] = {}
    weight: Counter = Counter()
    for k, into in keep.items():
        weight[into] += b.through[k]
    for k, into in keep.items():
        if into == k:
            nodes[k] = Node(k, b.labels[k], b.roles[k], weight[k], speaker_id=b.speaker_ids.get(k))
        elif into not in nodes:
            count = gathered[into]
            role = into[1:]
            nodes[into] = Node(into, f"{count} other {role}{'s' if count != 1 else ''}", role, weight[into], count)
    edges: Counter = Counter()
    colours: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (a, c), count in b.edges.items():
        pair = (keep[a], keep[c])
        if pair[0] == pair[1] and a != c:
            continue  # two gathered names relaying each other: nothing to draw
        edges[pair] += count
        colours[pair].update(b.by_claim.get((a, c), Counter()))
    ordered = sorted(edges.items(), key=lambda item: (-item[1], item[0]))
    return RelayGraph(
        nodes,
        [Edge(a, c, n, tuple(sorted(colours[a, c].items(), key=lambda x: (-x[1], x[0])))) for (a, c), n in ordered],
        claims, b.statements,
    )
