"""The pair model refitted on the hand-judged news of the dev sets, sets held apart: what it would recover of the noted
misses against what it would admit of the wrong links and the pairs no one noted (session 76, recall76).

    python bench/news_pair_refit.py DATA ROWS [--ecb] [--without-msrp] [--by family|sets] [--signs all|names_figures]
                                    [--show N] [--write JSON]

ROWS is `bench/news_pair_rows.py`'s folder: every cross-report unit pair of one story on the judged dev sets, its
pair signs and verdict (R, P, W, M noted miss, - neither linked nor noted). One claim: R, P and M; not: W and -.
Vetoed pairs (`verifier.never_one_claim`) are left out of fit and count: no pair model joins them.

The sets are cut into folds (``--by sets``: AllSides' sixteen draws in four folds, GVA's in four, BASIL one, WCEP
one; ``--by family``: one fold a source), and each fold is scored by a model fitted without it, as `fit_verifier`
fits (`fit_logistic`, classes balanced; MSRP train and, with the same total weight, the annotated pairs: the other
folds' news and, with ``--ecb``, ECB+ dev's hand claim gold, `training/ecb_dev_gold.py`; with ``--without-msrp``
the annotated pairs alone). ``--signs names_figures`` refits only the name and figure signs, the bias and one scale
on the rest of the shipped logit (recall75 found a shared name weighed against one claim, -.48, and asked whether
news would weigh it otherwise). The refit's threshold is where, on the folds it was fitted on, it admits as many
pairs not one claim (W and -) as the shipped model does at its own threshold: no held-out verdict chooses it.
Printed per fold and pooled by source: R/P kept, W admitted, M recovered, - admitted, shipped → refit; the held-out
average precision and curve of both models over thresholds, so a refit's gain can be read at equal cost; the mean
refitted weights. ``--show N`` prints every N-th held-out pair one model admits and the other does not; ``--write``
the model fitted on every fold as a pair section for `bench/dev_sets.py run … --pair-model JSON`.

Run in session 76 (recall76) on /work/data/quality's dev sets (ROWS /work/data/recall76/rows; printouts in
/work/data/recall76/curves); docs/linking.md has the figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from news_pair_rows import family, read_rows, read_texts  # noqa: E402
from pair_refit_topics import average_precision  # noqa: E402

from viewer.analysis.claims.fit_verifier import _equal_shares, fit_logistic, msrp_pairs, stacked  # noqa: E402
from viewer.analysis.claims.verifier import PAIR_FEATURES, fitted  # noqa: E402

ONE_CLAIM = ("R", "P", "M")
COUNTED = ("RP", "W", "M", "-")
REFIT_SIGNS = ("shared_names", "unmatched_names", "same_figure", "compatible_figure", "figure_conflict")
GRID = [round(0.3 + 0.05 * k, 2) for k in range(14)]


def folds_of(sets: list[str], by: str) -> dict[str, list[str]]:
    """Fold name → its sets: a source each (``family``), or AllSides' and GVA's draws dealt into four folds each."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in sets:
        out[family(name)].append(name)
    if by == "family":
        return dict(out)
    dealt: dict[str, list[str]] = {}
    for source, names in out.items():
        parts = 4 if len(names) >= 8 else 1
        for k, name in enumerate(sorted(names, key=_draw_order)):
            dealt.setdefault(f"{source}{k % parts + 1}" if parts > 1 else source, []).append(name)
    return dealt


def _draw_order(name: str) -> tuple[int, str]:
    return len(name), name


class SignsModel:
    """A pair model reading its signs as a linear logit: the shipped one, or a refit of all or some of its weights."""

    def __init__(self, weights: np.ndarray, threshold: float, columns=None):
        self.weights, self.threshold, self.columns = weights, threshold, columns

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = self.columns(x) if self.columns else x
        return 1 / (1 + np.exp(-(z @ self.weights)))


