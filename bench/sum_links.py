"""Links and sentence pairs the reading of two units' sums of money whatever each is of (`claims.sums.sums_apart`, in
`verifier.counts_conflict`) parts (session 74, detail74).

    python bench/sum_links.py DATA --base DIR [--judged TSV [TSV ...]] [--show]
    python bench/sum_links.py DATA --sets basil,basilB,basilD,wcepA
    python bench/sum_links.py DATA --gva CORPUS
    python bench/sum_links.py DATA --msrp MSRP_DIR

The judged count reads every judged dev link as `bench/share_links.py` does (each side's features from its document
parsed whole) and prints R/P/W of the links both of whose units give a sum, by how their sums relate read as one thing
(same, compatible, conflict), then the links the sums newly part, by source group (political and world sets; GVA),
whether ``base``'s exports make them and whether another veto parts them already, each printed with ``--show``.
``--sets`` reads each unjudged set's reports of one event two by two and prints every sentence pair sharing two content
terms that the sums part, to be read by hand; ``--gva`` does the same on the first two usable reports of every crawl
incident with two, reading only the report pairs that both write a sum; ``--msrp`` counts MSRP's train and test pairs
(each sentence parsed alone) it parts, by label, each printed.

Session 74 (main 64b85c47's exports in /work/data/final74/base; /work/data/quality; the crawl's 914 incidents):
docs/linking.md "Two sums no one value allows".
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
from viewer.analysis.claims.quantities import CURRENCIES  # noqa: E402
from viewer.analysis.claims.shares import shares_apart  # noqa: E402
from viewer.analysis.claims.sums import sums_in  # noqa: E402
from viewer.analysis.claims.verifier import counts_conflict  # noqa: E402


def sums_relation(a: list[CountedFigure], b: list[CountedFigure]) -> str:
    """How two sides' sums relate read as one thing, in the first currency both write ("" where none)."""
    for sign in CURRENCIES:
        sums_a, sums_b = sums_in(a, sign), sums_in(b, sign)
        if sums_a and sums_b:
            return figure_relation(sums_a, sums_b, smallest=0) or "none"
    return ""


def parted_by_sums(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether `counts_conflict` parts the pair by its sums, where the figures read as before and the shares did not."""
    return (counts_conflict(a, b) and figure_relation(a.figures, b.figures, smallest=0) != "conflict"
            and not shares_apart(a.figures, b.figures))


def _units_relation(a: UnitFeatures, b: UnitFeatures) -> str:
    return sums_relation(a.figures, b.figures)


def _gives_sums(a: UnitFeatures, b: UnitFeatures) -> bool:
    return bool(_units_relation(a, b))


SUMS = FigureReading(noun="sum", veto="sums_apart", relation=_units_relation, width=11,
                     gives=_gives_sums, parts=parted_by_sums,
                     words=re.compile(r"[$€£]\s?\d"))
judged_counts, set_pairs, gva_pairs = SUMS.judged_counts, SUMS.set_pairs, SUMS.gva_pairs


def main(argv: list[str] | None = None) -> None:
    SUMS.main(__doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
