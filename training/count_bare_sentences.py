"""Count, over the GVA crawl, the sentences two reports share word for word, by whether the two report one incident
or two (of one outlet or of two), and by whether the sentence is anchored (`claims.anchors.anchored`, read by the
analyser's own units of the sentence) and the two reports also share an anchored one.

A local outlet writes every shooting of its city in the same sentences, so two of its reports of two incidents share
some word for word; reports of one incident share them too. Which shared sentences say the two tell one incident?
Each pair of reports sharing a sentence (one incident: positive; two incidents: a natural negative, as the story gate
lets some such pairs through) is put in a class by what it shares:

- ``anchored``: at least one shared sentence is anchored by more than counts of people;
- ``toll only``: the shared anchored sentences are anchored only by counts of people with what befell them
  (`toll_only`: "Two people were killed", "three others were wounded");
- ``bare only``: every shared sentence is bare.

Sentences more than ``--common`` reports share are left out: they are the outlet's page matter (a newsletter line, a
tip line), which the importer's boilerplate rules take off before units are cut, and so are sentences of which the
analyser cuts no claim unit (datelines, credits). Sentences are normalised (lower case, words only, 3 to 40 words). On
the whole crawl (3,659 incidents, 3,926 usable reports; 2,816 sentences shared by 2 to 5 reports, 1,902 of them claim
units, 1,144 anchored; session 55, split by outlet in session 56):

    report pairs  bare sentences
       150          346          one incident, anchored
        47           67          one incident, bare only
        99          197          two incidents, one outlet, anchored
        56           56          two incidents, one outlet, bare only
        50            9          two incidents, two outlets, anchored
       358          358          two incidents, two outlets, bare only
         6            0          two incidents, two outlets, toll only

Every report of the crawl is a Wayback Machine copy, so its outlet is the host of the page the address ends with
(`corpus.outlet_names.host_of`); session 55 read the archive's own host, so all its pairs of two incidents were
counted as of "one outlet" (the sums above are its figures). Of the report pairs that share only bare sentences
("No one was injured.", "Police continue to investigate.", "No arrests have been announced.") 47 of 461 (.10)
report one incident; of those sharing an anchored one, 150 of 305 (.49). Within one outlet the bare share is higher
(47 of 103, against 150 of 249 anchored): a researcher's corpus mixes outlets, and most bare sentences two incidents
share come from two (358 of 414). A bare sentence shared word for word is no sign of one incident; beside an anchored one the bare sentences
are mostly the incident's own (346 of the 552 bare sentences such pairs share are one incident's). Hence
`claims.anchors.bare_checked`.

Tolls (counted in session 55, ``toll_spread``): 21 shared sentences are anchored only by counts of people. The report
pairs that share nothing anchored but a toll are all of two incidents (6 of 6), and the small tolls are given by
several incidents (three wounded: 5 incidents, 0 pairs of one incident and 4 of two; two wounded: 5, 2 and 3; one
shot: 3, 1 and 1; four wounded: 3, 1 and 1), the large ones by one (eight killed, 50 killed and 53 wounded, seven
shot: pairs of one incident only). So a small toll shared word for word is weak evidence of one incident, like a bare
sentence; but the counts are small (25 report pairs in all), and on the dev draws no link across events rests on a
toll-only sentence (the toll links there are all of one event), so linking does not read tolls as template wording.

    python training/count_bare_sentences.py CORPUS_DIR [--common 5] [--show N]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gva import usable_reports  # noqa: E402

from viewer.analysis.claims.anchors import anchored  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.corpus.outlet_names import host_of  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def reports(corpus_dir: Path) -> list[tuple[str, str, str]]:
    """(incident, outlet's host, text) of every usable report of the crawl."""
    return [(incident, host_of(item["uri"]), item["text"])
            for incident, items in usable_reports(corpus_dir) for _n, item in items]


def shared_sentences(texts: list[str], common: int) -> dict[str, tuple[str, set[int]]]:
    """Each normalised sentence two to ``common`` reports hold: one wording of it and the reports."""
    found: dict[str, tuple[str, set[int]]] = {}
    for k, text in enumerate(texts):
        for sentence in _SENTENCE_END.split(text):
            words = re.findall(r"[a-z0-9]+", sentence.lower())
            if 3 <= len(words) <= 40:
                found.setdefault(" ".join(words), (sentence.strip(), set()))[1].add(k)
    return {key: (s, ks) for key, (s, ks) in found.items() if 2 <= len(ks) <= common}


def toll_only(features: UnitFeatures) -> bool:
    """Whether the unit's only anchors are counts of people with what befell them (`features.outcomes`: "Two people
    were killed", "three others were wounded"): no name, date or age, and each figure it gives counts an outcome."""
    if not anchored(features) or not features.outcomes:
        return False
    if features.names or features.years or features.months or features.ages or features.unnamed_ages:
        return False
    tolls = [(low, high) for _kind, low, high in features.outcomes]
    return all(any(f.low <= high and low <= f.high for low, high in tolls) for f in features.figures
               if f.count or any(c.isdigit() for c in f.text))


def read_sentence(sentence: str) -> tuple[bool, tuple] | None:
    """Whether any claim unit the analyser cuts from the sentence, read alone, is anchored, and, where every anchored
    unit is anchored only by counts of people (`toll_only`), the toll they count as (kind, least,
    most) outcomes, else (); None when it cuts no unit (a dateline, a credit line: nothing linking compares)."""
    from viewer.analysis.claims.units import claim_units
    from viewer.analysis.segment import parse

    units = claim_units(parse(1, sentence + "\n", []))
    if not units:
        return None
    held = [u.features for u in units if anchored(u.features)]
    toll = tuple(sorted({o for f in held for o in f.outcomes})) if held and all(toll_only(f) for f in held) else ()
    return bool(held), toll


def pair_classes(found: list[tuple[str, str, str]], shared: dict, anchors: dict[str, bool],
                 tolls: dict[str, tuple] | None = None) -> dict:
    """For each pair of reports sharing a sentence, of one incident or of two (of one outlet or of two): its class,
    its bare sentences. A pair whose shared anchored sentences are all tolls (``tolls``: the sentence's counts of
    people, where they are its only anchors) is classed "toll only"."""
    tolls = tolls or {}
    pairs: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, (_s, ks) in shared.items():
        for a, b in itertools.combinations(sorted(ks), 2):
            pairs[a, b].append(key)
    return {(a, b): (_kind(found[a], found[b]), _support(keys, anchors, tolls), [k for k in keys if not anchors[k]])
            for (a, b), keys in pairs.items()}


def _kind(a: tuple[str, str, str], b: tuple[str, str, str]) -> str:
    """One incident, or two of one outlet (its host), or two of two outlets."""
    if a[0] == b[0]:
        return "one incident"
    return "two incidents, one outlet" if a[1] == b[1] else "two incidents, two outlets"


def _support(keys: list[str], anchors: dict[str, bool], tolls: dict[str, tuple]) -> str:
    """A report pair's class by the shared sentences ``keys``: what the most anchored of them gives."""
    held = [k for k in keys if anchors[k]]
    if not held:
        return "bare only"
    return "toll only" if all(tolls.get(k) for k in held) else "anchored"


def toll_spread(found: list[tuple[str, str, str]], shared: dict, tolls: dict[str, tuple], classes: dict) -> dict:
    """For each toll a shared sentence counts: how many incidents give it in a shared sentence, and how many report
    pairs share such a sentence, of one incident and of two."""
    spread: dict[tuple, list] = defaultdict(lambda: [set(), 0, 0])
    for key, toll in tolls.items():
        if not toll:
            continue
        spread[toll][0].update(found[k][0] for k in shared[key][1])
        for a, b in itertools.combinations(sorted(shared[key][1]), 2):
            if (a, b) in classes:
                spread[toll][1 if classes[a, b][0] == "one incident" else 2] += 1
    return {toll: (len(incidents), one, two) for toll, (incidents, one, two) in spread.items()}


def crawl_arguments(doc: str, shown: str) -> argparse.Namespace:
    """The crawl counters' command line: the crawl's folder, how many reports may share a sentence before it is left
    out as stock, and how many of ``shown`` to print of each class."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--common", type=int, default=5, help="leave out sentences more reports than this share")
    parser.add_argument("--show", type=int, default=0, help=f"print this many {shown} of each class")
    return parser.parse_args()


def main() -> None:
    ns = crawl_arguments(__doc__, "bare sentences")
    found = reports(ns.corpus_dir)
    shared = shared_sentences([t for _i, _h, t in found], ns.common)
    read = {key: read_sentence(sentence) for key, (sentence, _ks) in shared.items()}
    anchors = {key: r[0] for key, r in read.items() if r is not None}
    tolls = {key: r[1] for key, r in read.items() if r is not None}
    shared = {key: shared[key] for key in anchors}
    classes = pair_classes(found, shared, anchors, tolls)
    print(f"{len(found)} reports, {len(read)} sentences shared by 2 to {ns.common}, {len(shared)} of them claim units,"
          f" {sum(anchors.values())} anchored")
    pairs = Counter((kind, support) for kind, support, _bare in classes.values())
    bare = Counter((kind, support) for kind, support, keys in classes.values() for _k in keys)
    for kind, support in sorted(pairs):
        print(f"{pairs[kind, support]:6d} report pairs  {bare[kind, support]:6d} bare sentences  {kind}, {support}")
    print(f"{sum(1 for t in tolls.values() if t)} shared sentences anchored only by counts of people; by toll:")
    print("  incidents  pairs one  pairs two  toll (kind, least, most)")
    for toll, (incidents, one, two) in sorted(toll_spread(found, shared, tolls, classes).items(), key=lambda t: -t[1][0]):
        print(f"  {incidents:9d}  {one:9d}  {two:9d}  {toll}")
    for kind, support in sorted(pairs):
        keys = sorted({k for c, s, ks in classes.values() if (c, s) == (kind, support) for k in ks})
        for key in random.Random(0).sample(keys, min(ns.show, len(keys))):
            print(f"  {kind}, {support}: {shared[key][0]}")


if __name__ == "__main__":
    main()
