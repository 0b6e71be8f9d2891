"""Choose how much of a report's opening the story gate's date check reads (`verifier.dated_apart`), and write it into verifier.json.

    python -m viewer.analysis.claims.fit_dated_stories DATA [--precision 0.9] [--same-loss 0]

Two reports whose leads date what they report to different months, with no month in common,
tell two happenings (the same town's warehouse fire of March and of October); the gate refuses
them whatever its probability. Deeper down, one story's reports recall earlier happenings with
their dates, so the months of all their dates part a story's own reports too often.

The lead is chosen on the article pairs the linker weighs in the ECB+ train corpora the thresholds
are chosen on (``fit_shapes``: several events and each event alone, five and three reports an
event) and in each fold's topics whole (every report of every event, as ``fit_recap_check`` links
them: among an event's few best-annotated reports, hardly any two of twin events pass the gate).
Each fold's pairs are scored by a story model fitted, as ``fit_verifier`` fits it, on the other
folds' shaped corpora, at the shipped threshold. The gate passes so few pairs of two events out of
fold that the check is judged on two counts: its cost, the same-event pairs passing the gate that
it refuses (at most ``--same-loss`` of them; none unless given), and its precision, the share of
all the weighed pairs it refuses that report two events (at least ``--precision``). The longest
lead on the grid within both is written (it refuses the most), none when no lead refuses a pair of
two events so. The models and every other check are kept. DATA is as for ``fit_verifier`` (its
cache is shared); the held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from pathlib import Path

import numpy as np

from viewer.analysis.claims.fit_recap_check import whole_topics
from viewer.analysis.claims.fit_shapes import FOLDS, REPORTS_PER_EVENT, shaped_folds, weighed_pairs
from viewer.analysis.claims.fit_verifier import ecb_set, fit_logistic, probability
from viewer.analysis.claims.verifier import WEIGHTS_FILE, dated_apart, fitted

LEAD_GRID = (0, 1, 2, 3, 4)  # the title line alone, then one more sentence at a time
# story signs, same event, the two articles' dates (`Article.dates`), and whether the story model is fitted on it
Pair = tuple[np.ndarray, bool, frozenset, frozenset, bool]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--precision", type=float, default=0.9, help="share of refused weighed pairs that must be of two events")
    parser.add_argument("--same-loss", type=float, default=0.0, help="share of passing same-event pairs the check may refuse")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    shipped = fitted()
    refused = refused_at_leads(fold_pairs(ns.data, shipped), shipped.story.threshold)
    for lead, counts in refused.items():
        print(f"lead {lead}: refuses {counts['same']} same-event and {counts['other']} two-event pairs of "
              f"{counts['passing_same']} and {counts['passing_other']} passing; of all weighed, {counts['weighed_same']} and "
              f"{counts['weighed_other']}")
    chosen = choose_lead(refused, ns.precision, ns.same_loss)
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("dated_stories", None)
    if chosen is not None:
        weights["dated_stories"] = {
            "lead": chosen,
            "produced_by": f"python -m viewer.analysis.claims.fit_dated_stories DATA --precision {ns.precision} "
                           f"--same-loss {ns.same_loss}",
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid {LEAD_GRID} on the article pairs the linker weighs in the ECB+ train corpora the "
                     f"thresholds are chosen on and each fold's topics whole, {FOLDS} folds by topic, each scored by a story "
                     "model fitted on the other folds "
                     f"at this file's threshold: the longest lead at which the check refuses at most {ns.same_loss} of the "
                     f"same-event pairs passing the gate and at least {ns.precision} of all the weighed pairs it refuses report "
                     "two events"),
            "refused": {str(lead): dict(counts) for lead, counts in refused.items()},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("dated_stories", {}).get("lead"), indent=1))


def fold_pairs(data: Path, model) -> list[list[Pair]]:
    """Each fold's weighed article pairs over both sizes and shapes (`fit_shapes.shaped_folds`) and its topics whole
    (`fit_recap_check.whole_topics`)."""
    train = ecb_set(data, "train")
    folds: list[list[Pair]] = [[] for _ in range(FOLDS)]
    shapes = [*(shaped_folds(train, reports) for reports in REPORTS_PER_EVENT), whole_topics(train)]
    for shape, shaped in enumerate(shapes):
        for k, fold in enumerate(shaped):
            for corpus in fold.corpora():
                events = [d["event"] for d in corpus["documents"]]
                rows, dates = weighed_pairs(corpus, model)
                folds[k].extend((np.array(row), events[a] == events[b], dates[a], dates[b], shape < len(REPORTS_PER_EVENT))
                                for a, b, row in rows)
    return folds


def refused_at_leads(folds: list[list[Pair]], threshold: float) -> dict[int, Counter]:
    """At each lead of LEAD_GRID, the pairs passing the gate out of fold (the story model fitted, as
    ``fit_verifier`` fits it, on the other folds' shaped corpora) and those the date check refuses;
    and, whatever the gate says, the weighed pairs it refuses ("weighed_same", "weighed_other")."""
    refused = {lead: Counter() for lead in LEAD_GRID}
    for k, pairs in enumerate(folds):
        if not pairs:
            continue
        fit = [(row, same) for m, fold in enumerate(folds) if m != k for row, same, _a, _b, fitted_on in fold if fitted_on]
        weights = fit_logistic(np.array([r for r, _s in fit]), np.array([int(s) for _r, s in fit]))
        passing = probability(np.array([row for row, *_rest in pairs]), weights) >= threshold
        for (_row, same, dates_a, dates_b, _fitted_on), passes in zip(pairs, passing):
            kind = "same" if same else "other"
            for lead, counts in refused.items():
                apart = dated_apart(dates_a, dates_b, lead)
                counts[f"weighed_{kind}"] += apart
                if passes:
                    counts[f"passing_{kind}"] += 1
                    counts[kind] += apart
    return refused


def choose_lead(refused: dict[int, Counter], precision: float, same_loss: float = 0.0) -> int | None:
    """The longest lead at which the check refuses at most ``same_loss`` of the same-event pairs the
    gate passes, and pairs of two events make at least ``precision`` of all the weighed pairs it
    refuses; None when none refuses a pair of two events so."""
    def allowed(c: Counter) -> bool:
        refused_weighed = c["weighed_other"] + c["weighed_same"]
        return (c["same"] <= same_loss * c["passing_same"] and c["weighed_other"] > 0
                and c["weighed_other"] >= precision * refused_weighed)
    leads = [lead for lead, counts in refused.items() if allowed(counts)]
    return max(leads) if leads else None


if __name__ == "__main__":
    main()
