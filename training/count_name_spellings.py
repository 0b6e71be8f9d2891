"""Count, across the reports of one incident of the GVA crawl, a person named with an age in both reports whose given
name or surname is spelt two ways, by what tells the two spellings apart, to see which spellings the discrepancy
lines may show as a name spelt two ways and which name two people.

Names compared by their squashed words (`vocabulary.squash`: y/i, j/i, kh/h and doubled letters made one) are one
writing, so "Jeannette Segarra" / "Jeanette Segarra" in one linked claim gave no line, while "Jamie" / "Jaime" did.
Each pair of people across two reports, one word equal and the other spelt apart, is put in one class by that word:

- ``doubled letter``: the two differ only in a letter written once or twice ("Jeannette"/"Jeanette");
- ``y/i, j/i, kh/h``: the two differ only in what transliteration varies ("Vadym"/"Vadim");
- ``a letter or two``: any other change of one or two letters (what `_misspelt` already reads);

and by whether one report names both (two people: "Erick and Erik"), else whether their ages agree within a year.

``--ages`` counts instead one person (one name, or spelt a letter or two apart) given two ages in two reports, by how
far apart the ages and the reports' dates are: ages a year apart in reports dated months apart may be one age told
as of two days (a birthday between), not a disagreement.

    python training/count_name_spellings.py CORPUS_DIR [--show N] [--ages]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # count_named_people, imported as a script or a module

from count_named_people import named_pairs  # noqa: E402
from viewer.analysis.claims.ages import spelt_alike  # noqa: E402
from viewer.analysis.claims.vocabulary import squash  # noqa: E402

_DOUBLED = re.compile(r"(.)\1+")


def spelling_class(x: str, y: str) -> str:
    """How two folded writings of one name word differ ("" for not a letter or two)."""
    if x == y or x.startswith(y) or y.startswith(x) or min(len(x), len(y)) < 4:
        return ""
    if _DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y):
        return "doubled letter"
    if squash(x) == squash(y):
        return "y/i, j/i, kh/h"
    apart = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes()
                if tag != "equal")
    return "a letter or two" if apart <= 2 else ""


def age_class(a: tuple[str, str, int], b: tuple[str, str, int], days: int) -> str:
    """The class of one person's two ages in two reports ``days`` apart."""
    years = abs(a[2] - b[2])
    return f"ages {'a year' if years == 1 else 'more than a year'} apart, reports {'within a week' if days <= 7 else 'a week to a year' if days <= 365 else 'over a year'} apart"


def count_ages(corpus_dir: Path, show: int) -> None:
    """One person given two ages in two reports of one incident, by `age_class`."""
    counts: Counter = Counter()
    shown: Counter = Counter()
    seen = set()
    for pair in named_pairs(corpus_dir):
        a, b, people = pair.a, pair.b, pair.people
        one = a[:2] == b[:2] or (a[0] == b[0] and spelt_alike(a[1], b[1])) or (a[1] == b[1] and spelt_alike(a[0], b[0]))
        if not one or a[2] == b[2] or (key := (pair.incident, a[:2], b[:2])) in seen or \
                any(x[:2] == a[:2] and y[:2] == b[:2] and x[2] == y[2] for x in people[pair.i] for y in people[pair.j]):
            continue
        seen.add(key)
        dates = [date.fromisoformat(pair.items[k][1]["date"][:10]) for k in (pair.i, pair.j)]
        kind = age_class(a, b, abs((dates[0] - dates[1]).days))
        counts[kind] += 1
        if shown[kind] < show:
            shown[kind] += 1
            print(f"{pair.incident}\t{kind}\t{a}\t{b}")
    for kind, n in sorted(counts.items()):
        print(f"{n:6d}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=0, help="examples of each class to print")
    parser.add_argument("--ages", action="store_true", help="count one person's two ages instead")
    ns = parser.parse_args()
    if ns.ages:
        count_ages(ns.corpus_dir, ns.show)
        return
    counts: Counter = Counter()
    shown: Counter = Counter()
    seen = set()
    for pair in named_pairs(ns.corpus_dir):
        a, b = pair.a, pair.b
        same = [k for k in (0, 1) if a[k] == b[k]]
        if len(same) != 1 or (key := (pair.incident, *sorted((a[:2], b[:2])))) in seen:
            continue
        k = 1 - same[0]
        kind = spelling_class(a[k], b[k])
        if not kind:
            continue
        seen.add(key)
        both = any(re.search(rf"\b{re.escape(a[k])}\b", t) and re.search(rf"\b{re.escape(b[k])}\b", t) for t in pair.lowered)
        how = "one report writes both" if both else "ages within a year" if abs(a[2] - b[2]) <= 1 else "ages apart"
        counts[kind, how] += 1
        if shown[kind, how] < ns.show:
            shown[kind, how] += 1
            print(f"{pair.incident}\t{kind}\t{how}\t{a}\t{b}")
    for (kind, how), n in sorted(counts.items()):
        print(f"{n:6d}  {kind:18s} {how}")


if __name__ == "__main__":
    main()
