"""Count, over the GVA crawl, whether the ages two reports' ledes give people tell two reports of one incident from
reports of two incidents of one city and week: a report-level sign for a story gate like `incident_days`.

Two incidents' reports filed as one GVA incident, or two shootings of one city on one weekend, are told in the same
sentences ("A boy shot himself … Monday night"; "was arraigned in 36th District Court"), and what their ledes keep
apart is who was shot: "her 4-year-old son" and "his 6-year-old son". A report's lede is its headline and first
``--lead`` sentences (as `incident_days` reads it); its ages are those `persons.unnamed_ages` reads ("a 16-year-old
boy", "Another man, 32,") and, with ``--named``, those `ages.ages_in` gives named people ("Latasha Lum, 30,"). Two
ledes' ages are apart when both give some and none of one is within a year of one of the other (as
`persons.ages_apart` reads two units).

Pairs: one incident's (every pair of an incident's usable reports), and two incidents' of one city and state whose
archive dates are at most ``--week`` days apart (the negative pairs: two shootings of one city told side by side).

    python training/count_lede_ages.py CORPUS_DIR FRAMES_GIT_DIR [--lead 2] [--week 7] [--show N] [--dev DATA]

With ``--dev DATA`` the judged dev links (every links*.tsv but the blind draws', rejudged verdicts) are counted by
their report pair: R/P/W of the links between two reports whose ledes' ages are apart.

Session 64 (2,903 reports of 1,819 incidents, lead 2; pairs alike / apart / not both giving ages):

    reading        one incident (1,939 pairs)    two incidents, one city, within 7 days (481)
    unnamed        316 / 21 / 1,602              18 / 61 / 402
    every age      433 / 65 / 1,441              24 / 100 / 357

Judged dev links between reports whose ledes' unnamed ages are apart: R 4, P 17, W 11 (every age: R 10, P 27, W 19).
One incident's ledes give the victim's age in one report and the suspect's in its follow-up ("Teen Surrenders to Face
Charges in 14-Year-Old's Murder" / "Police charge Samir Price, 19"), so it was not built.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from count_incident_days import count_sign, incidents, lede_sentences, sign_arguments, week_pairs  # noqa: E402
from gva import usable_reports  # noqa: E402

from viewer.analysis.claims.ages import ages_in  # noqa: E402
from viewer.analysis.claims.persons import unnamed_ages  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

Ages = tuple[frozenset[int], frozenset[int]]  # (unnamed, named)


def lede_ages(sentences: list[str]) -> Ages:
    """The ages the lede's sentences give people unnamed and named."""
    unnamed, named = set(), set()
    for doc in english().pipe(sentences):
        unnamed.update(unnamed_ages(doc[:]))
        named.update(a.age for a in ages_in(doc, Span(0, len(doc.text))))
    return frozenset(unnamed), frozenset(named)


def ages_apart(a: frozenset[int], b: frozenset[int]) -> str:
    """"unknown" when a side gives none, "apart" when no age of one is within a year of one of the other's."""
    if not (a and b):
        return "unknown"
    return "apart" if all(abs(x - y) > 1 for x in a for y in b) else "alike"


def readings(a: Ages, b: Ages) -> dict[str, str]:
    """The pair under each reading: unnamed ages only, and every age."""
    return {"unnamed": ages_apart(a[0], b[0]), "every": ages_apart(a[0] | a[1], b[0] | b[1]),
            "unnamed, every age apart": "apart" if ages_apart(a[0], b[0]) == "apart"
            and ages_apart(a[0] | a[1], b[0] | b[1]) == "apart" else "not"}


def crawl_counts(ns: argparse.Namespace) -> None:
    """The crawl's pairs by reading, printed."""
    known = incidents(ns.frames)
    reports = []
    for incident, items in usable_reports(ns.corpus_dir):
        if incident not in known:
            continue
        for _name, item in items:
            sentences = lede_sentences(item["title"], item["text"], ns.lead)
            reports.append((incident, lede_ages(sentences), item["title"], " ".join(sentences[1:])[:300]))
    print(f"{len(reports)} reports of {len({r[0] for r in reports})} incidents; lead {ns.lead}")
    pairs = week_pairs([r[0] for r in reports], known, ns.week)
    for kind, found in pairs.items():
        tallies: dict[str, Counter] = defaultdict(Counter)
        for a, b in found:
            for name, verdict in readings(reports[a][1], reports[b][1]).items():
                tallies[name][verdict] += 1
        print(f"{kind} ({len(found)} pairs, {len({reports[a][0] for a, _ in found})} incidents)")
        for name, c in tallies.items():
            print(f"  {name:28s} " + "  ".join(f"{v} {n}" for v, n in sorted(c.items())))
    if ns.show:
        apart = [(a, b) for a, b in pairs["one incident"] if readings(reports[a][1], reports[b][1])["unnamed"] == "apart"]
        for a, b in random.Random(0).sample(apart, min(ns.show, len(apart))):
            for k in (a, b):
                r = reports[k]
                print(f"  {r[0]} {sorted(r[1][0])} {sorted(r[1][1])}: {r[2][:90]!r} | {r[3][:220]!r}")
            print()


def dev_counts(data: Path) -> None:
    """The judged dev links by their report pair's reading, printed."""
    from incident_pairs import judged_sides, title_and_text
    tallies: dict[str, Counter] = defaultdict(Counter)
    pairs: dict[str, dict[tuple, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for _key, row, a, b in judged_sides(data, lambda path: lede_ages(lede_sentences(*title_and_text(path), 2))):
        for name, verdict in readings(a, b).items():
            tallies[f"{name}: {verdict}"][row["verdict"]] += 1
            if verdict == "apart":
                pairs[name][(row["set"], row["file_a"], row["file_b"], tuple(sorted(a[0] | a[1])),
                             tuple(sorted(b[0] | b[1])))][row["verdict"] + ("*" if row.get("class") == "another incident" else "")] += 1
    for name, c in sorted(tallies.items()):
        print(f"  {name:36s} " + "  ".join(f"{v} {c[v]}" for v in "RPWU"))
    for name, found in pairs.items():
        print(f"report pairs apart, {name} (* classed another incident):")
        for key, c in sorted(found.items()):
            print("   ", *key, dict(c))


def main() -> None:
    parser = sign_arguments(__doc__.splitlines()[0])
    parser.add_argument("--lead", type=int, default=2)
    count_sign(parser, dev_counts, crawl_counts)


if __name__ == "__main__":
    main()
