"""Choose the mean a merge of story groups needs (`stories.story_groups`) and write it into verifier.json.

    python -m viewer.analysis.claims.fit_story_groups DATA [--found-loss 0.005]

The pair and story models, their thresholds and the word check are kept as the weights file has
them: story groups only take back article pairs the gate passed, so the mean is chosen on what it is
for, links across events on linked corpora. The corpora are those ``fit_verifier`` chooses its
thresholds on (``fit_shapes``: several events and each event alone, five and three reports an
event, each fold linked with a story model fitted on the other folds), linked without groups and
at every mean on the grid. A mean is allowed when no shape joins fewer same-event article pairs
than without groups by more than ``--found-loss`` (the corpora of one event included: a grouping
must not split an event) and judged link precision falls on no corpora of several events. Of those,
the one leaving the fewest links across events there; of equals, the lowest (it takes least away).
When none leaves fewer than no grouping, none is written. DATA is as for ``fit_verifier`` (its cache
is shared); the held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

MEAN_GRID = [round(0.5 + 0.02 * k, 2) for k in range(24)]  # 0.50 .. 0.96: below the gate's own threshold

Curve = dict[tuple[int, str], Counter]


def main(argv: list[str] | None = None) -> None:
    ns = taking_away_arguments(__doc__, 0.005, argv)
    shipped = replace(fitted(), story_average=None)
    _train, _story, linked = linked_folds(ns.data, shipped)
    curve = {mean: link_figures(linked, replace(shipped, story_average=mean), shipped.alignment_cut, f"mean {mean}") for mean in [None, *MEAN_GRID]}
    chosen = choose_mean({m: c for m, c in curve.items() if m is not None}, curve[None], ns.found_loss)
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("story_groups", None)
    if chosen is not None:
        weights["story_groups"] = {
            "average": chosen,
            "produced_by": f"python -m viewer.analysis.claims.fit_story_groups DATA --found-loss {ns.found_loss}",
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid {MEAN_GRID[0]}..{MEAN_GRID[-1]} by linking the ECB+ train corpora the thresholds are chosen "
                     f"on, {FOLDS} folds by topic, each with a story model fitted on the other folds, with the models, thresholds and "
                     "word check of this file: the fewest links across events on the corpora of several events, with no shape "
                     f"joining fewer same-event article pairs than without groups by more than {ns.found_loss} and judged link "
                     "precision (ECB+ action chains) not lower on the corpora of several events"),
            "choosing_links": {"without_groups": shape_figures(curve[None]), "at_average": shape_figures(curve[chosen])},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("story_groups"), indent=1))


def taking_away_arguments(doc: str, found_loss: float, argv: list[str] | None) -> argparse.Namespace:
    """The command line of a script choosing a setting that only takes links away: DATA, how many
    same-event pairs found a shape may lose (``found_loss`` unless given), and the file to write."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--found-loss", type=float, default=found_loss, help="same-event pairs found a shape may lose")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    return parser.parse_args(argv)


def choose_mean(curve: dict[float, Curve], without: Curve, found_loss: float) -> float | None:
    """The mean leaving the fewest links across events among those within bounds of ``without``
    (see the module's docstring); None when none leaves fewer than ``without``."""
    allowed = [mean for mean, counts in sorted(curve.items()) if _within(counts, without, found_loss)]
    if not allowed:
        return None
    best = min(allowed, key=lambda mean: (_across(curve[mean]), mean))
    return best if _across(curve[best]) < _across(without) else None


def _within(counts: Curve, without: Curve, found_loss: float) -> bool:
    for shape, before in without.items():
        after = counts[shape]
        if _share(after, "joined", "same_event_pairs") < _share(before, "joined", "same_event_pairs") - found_loss:
            return False
        if shape[1] == "several_events" and _share(after, "right", "judged") < _share(before, "right", "judged"):
            return False
    return True


def _across(counts: Curve) -> int:
    return sum(c["across"] for (_reports, kind), c in counts.items() if kind == "several_events")


def _share(counts: Counter, part: str, whole: str) -> float:
    total = counts[whole] if whole != "judged" else counts["right"] + counts["wrong"]
    return counts[part] / max(1, total)


if __name__ == "__main__":
    main()
