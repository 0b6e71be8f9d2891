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

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

import lede_pair_counts  # noqa: E402
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
    ns = lede_pair_counts.parser(__doc__).parse_args()
    lede_pair_counts.print_counts(ns, level_class, document_levels, sentence_levels, compared_levels, "levels")


if __name__ == "__main__":
    main()
