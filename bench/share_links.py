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

import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, judged_arguments  # noqa: E402
from stage_wrongs import _shown, parted_without, read  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims.features import CountedFigure, UnitFeatures  # noqa: E402
from viewer.analysis.claims.index import figure_relation  # noqa: E402
from viewer.analysis.claims.quantities import near_percentages  # noqa: E402
from viewer.analysis.claims.verifier import counts_conflict  # noqa: E402

POLITICAL = ("allsides", "basil", "wcep")
_SHARE_WORDS = re.compile(r"%|per ?cent\b|\bpct\b", re.IGNORECASE)


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


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """The relation table of the judged links with figures on both sides, then the links the share reading parts."""
    table, parted, shown = Counter(), Counter(), []
    for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
        group = "political/world" if row["set"].startswith(POLITICAL) else "GVA"
        counted_a, counted_b = [f for f in a.figures if f.count], [f for f in b.figures if f.count]
        if counted_a and counted_b:
            table[(group, relation(counted_a, counted_b), row["verdict"])] += 1
        if not parted_by_shares(a, b):
            continue
        shape = f"{group}, {'made' if made else 'not made'}"
        shape += ", already parted" if parted_without("shares_apart", a, b) else ""
        parted[(shape, row["verdict"])] += 1
        if show:
            shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
    return ([f"{g:16} {r:12} {v} {n}" for (g, r, v), n in sorted(table.items())] + ["parted by the shares:"]
            + [f"{shape:48} {verdict} {n}" for (shape, verdict), n in sorted(parted.items())] + shown)


def set_pairs(data: Path, names: list[str]) -> list[str]:
    """Each unjudged set's close sentence pairs of two reports of one event that the share reading parts."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for name in names:
        for reports in reports_by_event(data, name).values():
            lines += _parted_pairs([_sentences(nlp(p.read_text(encoding="utf-8"))) for p in reports], name, count)
    return lines + [f"{key}: {n}" for key, n in sorted(count.items())]


def gva_pairs(corpus: Path) -> list[str]:
    """The same on the crawl: the first two usable reports of each incident with two, when both write a share."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for items in gva.incidents_with_two(corpus, 100000):
        texts = [gva.report_text(item) for _name, item in items[:2]]
        count["incidents"] += 1
        if all(_SHARE_WORDS.search(t) for t in texts):
            count["incidents whose two reports write a share"] += 1
            lines += _parted_pairs([_sentences(nlp(t)) for t in texts], "gva", count)
    return lines + [f"{key}: {n}" for key, n in sorted(count.items())]


def _parted_pairs(reports: list[list[tuple[UnitFeatures, str]]], name: str, count: Counter) -> list[str]:
    lines = []
    for one, two in itertools.combinations(reports, 2):
        for (a, text_a), (b, text_b) in itertools.product(one, two):
            if not (_gives_shares(a) and _gives_shares(b)):
                continue
            count[f"{name}: sentence pairs giving shares"] += 1
            if not parted_by_shares(a, b):
                continue
            close = len(set(a.terms) & set(b.terms)) >= 2
            already = parted_without("shares_apart", a, b)
            count[f"{name}: parted, {'close' if close else 'not close'}{', already parted' if already else ''}"] += 1
            if close and not already:
                lines.append(f"  {name}: {shortened(text_a)!r} | {shortened(text_b)!r}")
    return lines


def _gives_shares(unit: UnitFeatures) -> bool:
    return any(f.unit == "%" and f.count for f in unit.figures)



def _sentences(doc) -> list[tuple[UnitFeatures, str]]:
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    return [(unit_features(doc, Span(s.start_char, s.end_char)), s.text) for s in doc.sents if len(s) > 3]


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
        lines = msrp_parted(args.msrp, parted_by_shares, _SHARE_WORDS.search)
    else:
        lines = judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
