"""Links and sentence pairs the reading of shares beside sums (`claims.measures.share_beside_sum`, in
`verifier.counts_conflict`) parts (session 75, plan75).

    python bench/measure_links.py DATA --base DIR [--judged TSV [TSV ...]] [--show]
    python bench/measure_links.py DATA --sets basil,basilB,basilD,wcepA
    python bench/measure_links.py DATA --gva CORPUS
    python bench/measure_links.py DATA --msrp MSRP_DIR

The judged count reads every judged dev link as `bench/sum_links.py` does (each side's features from its document
parsed whole) and prints R/P/W of the links whose two units both give a share or a sum, by the measures each side
gives ("share / sum", "share+sum / sum", …), then the links the reading newly parts, by source group, whether
``base``'s exports make them and whether another veto parts them already, each printed with ``--show``. ``--sets``,
``--gva`` and ``--msrp`` count the unjudged sets' close sentence pairs, the crawl's and MSRP's pairs as
`bench/figure_reading_counts.py` does, a report or sentence read only when it writes a per cent or a currency sign.

Session 75 (main 45f34a72's exports in /work/data/final75/base; /work/data/quality; the crawl's 914 incidents):
docs/linking.md "A share beside a sum".
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from figure_reading_counts import FigureReading  # noqa: E402

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.index import figure_relation  # noqa: E402
from viewer.analysis.claims.measures import given_measures  # noqa: E402
from viewer.analysis.claims.shares import shares_apart  # noqa: E402
from viewer.analysis.claims.sums import sums_apart  # noqa: E402
from viewer.analysis.claims.verifier import counts_conflict  # noqa: E402


def measures_relation(a: UnitFeatures, b: UnitFeatures) -> str:
    """The measures each side gives, sorted ("share / sum"), "" where a side gives neither a share nor a sum."""
    kinds = sorted("+".join(sorted(given_measures(side.figures))) for side in (a, b))
    return " / ".join(kinds) if all(kinds) else ""


def parted_by_measures(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether `counts_conflict` parts the pair where the figures, the shares and the sums read alone did not."""
    return (counts_conflict(a, b) and figure_relation(a.figures, b.figures, smallest=0) != "conflict"
            and not shares_apart(a.figures, b.figures) and not sums_apart(a.figures, b.figures))


MEASURES = FigureReading(noun="measure", veto="counts_conflict", relation=measures_relation, width=16,
                         gives=lambda a, b: bool(measures_relation(a, b)), parts=parted_by_measures,
                         words=re.compile(r"[$€£]\s?\d|\d\s?%|\d\s+per\s?cent|\bpercent"))


def main(argv: list[str] | None = None) -> None:
    MEASURES.main(__doc__.splitlines()[0], argv)


if __name__ == "__main__":
    main()
