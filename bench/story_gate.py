"""How well the story gate's signs tell same-event article pairs from the rest, sign by sign.

    python bench/story_gate.py DATA [--without NAME[,NAME...]] [--thresholds 0.9,0.95,0.96,0.97,0.98]

DATA is as for ``fit_verifier`` (``sets/train``, ``sets/dev`` and the parse cache). The story model
is fitted as ``fit_verifier`` fits it, on the article pairs the linker weighs in the ECB+ train
corpora of `fit_shapes`, once with every sign of STORY_FEATURES and once without the ones named
(their column set to 0, which fits them a weight of 0). For each model and gate threshold it prints
how many same-event pairs and how many others pass: on train out of fold (each fold scored by a
model fitted on the others; the others counted on the corpora of several events, where twins
meet) and on the whole dev set as one corpus, scored by the model fitted on all of train. A sign
is worth shipping when more same-event pairs pass for as many others, on train and on dev; the
whole linker is then measured with ``bench/quality.py``. The held-out set is never read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.fit_shapes import FOLDS, REPORTS_PER_EVENT, shaped_folds, story_examples  # noqa: E402
from viewer.analysis.claims.fit_verifier import _kept, _model, ecb_set, fit_logistic, probability, stacked  # noqa: E402
from viewer.analysis.claims.verifier import PAIR_FEATURES, STORY_FEATURES  # noqa: E402

Examples = tuple[np.ndarray, np.ndarray]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--without", default="", help="signs of STORY_FEATURES to leave out, comma-separated")
    parser.add_argument("--thresholds", default="0.9,0.95,0.96,0.97,0.98")
    ns = parser.parse_args(argv)
    left_out = [name for name in ns.without.split(",") if name]
    if unknown := set(left_out) - (set(STORY_FEATURES) - {"bias"}):
        parser.error(f"not a sign the gate can do without: {sorted(unknown)}")
    thresholds = [float(t) for t in ns.thresholds.split(",")]
    blank = _model(_kept("pair", PAIR_FEATURES)[0], 0.5, np.zeros(len(STORY_FEATURES)), 0.5)
    train = ecb_set(ns.data, "train")
    folds = [[(k, kind, story_examples(corpus, blank)) for k, fold in enumerate(shaped_folds(train, reports))
              for kind, corpus in [("several", fold.several), *(("single", c) for c in fold.single)]]
             for reports in REPORTS_PER_EVENT]
    examples = [e for size in folds for e in size if len(e[2][1])]
    dev = story_examples(ecb_set(ns.data, "dev"), blank)
    models = [("every sign", [])] + ([(f"without {', '.join(left_out)}", left_out)] if left_out else [])
    for name, dropped in models:
        print(f"== {name}")
        mask = np.array([0.0 if n in dropped else 1.0 for n in STORY_FEATURES])
        for line in passing_lines(examples, dev, mask, thresholds):
            print(line)


def passing_lines(examples: list[tuple[int, str, Examples]], dev: Examples, mask: np.ndarray,
                  thresholds: list[float]) -> list[str]:
    """Per threshold, same-event and other pairs passing on train out of fold and on dev."""
    scored, same, several = [], [], []
    for k in range(FOLDS):
        weights = fit_logistic(*stacked([(x * mask, y) for m, _kind, (x, y) in examples if m != k]))
        for m, kind, (x, y) in examples:
            if m == k:
                scored.append(probability(x * mask, weights))
                same.append(y)
                several.append(np.full(len(y), kind == "several"))
    p, y, among = np.concatenate(scored), np.concatenate(same), np.concatenate(several)
    weights = fit_logistic(*stacked([(x * mask, y) for _m, _kind, (x, y) in examples]))
    dev_p = probability(dev[0] * mask, weights)
    lines = [f"weights {dict(zip(STORY_FEATURES, weights.round(3).tolist()))}"]
    for t in thresholds:
        lines.append(f"{t}: train same {int(((p >= t) & (y == 1)).sum())} of {int(y.sum())}, "
                     f"others {int(((p >= t) & (y == 0) & among).sum())} of {int(((y == 0) & among).sum())} | "
                     f"dev same {int(((dev_p >= t) & (dev[1] == 1)).sum())} of {int(dev[1].sum())}, "
                     f"others {int(((dev_p >= t) & (dev[1] == 0)).sum())} of {int((dev[1] == 0).sum())}")
    return lines


if __name__ == "__main__":
    main()
