"""Choose the word-alignment cut of the pair check (`verifier.word_checked`) and write it into verifier.json.

    python -m viewer.analysis.claims.fit_word_check DATA [--precision 0.9] [--precision-at 3=0.825] [--across 0.02]

The pair and story models are kept as the weights file has them, weights and thresholds: the cut
is a second check on the pairs the pair model accepts, and it can only take links away. So it is
chosen on what it is for, judged link precision on linked corpora, not on pair data: the ECB+
train corpora ``fit_verifier`` chooses its thresholds on (``fit_shapes``: several events and each
event alone, five and three reports an event, each fold linked with a story model fitted on the
other folds), linked with no check and at every cut on the grid. The cut kept is the one that joins
the most same-event article pairs over all the corpora with judged precision and links across
events in bounds on the corpora of several events of each size (`fit_verifier.within_bounds`);
among those within one article pair of the most, the strictest. The cut the file has is kept
unless it is out of those bounds by more than the figures' noise over the folds of topics, or
another cut in them by more than that joins more (`fit_margins`): the bounds sit within a link or
two of the figures, and that choice alone moved a step with one link. Every cut's figures are
printed, pooled and fold by fold.
DATA is as for ``fit_verifier`` (its cache is shared; without the dev hand claim gold, claim
precision on those topics is recorded as null); the held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from viewer.analysis.claims.fit_margins import pooled, steady_choice
from viewer.analysis.claims.fit_shapes import FOLDS, REPORTS_PER_EVENT, ShapedFold, shaped_folds, story_examples
from viewer.analysis.claims.fit_verifier import (
    NoTexts, claim_precision_on, dev_gold, ecb_set, fit_logistic, link_counts, link_rates, precision_bounds, size_bound, stacked,
    within_bounds,
)
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import WEIGHTS_FILE, LogisticModel, Verifier, fitted

CUT_GRID = [round(0.5 + 0.02 * k, 2) for k in range(23)]  # 0.50 .. 0.94; the alignment of one-claim pairs runs .7-.95


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--precision", type=float, default=0.9, help="judged link precision the corpora of several events must reach")
    parser.add_argument("--precision-at", type=size_bound, action="append", default=[], metavar="REPORTS=P",
                        help="another precision bound for the corpora of REPORTS reports an event (repeatable)")
    parser.add_argument("--across", type=float, default=0.02, help="share of links across events allowed there")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    if any(reports not in REPORTS_PER_EVENT for reports, _p in ns.precision_at):
        parser.error(f"--precision-at takes a number of reports an event the fit links: {REPORTS_PER_EVENT}")
    bounds = precision_bounds(ns.precision, ns.precision_at)
    shipped = fitted()
    train = ecb_set(ns.data, "train")
    folds = [shaped_folds(train, reports) for reports in REPORTS_PER_EVENT]
    gold = dev_gold(ns.data)
    on_gold = claim_precision_on(ecb_set(ns.data, "dev"), gold) if gold is not None else None
    story = out_of_fold_story(folds, shipped)
    linked = [(fold, story[k]) for size in folds for k, fold in enumerate(size)]
    by_fold = {cut: fold_figures(linked, shipped, cut) for cut in [None, *CUT_GRID]}
    curve = {cut: pooled(counts) for cut, counts in by_fold.items()}
    on_the_grid = {cut: counts for cut, counts in by_fold.items() if cut is not None}
    topic_folds = [k for size in folds for k, _fold in enumerate(size)]
    chosen = steady_choice(on_the_grid, topic_folds, bounds, ns.across, shipped.alignment_cut,
                           lambda counts: choose_cut(counts, bounds, ns.across))
    claim_precision = {cut: on_gold(_checked(shipped, cut)) if on_gold else None for cut in (None, chosen)}
    alone = {cut: curve[cut] for cut in on_the_grid if within_bounds(curve[cut], bounds, ns.across)}
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights["word_check"] = {
        "cut": chosen,
        "produced_by": f"python -m viewer.analysis.claims.fit_word_check DATA --precision {ns.precision}"
                       + "".join(f" --precision-at {reports}={p}" for reports, p in ns.precision_at) + f" --across {ns.across}",
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid {CUT_GRID[0]}..{CUT_GRID[-1]} by linking the ECB+ train corpora the thresholds are chosen on, "
                 f"{FOLDS} folds by topic, each with a story model fitted on the other folds, with the pair and story models and "
                 "thresholds of this file: the most same-event article pairs joined over all of them, with judged link precision "
                 "(ECB+ action chains) and links across events in bounds on the corpora of several events of each size (precision "
                 f"at least {', '.join(f'{p} with {r}' for r, p in bounds.items())} reports an event, across at most {ns.across}); "
                 f"the cut the file had ({shipped.alignment_cut}) kept unless out of those bounds by more than the figures' noise over "
                 "the folds, or another in them by more than it joins more (`fit_margins.steady_choice`)"),
        "choosing_links": {"without_check": shape_figures(curve[None]), "at_cut": shape_figures(curve[chosen]),
                           "cut_on_the_figures_alone": choose_cut(alone, bounds, ns.across) if alone else None,
                           "claim_precision_annotated_topics": {"without_check": claim_precision[None], "at_cut": claim_precision[chosen]}},
    }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights["word_check"], indent=1))


def linked_folds(data: Path, model: Verifier) -> tuple[dict, list[np.ndarray], list[tuple[ShapedFold, np.ndarray]]]:
    """The ECB+ train set, each fold's out-of-fold story weights (`out_of_fold_story`), and every
    shaped fold with its own: what the scripts choosing a later check link, as ``fit_verifier`` does."""
    train = ecb_set(data, "train")
    folds = [shaped_folds(train, reports) for reports in REPORTS_PER_EVENT]
    story = out_of_fold_story(folds, model)
    return train, story, [(fold, story[k]) for size in folds for k, fold in enumerate(size)]


def out_of_fold_story(folds: list[list[ShapedFold]], model: Verifier) -> list[np.ndarray]:
    """For each fold, story weights fitted on the other folds' article pairs, as `fit_verifier`
    links them when it chooses the thresholds: the kept gate behaves out of fold."""
    examples = [[[story_examples(corpus, model) for corpus in fold.corpora()] for fold in size] for size in folds]
    return [fit_logistic(*stacked([e for size in examples for m, fold in enumerate(size) if m != k for e in fold if len(e[1])]))
            for k in range(FOLDS)]


def link_figures(folds: list[tuple[ShapedFold, np.ndarray]], model: Verifier, cut: float | None,
                 label: object = None) -> dict[tuple[int, str], Counter]:
    """Link counts (`fit_verifier.link_counts`) pooled over the folds, by reports an event and shape,
    printed after ``label`` (the cut unless given)."""
    return pooled(fold_figures(folds, model, cut, label))


def fold_figures(folds: list[tuple[ShapedFold, np.ndarray]], model: Verifier, cut: float | None,
                 label: object = None) -> list[dict[tuple[int, str], Counter]]:
    """`link_figures` of each fold apart, in the order of ``folds``: how much a setting's figures
    rest on one fold of topics."""
    out = []
    for fold, story_weights in folds:
        counts: dict[tuple[int, str], Counter] = defaultdict(Counter)
        linker = _checked(replace(model, story=LogisticModel(model.story.names, story_weights, model.story.threshold)), cut)
        counts[fold.reports, "several_events"].update(link_counts(link_claims(fold.several["units"], NoTexts({}), model=linker), fold.several))
        for corpus in fold.single:
            counts[fold.reports, "one_event"].update(link_counts(link_claims(corpus["units"], NoTexts({}), model=linker), corpus))
        out.append(counts)
    print(cut if label is None else label, shape_figures(pooled(out)), file=sys.stderr, flush=True)
    print(json.dumps({"label": str(cut if label is None else label),
                      "folds": [{f"{r}_{kind}": dict(c) for (r, kind), c in counts.items()} for counts in out]}), file=sys.stderr, flush=True)
    return out


def choose_cut(curve: dict[float, dict[tuple[int, str], Counter]], bounds: dict[int, float], across: float) -> float:
    """The cut joining the most same-event article pairs, all corpora pooled, among those within
    ``bounds`` and ``across``; of those within one article pair of the most, the strictest."""
    allowed = {cut: counts for cut, counts in curve.items() if within_bounds(counts, bounds, across)}
    if not allowed:
        raise SystemExit("no cut on the grid reaches the precision asked for")
    joined = {cut: sum(c["joined"] for c in counts.values()) for cut, counts in allowed.items()}
    most = max(joined.values())
    return max(cut for cut, n in joined.items() if n >= most - 1)


def _checked(model: Verifier, cut: float | None) -> Verifier:
    return replace(model, alignment_cut=cut)


def shape_figures(counts: dict[tuple[int, str], Counter]) -> dict:
    """Each train shape's link rates and the share of same-event article pairs joined over all:
    the figures every fit script records beside the setting it chose."""
    found = {f"{kind}_{reports}": link_rates(c) for (reports, kind), c in sorted(counts.items())}
    joined, same = (sum(c[k] for c in counts.values()) for k in ("joined", "same_event_pairs"))
    found["found_all"] = round(joined / max(1, same), 3)
    return found


if __name__ == "__main__":
    sys.exit(main())
