"""Count, over the GVA crawl, how often two reports give their incident's address in streets they do not share, by
whether they report one incident or two incidents that share a sentence word for word.

Two reports of two shootings of one city share template sentences ("Two people were killed"), and the story gate
lets some such pairs through (`count_bare_sentences`); where each report gives an address (`claims.streets`: a
block of a street, a house number, a crossing) the two addresses tell two places. Reports of one incident may give
it at two crossings of one corner, or name another street in passing (where a victim lived), so the count says how
often one incident's reports give streets apart. Report pairs:

- one incident: every pair of the incident's usable reports;
- two incidents sharing a sentence: pairs of reports of two incidents sharing a sentence of 3 to 40 words
  (`count_bare_sentences.shared_sentences`, sentences more than ``--common`` reports share left out), of one outlet
  or of two: the pairs a city's outlets' template sentences join, which the story gate weighs.

On the whole crawl (3,926 usable reports, 2,042 giving an address; session 56):

    report pairs   one incident   two incidents sharing a sentence
    a street shared         565       41
    streets apart            69      662
    no address on one side 1853      999

Where both give an address, one incident's reports give streets apart 69 of 634 times (.11: one names where a
victim lived, one a crossing and the other a block of another street), two incidents' 662 of 703 (.94). Reading a
street number spelt in words as its numeral ("West Sixth" / "6th Street") took the first from 77 to 69 and left the
second. Streets apart are thus strong evidence of two incidents, yet not proof: `claims.anchors.placed_checked`
reads them only with the pair's other anchors (a rare name both reports give keeps them one incident).

    python training/count_street_places.py CORPUS_DIR [--common 5] [--show N]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import crawl_arguments, reports, shared_sentences  # noqa: E402

from viewer.analysis.claims.streets import stated_streets, streets_apart  # noqa: E402


def report_pairs(found: list[tuple[str, str, str]], common: int) -> dict[tuple[int, int], str]:
    """Each report pair of one incident, and each of two incidents sharing a sentence, with its kind."""
    pairs = {}
    by_incident: dict[str, list[int]] = {}
    for k, (incident, _host, _text) in enumerate(found):
        by_incident.setdefault(incident, []).append(k)
    for ks in by_incident.values():
        pairs.update({p: "one incident" for p in itertools.combinations(ks, 2)})
    for _sentence, ks in shared_sentences([t for _i, _h, t in found], common).values():
        for a, b in itertools.combinations(sorted(ks), 2):
            if found[a][0] != found[b][0]:
                pairs[a, b] = "two incidents sharing a sentence"
    return pairs


def place_class(a: set[str], b: set[str]) -> str:
    """A report pair's class by the streets each gives in an address."""
    if not (a and b):
        return "no address on one side"
    return "streets apart" if streets_apart(a, b) else "a street shared"


def main() -> None:
    ns = crawl_arguments(__doc__, "report pairs")
    found = reports(ns.corpus_dir)
    streets = [set(stated_streets(text)) for _i, _h, text in found]
    pairs = report_pairs(found, ns.common)
    classes = {p: (kind, place_class(streets[p[0]], streets[p[1]])) for p, kind in pairs.items()}
    print(f"{len(found)} reports, {sum(1 for s in streets if s)} give an address")
    counted = Counter(classes.values())
    for kind, place in sorted(counted):
        print(f"{counted[kind, place]:7d} report pairs  {kind}, {place}")
    for kind, place in sorted(counted):
        chosen = sorted(p for p, c in classes.items() if c == (kind, place))
        for a, b in random.Random(0).sample(chosen, min(ns.show, len(chosen))):
            print(f"  {kind}, {place}: {found[a][0]} {sorted(streets[a])} / {found[b][0]} {sorted(streets[b])}")


if __name__ == "__main__":
    main()
