"""Count, over the GVA crawl, whether a sentence telling a shooting it dates before its report's time ("Last year,
four men were wounded in a shooting on the same block": `recalled.recalls_incident`) parts a close sentence of another
report telling a shooting it does not date so (`recalled.recalled_beside_incident`).

Report pairs are `count_other_incidents`'s: one incident's, and two incidents' sharing a sentence word for word (one
article filed under two incidents left out); their close story sentence pairs (`count_street_sections.close_pairs`, a
share of their content words). Only a pair with a time before the report's (`recalled.PAST`) on a side can be parted,
so only those sentences are parsed, each alone (the analyser parses the whole report: a few parses differ). Printed,
for one incident's pairs and two incidents': the close pairs with such a time on a side, those where one side alone
dates its main act so, and those the veto parts, with the report pairs they fall in. A parted pair of one incident
is a cost where the recalled sentence is a follow-up's telling of its own shooting ("was shot and killed last year");
`--show N` prints N of each kind to read.

    python training/count_recalled_incidents.py CORPUS_DIR [--close 0.2] [--show N]
"""
from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_clock_sections import arguments, one_article  # noqa: E402
from count_other_incidents import _STORY  # noqa: E402
from count_street_places import report_pairs  # noqa: E402
from count_street_sections import close_pairs, sections  # noqa: E402

from viewer.analysis.claims.recalled import marked, recalled_beside_incident  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

KINDS = ("a past time on a side", "one side dates its main act so", "parted")


def candidate_pairs(corpus_dir: Path, close: float, common: int) -> list[tuple[str, str, str, str, str]]:
    """(kind, report a's incident, sentence a, report b's incident, sentence b) of each close story pair with a time
    before the report's on a side."""
    found = reports(corpus_dir)
    told = [sections(text) for _i, _h, text in found]
    print(f"{len(found)} reports")
    out = []
    for (a, b), kind in report_pairs(found, common).items():
        kind = "one incident" if kind == "one incident" else "two incidents"
        if kind == "two incidents" and one_article(told[a], told[b]):
            continue
        for ta, _sa, tb, _sb in close_pairs(told[a], told[b], close):
            if _STORY.search(ta) and _STORY.search(tb) and (marked(ta) or marked(tb)):
                out.append((kind, found[a][0], ta, found[b][0], tb))
    return out


def sentence_features(sentences: set[str]) -> dict:
    """Each sentence's unit features, the sentence parsed alone as one unit."""
    ordered = sorted(sentences)
    return {text: unit_features(doc, Span(0, len(text))) for text, doc in zip(ordered, english().pipe(ordered))}


def pair_labels(a, b) -> list[str]:
    """The kinds (`KINDS`) a close pair with a past time on a side falls under, by its sentences' unit features."""
    held = (True, a.recalled != b.recalled, recalled_beside_incident(a, b))
    return [label for label, holds in zip(KINDS, held) if holds]


def main() -> None:
    ns = arguments(__doc__.split("\n\n")[0])
    pairs = candidate_pairs(ns.corpus_dir, ns.close, ns.common)
    features = sentence_features({p[2] for p in pairs} | {p[4] for p in pairs})
    counted: Counter = Counter()
    report_pairs_of: dict[tuple[str, str], set] = {}
    shown: dict[str, list] = {}
    for kind, ia, ta, ib, tb in pairs:
        labels = pair_labels(features[ta], features[tb])
        for label in labels:
            counted[kind, label] += 1
            report_pairs_of.setdefault((kind, label), set()).add((ia, ib))
        if "parted" in labels:
            shown.setdefault(kind, []).append((ia, ta, ib, tb))
    for label in KINDS:
        print(f"{label:35}" + "   ".join(f"{kind} {counted[kind, label]:5} ({len(report_pairs_of.get((kind, label), ()))})"
                                         for kind in ("one incident", "two incidents")))
    rng = random.Random(0)
    for kind, found in sorted(shown.items()):
        for ia, ta, ib, tb in rng.sample(found, min(ns.show, len(found))):
            print(f"\n[{kind}] {ia} / {ib}\n  {ta[:300]}\n  {tb[:300]}")


if __name__ == "__main__":
    main()
