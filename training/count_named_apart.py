"""Count, over the GVA crawl and the judged dev links, whether two reports that each name people with an age
(`ages.ages_in`: "Latasha Tamika Lum, 30,", "the 22-year-old Jesse Dobbs") and never write the surname of anyone
the other so names tell two incidents: a report-level sign for a story gate like `incident_days`. Measured and not
built (session 64).

Two incidents' reports filed as one GVA incident ("Detroit mom charged in son's shooting himself" / "Father
arraigned after boy, 6, shoots self in Detroit") are told in the same sentences; who they name is what keeps them
apart. A report of one incident names its victim, and its follow-up the suspect charged, often the victim too: the
count says how often one incident's reports name no one in common. A report's people are those named with an age in
its headline and first 6,000 characters; a surname is written by the other report when it is one of its words
(hyphens split: "Garcia-Ramires" writes "ramires").

Pairs: one incident's (every pair of an incident's usable reports), and two incidents' of one city and state whose
archive dates are at most ``--week`` days apart.

    python training/count_named_apart.py CORPUS_DIR FRAMES_GIT_DIR [--week 7] [--show N] [--dev DATA] [--no-crawl]

On the crawl (session 64; 2,903 reports of 1,819 incidents; pairs alike / apart / not both naming):

    one incident (1,939 pairs)                             730 / 75 / 1,134
    two incidents, one city, within 7 days (481 pairs)      27 / 90 / 364

On the judged dev links (by report pair, rejudged verdicts): apart R 6, P 11, W 37 (24 of the W one pair of gvaV's
round-ups of two nights); of those main makes today R 5, P 9, W 8. It parts one incident's report pairs 75 times (a
follow-up naming the suspects charged, the other the victim; a survivor's story beside the gunman's), so it was not
built.

With ``--dev DATA`` the judged dev links (every links*.tsv but the blind draws', rejudged verdicts) are counted by
their report pair.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from count_incident_days import count_sign, incidents, sign_arguments, week_pairs  # noqa: E402
from gva import usable_reports  # noqa: E402

from viewer.analysis.claims.ages import ages_in  # noqa: E402
from viewer.analysis.claims.vocabulary import fold  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

_WORD = re.compile(r"[\w'’]+")
CHARS = 6000


@dataclass(frozen=True)
class Named:
    """One report as the sign reads it: the surnames it names with an age, and its words."""

    surnames: frozenset[str]
    words: frozenset[str]


def named(title: str, text: str) -> Named:
    """The report's people named with an age, and its folded words."""
    body = f"{title}\n\n{text[:CHARS]}"
    people = ages_in(english()(body), Span(0, len(body)))
    return Named(frozenset(p.surname for p in people), frozenset(fold(w) for w in _WORD.findall(body)))


def apart(a: Named, b: Named) -> str:
    """"unknown" unless both name people so; "apart" when neither writes a surname the other names."""
    if not (a.surnames and b.surnames):
        return "unknown"
    return "alike" if a.surnames & b.words or b.surnames & a.words else "apart"


def crawl_counts(ns: argparse.Namespace) -> None:
    """The crawl's pairs, printed."""
    known = incidents(ns.frames)
    reports = []
    for incident, items in usable_reports(ns.corpus_dir):
        if incident in known:
            reports.extend((incident, named(item["title"], item["text"]), item["title"]) for _n, item in items)
    print(f"{len(reports)} reports of {len({r[0] for r in reports})} incidents")
    pairs = week_pairs([r[0] for r in reports], known, ns.week)
    for kind, found in pairs.items():
        c = Counter(apart(reports[a][1], reports[b][1]) for a, b in found)
        print(f"{kind} ({len(found)} pairs): " + "  ".join(f"{v} {n}" for v, n in sorted(c.items())))
    if ns.show:
        shown = [(a, b) for a, b in pairs["one incident"] if apart(reports[a][1], reports[b][1]) == "apart"]
        for a, b in random.Random(0).sample(shown, min(ns.show, len(shown))):
            for k in (a, b):
                print(f"  {reports[k][0]} {sorted(reports[k][1].surnames)}: {reports[k][2][:100]!r}")
            print()


def dev_counts(data: Path) -> None:
    """The judged dev links by their report pair's reading, printed."""
    from incident_pairs import judged_sides, title_and_text
    tallies: dict[str, Counter] = defaultdict(Counter)
    pairs: dict[tuple, Counter] = defaultdict(Counter)
    for _key, row, a, b in judged_sides(data, lambda path: named(*title_and_text(path))):
        verdict = apart(a, b)
        tallies[verdict][row["verdict"]] += 1
        if verdict == "apart":
            key = (row["set"], row["file_a"], row["file_b"], tuple(sorted(a.surnames)), tuple(sorted(b.surnames)))
            pairs[key][row["verdict"] + ("*" if row.get("class") == "another incident" else "")] += 1
    for name, c in sorted(tallies.items()):
        print(f"  {name:8s} " + "  ".join(f"{v} {c[v]}" for v in "RPWU"))
    print("report pairs apart (* classed another incident):")
    for key, c in sorted(pairs.items()):
        print("   ", *key, dict(c))


def main() -> None:
    parser = sign_arguments(__doc__.splitlines()[0])
    count_sign(parser, dev_counts, crawl_counts)


if __name__ == "__main__":
    main()
