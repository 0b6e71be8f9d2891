"""Links whose two units both give figures, by how the figures relate, and what reading two units' shares (percentages)
whatever each is of (`claims.shares.shares_apart`, in `verifier.counts_conflict`) parts (session 70, scope70).

    python bench/share_links.py DATA --base DIR [--judged TSV [TSV ...]] [--show]
    python bench/share_links.py DATA --sets basil,basilB,basilD,wcepA
    python bench/share_links.py DATA --gva CORPUS
    python bench/share_links.py DATA --msrp MSRP_DIR

The judged count reads every judged dev link as `bench/stage_wrongs.py` reads it (each side's features from its
document parsed whole) and prints, for the links whose two units both give counted figures, R/P/W by source group
(political and world sets: AllSides, BASIL, WCEP; the GVA sets) and by how the figures relate: "all shared" (every
figure of each side has an equal on the other), "one shared", "apart" (figures of one unit, none equal) or "other units"
(no figure of the other's unit: a sum beside a share); then the links `shares_apart` newly parts, by group, whether
``base``'s exports make them and whether another veto parts them already, each printed with ``--show``. ``--sets``
reads each unjudged set's reports of one event two by two and prints every sentence pair sharing two content terms that
`shares_apart` parts, to be read by hand, and how many pairs give shares on both sides; ``--gva`` does the same on the
first two usable reports of every crawl incident with two, reading only the report pairs that both write a share;
``--msrp`` counts MSRP's train and test pairs (each sentence parsed alone) it parts, by label, each printed.

Session 70 (main 7c09554b's exports in /work/data/final70/base; /work/data/quality; the crawl's 914 incidents):
docs/linking.md "Two shares no one value allows".
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from figure_reading_counts import FigureReading  # noqa: E402

from viewer.analysis.claims.features import CountedFigure, UnitFeatures  # noqa: E402
from viewer.analysis.claims.index import figure_relation  # noqa: E402
from viewer.analysis.claims.quantities import near_percentages  # noqa: E402
from viewer.analysis.claims.verifier import counts_conflict  # noqa: E402


def relation(a: list[CountedFigure], b: list[CountedFigure]) -> str:
    """How two sides' counted figures relate, value by value, whatever each counts (module docstring)."""
    equal = [(x, y) for x in a for y in b if x.unit == y.unit and x.value is not None
             and (x.value == y.value or near_percentages(x, y))]
    if not equal:
        return "apart" if any(x.unit == y.unit for x in a for y in b) else "other units"
    shared_a, shared_b = {id(x) for x, _ in equal}, {id(y) for _, y in equal}
    return "all shared" if len(shared_a) == len(a) and len(shared_b) == len(b) else "one shared"


def parted_by_shares(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether `counts_conflict` parts the pair by its shares, where the figures read as before did not."""
    return counts_conflict(a, b) and figure_relation(a.figures, b.figures, smallest=0) != "conflict"


def _counted_relation(a: UnitFeatures, b: UnitFeatures) -> str:
    """`relation` of the two units' counted figures, "" (not in the table) where a side counts none."""
    counted_a, counted_b = [f for f in a.figures if f.count], [f for f in b.figures if f.count]
    return relation(counted_a, counted_b) if counted_a and counted_b else ""


def _gives_shares(a: UnitFeatures, b: UnitFeatures) -> bool:
    return all(any(f.unit == "%" and f.count for f in unit.figures) for unit in (a, b))


SHARES = FigureReading(noun="share", veto="shares_apart", relation=_counted_relation, width=12, gives=_gives_shares,
                       parts=parted_by_shares, words=re.compile(r"%|per ?cent\b|\bpct\b", re.IGNORECASE))
judged_counts, set_pairs, gva_pairs = SHARES.judged_counts, SHARES.set_pairs, SHARES.gva_pairs


def main(argv: list[str] | None = None) -> None:
    SHARES.main(__doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
