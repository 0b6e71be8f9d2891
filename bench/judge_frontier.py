"""How firm a pass of `link_judge.py`'s shipping test is: the pair-aware judge on a fine grid of bars, fitted leaving
one set out and in five groups of sets, how often each bar passes when the judged sets are drawn again, and the
classes of the wrong links it takes out (issue 11).

    python bench/judge_frontier.py ROWS.json [--bar B ...] [--draws 2000]

ROWS.json is `link_judge.py`'s (or `aligned_claims.py --judge-rows`' with other signs). For each bar: pooled held-out
precision and R, P and W links out, one set out and five groups out, and whether `link_judge.passes` holds; then the
share of resampled sets (the judged sets drawn with replacement, each set's one-out counts kept) where precision rises
by `link_judge.LIFT` with at least as many wrong links out as right; and at the first bar, the wrong links out by the
class the judged files give them (`dev_sets.classes`). Run in session 66 on main 4a82d660's rows of the 36 judged dev
sets, ECB+ train, ECB+ dev and GVC dev (docs/linking.md).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import link_judge as judge  # noqa: E402
from dev_sets import classes, dev_files  # noqa: E402
from quality import rejudged_beside  # noqa: E402

FINE = (0.12, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2, 0.22, 0.25)
GROUPS = 5


def grouped(sets: dict[str, dict], bars: tuple[float, ...]) -> dict[float | None, dict[str, Counter]]:
    """By bar (None: no judge), the pair-aware judge's counts on each draw, fitted without the draw's group of sets."""
    draws = judge.judged_draws(sets)
    fitted_on = [n for n in sets if not n.startswith(judge.PUBLIC_MARK)]
    out: dict[float | None, dict[str, Counter]] = {bar: {} for bar in (None, *bars)}
    for group in (draws[k::GROUPS] for k in range(GROUPS)):
        weights = judge.fit(sets, [n for n in fitted_on if n not in group])
        for name in group:
            rows = sets[name]["rows"]
            for bar in out:
                alive = [True] * len(rows) if bar is None else judge.kept_links(rows, weights, bar, keep_pairs=True)
                out[bar][name] = judge.counts(sets[name], alive)
    return out


def resampled_passes(base: dict[str, Counter], held: dict[str, Counter], draws: int, seed: int = 66) -> float:
    """The share of resamples of the sets in which the bar lifts precision by LIFT with W out at least R and P out."""
    names = list(held)
    rng = np.random.default_rng(seed)
    passed = 0
    for _ in range(draws):
        pick = [names[k] for k in rng.integers(0, len(names), len(names))]
        before, after = (judge.rates(sum((counts[n] for n in pick), Counter())) for counts in (base, held))
        passed += (after["precision"] - before["precision"] >= judge.LIFT - 1e-9
                   and after["out_W"] >= after["out_R"] + after["out_P"])
    return passed / draws


def wrong_classes(sets: dict[str, dict], bar: float) -> tuple[Counter, Counter]:
    """The judged wrong links by class, all and those the pair-aware judge (one set out) takes out at ``bar``."""
    files = dev_files("links*.tsv")
    kind = classes(files + rejudged_beside(files))
    fitted_on = [n for n in sets if not n.startswith(judge.PUBLIC_MARK)]
    every, out = Counter(), Counter()
    for name in judge.judged_draws(sets):
        rows = sets[name]["rows"]
        alive = judge.kept_links(rows, judge.fit(sets, [n for n in fitted_on if n != name]), bar, keep_pairs=True)
        for row, on in zip(rows, alive):
            if row.get("hand") == "W":
                found = kind.get((row["reports"][0], *row["spans"][0], row["reports"][1], *row["spans"][1]), "unclassed")
                every[found] += 1
                out[found] += not on
    return every, out


def report(sets: dict[str, dict], bars: tuple[float, ...], draws: int) -> list[str]:
    judge.GRID = bars
    one_out = judge.cross_validated(sets)
    others = judge.fitted_on_all(sets, one_out)
    five = grouped(sets, bars)
    lines = []
    for bar in bars:
        line = f"bar {bar}:"
        for label, base, held in (("one out", one_out[False, None], one_out[True, bar]), ("five groups", five[None], five[bar])):
            r = judge.rates(sum(held.values(), Counter()))
            line += f" {label} {r['precision']:.3f} (R {r['out_R']}, P {r['out_P']}, W {r['out_W']} out);"
        passes = judge.passes(one_out, others, (True, bar))
        lines.append(f"{line} passes {passes}; passes on resampled sets {resampled_passes(one_out[False, None], one_out[True, bar], draws):.2f}")
    every, out = wrong_classes(sets, bars[0])
    lines.append(f"wrong links out at {bars[0]} by class: " + ", ".join(f"{k} {out[k]} of {n}" for k, n in every.most_common()))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows (outside the repo)")
    parser.add_argument("--bar", type=float, action="append", help=f"bars to read (default {FINE})")
    parser.add_argument("--draws", type=int, default=2000, help="resamples of the judged sets")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    for line in report(sets, tuple(ns.bar or FINE), ns.draws):
        print(line, flush=True)


if __name__ == "__main__":
    main()
