"""Draw cross-document claim-unit pairs from multi-outlet sets, for hand judging as "one claim or not".

    python bench/claim_pairs.py SETS OUT [--seed 43] [--per-band 90] [--across 30] [--set NAME[=EVENTS] ...]

SETS is the folder of event sets in `event_set`'s shape (``gva500``, ``wcepA`` …; ``--set`` names
others, such as a fresh blind draw, with how many events of each to take, all where not given); OUT receives
``pairs.tsv``. Pairs are the pipeline's own claim units (`claim_units`), so a judged pair is what
the linker weighs. They are drawn by cosine band, so that pairs the encoder finds alike and pairs it
finds merely related both appear, and a few from two events of one set. No score is written: the
judge reads the two texts alone. Each pair's half ("fit" or "check") is drawn by event, so no event
has pairs in both.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.units import claim_units  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402

EVENTS_PER_SET = {"gva500": 14, "wcepA": 7, "wcepB": 7, "wcepC": 7, "basil": 9}
REPORTS_PER_EVENT = 3
BANDS = ((0.35, 0.5), (0.5, 0.65), (0.65, 0.8), (0.8, 1.01))
PER_EVENT_IN_BAND = 4  # so that a long event does not fill a band alone
COLUMNS = ("pair", "half", "set", "event", "doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "text_a", "text_b")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=43)
    parser.add_argument("--per-band", type=int, default=90)
    parser.add_argument("--across", type=int, default=30, help="pairs from two events of one set")
    parser.add_argument("--set", dest="names", type=set_events, action="append", metavar="NAME[=EVENTS]",
                        help="a set to draw from instead of the usual ones, with how many events (all where not given)")
    ns = parser.parse_args(argv)
    rng = random.Random(ns.seed)
    drawn = drawn_documents(ns.sets, rng, dict(ns.names) if ns.names else EVENTS_PER_SET)
    units = analysed(ns.sets, drawn)
    pairs = banded_pairs(units, rng, ns.per_band) + across_pairs(units, rng, ns.across)
    rng.shuffle(pairs)
    halves = event_halves(sorted({u["event"] for u in units}), rng)
    ns.out.mkdir(parents=True, exist_ok=True)
    with open(ns.out / "pairs.tsv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(COLUMNS)
        for number, (a, b) in enumerate(pairs, start=1):
            out.writerow([number, halves[a["event"]], a["set"], a["event"] if a["event"] == b["event"] else f"{a['event']}|{b['event']}",
                          a["doc"], a["start"], a["end"], b["doc"], b["start"], b["end"], flat(a["text"]), flat(b["text"])])
    print(f"{len(pairs)} pairs from {len(drawn)} documents written to {ns.out / 'pairs.tsv'}")


def set_events(text: str) -> tuple[str, int | None]:
    """A ``--set`` argument, "NAME" or "NAME=EVENTS", read."""
    name, _eq, events = text.partition("=")
    try:
        return name, int(events) if events else None
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected NAME or NAME=EVENTS, e.g. gvaB=8, not {text!r}") from None


def drawn_documents(sets: Path, rng: random.Random, events_per_set: dict[str, int | None]) -> list[tuple[str, str, str]]:
    """(set, event, document path relative to SETS' parent) for a few reports of a few events (all where
    the count is None) of each set."""
    out = []
    for name, wanted in events_per_set.items():
        records = json.loads((sets / name / "events.json").read_text(encoding="utf-8"))["documents"]
        by_event = defaultdict(list)
        for doc, record in sorted(records.items()):
            by_event[record["event"]].append(doc)
        events = sorted(e for e, docs in by_event.items() if len(docs) >= 2)
        for event in rng.sample(events, len(events) if wanted is None else min(wanted, len(events))):
            docs = by_event[event]
            for doc in rng.sample(docs, min(REPORTS_PER_EVENT, len(docs))):
                out.append((name, event, f"sets/{name}/docs/{doc}"))
    return out


def analysed(sets: Path, drawn: list[tuple[str, str, str]]) -> list[dict]:
    """Every claim unit of the drawn documents, with its text, vector and where it lies."""
    root = sets.parent
    out = []
    for parsed in parse_many(imported([root / path for _s, _e, path in drawn])):
        name, event, path = drawn[parsed.id]
        for unit in claim_units(parsed):
            if unit.features.language is None:
                out.append({"set": name, "event": event, "doc": path, "start": unit.span.start, "end": unit.span.end,
                            "text": parsed.text[unit.span.start:unit.span.end], "vector": unit.vector})
    return out


def banded_pairs(units: list[dict], rng: random.Random, per_band: int) -> list[tuple[dict, dict]]:
    """Up to ``per_band`` cross-document pairs of one event in each cosine band, at most
    `PER_EVENT_IN_BAND` of an event in a band; pairs of one wording (wire copy) left out."""
    bands = defaultdict(list)
    for a, b in itertools.combinations(units, 2):
        if a["event"] != b["event"] or a["doc"] == b["doc"] or a["text"] == b["text"]:
            continue
        cosine = float(a["vector"] @ b["vector"])
        for band, (low, high) in enumerate(BANDS):
            if low <= cosine < high:
                bands[band].append((a, b))
    out = []
    for band in range(len(BANDS)):
        found = bands[band]
        rng.shuffle(found)
        taken: dict[str, int] = defaultdict(int)
        chosen = [pair for pair in found if _take(taken, pair[0]["event"])]
        out += chosen[:per_band]
    return out


def _take(taken: dict[str, int], event: str) -> bool:
    """Whether the band has room for another pair of the event (counting it if so)."""
    taken[event] += 1
    return taken[event] <= PER_EVENT_IN_BAND


def across_pairs(units: list[dict], rng: random.Random, count: int) -> list[tuple[dict, dict]]:
    """Pairs of two events of one set, drawn among those the encoder finds alike (cosine at least .5):
    unrelated pairs teach nothing, two shootings told alike do."""
    found = [(a, b) for a, b in itertools.combinations(units, 2)
             if a["set"] == b["set"] and a["event"] != b["event"] and float(a["vector"] @ b["vector"]) >= 0.5]
    return rng.sample(found, min(count, len(found)))


def event_halves(events: list[str], rng: random.Random) -> dict[str, str]:
    """Each event's half, "fit" or "check", half the events each."""
    order = list(events)
    rng.shuffle(order)
    return {event: ("fit" if k % 2 == 0 else "check") for k, event in enumerate(order)}


def flat(text: str) -> str:
    """The text on one line of a TSV."""
    return " ".join(text.split())


if __name__ == "__main__":
    main()
