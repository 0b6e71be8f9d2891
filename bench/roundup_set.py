"""A dev set of city round-ups from the GVA crawl: reports that tell several separate shootings of one city.

One city's round-up of Monday night's shootings and another of Wednesday night's are written in the same sentences
("A man was killed", "He was later pronounced dead at the hospital, police said.", "a 23-year-old man was wounded
in …"), so the linker can join two different incidents' round-ups sentence by sentence while missing the links
between one incident's own reports. This set holds both sides: round-ups of different incidents (links across them
are wrong: issue 11 keeps them at most 2 %) and each chosen incident's other report (links between one incident's
reports are what must not be lost).

A report is a round-up when, read as text alone, it gives at least ``MIN_TIMES`` different clock times ("9:10 p.m.",
"about 7:30 p.m.") and at least one phrase that sets one shooting beside another (`SEPARATE`: "separate shootings",
"in another shooting", "in an unrelated", "across the city"). Chosen before any fix was built, by this rule alone and
never by reading what the linker does with them. Every incident of an earlier draw (``--exclude``) is left out, and
so is a round-up whose text another incident's folder also holds (one article cited for two incidents: both its
incidents are one report's). Each chosen incident gives its round-up and, where it has another usable report, one
more drawn with ``SEED``; at most ``--events`` incidents are drawn with ``SEED`` when more qualify.

    python bench/roundup_set.py CORPUS_DIR OUT [--events 60] [--exclude EARLIER_OUT ...]

``events.json`` records each document's incident, crawl date, address and whether it is a round-up.
"""
from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402
from gva import usable_reports  # noqa: E402

SEED = 5858
MIN_TIMES = 3
SEPARATE = re.compile(
    r"\b(separate(ly)? (shooting|incident)s?|in (an)?other (shooting|incident)|in an unrelated|unrelated shooting"
    r"|weekend violence|across the city|citywide|in the (first|second|third|latest|most recent) shooting"
    r"|(another|a second|a third) (shooting|person|man|woman) was)\b", re.I)
CLOCK = re.compile(r"\b(\d{1,2}(?::\d\d)?)\s*([ap])\.?m\b", re.I)


def is_roundup(title: str, text: str) -> bool:
    """Whether a report tells several shootings: ``MIN_TIMES`` clock times and a phrase setting one beside another."""
    whole = f"{title}\n{text}"
    times = {(hour, half.lower()) for hour, half in CLOCK.findall(whole)}
    return len(times) >= MIN_TIMES and SEPARATE.search(whole) is not None


def _key(text: str) -> str:
    return " ".join(text.split()[:60])


def chosen_incidents(corpus_dir: Path, taken: set[str]) -> dict[str, list[tuple[str, dict, bool]]]:
    """Each incident outside ``taken`` with a round-up no other incident's folder holds: its usable reports, each
    with whether it is a round-up."""
    reports = {incident: items for incident, items in usable_reports(corpus_dir) if incident not in taken}
    holders: dict[str, set[str]] = defaultdict(set)
    for incident, items in reports.items():
        for _name, item in items:
            holders[_key(item["text"])].add(incident)
    chosen = {}
    for incident, items in reports.items():
        marked = [(name, item, is_roundup(item["title"], item["text"])) for name, item in items]
        if any(r and len(holders[_key(item["text"])]) == 1 for _n, item, r in marked):
            chosen[incident] = marked
    return chosen


def documents(incident: str, marked: list[tuple[str, dict, bool]]) -> list[tuple[str, dict, bool]]:
    """The incident's first round-up (by name) and one other report drawn with the seed, where it has one."""
    roundup = next(m for m in marked if m[2])
    others = [m for m in marked if m is not roundup]
    return [roundup] + ([random.Random(f"{SEED}-{incident}").choice(others)] if others else [])


def prepare(corpus_dir: Path, out: Path, events: int, exclude: list[Path]) -> None:
    taken = drawn_before(exclude, "incidents")
    candidates = chosen_incidents(corpus_dir, taken)
    chosen = sorted(candidates) if len(candidates) <= events else sorted(random.Random(SEED).sample(sorted(candidates), events))
    index = {"source": "cltl/LongTailQATask GunViolenceArchive crawl: round-ups (bench/roundup_set.py)", "seed": SEED,
             "excluded": sorted(taken), "incidents": chosen}
    written = write_event_set(out, index, (
        (f"{incident}_{name[:8]}.txt", f"{item['title']}\n\n{item['text']}\n",
         {"event": incident, "date": item["date"], "uri": item["uri"], "roundup": roundup})
        for incident in chosen for name, item, roundup in documents(incident, candidates[incident])))
    print(f"{len(candidates)} incidents with a round-up outside the excluded; chose {len(chosen)}, {written} reports")


if __name__ == "__main__":
    parser = draw_arguments(__doc__, "corpus_dir", 60, "incidents")
    ns = parser.parse_args()
    prepare(ns.corpus_dir, ns.out, ns.events, ns.exclude)
