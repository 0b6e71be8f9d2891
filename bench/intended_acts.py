"""What the veto `intentions.intended_beside_done` (an act intended on one side, the same act done on the other) parts:
on every judged dev link, on the sentence pairs of unjudged news sets and on MSRP's pairs (session 69, stage69).

    python bench/intended_acts.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/intended_acts.py DATA --sets basil,basilB,basilD,wcepA
    python bench/intended_acts.py DATA --msrp MSRP_DIR

The judged count reads every judged dev link as `bench/stage_wrongs.py` reads it (each side's features from its
document parsed whole, re-judged verdicts over the first ones; a side in the document's first line is its headline, as
the sets lay them out) and prints the R/P/W the veto parts, political and world sets (AllSides, BASIL, WCEP) apart from
the GVA sets, by whether ``base``'s exports make the link and whether another veto parts it already. ``--sets`` reads
each set's reports of one event two by two (``docs/EVENT_*.txt``, headline first) and prints every sentence pair of
two reports the veto parts that shares two content terms or more, to be read by hand. ``--msrp`` counts MSRP's train
and test pairs (each sentence parsed alone) the veto parts, by label, and prints them. ``--verbs try,attempt`` adds
verbs of intention to the table's (`intention_words.json`) for the count, as the table's choice was measured.

Session 69 (main 025f50db's exports: /work/data/final69/base for the BASIL, WCEP and GVA sets, session 68's
/work/data/final68/stable_blind for allsidesA and allsidesB, the same analyser): docs/linking.md "An act intended
beside the act done".
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files  # noqa: E402
from dev_sets import political  # noqa: E402
from stage_wrongs import _shown, parted_without, read  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims import intentions  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.intentions import intended_beside_done  # noqa: E402



def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged links the veto parts, by source group, made or not, and parted by another veto or not."""
    by, shown = Counter(), []
    for row, made, units, _tokens, texts in read(data, base, files, made_only=False):
        a, b = (_as_laid_out(data, row, side, unit) for side, unit in zip("ab", units))
        if not intended_beside_done(a, b):
            continue
        group = "political/world" if political(row["set"]) else "GVA and the rest"
        shape = f"{group}, {'made' if made else 'not made'}"
        shape += ", already parted" if parted_without("intended_beside_done", a, b) else ""
        by[(shape, row["verdict"])] += 1
        if show:
            shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
    return [f"{shape:48} {verdict} {n}" for (shape, verdict), n in sorted(by.items())] + shown


def _as_laid_out(data: Path, row: dict, side: str, unit: UnitFeatures) -> UnitFeatures:
    """The unit marked a headline when it lies in its document's first line, where the sets put the headline."""
    text = (data / "sets" / row["set"] / "docs" / row[f"file_{side}"]).read_text(encoding="utf-8")
    return replace(unit, headline=int(row[f"start_{side}"]) < text.find("\n"))


def set_pairs(data: Path, names: list[str]) -> list[str]:
    """The close sentence pairs of two reports of one event the veto parts, in each named set (module docstring)."""
    from viewer.analysis.nlp import english

    nlp, lines, count = english(), [], Counter()
    for name in names:
        for paths in reports_by_event(data, name).values():
            reports = [_sentences(nlp, path) for path in paths]
            for one, two in itertools.combinations(reports, 2):
                for (a, text_a), (b, text_b) in itertools.product(one, two):
                    if len(set(a.terms) & set(b.terms)) >= 2 and intended_beside_done(a, b):
                        count[name] += 1
                        lines.append(f"  {name}: {shortened(text_a)!r} | {shortened(text_b)!r}")
    return lines + [f"{name}: {count[name]} close sentence pairs parted" for name in names]



def _sentences(nlp, path: Path) -> list[tuple[UnitFeatures, str]]:
    """The report's sentences of more than three tokens with their features, the first line read as its headline."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    doc = nlp(path.read_text(encoding="utf-8"))
    first = doc.text.find("\n")
    return [(replace(unit_features(doc, Span(s.start_char, s.end_char)), headline=s.start_char < first), s.text)
            for s in doc.sents if len(s) > 3]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets", help="comma-separated unjudged sets under DATA/sets")
    parser.add_argument("--msrp", type=Path, help="the folder of msr_paraphrase_train.txt and _test.txt")
    parser.add_argument("--verbs", help="comma-separated verbs of intention added to the table's for the count")
    args = parser.parse_args(argv)
    if args.verbs:
        intentions.INTENTION_VERBS = intentions.INTENTION_VERBS | frozenset(args.verbs.split(","))
    if args.sets:
        print("\n".join(set_pairs(args.data, args.sets.split(","))))
    elif args.msrp:
        print("\n".join(msrp_parted(args.msrp, intended_beside_done)))
    else:
        print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