def shipped_model() -> SignsModel:
    model = fitted().pair
    return SignsModel(np.asarray(model.weights, dtype=np.float64), float(model.threshold))


def names_figures_columns(shipped: np.ndarray):
    """Rows → [bias, the shipped logit without bias and the refitted signs, each refitted sign]."""
    refit = [PAIR_FEATURES.index(s) for s in REFIT_SIGNS]
    rest = np.array([0.0 if k == 0 or k in refit else w for k, w in enumerate(shipped)])

    def columns(x: np.ndarray) -> np.ndarray:
        return np.column_stack([np.ones(len(x)), x @ rest, x[:, refit]])
    return columns


def refit(train: tuple[np.ndarray, np.ndarray], msrp: tuple[np.ndarray, np.ndarray] | None, ecb, signs: str,
          shipped: SignsModel, not_claim_admitted: int) -> SignsModel:
    """The model fitted on MSRP train and the annotated pairs with equal total weight (the annotated alone without
    ``msrp``), its threshold matched on
    ``train`` to ``not_claim_admitted`` pairs not one claim."""
    annotated = stacked([p for p in (ecb, train) if p is not None])
    columns = names_figures_columns(shipped.weights) if signs == "names_figures" else None
    x, y = stacked([msrp, annotated]) if msrp is not None else annotated
    z = columns(x) if columns else x
    weights = fit_logistic(z, y, weights=_equal_shares(len(msrp[1]), len(annotated[1])) if msrp is not None else None)
    model = SignsModel(weights, 0.5, columns)
    negatives = np.sort(model.scores(train[0][train[1] == 0]))[::-1]
    k = min(max(not_claim_admitted, 1), len(negatives)) - 1
    model.threshold = float(negatives[k]) if len(negatives) else 0.5
    return model


def counts(scores: np.ndarray, verdicts: np.ndarray, threshold: float) -> dict[str, int]:
    """R/P, W, M and - pairs at or above the threshold."""
    on = scores >= threshold
    return {"RP": int((on & np.isin(verdicts, ("R", "P"))).sum()), "W": int((on & (verdicts == "W")).sum()),
            "M": int((on & (verdicts == "M")).sum()), "-": int((on & (verdicts == "-")).sum())}


