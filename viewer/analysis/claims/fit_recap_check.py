"""Choose which sentences the recap check (`verifier.recap_checked`) reads as a report's lead and as deep in it, and write them into verifier.json.

    python -m viewer.analysis.claims.fit_recap_check DATA [--found-loss 0.01]

The pair and story models, their thresholds, the word check and the story groups are kept as the
weights file has them: the check only takes links away, so it is chosen on what it is for, judged
link precision and links across events on linked corpora. The corpora are those ``fit_verifier``
chooses its thresholds on (``fit_shapes``: several events and each event alone, five and three
reports an event, each fold linked with a story model fitted on the other folds) and, with the same
folds and story models, each fold's topics whole (every report of every event: shape 0 in the
figures), linked without the check and at every (lead, deep) on the grid. The whole topics are
there because a recall needs a report written later than the news it recalls, which the few
best-annotated reports of an event seldom include. A setting is allowed when no shape joins fewer
same-event article pairs than without the check by more than ``--found-loss`` (the corpora of one
event included: the check must not part a story's own reports) and judged link precision falls on
no corpora of several events. Of those, the one leaving the fewest links across events there, then
the most precise there; of equals, the one taking least away (the shortest lead, the deepest
"deep"). When none leaves fewer links across events or wrong links than no check, none is written.
DATA is as for ``fit_verifier`` (its cache is shared); the held-out set is never read.
"""
from __future__ import annotations

import datetime
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from viewer.analysis.claims.fit_shapes import FOLDS, ShapedFold, subset
from viewer.analysis.claims.fit_story_groups import _across, _share, _within, taking_away_arguments
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.verifier import WEIGHTS_FILE, RecapCheck, fitted

LEAD_GRID = (1, 2)  # a title line and the first sentence or two: where a report states its news
DEEP_GRID = (4, 6, 8, 12)  # ECB+ reports run 6 to 40 sentences

Curve = dict[tuple[int, str], Counter]
S = TypeVar("S")


def main(argv: list[str] | None = None) -> None:
    ns = taking_away_arguments(__doc__, 0.01, argv)
    shipped = replace(fitted(), recap_check=None)
    train, story, linked = linked_folds(ns.data, shipped)
    linked += [(fold, story[k]) for k, fold in enumerate(whole_topics(train))]
    grid = [RecapCheck(lead, deep) for lead in LEAD_GRID for deep in DEEP_GRID]
    without = link_figures(linked, shipped, shipped.alignment_cut, "no check")
    curve = {check: link_figures(linked, replace(shipped, recap_check=check), shipped.alignment_cut, check) for check in grid}
    chosen = choose_check(curve, without, ns.found_loss)
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop("recap_check", None)
    if chosen is not None:
        weights["recap_check"] = {
            "lead": chosen.lead,
            "deep": chosen.deep,
            "produced_by": f"python -m viewer.analysis.claims.fit_recap_check DATA --found-loss {ns.found_loss}",
            "date": datetime.date.today().isoformat(),
            "data": (f"chosen on the grid lead {LEAD_GRID} x deep {DEEP_GRID} by linking the ECB+ train corpora the thresholds "
                     f"are chosen on, {FOLDS} folds by topic, each with a story model fitted on the other folds, with the models, "
                     "thresholds, word check and story groups of this file: the fewest links across events on the corpora of several "
                     f"events, then the most precise there, with no shape joining fewer same-event article pairs than without the "
                     f"check by more than {ns.found_loss} and judged link precision (ECB+ action chains) not lower on the corpora "
                     "of several events"),
            "choosing_links": {"without_check": shape_figures(without), "at_check": shape_figures(curve[chosen])},
        }
    ns.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(weights.get("recap_check"), indent=1))


def whole_topics(found: dict) -> list[ShapedFold]:
    """Each fold's topics (as `fit_shapes.shaped_folds` splits them) with every report of every
    event, in one corpus of several events; shape 0 in the link figures."""
    topics = sorted({d["topic"] for d in found["documents"]})
    return [ShapedFold(subset(found, [n for n, d in enumerate(found["documents"]) if d["topic"] in set(topics[k::FOLDS])]), (), 0)
            for k in range(FOLDS)]


def choose_check(curve: dict[RecapCheck, Curve], without: Curve, found_loss: float) -> RecapCheck | None:
    """The setting leaving the fewest links across events, then the fewest wrong ones, among those
    within bounds of ``without`` (see the module's docstring); None when none improves on ``without``."""
    return fewest_across(curve, without, found_loss, lambda check: (check.lead, -check.deep))


def fewest_across(curve: dict[S, Curve], without: Curve, found_loss: float,
                  taking_more: Callable[[S], object]) -> S | None:
    """Of the settings of a check that only takes links away, within ``found_loss`` of ``without``
    (`fit_story_groups._within`), the one leaving the fewest links across events on the corpora of
    several events, then the most precise there, then the least ``taking_more`` (the one taking least
    away); None when it leaves neither fewer links across events nor fewer wrong ones than ``without``."""
    allowed = [setting for setting, counts in curve.items() if _within(counts, without, found_loss)]
    if not allowed:
        return None
    best = min(allowed, key=lambda s: (_across(curve[s]), -precision_of_several(curve[s]), taking_more(s)))
    better = ((_across(curve[best]), -precision_of_several(curve[best]))
              < (_across(without), -precision_of_several(without)))
    return best if better else None


def precision_of_several(counts: Curve) -> float:
    """Judged link precision over the corpora of several events."""
    several = Counter()
    for (_reports, kind), c in counts.items():
        if kind == "several_events":
            several.update(c)
    return _share(several, "right", "judged")


if __name__ == "__main__":
    main()
