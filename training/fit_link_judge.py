"""Fit the link judge (`viewer.analysis.claims.link_judge`) and choose its bar by the issue's shipping test.

    python training/fit_link_judge.py ROWS.json [--out viewer/analysis/claims/link_judge.json]

ROWS.json is `bench/link_judge.py`'s rows with the alignment's two signs beside the thirteen (`bench/aligned_claims.py
--projected --judge-rows`, signs `link_judge.SIGNS`): the links main makes, the judge off, on every readable
hand-judged news set (the blind draws' left out by `background_acts.dev_link_files`), on ECB+ train and, judged by their
events alone, ECB+ dev and GVC dev. The pair-aware judge is fitted leaving each news set out (`bench/link_judge.py`'s
`cross_validated`, news and ECB+ train given equal weight) at each bar of BARS; the bar shipped is one whose neighbours
on either side pass the test too (`link_judge.passes`, a pass at the edge of the passing run being the likeliest to
fail on new articles), the one of those taking out most wrong links. The weights are then fitted on every judged set
and written with the signs, the bar, the sets and commit fitted on and the held-out figures. No bar passing, nothing
is written. Run in session 66 on /work/data/frontier66/rows_projected.json (main 4a82d660).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import link_judge as judge  # noqa: E402

from viewer.analysis.claims.link_judge import JUDGE_FILE, SIGNS  # noqa: E402

BARS = tuple(round(0.1 + 0.01 * k, 2) for k in range(21))  # .10 .. .30: the frontier lay at .15-.18 in session 66


def chosen_bar(curve: dict, others: dict) -> float | None:
    """The bar of BARS whose neighbours pass too, taking out most wrong links; None where none does."""
    passing = [bar for bar in BARS if judge.passes(curve, others, (True, bar))]
    inner = [bar for k, bar in enumerate(BARS) if bar in passing and 0 < k < len(BARS) - 1
             and BARS[k - 1] in passing and BARS[k + 1] in passing]
    return max(inner, key=lambda bar: judge.rates(sum(curve[True, bar].values(), Counter()))["out_W"], default=None)


def fitted_judge(sets: dict[str, dict], commit: str) -> dict | None:
    """The judge file's content: weights fitted on all judged sets, the bar, where they came from (``commit``: the
    analysis the rows were made by), held-out figures."""
    judge.GRID = BARS
    curve = judge.cross_validated(sets)
    others = judge.fitted_on_all(sets, curve)
    bar = chosen_bar(curve, others)
    if bar is None:
        return None
    fitted_on = [n for n in sets if not n.startswith(judge.PUBLIC_MARK)]
    weights = judge.fit(sets, fitted_on)
    held = {label: judge.rates(sum(curve[form].values(), Counter())) for label, form in
            (("without", (False, None)), (f"at {bar}", (True, bar)))}
    return {"weights": [round(float(w), 8) for w in weights], "signs": list(SIGNS), "bar": bar,
            "fitted_on": fitted_on, "public_sets": [n for n in sets if n.startswith(judge.PUBLIC_MARK)],
            "commit": commit, "held_out": held,
            "source": "training/fit_link_judge.py: the pair-aware judge of issue 11, one news set out at a time"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="the links' rows with SIGNS (outside the repo)")
    parser.add_argument("--out", type=Path, default=JUDGE_FILE)
    parser.add_argument("--commit", help="the commit whose analysis made the rows (default: this checkout's)")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    commit = ns.commit or subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    found = fitted_judge(sets, commit)
    if found is None:
        sys.exit("no bar passes the shipping test with passing bars either side: nothing written")
    ns.out.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    print(f"bar {found['bar']}: held out {found['held_out']}")


if __name__ == "__main__":
    main()
