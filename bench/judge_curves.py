"""The pair-aware link judge's held-out curve on two or more row files side by side, to choose between two ways of
making a sign (issue 11).

    python bench/judge_curves.py ROWS.json [ROWS.json ...] [--sets A,B,...] [--by-source | --plain]

Each ROWS.json holds `link_judge.py`'s rows with the judge's signs (`aligned_claims.py --projected --judge-rows`). For
each bar of `training/fit_link_judge.py`'s grid it prints, per file, the pooled precision of the news sets held out one
at a time (`link_judge.cross_validated`), right links out (R, P) and wrong ones (W) and pairs found, pooled and by news
source, and whether the bar serves the issue's targets (`fit_link_judge.serves_precision`); then the bar the fit would
ship (the sample gold not read). ``--sets`` keeps only those news sets (ECB+ train and the public sets stay).
``--by-source`` prints instead the judge fitted without one news source (GVA, BASIL with WCEP, or AllSides) and tested
on it, at each bar in the pair-aware form: the nearest the dev sets come to news of a source nobody here has.
``--without`` drops signs of `link_judge.SIGNS` (a row's first columns) from every row, and ``--l2`` sets the fit's
penalty on the scaled signs (`link_judge.L2`; 1 by default): session 68 (verifier68) read which signs and what shrinking
carry from one source to the other. ``--plain`` prints the plain form's curve, which may part the last links joining two
reports (the shipped bar still the pair-aware form's): session 69 (refit69) read where AllSides' wrong links sit. Run in
session 67 (speed67) on the rows of main fe57df7e with the mentions parsed alone with and without the entity recogniser.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT))

import link_judge as judge  # noqa: E402
from dev_sets import source_of as drawn_from  # noqa: E402
from fit_link_judge import BARS, chosen_bar, serves_precision, source_rates  # noqa: E402

from viewer.analysis.claims.link_judge import SIGNS  # noqa: E402


def kept_sets(sets: dict[str, dict], names: list[str] | None) -> dict[str, dict]:
    """The rows without the news sets not named (ECB+ train and the public sets always kept)."""
    news = set(judge.judged_draws(sets))
    return {n: s for n, s in sets.items() if names is None or n not in news or n in names}


def without_signs(sets: dict[str, dict], names: list[str]) -> dict[str, dict]:
    """The rows without the named signs of SIGNS, which their first columns hold in that order."""
    dropped = {SIGNS.index(n) for n in names}
    return {n: {**s, "rows": [{**r, "x": [v for k, v in enumerate(r["x"]) if k not in dropped]} for r in s["rows"]]}
            for n, s in sets.items()}


def curve_lines(label: str, sets: dict[str, dict], keep_pairs: bool = True) -> list[str]:
    """The held-out curve: at each bar the news pooled, then each source's precision, links out and pairs found;
    ``keep_pairs`` False: the plain form, which may part the last links joining two reports."""
    judge.GRID = BARS
    curve = judge.cross_validated(sets)
    others = judge.fitted_on_all(sets, curve)
    base = source_rates(curve, (False, None))
    news = base.pop("news")
    lines = [f"{label}: without {news['precision']:.3f} ({news['right']}/{news['wrong']}) found {news['found']:.3f}"
             + "".join(f" | {source} {r['precision']:.3f} ({r['right']}/{r['wrong']}) found {r['found']:.3f}"
                       for source, r in base.items())]
    for bar in BARS:
        by_source = source_rates(curve, (keep_pairs, bar))
        r = by_source.pop("news")
        lines.append(f"  {bar:.2f} {r['precision']:.3f} R {r['out_R']} P {r['out_P']} W {r['out_W']} found "
                     f"{r['found']:.3f}{' serves' if serves_precision(curve, others, (keep_pairs, bar)) else ''}"
                     + "".join(f" | {source} {s['precision']:.3f} R {s['out_R']} P {s['out_P']} W {s['out_W']} "
                               f"found {s['found']:.3f}" for source, s in by_source.items()))
    lines.append(f"  shipped bar: {chosen_bar(curve, others)}")
    return lines


def source_of(name: str) -> str:
    """GVA, BASIL with WCEP, AllSides, or the set's own name (ECB+ train, the public sets)."""
    source = drawn_from(name)
    return "basil+wcep" if source in ("basil", "wcep") else source


def by_source_lines(label: str, sets: dict[str, dict]) -> list[str]:
    """Per news source: the judge fitted on every other judged set (ECB+ train in), tested on that source's sets."""
    news = judge.judged_draws(sets)
    lines = []
    for tested in dict.fromkeys(source_of(n) for n in news):
        held = [n for n in news if source_of(n) == tested]
        weights = judge.fit(sets, [n for n in sets if not n.startswith(judge.PUBLIC_MARK) and n not in held])

        def pooled(bar: float | None) -> dict:
            return judge.rates(sum((judge.counts(sets[n], [True] * len(sets[n]["rows"]) if bar is None else
                                                 judge.kept_links(sets[n]["rows"], weights, bar, True)) for n in held),
                                   Counter()))
        base = pooled(None)
        lines.append(f"{label}, fitted without {tested}: without {base['precision']:.3f} ({base['right']}/{base['wrong']}) "
                     f"found {base['found']:.3f}")
        lines += [f"  {bar:.2f} {r['precision']:.3f} R {r['out_R']} P {r['out_P']} W {r['out_W']} found {r['found']:.3f}"
                  for bar in BARS for r in [pooled(bar)]]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, nargs="+")
    parser.add_argument("--sets", help="only these news sets, comma-separated")
    parser.add_argument("--by-source", action="store_true", help="fit without one news source, test on it")
    parser.add_argument("--without", default="", help="signs of link_judge.SIGNS to leave out, comma-separated")
    parser.add_argument("--l2", type=float, default=judge.L2, help="the fit's penalty on the scaled signs")
    parser.add_argument("--plain", action="store_true", help="the plain form: the last links of a report pair too")
    ns = parser.parse_args(argv)
    names = ns.sets.split(",") if ns.sets else None
    judge.L2 = ns.l2
    for path in ns.rows:
        lines = by_source_lines if ns.by_source else functools.partial(curve_lines, keep_pairs=not ns.plain)
        sets = without_signs(json.loads(path.read_text(encoding="utf-8")), [n for n in ns.without.split(",") if n])
        for line in lines(path.name, kept_sets(sets, names)):
            print(line, flush=True)


if __name__ == "__main__":
    main()
