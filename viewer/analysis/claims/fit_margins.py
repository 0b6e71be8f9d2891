"""Whether a fitted setting's linked figures are out of their bounds by more than their own noise.

The fits choose a setting (the word check's cut) as the one joining the most same-event article
pairs with judged precision and links across events in bounds on ECB+ train. Those figures rest on
few links: on the corpora of three reports an event, 14 links across events of 699 read .020 at
one cut and .021 at the next, against a bound of .02. One link judged otherwise moved the chosen
cut a step, and back, between refits of the same models. So a fit keeps the setting it had unless
that setting is out of bounds by more than the figures' noise, and moves only to a setting in
bounds by more than it: a refit moves a setting when the data say so, not when one link does. The
noise is the jackknife standard error over the folds of topics the corpora are drawn from.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

Curve = dict[tuple[int, str], Counter]  # link counts by reports an event and shape (`fit_verifier.link_counts`)


def pooled(curves: Sequence[Curve]) -> Curve:
    """Folds' link counts added up, shape by shape."""
    counts: Curve = {}
    for curve in curves:
        for shape, c in curve.items():
            counts.setdefault(shape, Counter()).update(c)
    return counts


def rates(counts: Counter) -> tuple[float, float]:
    """Judged precision and the share of links across events."""
    return counts["right"] / max(1, counts["right"] + counts["wrong"]), counts["across"] / max(1, counts["links"])


def noise(folds: Sequence[Curve], topic_folds: Sequence[int]) -> dict[int, tuple[float, float]]:
    """The jackknife standard error of each size's precision and across share on the corpora of
    several events, leaving out one fold of topics at a time (``topic_folds``: each count's fold)."""
    groups = sorted(set(topic_folds))
    out = {}
    for reports, kind in pooled(folds):
        if kind != "several_events":
            continue
        left = [rates(pooled([f for f, g in zip(folds, topic_folds) if g != held]).get((reports, kind), Counter()))
                for held in groups]
        out[reports] = tuple(_spread([r[k] for r in left]) for k in (0, 1))
    return out


def _spread(values: list[float]) -> float:
    n = len(values)
    mean = sum(values) / n
    return math.sqrt((n - 1) / n * sum((v - mean) ** 2 for v in values))


def beyond(folds: Sequence[Curve], topic_folds: Sequence[int], bounds: dict[int, float], across: float, sign: int) -> bool:
    """Whether the several-event figures are out of bounds by more than their noise (``sign`` 1), or
    within them by more than it (``sign`` -1)."""
    counts, errors = pooled(folds), noise(folds, topic_folds)
    out_by = []
    for reports, (p_error, a_error) in errors.items():
        precision, share = rates(counts[reports, "several_events"])
        out_by += [bounds[reports] - precision - sign * p_error, share - across - sign * a_error]
    return any(x > 0 for x in out_by) if sign > 0 else all(x < 0 for x in out_by)


def steady_choice(by_fold: dict[float, Sequence[Curve]], topic_folds: Sequence[int], bounds: dict[int, float], across: float,
                  current: float | None, choose: Callable[[dict[float, Curve]], float]) -> float:
    """``current`` unless it is off the grid or out of bounds by more than its noise, or a setting
    in bounds by more than its noise joins more same-event article pairs; otherwise ``choose`` (the
    fit's own rule) on the pooled counts, among the settings clearly in bounds where there are any."""
    curve = {setting: pooled(folds) for setting, folds in by_fold.items()}
    clear = {s: c for s, c in curve.items() if beyond(by_fold[s], topic_folds, bounds, across, -1)}
    if current in curve and not beyond(by_fold[current], topic_folds, bounds, across, 1):
        better = {s: c for s, c in clear.items() if _joined(c) > _joined(curve[current]) + 1}
        return choose(better) if better else current
    return choose(clear or curve)


def _joined(counts: Curve) -> int:
    return sum(c["joined"] for c in counts.values())
