"""Choose the least story probability at which one story group opens two articles the gate refused, into verifier.json.

    python -m viewer.analysis.claims.fit_story_opening DATA [--grid 0.7,0.8,0.9,0.95]

Three reports of one incident told apart by their details pass the gate two pairs of three: the third pair, refused
just under the threshold, is the story's too, and its reports' shared claims go unlinked (`bench/miss_stages.py`
puts 54 of the 175 claims noted in training/judged/misses50*.tsv down to the gate). `stories.story_groups` already
joins such reports in one group; `linking._kept_stories` then keeps the pair's verdicts when the gate gave it at least
the floor chosen here. The pair and story models, thresholds and checks are kept as the weights file has them. The
corpora are those ``fit_verifier`` chooses its thresholds on (``fit_shapes``: several events and each event alone,
five and three reports an event, each fold linked with a story model fitted on the other folds), linked without
opening and at every floor of the grid. A floor is allowed when, on the corpora of several events of each size,
judged link precision (ECB+ action chains) is not lower and the share of links across events not higher than
without; of those, the one joining the most same-event article pairs over all shapes, of equals the highest (it
opens least). When none joins more than no opening, none is written. The held-out set is never read.
"""
from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.fit_story_groups import _share
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

Curve = dict[tuple[int, str], Counter]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--grid", default="0.7,0.8,0.9,0.95", help="floors to try, under the gate's threshold")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    grid = [float(x) for x in ns.grid.split(",")]
    shipped = replace(fitted(), story_open=None)
    _train, _story, linked = linked_folds(ns.data, shipped)
    curve = {floor: link_figures(linked, replace(shipped, story_open=floor), shipped.alignment_cut, f"floor {floor}")
             for floor in [None, *grid]}
    chosen = choose_floor({f: c for f, c in curve.items() if f is not None}, curve[None])
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("story_opening", None)
    if chosen is not None:
        weights["story_opening"] = {
            "floor": chosen,
            "produced_by": f"python -m viewer.analysis.claims.fit_story_opening DATA --grid {ns.grid}",
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid {ns.grid} by linking the ECB+ train corpora the thresholds are chosen on, {FOLDS} "
                     "folds by topic, each with a story model fitted on the other folds, with the models, thresholds and checks "
                     "of this file: the most same-event article pairs joined over all shapes, with judged link precision (ECB+ "
                     "action chains) not lower and links across events not more often than without opening on the corpora "
                     "of several events"),
            "choosing_links": {"without": shape_figures(curve[None]), "at_floor": shape_figures(curve[chosen]),
                               **{f"floor_{f}": shape_figures(c) for f, c in curve.items() if f is not None}},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("story_opening"), indent=1))


def choose_floor(curve: dict[float, Curve], without: Curve) -> float | None:
    """The floor joining the most same-event pairs among those within bounds of ``without`` (the module's docstring);
    None when none joins more."""
    allowed = [floor for floor, counts in curve.items() if _within(counts, without)]
    if not allowed:
        return None
    best = max(allowed, key=lambda floor: (_joined(curve[floor]), floor))
    return best if _joined(curve[best]) > _joined(without) else None


def _within(counts: Curve, without: Curve) -> bool:
    for shape, before in without.items():
        if shape[1] != "several_events":
            continue
        after = counts[shape]
        if _share(after, "right", "judged") < _share(before, "right", "judged"):
            return False
        if _share(after, "across", "links") > _share(before, "across", "links"):
            return False
    return True


def _joined(counts: Curve) -> int:
    return sum(c["joined"] for c in counts.values())


if __name__ == "__main__":
    main()
