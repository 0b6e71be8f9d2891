"""Count, over the GVA crawl, how often two reports' ledes date one act to days that cannot be one (`dated_acts`) where
the reports tell one incident and where they tell two of one city: the cost side of the lede act sign on the source
whose follow-ups (an arrest, a charge, a funeral) tell one incident's later stages on later days.

    python training/count_dated_acts.py CORPUS_DIR FRAMES_GIT_DIR [--show N]

Report pairs are every pair of an incident's usable reports, and every pair of two incidents the archive places in one
city and state (cltl/LongTailQATask's frames, read as `count_incident_days.incidents` reads them), also those within a
week. A lede is the headline and the first `incident_days.lede` sentences, each parsed alone; its acts are
`dated_acts.dated_acts`, compared by `dated_acts.acts_apart`. Printed: the pairs apart, alike (one act dated on both
sides, none apart) and not both dated, and ``--show`` one incident's pairs apart.

A page's stamp ("Published: Thursday, October 20, 2016", "(Published Tuesday, Nov. 29, 2016)") is read as an act
dated, and two reports of one incident stamped on two days read as two happenings. The stems whose days one incident's
report pairs give apart at least as often as alike (``--stamps``: in at least that many pairs) are the stamps
`dated_acts` leaves out; ``--write`` puts them in `dated_acts.json`, and the pairs are counted without them.

On the crawl (session 74; 2,903 reports of 1,819 incidents, lede 2, 1,594 reports dating an act): the one stamp is
"publish" (one incident's pairs apart 3, alike 2; "shoot" 1 and 62, "kill" 0 and 9, no other stem in more than 3
pairs); without it, one incident's pairs apart 1 (an 8-year-old shot "Friday night, just two days after" the 3-year-old
of the incident, which `incident_days` parts already), alike 87, not both 1,851; two incidents' of one city apart
1,087, alike 643, not both 19,724; of one city within 7 days 26, 21 and 434.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from count_incident_days import city_pairs, incidents, lede_sentences  # noqa: E402
from gva import usable_reports  # noqa: E402

from viewer.analysis.claims.dated_acts import acts_apart, dated_acts, days_of, stem_of  # noqa: E402
from viewer.analysis.claims.incident_days import lede  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


def lede_acts(title: str, text: str) -> frozenset[str]:
    """The acts a crawl report's lede dates to a weekday, stamps too."""
    acts: set[str] = set()
    for sentence in lede_sentences(title, text, lede()):
        doc = english()(sentence)
        acts.update(dated_acts(doc, doc[:], stamps=frozenset()))
    return frozenset(acts)


def stamp_stems(pairs: list[tuple[frozenset[str], frozenset[str]]], least: int) -> list[str]:
    """The stems one incident's report pairs (``pairs``: their lede acts) date apart at least as often as alike, in at
    least ``least`` pairs: a page's time, not its news's."""
    tally: dict[str, Counter] = {}
    for a, b in pairs:
        days_a, days_b = days_of(a), days_of(b)
        for stem in days_a.keys() & days_b.keys():
            tally.setdefault(stem, Counter())["apart" if acts_apart(a & _of(stem, a), b & _of(stem, b)) else "alike"] += 1
    print("stems both reports of one incident date (apart / alike):",
          ", ".join(f"{k} {c['apart']}/{c['alike']}" for k, c in sorted(tally.items(), key=lambda x: -sum(x[1].values()))))
    return sorted(k for k, c in tally.items() if c["apart"] >= max(least, c["alike"]))


def _of(stem: str, acts: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in acts if stem_of(x) == stem)


def write_table(path: Path, stamps: list[str], least: int) -> None:
    """The stamps, with where they came from."""
    path.write_text(json.dumps({
        "what": "Event stems a report's lede dates that are its page's time, not its news's (claims.dated_acts): two "
                "reports of one incident give them days apart at least as often as alike.",
        "source": "GVA crawl (cltl/LongTailQATask the_violent_corpus, incidents in its GunViolenceArchive frames): "
                  f"training/count_dated_acts.py --stamps {least}: the stems both ledes of one incident's report pair "
                  f"date, apart (no day within a day) at least as often as alike, in at least {least} pairs",
        "stamps": stamps}, indent=1) + "\n", encoding="utf-8")


def act_class(a: frozenset[str], b: frozenset[str]) -> str:
    """"apart", "alike" or "not both", as `bench/dated_act_links.act_class` reads two documents."""
    if acts_apart(a, b):
        return "apart"
    return "alike" if {stem_of(x) for x in a} & {stem_of(x) for x in b} else "not both"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("frames", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--stamps", type=int, default=2, help="one incident's pairs a stamp is read apart in, at least")
    parser.add_argument("--write", type=Path, help="write the stamps here (viewer/analysis/claims/dated_acts.json)")
    ns = parser.parse_args()
    known = incidents(ns.frames)
    reports = [(incident, item["title"], item["text"], lede_acts(item["title"], item["text"]))
               for incident, items in usable_reports(ns.corpus_dir) if incident in known for _name, item in items]
    ones = [(reports[a][3], reports[b][3]) for a, b in city_pairs([r[0] for r in reports], known)
            if reports[a][0] == reports[b][0]]
    stamps = stamp_stems(ones, ns.stamps)
    print("stamps:", stamps)
    if ns.write:
        write_table(ns.write, stamps, ns.stamps)
    reports = [(*r[:3], frozenset(x for x in r[3] if stem_of(x) not in stamps)) for r in reports]
    print(f"{len(reports)} reports of {len({r[0] for r in reports})} incidents; {sum(bool(r[3]) for r in reports)} date an act in the lede")
    counted: Counter = Counter()
    apart_one = []
    for a, b in city_pairs([r[0] for r in reports], known):
        ia, ib = reports[a][0], reports[b][0]
        found = act_class(reports[a][3], reports[b][3])
        kinds = ["one incident"] if ia == ib else ["two incidents, one city"] + (
            ["two incidents, one city, within 7 days"] if abs((known[ia][0] - known[ib][0]).days) <= 7 else [])
        for kind in kinds:
            counted[(kind, found)] += 1
        if ia == ib and found == "apart":
            apart_one.append((a, b))
    for kind in ("one incident", "two incidents, one city", "two incidents, one city, within 7 days"):
        print(f"{kind:40s} " + "  ".join(f"{c} {counted[(kind, c)]}" for c in ("apart", "alike", "not both")))
    for a, b in random.Random(0).sample(apart_one, min(ns.show, len(apart_one))):
        for k in (a, b):
            print(f"  {reports[k][0]} {sorted(reports[k][3])}: {reports[k][1][:90]!r} | {reports[k][2][:160]!r}")
        print()


if __name__ == "__main__":
    main()
