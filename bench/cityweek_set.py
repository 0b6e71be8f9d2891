"""A dev set of two shootings of one city and week from the GVA crawl: what a researcher's corpus holds side by side.

A city's outlets tell its shootings of one weekend in the same sentences ("A man was shot Saturday night", "He was
taken to … Hospital in critical condition"), and two reports of two of them are what the linker must keep apart
without any mark in their sentences. The set holds pairs of incidents of one city (the archive's city and state)
whose archive dates are at most ``WEEK`` days apart, each incident with up to two of its usable reports, so links
across incidents (wrong) and links between one incident's reports (what must not be lost) are both counted by
`bench/quality.py` from ``events.json``. Pairs are drawn with ``SEED`` among incidents no earlier set (``--exclude``)
holds, each incident in one pair only; an incident whose report another incident's folder also holds is left out (one
article cited for two incidents). Chosen by this rule alone, never by reading what the linker does with them.

    python bench/cityweek_set.py CORPUS_DIR OUT FRAMES_GIT_DIR [--events 20] [--exclude EARLIER_OUT ...]

``--events`` counts incident pairs. Session 64, docs/linking.md "Two incidents' reports filed as one": with every
gva* draw and round58dev excluded (the session's blind draws were not read, so not excluded; one drawn incident,
800919, is gvaZ10's: exclude gvaZ9 and gvaZ10 too from now on), 63 pairs qualify and 20 are drawn, 46 reports;
main (8582c3b4's analysis) made 52 links there, 7 across incidents, all in one pair of two
Baltimore Sun pages sharing a video caption of a third killing and "name not released" sentences, and found 5 of the
6 same-incident report pairs (`bench/quality.py OUT_PARENT --sets cityweek --links-only`, OUT written under a
``sets`` folder).
"""
from __future__ import annotations

import itertools
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from count_incident_days import incidents  # noqa: E402
from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402
from gva import usable_reports  # noqa: E402

SEED = 6464
WEEK = 7
PER_INCIDENT = 2


def _key(text: str) -> str:
    return " ".join(text.split()[:60])


def incident_pairs(corpus_dir: Path, frames: Path, taken: set[str]) -> tuple[list[tuple[str, str]], dict]:
    """Every pair of incidents of one city within ``WEEK`` days outside ``taken``, and each incident's reports."""
    known = incidents(frames)
    reports = {i: items for i, items in usable_reports(corpus_dir) if i in known and i not in taken and items}
    holders: dict[str, set[str]] = defaultdict(set)
    for incident, items in reports.items():
        for _name, item in items:
            holders[_key(item["text"])].add(incident)
    reports = {i: items for i, items in reports.items() if all(len(holders[_key(it["text"])]) == 1 for _n, it in items)}
    by_city: dict[str, list[str]] = defaultdict(list)
    for incident in sorted(reports):
        by_city[known[incident][1]].append(incident)
    pairs = [(a, b) for members in by_city.values() for a, b in itertools.combinations(members, 2)
             if abs((known[a][0] - known[b][0]).days) <= WEEK]
    return pairs, reports


def drawn(pairs: list[tuple[str, str]], events: int) -> list[tuple[str, str]]:
    """Up to ``events`` pairs drawn with the seed, each incident in one pair only."""
    out, used = [], set()
    for a, b in random.Random(SEED).sample(pairs, len(pairs)):
        if a not in used and b not in used:
            out.append((a, b))
            used |= {a, b}
        if len(out) == events:
            break
    return sorted(out)


def prepare(corpus_dir: Path, frames: Path, out: Path, events: int, exclude: list[Path]) -> None:
    taken = {i for p in exclude for i in drawn_before([p], "incidents")}
    pairs, reports = incident_pairs(corpus_dir, frames, taken)
    chosen = drawn(pairs, events)
    index = {"source": "cltl/LongTailQATask GunViolenceArchive crawl: two incidents of one city and week "
                       "(bench/cityweek_set.py)", "seed": SEED, "excluded": sorted(taken),
             "incidents": [i for pair in chosen for i in pair], "pairs": chosen}
    written = write_event_set(out, index, (
        (f"{incident}_{name[:8]}.txt", f"{item['title']}\n\n{item['text']}\n",
         {"event": incident, "date": item["date"], "uri": item["uri"]})
        for pair in chosen for incident in pair
        for name, item in random.Random(f"{SEED}-{incident}").sample(reports[incident], min(PER_INCIDENT, len(reports[incident])))))
    print(f"{len(pairs)} incident pairs of one city within {WEEK} days; chose {len(chosen)}, {written} reports")


if __name__ == "__main__":
    parser = draw_arguments(__doc__, "corpus_dir", 20, "incidents")
    parser.add_argument("frames", type=Path)
    ns = parser.parse_args()
    prepare(ns.corpus_dir, ns.frames, ns.out, ns.events, ns.exclude)
