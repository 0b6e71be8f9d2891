"""What the shipped link judge (`viewer.analysis.claims.link_judge`, its file's weights and bar) does to the rows it was
fitted on, set by set, to set beside what the pipeline's stage does to the same sets end to end (`dev_sets.py run` and
`figures --against` a run without it): the two should agree but for the links the stage's run makes otherwise.

    python bench/judge_stage_rows.py ROWS.json [--sets A,B,...] [--bar B]

ROWS.json holds `link_judge.py`'s rows with the judge's signs (`aligned_claims.py --projected --judge-rows`). Prints, by
set, then pooled and by news source (`judge_curves.source_of`), precision before → after the pair-aware judge and its R,
P and W links out: in sample on the sets the shipped judge was fitted on, held out on the others (its file's
``fitted_on``). ``--bar``: the shipped weights at another bar (session 68, bar68, on /work/data/speed67/rows_tags.json).
Run in session 66 (judgestage66) on /work/data/frontier66/rows_projected.json; in session 69 (refit69) on the rows of
analyser 104, by source with AllSides, which the shipped weights were not fitted on.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import link_judge as judge  # noqa: E402
from judge_curves import source_of  # noqa: E402

from viewer.analysis.claims.link_judge import read_link_judge  # noqa: E402


def report(sets: dict[str, dict], names: list[str], bar: float | None = None) -> list[str]:
    """By set of ``names`` and pooled: the shipped weights at the shipped bar, or at ``bar`` when given."""
    shipped = read_link_judge()
    bar = shipped.bar if bar is None else bar
    lines, pooled = [], {"pooled": {True: Counter(), False: Counter()}}
    for name in names:
        rows = sets[name]["rows"]
        found = {on: judge.counts(sets[name], [True] * len(rows) if not on else
                                  judge.kept_links(rows, shipped.weights, bar, keep_pairs=True)) for on in (False, True)}
        for label in ("pooled", source_of(name)):
            pooled.setdefault(label, {True: Counter(), False: Counter()})
            for on in found:
                pooled[label][on] += found[on]
        lines.append(_line(name, found))
    return lines + [_line(label, found) for label, found in pooled.items()]


def _line(name: str, found: dict[bool, Counter]) -> str:
    before, after = judge.rates(found[False]), judge.rates(found[True])
    return (f"{name:10} {before['precision']:.3f} ({before['right']}/{before['wrong']}) -> {after['precision']:.3f} "
            f"({after['right']}/{after['wrong']}); out R {after['out_R']} P {after['out_P']} W {after['out_W']}; "
            f"found {before['found']} -> {after['found']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--sets", help="comma-separated (default: the judged draws)")
    parser.add_argument("--bar", type=float, help="the shipped weights at this bar (default: the shipped bar)")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    for line in report(sets, ns.sets.split(",") if ns.sets else judge.judged_draws(sets), ns.bar):
        print(line, flush=True)


if __name__ == "__main__":
    main()
