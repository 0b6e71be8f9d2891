"""Count, over the GVA crawl, the sentences two reports share word for word, by whether the two report one incident
or two incidents of one outlet, and by whether the sentence is anchored (`claims.anchors.anchored`, read by the
analyser's own units of the sentence) and the two reports also share an anchored one.

A local outlet writes every shooting of its city in the same sentences, so two of its reports of two incidents share
some word for word; reports of one incident share them too. Which shared sentences say the two tell one incident?
Each pair of reports sharing a sentence (one incident: positive; two incidents of one outlet's site: a natural
negative, as the story gate lets some such pairs through) is put in a class by what it shares:

- ``anchored``: at least one shared sentence is anchored;
- ``bare only``: every shared sentence is bare.

Sentences more than ``--common`` reports share are left out: they are the outlet's page matter (a newsletter line, a
tip line), which the importer's boilerplate rules take off before units are cut, and so are sentences of which the
analyser cuts no claim unit (datelines, credits). Sentences are normalised (lower case, words only, 3 to 40 words). On
the whole crawl (3,659 incidents, 3,926 usable reports; 2,816 sentences shared by 2 to 5 reports, 1,902 of them claim
units, 1,144 anchored; session 55):

    report pairs  bare sentences
       150          346          one incident, anchored
        47           67          one incident, bare only
       155          206          two incidents, one outlet, anchored
       414          414          two incidents, one outlet, bare only

Of the report pairs that share only bare sentences ("No one was injured.", "Police continue to investigate.", "No
arrests have been announced.") 47 of 461 (.10) report one incident; of those sharing an anchored one, 150 of 305
(.49). A bare sentence shared word for word is no sign of one incident; beside an anchored one the bare sentences
are mostly the incident's own (346 of the 552 bare sentences such pairs share are one incident's). Hence
`claims.anchors.bare_checked`.

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
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gva import read_item, usable  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def reports(corpus_dir: Path) -> list[tuple[str, str, str]]:
    """(incident, outlet's host, text) of every usable report of the crawl."""
    out = []
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        items = [(p.name, item) for p in sorted(folder.iterdir()) if (item := read_item(p)) is not None]
        out += [(folder.name, urlparse(item["uri"]).netloc.removeprefix("www."), item["text"]) for _n, item in usable(items)]
    return out


def shared_sentences(texts: list[str], common: int) -> dict[str, tuple[str, set[int]]]:
    """Each normalised sentence two to ``common`` reports hold: one wording of it and the reports."""
    found: dict[str, tuple[str, set[int]]] = {}
    for k, text in enumerate(texts):
        for sentence in _SENTENCE_END.split(text):
            words = re.findall(r"[a-z0-9]+", sentence.lower())
            if 3 <= len(words) <= 40:
                found.setdefault(" ".join(words), (sentence.strip(), set()))[1].add(k)
    return {key: (s, ks) for key, (s, ks) in found.items() if 2 <= len(ks) <= common}


def is_anchored(sentence: str) -> bool | None:
    """Whether any claim unit the analyser cuts from the sentence, read alone, is anchored; None when it cuts none
    (a dateline, a credit line: nothing linking compares)."""
    from viewer.analysis.claims.anchors import anchored
    from viewer.analysis.claims.units import claim_units
    from viewer.analysis.segment import parse

    units = claim_units(parse(1, sentence + "\n", []))
    return any(anchored(u.features) for u in units) if units else None


def pair_classes(found: list[tuple[str, str, str]], shared: dict, anchors: dict[str, bool]) -> dict:
    """For each pair of reports sharing a sentence, of one incident or of two of one outlet: its class, its bare
    sentences."""
    pairs: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key, (_s, ks) in shared.items():
        for a, b in itertools.combinations(sorted(ks), 2):
            if found[a][0] == found[b][0] or found[a][1] == found[b][1]:
                pairs[a, b].append(key)
    return {(a, b): ("one incident" if found[a][0] == found[b][0] else "two incidents, one outlet",
                     "anchored" if any(anchors[k] for k in keys) else "bare only", [k for k in keys if not anchors[k]])
            for (a, b), keys in pairs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--common", type=int, default=5, help="leave out sentences more reports than this share")
    parser.add_argument("--show", type=int, default=0, help="print this many bare sentences of each class")
    ns = parser.parse_args()
    found = reports(ns.corpus_dir)
    shared = shared_sentences([t for _i, _h, t in found], ns.common)
    read = {key: is_anchored(sentence) for key, (sentence, _ks) in shared.items()}
    anchors = {key: found for key, found in read.items() if found is not None}
    shared = {key: shared[key] for key in anchors}
    classes = pair_classes(found, shared, anchors)
    print(f"{len(found)} reports, {len(read)} sentences shared by 2 to {ns.common}, {len(shared)} of them claim units,"
          f" {sum(anchors.values())} anchored")
    pairs = Counter((kind, support) for kind, support, _bare in classes.values())
    bare = Counter((kind, support) for kind, support, keys in classes.values() for _k in keys)
    for kind, support in sorted(pairs):
        print(f"{pairs[kind, support]:6d} report pairs  {bare[kind, support]:6d} bare sentences  {kind}, {support}")
    for kind, support in sorted(pairs):
        keys = sorted({k for c, s, ks in classes.values() if (c, s) == (kind, support) for k in ks})
        for key in random.Random(0).sample(keys, min(ns.show, len(keys))):
            print(f"  {kind}, {support}: {shared[key][0]}")


if __name__ == "__main__":
    main()
