"""How two reports' ledes telling one measure moving opposite ways (`trends`: "Jobless claims rose" / "New jobless
claims fell") part report pairs of one story and of two, and the judged dev links.

    python bench/trend_links.py DATA [--judged TSV ...] [--pool A,B,...] [--topics train] [--exports DIR --sets A,B,...]
        [--crawl CORPUS_DIR --frames FRAMES_GIT_DIR] [--any] [--show]

As `bench/dated_act_links.py`, with the lede's trends (`trends.trends` of each lede sentence's predicates) for its acts:
``--pool`` pairs every two reports of one source by one story or two (``events.json``), ``--topics`` an ECB+ set's
document pairs of one topic by one event or two, the judged links by the class of their two reports, ``--exports``
each set's linked pairs, ``--crawl`` the GVA crawl's report pairs of one incident and of two of one city
(`training/count_incident_days.city_pairs`, FRAMES the git directory of cltl/LongTailQATask). Classes: "apart" (one measure each way), "alike" (one measure told by both, one way), "not
both". ``--any`` reads the wider sign: every trend verb of each lede one way, whatever it moves, and opposite. Session
75, across75.
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

import lede_pair_counts  # noqa: E402
from lede_pair_counts import lede_marks  # noqa: E402

from viewer.analysis.claims.predicates import predicates  # noqa: E402
from viewer.analysis.claims.trends import trends, trends_apart  # noqa: E402


def sentence_trends(doc, sentence) -> list[str]:
    """The trends of one parsed lede sentence, as a unit's stored predicates give them."""
    return trends(predicates(sentence))


def document_trends(path: Path) -> frozenset[str]:
    """The trends a document's lede tells (a set's file: title, blank line, text)."""
    return lede_marks(path, sentence_trends)


def compared_trends(ta: frozenset[str], tb: frozenset[str], wide: bool = False) -> str:
    """"apart", "alike" or "not both" for two ledes' trends; ``wide``: by their ways alone."""
    if wide:
        ta, tb = (frozenset(f"any {t.rpartition(' ')[2]}" for t in x) for x in (ta, tb))
    if trends_apart(ta, tb):
        return "apart"
    return "alike" if ta & tb else "not both"


def trend_class(a: Path, b: Path, wide: bool = False) -> str:
    """"apart", "alike" or "not both" for two documents' lede trends; ``wide``: by their ways alone."""
    return compared_trends(document_trends(a), document_trends(b), wide)


def pooled_pairs(data: Path, sets: list[str], show: bool, wide: bool = False) -> list[str]:
    """Every report pair of one source among ``sets``, by one story or two and trend class, printed lines."""
    shown = ("one story", "two stories") if show else ()
    return lede_pair_counts.pooled_pairs(data, sets, partial(trend_class, wide=wide), document_trends, shown)


def main() -> None:
    parser = lede_pair_counts.parser(__doc__)
    parser.add_argument("--any", action="store_true", help="ways alone, whatever moves (the wider sign)")
    ns = parser.parse_args()
    lede_pair_counts.print_counts(ns, partial(trend_class, wide=ns.any), document_trends, sentence_trends,
                                  partial(compared_trends, wide=ns.any), "trends")


if __name__ == "__main__":
    main()
