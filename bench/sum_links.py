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

import itertools
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, judged_arguments  # noqa: E402
from share_links import POLITICAL, _sentences  # noqa: E402
from stage_wrongs import _shown, read  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims.features import CountedFigure, UnitFeatures  # noqa: E402
from viewer.analysis.claims.index import figure_relation  # noqa: E402
from viewer.analysis.claims.quantities import CURRENCIES  # noqa: E402
from viewer.analysis.claims.shares import shares_apart  # noqa: E402
from viewer.analysis.claims.verifier import counts_conflict, never_one_claim  # noqa: E402

_SUM_WORDS = re.compile(r"[$€£]\s?\d")


def sums_relation(a: list[CountedFigure], b: list[CountedFigure]) -> str:
    """How two sides' sums relate read as one thing, in the first currency both write ("" where none)."""
    for sign in CURRENCIES:
        sums_a, sums_b = ([replace(f, thing=sign, priced="") for f in side if f.unit == sign and f.count]
                          for side in (a, b))
        if sums_a and sums_b:
            return figure_relation(sums_a, sums_b, smallest=0) or "none"
    return ""


def parted_by_sums(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether `counts_conflict` parts the pair by its sums, where the figures read as before and the shares did not."""
    return (counts_conflict(a, b) and figure_relation(a.figures, b.figures, smallest=0) != "conflict"
            and not shares_apart(a.figures, b.figures))


def parted_otherwise(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether another veto of `never_one_claim` parts the pair: it with the sums read as before (`counts_conflict`
    without them)."""
    from viewer.analysis.claims import verifier

    built = verifier.sums_apart
    verifier.sums_apart = lambda _a, _b: False
    try:
        return never_one_claim(a, b)
    finally:
        verifier.sums_apart = built


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """The sums' relation table of the judged links with sums on both sides, then the links the sum reading parts."""
    table, parted, shown = Counter(), Counter(), []
    for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
        group = "political/world" if row["set"].startswith(POLITICAL) else "GVA"
        relation = sums_relation(a.figures, b.figures)
        if relation:
            table[(group, relation, row["verdict"])] += 1
        if not parted_by_sums(a, b):
            continue
        shape = f"{group}, {'made' if made else 'not made'}"
        shape += ", already parted" if parted_otherwise(a, b) else ""
        parted[(shape, row["verdict"])] += 1
        if show:
            shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
    return ([f"{g:16} {r:11} {v} {n}" for (g, r, v), n in sorted(table.items())] + ["parted by the sums:"]
            + [f"{shape:48} {verdict} {n}" for (shape, verdict), n in sorted(parted.items())] + shown)


def set_pairs(data: Path, names: list[str]) -> list[str]:
    """Each unjudged set's close sentence pairs of two reports of one event that the sum reading parts."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for name in names:
        for reports in reports_by_event(data, name).values():
            lines += _parted_pairs([_sentences(nlp(p.read_text(encoding="utf-8"))) for p in reports], name, count)
    return lines + [f"{key}: {n}" for key, n in sorted(count.items())]


def gva_pairs(corpus: Path) -> list[str]:
    """The same on the crawl: the first two usable reports of each incident with two, when both write a sum."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for items in gva.incidents_with_two(corpus, 100000):
        texts = [gva.report_text(item) for _name, item in items[:2]]
        count["incidents"] += 1
        if all(_SUM_WORDS.search(t) for t in texts):
            count["incidents whose two reports write a sum"] += 1
            lines += _parted_pairs([_sentences(nlp(t)) for t in texts], "gva", count)
    return lines + [f"{key}: {n}" for key, n in sorted(count.items())]


def _parted_pairs(reports: list[list[tuple[UnitFeatures, str]]], name: str, count: Counter) -> list[str]:
    lines = []
    for one, two in itertools.combinations(reports, 2):
        for (a, text_a), (b, text_b) in itertools.product(one, two):
            if not sums_relation(a.figures, b.figures):
                continue
            count[f"{name}: sentence pairs giving sums"] += 1
            if not parted_by_sums(a, b):
                continue
            close = len(set(a.terms) & set(b.terms)) >= 2
            already = parted_otherwise(a, b)
            count[f"{name}: parted, {'close' if close else 'not close'}{', already parted' if already else ''}"] += 1
            if close and not already:
                lines.append(f"  {name}: {shortened(text_a)!r} | {shortened(text_b)!r}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = judged_arguments(__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated unjudged sets under DATA/sets")
    parser.add_argument("--gva", type=Path, help="the crawl's folder")
    parser.add_argument("--msrp", type=Path, help="the folder of msr_paraphrase_train.txt and _test.txt")
    args = parser.parse_args(argv)
    if args.sets:
        lines = set_pairs(args.data, args.sets.split(","))
    elif args.gva:
        lines = gva_pairs(args.gva)
    elif args.msrp:
        lines = msrp_parted(args.msrp, parted_by_sums, _SUM_WORDS.search)
    else:
        lines = judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
