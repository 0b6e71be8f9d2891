"""Count, across the reports of one incident of the GVA crawl, people named with an age ("Prentiss Jackson, 45,",
"37-year-old Derrick Jackson") in one report against those the other report names, to see how often two names
that do not agree are one person written apart (a misspelt or shortened name) and how often two people.

Two reports of a shooting tell its victims, shooters and witnesses in sentences of one shape ("45-year-old Prentiss
Jackson died from several gunshot wounds" / "37-year-old Derrick Jackson was taken to UMMC with a gunshot wound"),
so two such sentences share the incident's place, date and outcome words; only the person tells them apart. Each
pair of named people across two reports is put in one class:

- ``one person``: given name and surname agree (with ``ages differ`` when the ages do not: a reporting difference);
- ``two people, one report names both``: a single report of the incident names both, so they are two;
- ``surname alike``: surnames that differ by a letter or two ("Prentiss"/"Prentice", "Smith"/"Smyth") or one
  inside the other, and no report names both: most likely one person spelt apart;
- ``given name apart``: one surname, two given names, no report names both;
- ``names apart``: neither name is in the other's report nor alike: unresolved (shown with --show).

People are read by pattern alone (capitalised words before ", N," or after "N-year-old"), which is enough to count.
Each class is split by whether the two ages lie within a year. On the whole crawl (3,659 incidents, session 54):

    2012  two people, one report names both   (ages within a year 356, apart 1656)
     538  one person                          (538, 0)
     403  names apart                         (55, 348)
      59  one person, ages differ             (38, 21)
      53  given name apart                    (24, 29)
      32  given name apart (alike)            (32, 0)
      12  surname alike                       (10, 2)

One name with two ages is a reporting difference (21 of 597 same names more than a year apart), so an age alone
never says two people. Names written alike are one person (Sinclair/Sinclaire, Ron/Ronald Haskell; Millien/Milien,
two given names, the one exception). All 29 "given name apart" pairs with ages apart were two people (relatives:
the Dooleys, the Ralstons), and 40 of the 348 "names apart" pairs with ages apart, drawn at random, were two people
every time: different names with ages more than a year apart are two people (`persons.ages_apart`).

    python training/count_named_people.py CORPUS_DIR [--show N] [--limit N]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import combinations, islice
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gva import usable_reports  # noqa: E402
from viewer.analysis.claims.ages import spelt_alike  # noqa: E402

_CAP = r"[A-Z][a-z][\w'’-]*"
_NAME = rf"({_CAP}(?:\s+[A-Z]\.)?(?:\s+{_CAP}){{1,2}})"
_APPOSITIVE = re.compile(rf"\b{_NAME}(?:,?\s+(?:Jr|Sr)\.?)?,\s+(?:aged\s+)?(\d{{1,3}})(?=\s*(?:[,;)]|\.\s|\s+(?:of|and|was|who)\b))")
_YEAR_OLD = re.compile(rf"\b(\d{{1,3}})[- ]years?[- ]old\s+{_NAME}")
# Capitalised words that begin a sentence or name a title or place, never a given name.
_NOT_GIVEN = frozenset("The A An In On At And But When After Police Officer Officers Sgt Lt Det Deputy Chief Sheriff "
                       "Judge Mr Mrs Ms Dr Both Victim Suspect Authorities Investigators North South East West "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def named_ages(text: str) -> list[tuple[str, str, int]]:
    """(given, surname, age) of each person the text names with an age."""
    found = [(m.group(1), int(m.group(2))) for m in _APPOSITIVE.finditer(text)]
    found += [(m.group(2), int(m.group(1))) for m in _YEAR_OLD.finditer(text)]
    out = []
    for name, age in found:
        words = [w for w in name.split() if not w.endswith(".")]
        if len(words) >= 2 and words[0] not in _NOT_GIVEN and 0 < age <= 110:
            out.append((words[0].lower(), words[-1].lower(), age))
    return list(dict.fromkeys(out))


class NamedPair(NamedTuple):
    """Two people named with an age in two reports (``i``, ``j``) of one incident of the crawl."""

    incident: str
    items: list
    lowered: list[str]
    people: list[list[tuple[str, str, int]]]
    i: int
    j: int
    a: tuple[str, str, int]
    b: tuple[str, str, int]


def named_pairs(corpus_dir: Path, limit: int = 0) -> Iterator[NamedPair]:
    """Every pair of people named with an age across two reports of one incident, incident by incident (``limit``: the
    first so many incidents, 0 all): what the counters of named people read."""
    for incident, items in islice(usable_reports(corpus_dir), limit or None):
        reports = [(item["title"] + "\n" + item["text"]) for _n, item in items]
        lowered = [t.lower() for t in reports]
        people = [named_ages(t) for t in reports]
        for i, j in combinations(range(len(reports)), 2):
            for a in people[i]:
                for b in people[j]:
                    yield NamedPair(incident, items, lowered, people, i, j, a, b)


def pair_class(a: tuple[str, str, int], b: tuple[str, str, int], texts: list[str]) -> str:
    """The class of two named people of one incident's two reports (see the module's docstring)."""
    if a[:2] == b[:2]:
        return "one person" + (", ages differ" if a[2] != b[2] else "")
    both = any(f"{a[0]} {a[1]}" in t and f"{b[0]} {b[1]}" in t for t in texts) if a[1] == b[1] else \
        any(re.search(rf"\b{a[1]}\b", t) and re.search(rf"\b{b[1]}\b", t) for t in texts)
    if both:
        return "two people, one report names both"
    if a[1] == b[1]:
        return "given name apart" + (" (alike)" if spelt_alike(a[0], b[0]) else "")
    return "surname alike" if spelt_alike(a[1], b[1]) else "names apart"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=0, help="examples of each class to print")
    parser.add_argument("--limit", type=int, default=0, help="incidents to read (0: all)")
    ns = parser.parse_args()
    counts: Counter = Counter()
    ages_by_class: Counter = Counter()
    shown: dict[str, int] = {}
    seen = set()
    for pair in named_pairs(ns.corpus_dir, ns.limit):
        a, b = pair.a, pair.b
        key = (pair.incident, *sorted((a, b)))
        if key in seen or not a[1] or not b[1]:
            continue
        seen.add(key)
        kind = pair_class(a, b, pair.lowered)
        counts[kind] += 1
        ages_by_class[kind, "ages within a year" if abs(a[2] - b[2]) <= 1 else "ages apart"] += 1
        if shown.get(kind, 0) < ns.show and not kind.startswith("one person"):
            shown[kind] = shown.get(kind, 0) + 1
            print(f"{pair.incident}\t{kind}\t{a}\t{b}")
    for kind, n in counts.most_common():
        print(f"{n:6d}  {kind}  (ages within a year {ages_by_class[kind, 'ages within a year']}, "
              f"apart {ages_by_class[kind, 'ages apart']})")


if __name__ == "__main__":
    main()