def _line(c: dict[str, int]) -> str:
    return " ".join(f"{k} {c[k]}" for k in COUNTED)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("rows", type=Path)
    parser.add_argument("--ecb", action="store_true", help="fit with ECB+ dev's hand claim gold among the annotated pairs")
    parser.add_argument("--by", choices=("family", "sets"), default="sets")
    parser.add_argument("--signs", choices=("all", "names_figures"), default="all")
    parser.add_argument("--without-msrp", action="store_true", help="fit on the annotated pairs alone")
    parser.add_argument("--write", type=Path, metavar="JSON",
                        help="write the model fitted on every fold (threshold matched the same way) as a pair section of "
                             "verifier.json, for `bench/quality.py --pair-model JSON` (all signs only)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print every N-th pair the refit admits and the shipped model does not, and the reverse")
    ns = parser.parse_args(argv)
    loaded = read_rows(ns.rows)
    keep = ~loaded["vetoed"]
    x, verdicts, sets = loaded["x"][keep], loaded["verdict"][keep], loaded["set"][keep]
    y = np.isin(verdicts, ONE_CLAIM).astype(int)
    msrp = None if ns.without_msrp else msrp_pairs(ns.data, "train")
    ecb = ecb_rows(ns.data) if ns.ecb else None
    shipped = shipped_model()
    folds = folds_of(sorted(set(sets.tolist())), ns.by)
    print("totals: " + _line(counts(np.ones(len(y)), verdicts, 0.5)) + f"; folds {folds}")
    held_scores = {"shipped": np.zeros(len(y)), "refit": np.zeros(len(y))}
    thresholds = {"shipped": np.full(len(y), shipped.threshold), "refit": np.zeros(len(y))}
    pooled = defaultdict(lambda: defaultdict(int))
    fitted_weights = []
    for name, members in folds.items():
        held = np.isin(sets, members)
        base = shipped.scores(x)
        not_claim = int(((base >= shipped.threshold) & ~held & (y == 0)).sum())
        model = refit((x[~held], y[~held]), msrp, ecb, ns.signs, shipped, not_claim)
        fitted_weights.append(model.weights)
        held_scores["shipped"][held] = base[held]
        held_scores["refit"][held] = model.scores(x[held])
        thresholds["refit"][held] = model.threshold
        before = counts(base[held], verdicts[held], shipped.threshold)
        after = counts(model.scores(x[held]), verdicts[held], model.threshold)
        for key in COUNTED:
            pooled[family(members[0])][f"{key} before"] += before[key]
            pooled[family(members[0])][f"{key} after"] += after[key]
        print(f"{name} ({len(members)} sets, threshold {model.threshold:.3f}): {_line(before)} → {_line(after)}")
    for source, c in pooled.items():
        print(f"pooled {source}: " + " ".join(f"{k} {c[k + ' before']} → {c[k + ' after']}" for k in COUNTED))
    print(f"held-out average precision: shipped {average_precision(held_scores['shipped'], y):.3f}, "
          f"refit {average_precision(held_scores['refit'], y):.3f}")
    print("held-out curve (threshold: R/P W M -):")
    for t in GRID:
        print(f"  {t:.2f}  shipped {_line(counts(held_scores['shipped'], verdicts, t))}  |  "
              f"refit {_line(counts(held_scores['refit'], verdicts, t))}")
    if ns.show:
        texts = np.array(read_texts(ns.rows), dtype=object)[keep]
        print("\n".join(shown(held_scores, thresholds, verdicts, texts, ns.show)))
    names = list(PAIR_FEATURES) if ns.signs == "all" else ["bias", "shipped rest", *REFIT_SIGNS]
    if ns.write and ns.signs == "all":
        not_claim = int(((shipped.scores(x) >= shipped.threshold) & (y == 0)).sum())
        whole = refit((x, y), msrp, ecb, ns.signs, shipped, not_claim)
        ns.write.write_text(json.dumps({"features": list(PAIR_FEATURES), "threshold": round(whole.threshold, 4),
                                        "weights": dict(zip(PAIR_FEATURES, whole.weights.round(4).tolist())),
                                        "produced_by": "bench/news_pair_refit.py " + " ".join(argv or sys.argv[1:])},
                                       indent=1), encoding="utf-8")
    mean = np.mean(fitted_weights, axis=0)
    print("mean refitted weights: " + ", ".join(f"{n} {w:.3f}" for n, w in zip(names, mean)))


def shown(scores: dict, thresholds: dict, verdicts: np.ndarray, texts: np.ndarray, every: int) -> list[str]:
    """Every ``every``-th held-out pair one model admits and the other does not, with both scores."""
    out = []
    for gains, loses in (("refit", "shipped"), ("shipped", "refit")):
        moved = np.flatnonzero((scores[gains] >= thresholds[gains]) & (scores[loses] < thresholds[loses]))
        out.append(f"admitted by the {gains} model alone: {len(moved)}")
        out += [f"  {verdicts[k]} {scores['shipped'][k]:.2f}→{scores['refit'][k]:.2f} {texts[k][:400]}"
                for k in moved[::every]]
    return out


def ecb_rows(data: Path) -> tuple[np.ndarray, np.ndarray]:
    """ECB+ dev's cross-article unit pairs labelled by the hand claim gold (`fit_verifier.claim_rows`)."""
    from viewer.analysis.claims.fit_verifier import claim_rows, dev_gold, ecb_set
    return claim_rows(ecb_set(data, "dev"), dev_gold(data))


if __name__ == "__main__":
    sys.exit(main())
