"""What the publication veto (`claims.publications.publication_beside_act`) parts, on every judged dev link and on the
GVA crawl's report pairs, counted before it was built (session 65).

    python bench/publication_links.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/publication_links.py DATA --base DIR --gva CORPUS [--incidents N] [--lines N]

Both counts are `bench/veto_counts.py`'s: every judged dev link the veto parts, by verdict, made by ``--base``'s
exports or not, parted by another veto already or not; with ``--gva``, the crawl's sentences that publish
(`publications.published`), those the veto parts from a sentence of the other report, the report pairs holding one,
and the close sentence pairs it newly parts (``--lines N`` prints the first N of them, to be read by hand).

Session 65 (main b8628394's exports in /work/data/final65/base; the crawl's 914 incidents): judged W 3, R 0, P 0 newly
parted, all made (2 W more parted already); 117 publishing sentences, 116 beside a shooting sentence, 90 report pairs,
121 close sentence pairs newly parted; of the 45 publishing sentences in the first 107 of those pairs, read by hand, 40
tell a release, statement, update or call beside the shooting, 4 the published content as a clause the other report
tells in part, 1 is a misparse (see docs/linking.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import veto_counts  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    veto_counts.main([*(argv if argv is not None else sys.argv[1:]), "--veto", "publication_beside_act"], __doc__)


if __name__ == "__main__":
    main()
