"""How two reports' ledes telling one measure reaching different levels (`trend_levels`: "Jobless Claims Drop to
385,000" / "Initial claims … fell by 92,000 to 498,000") part report pairs of one story and of two, and the judged
dev links.

    python bench/trend_level_links.py DATA [--judged TSV ...] [--pool A,B,...] [--topics train] [--exports DIR --sets A,B,...]
        [--crawl CORPUS_DIR --frames FRAMES_GIT_DIR] [--show]

As `bench/trend_links.py`, with the lede's levels (`trend_levels.trend_levels` of each lede sentence, its figures read
as the analyser reads a unit's) for its trends. Classes: "apart" (one measure at levels none of which the other
gives), "alike" (one measure at one level in both), "not both". Session 76, across76.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

import lede_pair_counts  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from lede_pair_counts import lede_marks  # noqa: E402

from viewer.analysis.claims.quantities import numbers_read  # noqa: E402
from viewer.analysis.claims.trend_levels import levels_apart, trend_levels  # noqa: E402


def sentence_levels(doc, sentence) -> list[str]:
    """The levels of one parsed lede sentence, as a unit's stored levels give them."""
    return trend_levels(sentence, numbers_read(sentence.text, sentence.start_char).figures)


def document_levels(path: Path) -> frozenset[str]:
    """The levels a document's lede tells (a set's file: title, blank line, text)."""
    return lede_marks(path, sentence_levels)


def compared_levels(la: frozenset[str], lb: frozenset[str]) -> str:
    """"apart", "alike" or "not both" for two ledes' levels."""
    if levels_apart(la, lb):
        return "apart"
    return "alike" if {x.rpartition(" ")[0] for x in la} & {x.rpartition(" ")[0] for x in lb} else "not both"


def level_class(a: Path, b: Path) -> str:
    """"apart", "alike" or "not both" for two documents' lede levels."""
    return compared_levels(document_levels(a), document_levels(b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--pool", default="")
    parser.add_argument("--topics", default="")
    parser.add_argument("--exports", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--frames", type=Path)
    parser.add_argument("--show", action="store_true")
    ns = parser.parse_args()
    split = lambda names: [s for s in names.split(",") if s]  # noqa: E731
    if ns.crawl:
        print("\n".join(lede_pair_counts.crawl_pairs(ns.crawl, ns.frames, sentence_levels, compared_levels, "levels")))
    shown = ("one story", "two stories") if ns.show else ()
    print("\n".join(lede_pair_counts.pooled_pairs(ns.data, split(ns.pool), level_class, document_levels, shown)))
    for name in split(ns.topics):
        print("\n".join(lede_pair_counts.topic_pairs(ns.data, name, level_class, "levels")))
    print("\n".join(lede_pair_counts.judged_counts(ns.data, dev_link_files(ns.judged), ns.show, level_class,
                                                   document_levels, "levels")))
    if ns.exports:
        print("\n".join(lede_pair_counts.export_counts(ns.data, ns.exports, split(ns.sets), classify=level_class,
                                                       kinds=("one story", "two stories"))))


if __name__ == "__main__":
    main()
