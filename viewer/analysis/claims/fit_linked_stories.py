"""Choose the mean of shared claims two linked stories need to merge (`claim_stories`) and write it into verifier.json.

    python -m viewer.analysis.claims.fit_linked_stories DATA [--found-loss 0.005] [--out FILE]

The models, thresholds, later checks and the cut's strength and least are kept as the weights file has them.
ECB+ train (DATA as for ``fit_verifier``, its cache shared; the held-out set is never read) is linked as one
corpus with the linked stories joined wherever a pair shares the strength (average 0: the cut as chosen by
``fit_claim_stories``) and at each average on the grid, and its links are judged by the action chains
(`fit_verifier.link_counts`). The merge rule only decides which claims the cut parts, so it is chosen on what
the cut is for: an average is allowed when same-event article pairs found fall by at most ``--found-loss`` of
them and judged link precision does not fall. Of those, the one leaving the fewest links across events, then
the most precise, then the lowest (taking least away); none is written when none leaves fewer links across
events than average 0.
"""
from __future__ import annotations

import argparse
import datetime
from collections import Counter
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.fit_claim_stories import write_section
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set, link_counts, link_rates
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

GRID = (0.1, 0.2, 0.3, 0.4, 0.5)  # claims a pair: reports of one event share one to a dozen, twins mostly none


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--found-loss", type=float, default=0.005)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    found = ecb_set(ns.data, "train")
    shipped = fitted()
    cut = shipped.story_cut
    if cut is None:
        raise SystemExit("the weights file has no claim_stories section: run fit_claim_stories first")
    without = _counts(found, replace(shipped, story_cut=replace(cut, average=0.0)), 0.0)
    curve = {average: _counts(found, replace(shipped, story_cut=replace(cut, average=average)), average)
             for average in GRID}
    chosen = choose_average(curve, without, ns.found_loss)
    section = None if chosen is None else {
        "average": chosen,
        "produced_by": f"python -m viewer.analysis.claims.fit_linked_stories DATA --found-loss {ns.found_loss}",
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid {GRID} by linking ECB+ train ({len(found['names'])} articles) as one corpus with "
                 f"the models, thresholds and checks of this file (claim stories: strength {cut.strength}, least "
                 f"{cut.least}): the fewest links across events, then the most precise (ECB+ action chains), with "
                 f"same-event article pairs found not fewer than with average 0 by more than {ns.found_loss} of "
                 "them and judged link precision not lower"),
        "choosing_links": {"average_0": _figures(without), "at_average": _figures(curve[chosen])},
    }
    write_section(ns.out, "linked_story_mean", section)


def _counts(found: dict, model, label: object) -> Counter:
    counts = link_counts(link_claims(found["units"], NoTexts({}), model=model), found)
    print(label, dict(counts), link_rates(counts), flush=True)
    return counts


def _figures(counts: Counter) -> dict:
    return {**link_rates(counts), "right": counts["right"], "wrong": counts["wrong"], "across_links": counts["across"]}


def choose_average(curve: dict[float, Counter], without: Counter, found_loss: float) -> float | None:
    """The allowed average (see the module's docstring) leaving the fewest links across events, then the most
    precise, then the lowest; None when none leaves fewer links across events than ``without``."""
    allowed = [average for average, counts in curve.items()
               if _within(counts, without, found_loss) and counts["across"] < without["across"]]
    return min(allowed, key=lambda a: (curve[a]["across"], -_precision(curve[a]), a), default=None)


def _within(counts: Counter, without: Counter, found_loss: float) -> bool:
    return (counts["joined"] >= without["joined"] - found_loss * without["same_event_pairs"]
            and _precision(counts) >= _precision(without))


def _precision(counts: Counter) -> float:
    return counts["right"] / max(1, counts["right"] + counts["wrong"])


if __name__ == "__main__":
    main()
