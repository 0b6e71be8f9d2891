"""Choose when claims make documents one linked story (`claim_stories`) and write it into verifier.json.

    python -m viewer.analysis.claims.fit_claim_stories DATA [--found-loss 0.005]

The pair and story models, their thresholds, the word check, the story groups and the recap check
are kept as the weights file has them: cutting claims by linked stories only takes links away, so
the claims two documents share to be of one linked story and the documents a linked story holds at
the least are chosen on what they are for, links across events on linked corpora. The corpora are
those ``fit_recap_check`` reads (``fit_shapes``: several events and each event alone, five and
three reports an event, and each fold's topics whole; each fold linked with a story model fitted on
the other folds), linked without the cut and at every setting on the grid. A setting is allowed
when no shape joins fewer same-event article pairs than without the cut by more than
``--found-loss`` (the corpora of one event included: the cut must not part a story's own reports)
and judged link precision falls on no corpora of several events. Of those, the one leaving the
fewest links across events there, then the most precise there; of equals, the one taking least
away (the largest least story, then the highest strength). When none leaves fewer links across
events or wrong links than no cut, none is written. DATA is as for ``fit_verifier`` (its cache is
shared); the held-out set is never read.
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path
from dataclasses import replace

from viewer.analysis.claims.fit_recap_check import Curve, fewest_across, whole_topics
from viewer.analysis.claims.fit_shapes import FOLDS
from viewer.analysis.claims.fit_story_groups import taking_away_arguments
from viewer.analysis.claims.fit_word_check import link_figures, linked_folds, shape_figures
from viewer.analysis.claims.verifier import WEIGHTS_FILE, StoryCut, fitted

STRENGTH_GRID = (2, 3)  # ECB+ reports of one event share one to a dozen claims; 4 to 6 cut fewer twins (session 43)
LEAST_GRID = (3, 4)  # a pair of wire copies is no story; 2 parted a story's own reports (session 43: found -0.9 points)


def main(argv: list[str] | None = None) -> None:
    ns = taking_away_arguments(__doc__, 0.005, argv)
    shipped = replace(fitted(), story_cut=None)
    train, story, linked = linked_folds(ns.data, shipped)
    linked += [(fold, story[k]) for k, fold in enumerate(whole_topics(train))]
    without = link_figures(linked, shipped, shipped.alignment_cut, "no cut")
    grid = [StoryCut(strength, least) for strength in STRENGTH_GRID for least in LEAST_GRID]
    curve = {cut: link_figures(linked, replace(shipped, story_cut=cut), shipped.alignment_cut, cut) for cut in grid}
    chosen = choose_cut(curve, without, ns.found_loss)
    section = None if chosen is None else {
        "strength": chosen.strength,
        "least": chosen.least,
        "produced_by": f"python -m viewer.analysis.claims.fit_claim_stories DATA --found-loss {ns.found_loss}",
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid strength {STRENGTH_GRID} x least {LEAST_GRID} by linking the ECB+ train "
                 f"corpora the thresholds are chosen on and each fold's topics whole, {FOLDS} folds by topic, each "
                 "with a story model fitted on the other folds, with the models, thresholds, word check, story "
                 "groups and recap check of this file: the fewest links across events on the corpora of several "
                 "events, then the most precise there, with no shape joining fewer same-event article pairs than "
                 f"without the cut by more than {ns.found_loss} and judged link precision (ECB+ action chains) not "
                 "lower on the corpora of several events"),
        "choosing_links": {"without_cut": shape_figures(without), "at_cut": shape_figures(curve[chosen])},
    }
    write_section(ns.out, "claim_stories", section)


def write_section(out: Path, name: str, section: dict | None) -> None:
    """The weights file with its ``name`` section replaced by ``section`` (dropped where None), written to ``out``."""
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights.pop(name, None)
    if section is not None:
        weights[name] = section
    out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(section, indent=1))


def choose_cut(curve: dict[StoryCut, Curve], without: Curve, found_loss: float) -> StoryCut | None:
    """The setting leaving the fewest links across events, then the fewest wrong ones, among those
    within bounds of ``without`` (see the module's docstring); None when none improves on ``without``."""
    return fewest_across(curve, without, found_loss, lambda cut: (-cut.least, -cut.strength))


if __name__ == "__main__":
    main()
