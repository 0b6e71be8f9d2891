"""Count, over the GVA crawl, how often a report gives two addresses in streets apart (a weekend round-up, a report
mostly of another shooting, the mother's case and the father's), and, for close sentence pairs of two reports, how
often a sentence from the section of one address meets a sentence of another street's report, by whether the two
reports tell one incident or two.

A report's section is what it tells after an address and before the next (`claims.streets` reads an address: a block
of a street, a house number, a crossing); the sentences before its first address are its lede. Sentence pairs are
close when they share half their content words (Jaccard ≥ ``--close``, four words or more each). Each pair's class:

- same street: both sentences' sections share a street;
- section apart: both have a section, and their streets are apart (`streets.streets_apart`);
- lede or no address: either sentence has no section.

The section of a report that gives one address (or several of one street) is the whole report.

On the whole crawl (3,926 usable reports; 1,961 give an address, 411 two or more apart, 150 three or more; session 56),
close sentence pairs of report pairs where a report gives two or more addresses apart:

    report pair's streets   sentences' sections   one incident   two incidents sharing a sentence
    a street shared         same street                    694      969
    a street shared         section apart                  137       20
    a street shared         lede or no address             287      175
    streets apart           section apart                    8      312

Where the two reports share a street (what `anchors.placed_checked` leaves), a sentence pair whose sections are apart
is one incident's 137 times in 157 (84 in 101 where a report gives three addresses apart, 38 in 49 for four), and
read by hand (22 drawn) nearly all tell the same thing: a report of one incident gives a second address for where a
victim lived, a suspect's home, another corner of the scene or a live blog's places, and goes on telling that incident
after it. So a section is no sign of another incident, and no check reads it: session 56's trial (where an article
gives addresses apart, a pair of units from sections apart is cut unless it shares a rare name) took 24 judged right
links and 3 wrong ones from gvaP, gvaN, gvaO, gvaI and gvaJ.

    python training/count_street_sections.py CORPUS_DIR [--close 0.5] [--show N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_street_places import place_class, report_pairs  # noqa: E402

from viewer.analysis.claims.streets import stated_streets, streets_apart  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
Told = list[tuple[str, frozenset[str], frozenset[str]]]  # each sentence, its content words, its section's streets
_STOP = frozenset("the a an of in on at to and was were is are he she they it his her their for by with from that "
                  "said police this has had have been as who after".split())


def sections(text: str) -> Told:
    """Each sentence of the report with its content words and its section's streets (empty before any address)."""
    found, section = [], frozenset()
    for sentence in _SENTENCE_END.split(text):
        streets = frozenset(stated_streets(sentence))
        if streets:
            section = streets
        words = frozenset(re.findall(r"[a-z0-9]+", sentence.lower())) - _STOP
        found.append((sentence.strip(), words, section))
    return found


def addresses_apart(told: Told) -> int:
    """How many addresses the report gives in streets apart from each other's (read in the report's order)."""
    kept: list[frozenset[str]] = []
    for _t, _w, section in told:
        if section and all(streets_apart(set(section), set(k)) for k in kept):
            kept.append(section)
    return len(kept)


def whole(told: Told) -> Told:
    """A report of one address: every sentence is in its section."""
    streets = frozenset(s for _t, _w, section in told for s in section)
    return [(t, w, streets) for t, w, _s in told]


def section_class(a: frozenset[str], b: frozenset[str]) -> str:
    """A close sentence pair's class by its two sentences' sections."""
    if not (a and b):
        return "lede or no address"
    return "section apart" if streets_apart(set(a), set(b)) else "same street"


def close_pairs(a: Told, b: Told, close: float) -> Iterator[tuple[str, frozenset[str], str, frozenset[str]]]:
    """Each sentence of ``a`` with one of ``b`` sharing ``close`` of their content words, with their sections."""
    for ta, wa, sa in a:
        if len(wa) < 4:
            continue
        for tb, wb, sb in b:
            if len(wb) >= 4 and len(wa & wb) / len(wa | wb) >= close:
                yield ta, sa, tb, sb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--close", type=float, default=0.5, help="least share of content words of a close pair")
    parser.add_argument("--common", type=int, default=5, help="leave out sentences more reports than this share")
    parser.add_argument("--show", type=int, default=0, help="print this many sentence pairs of each class")
    parser.add_argument("--addresses", type=int, default=2,
                        help="count report pairs where a report gives at least this many addresses apart")
    ns = parser.parse_args()
    found = reports(ns.corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    apart = [addresses_apart(t) for t in told]
    told = [t if n >= 2 else whole(t) for t, n in zip(told, apart)]
    print(f"{len(found)} reports, {sum(1 for n in apart if n)} give an address, "
          f"{sum(1 for n in apart if n >= 2)} two or more apart, {sum(1 for n in apart if n >= 3)} three or more")
    streets = [{s for _t, _w, section in t for s in section} for t in told]
    counted, shown = Counter(), {}
    for (a, b), kind in report_pairs(found, ns.common).items():
        if max(apart[a], apart[b]) < ns.addresses:
            continue
        place = place_class(streets[a], streets[b])
        for pair in close_pairs(told[a], told[b], ns.close):
            key = (kind, place, section_class(pair[1], pair[3]))
            counted[key] += 1
            shown.setdefault(key, []).append((found[a][0], found[b][0], pair))
    print(f"close sentence pairs of report pairs where a report gives {ns.addresses}+ addresses apart, "
          "by the report pair's streets and the two sentences' sections:")
    for key in sorted(counted):
        print(f"{counted[key]:7d}  {', '.join(key)}")
    for key in sorted(shown):
        for ia, ib, (ta, sa, tb, sb) in random.Random(0).sample(shown[key], min(ns.show, len(shown[key]))):
            print(f"  {key}: {ia} {sorted(sa)} {ta[:110]!r}\n      / {ib} {sorted(sb)} {tb[:110]!r}")


if __name__ == "__main__":
    main()
