"""Count, on the GVA crawl, how often two articles of one incident give the same moment to one event.

    python training/count_timed_events.py GVA_CRAWL [--incidents N] [--out counts.json]

Each incident's articles (the registry says which report it) are read for sentences stating a clock
time, a date or a weekday (`claims.times`); those sentences are parsed and each time given the event
it is of (`claims.timed_events`). For every pair of articles of one incident, every pair of their
times of one sort (clock, day) is counted as agreeing (`times.meet`) or not, by the two events'
stems: the same stem ("shoot"/"shoot"), or two ("shoot"/"arrest"). Two stems whose times agree as
often as one stem's do name one event in the crawl's prose; the counts are what
`timed_events.json` cites.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import read_item, usable  # noqa: E402
from viewer.analysis.claims.timed_events import timed_events  # noqa: E402
from viewer.analysis.claims.times import DAY_KINDS, meet, times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

MIN_INCIDENTS = 5
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def incident_times(articles: list[str]) -> list[list[tuple[str, object, str]]]:
    """Each article's (sort, time, event) triples."""
    sentences = [(i, s) for i, text in enumerate(articles) for s in _SENTENCE.split(text) if times_in(s)]
    out: list[list] = [[] for _ in articles]
    for (i, s), doc in zip(sentences, english().pipe([s for _, s in sentences], batch_size=64)):
        found = times_in(s)
        for t, event in zip(found, timed_events(doc, found)):
            out[i].append(("day" if t.kind in DAY_KINDS else "time", t, event))
    return out


def count(crawl: Path, incidents: int) -> dict[str, Counter]:
    tally: dict[str, Counter] = defaultdict(Counter)
    folders = sorted(p for p in crawl.iterdir() if p.is_dir())[:incidents]
    for n, folder in enumerate(folders):
        items = [(p.stem, item) for p in folder.glob("*.json") if (item := read_item(p)) is not None]
        kept = [item["text"] for _, item in usable(items)]
        if len(kept) < 2:
            continue
        times = incident_times(kept)
        seen: set[str] = set()
        for a, b in combinations(times, 2):
            for sort, t, e in a:
                for sort_b, u, f in b:
                    if sort == sort_b and e and f:
                        key = "|".join(sorted((e, f)))
                        tally[key]["agree" if meet(t, u) else "differ"] += 1
                        seen.add(key)
        for key in seen:
            tally[key]["incidents"] += 1
        if n % 50 == 0:
            print(n, len(tally), file=sys.stderr, flush=True)
    return tally


def one_events(tally: dict[str, Counter], min_incidents: int) -> tuple[float, list[list[str]]]:
    """The rate at which one stem's times agree, and the pairs of stems whose times agree at least
    as often, met in at least ``min_incidents`` incidents (one big incident's many articles do not
    make a pair)."""
    def rate(counts: Counter) -> float:
        return counts["agree"] / max(1, counts["agree"] + counts["differ"])
    same = Counter()
    for key, counts in tally.items():
        e, f = key.split("|")
        if e == f:
            same.update({k: counts[k] for k in ("agree", "differ")})
    pairs = [key.split("|") for key, counts in tally.items()
             if len(set(key.split("|"))) == 2 and counts["incidents"] >= min_incidents and rate(counts) >= rate(same)]
    return rate(same), sorted(pairs)


def no_moments(tally: dict[str, Counter], min_incidents: int, same_rate: float) -> tuple[float, list[str]]:
    """The stems whose times two articles of one incident agree on no nearer to one stem's rate than
    to two stems' (the midpoint of the two): a state ("remained in custody Sunday night"), a
    schedule or a report's time ("updated"), not a moment the articles share."""
    two = Counter()
    for key, counts in tally.items():
        if len(set(key.split("|"))) == 2:
            two.update({k: counts[k] for k in ("agree", "differ")})
    midpoint = (same_rate + two["agree"] / max(1, two["agree"] + two["differ"])) / 2
    stems = [key.split("|")[0] for key, counts in tally.items() if len(set(key.split("|"))) == 1
             and counts["incidents"] >= min_incidents and counts["agree"] < midpoint * (counts["agree"] + counts["differ"])]
    return midpoint, sorted(stems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--min-incidents", type=int, default=MIN_INCIDENTS)
    parser.add_argument("--counts", type=Path, help="also write every pair's counts here")
    parser.add_argument("--from-counts", type=Path, help="write the table from counts written before, not the crawl")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer/analysis/claims/timed_events.json")
    ns = parser.parse_args()
    if ns.from_counts:
        tally = {k: Counter(v) for k, v in json.loads(ns.from_counts.read_text(encoding="utf-8")).items()}
    else:
        tally = count(ns.crawl, ns.incidents)
    if ns.counts:
        ns.counts.write_text(json.dumps({k: dict(v) for k, v in sorted(tally.items(), key=lambda kv: -kv[1]["incidents"])}, indent=0))
    same_rate, pairs = one_events(tally, ns.min_incidents)
    table = json.loads(ns.out.read_text(encoding="utf-8"))
    table["one_event"] = pairs
    table["one_event_counts"] = {"|".join(p): dict(tally["|".join(sorted(p))]) for p in pairs}
    table["same_stem_agreement"] = round(same_rate, 3)
    midpoint, stems = no_moments(tally, ns.min_incidents, same_rate)
    table["no_moment"] = stems
    table["no_moment_below"] = round(midpoint, 3)
    table["no_moment_counts"] = {stem: dict(tally[f"{stem}|{stem}"]) for stem in stems}
    ns.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
