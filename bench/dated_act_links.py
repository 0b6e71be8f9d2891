"""How two reports' lede acts dated to days that cannot be one (`dated_acts`: "announced a new vaccination goal on
Tuesday" / "on Thursday announced a number of new steps") part report pairs of one story and of two, and the judged
dev links.

    python bench/dated_act_links.py DATA [--judged TSV ...] [--pool A,B,...] [--topics train] [--exports DIR --sets A,B,...] [--any] [--show]

``--pool``: the sets' reports pooled by source (`dev_sets.source_of`), every pair of one source counted as one story's
(``events.json``'s event, and for AllSides its story id across draws) or two stories', by whether their lede acts are
apart, alike (one act dated on both sides, within a day) or not both dated. ``--topics``: an ECB+ set's document pairs
of one topic, one event or its twin. Judged links: every training/judged/links*.tsv but the blind draws', rejudged
verdicts over them, by the same classes; ``--exports``: each set's linked document pairs and links by one story or two.
A lede is read as `training/count_incident_days.py` reads it (the headline and the first sentences, each parsed
alone), with the analyser's own `dated_acts.dated_acts`, to `incident_days.lede`. ``--any`` reads the wider sign
refused in session 74: two ledes apart where any of their dated acts' days are (`clock.days_apart`), one act or not.
Session 74, across74.
"""
from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

import count_dated_acts  # noqa: E402
import lede_pair_counts  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from lede_pair_counts import lede_marks  # noqa: E402

from viewer.analysis.claims.clock import days_apart  # noqa: E402
from viewer.analysis.claims.dated_acts import dated_acts  # noqa: E402


def document_acts(path: Path) -> frozenset[str]:
    """The acts a document's lede dates to a weekday (a set's file: title, blank line, text)."""
    return lede_marks(path, dated_acts)


def act_class(a: Path, b: Path, wide: bool = False) -> str:
    """"apart", "alike" (one act dated on both sides, none apart) or "not both" for two documents' lede acts; ``wide``
    (``--any``): by all their days, whatever the acts."""
    da, db = document_acts(a), document_acts(b)
    if wide:
        days_a, days_b = {x.rpartition(" ")[2] for x in da}, {x.rpartition(" ")[2] for x in db}
        return "not both" if not (days_a and days_b) else "apart" if days_apart(days_a, days_b) else "alike"
    return count_dated_acts.act_class(da, db)


def judged_counts(data: Path, files: list[Path], show: bool, wide: bool = False) -> list[str]:
    """The judged links' verdicts by act class, printed lines."""
    return lede_pair_counts.judged_counts(data, files, show, partial(act_class, wide=wide), document_acts, "acts")


def pooled_pairs(data: Path, sets: list[str], show: bool, wide: bool = False) -> list[str]:
    """Every report pair of one source among ``sets``, by one story or two and act class, printed lines."""
    shown = ("one story",) if show else ()
    return lede_pair_counts.pooled_pairs(data, sets, partial(act_class, wide=wide), document_acts, shown)


def topic_pairs(data: Path, name: str, wide: bool = False) -> list[str]:
    """An ECB+ set's document pairs of one topic by one event or two (twins of one kind) and act class."""
    return lede_pair_counts.topic_pairs(data, name, partial(act_class, wide=wide), "acts")


export_counts = partial(lede_pair_counts.export_counts, classify=act_class, kinds=("one story", "two stories"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--pool", default="")
    parser.add_argument("--topics", default="", help="ECB+ sets whose pairs of one topic to count (train)")
    parser.add_argument("--exports", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--any", action="store_true", help="days apart whatever the acts (the wider sign refused)")
    parser.add_argument("--show", action="store_true")
    ns = parser.parse_args()
    split = lambda names: [s for s in names.split(",") if s]  # noqa: E731
    print("\n".join(pooled_pairs(ns.data, split(ns.pool), ns.show, ns.any)))
    for name in split(ns.topics):
        print("\n".join(topic_pairs(ns.data, name, ns.any)))
    print("\n".join(judged_counts(ns.data, dev_link_files(ns.judged), ns.show, ns.any)))
    if ns.exports:
        print("\n".join(export_counts(ns.data, ns.exports, split(ns.sets))))


if __name__ == "__main__":
    main()
