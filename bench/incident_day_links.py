"""How the lede days of two reports (`incident_days`: the weekdays a report's headline and first sentences give its
shooting) part the judged dev links and the links of kept exports, one event's and two events'.

    python bench/incident_day_links.py DATA [--judged TSV ...] [--exports DIR --sets A,B,...] [--topics train] [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts (`wound_links.judged_rows`), counted R/P/W
(U apart) by whether the two documents' lede days are apart, alike or not both given. Exports (`bench/quality.py
--keep`): each set's linked document pairs and links by whether the two documents are of one event or two
(``events.json``) and by the same class. A lede is read as `training/count_incident_days.py` reads it (the headline
and the first sentences of the text, each parsed alone), with the analyser's own `incident_days.shooting_days`.
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

import lede_pair_counts  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from lede_pair_counts import lede_marks  # noqa: E402

from viewer.analysis.claims.incident_days import ledes_apart, shooting_days  # noqa: E402


def document_days(path: Path) -> frozenset[str]:
    """The days a document's lede gives its shooting (a set's file: title, blank line, text)."""
    return lede_marks(path, shooting_days)


def day_class(a: Path, b: Path) -> str:
    """"apart", "alike" or "not both" for two documents' lede days."""
    da, db = document_days(a), document_days(b)
    if not (da and db):
        return "not both"
    return "apart" if ledes_apart(da, db) else "alike"


judged_counts = partial(lede_pair_counts.judged_counts, classify=day_class, marks=document_days, noun="days")
export_counts = partial(lede_pair_counts.export_counts, classify=day_class, kinds=("one event", "two events"))
topic_pairs = partial(lede_pair_counts.topic_pairs, classify=day_class, noun="days")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--exports", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--topics", default="", help="ECB+ sets whose pairs of one topic to count (train)")
    ns = parser.parse_args()
    for name in (s for s in ns.topics.split(",") if s):
        print("\n".join(topic_pairs(ns.data, name)))
    print("\n".join(judged_counts(ns.data, dev_link_files(ns.judged), ns.show)))
    if ns.exports:
        print("\n".join(export_counts(ns.data, ns.exports, [s for s in ns.sets.split(",") if s])))


if __name__ == "__main__":
    main()
