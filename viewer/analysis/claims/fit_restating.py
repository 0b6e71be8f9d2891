"""Choose the bar of a merge inside documents both groups hold (`average_link.restates`) and write it into
verifier.json.

    python -m viewer.analysis.claims.fit_restating DATA [--out FILE]

The models, thresholds and later checks are kept as the weights file has them. ECB+ train (DATA as for
``fit_verifier``, its cache shared; the held-out set is never read) is linked as one corpus without the rule
and at each bar on the grid, and its links are judged by the action chains (`fit_verifier.link_counts`). Such
a merge joins no documents not already joined, so it should leave same-event article pairs found and links
across events as they were: a bar is allowed when found does not fall, links across events do not grow, and
the links it adds are judged right at least as often as the links without it. Of those, the bar adding the
most right links; none is written when none adds one.
"""
from __future__ import annotations

import argparse
import datetime
from collections import Counter
from dataclasses import replace
from pathlib import Path

from viewer.analysis.claims.candidates import Mapper
from viewer.analysis.claims.fit_claim_stories import write_section
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set, link_counts, link_rates
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import WEIGHTS_FILE, fitted

GRID = (0.5, 0.6, 0.7)  # the pair threshold (0.7) and below: at and above it the member means mostly pass


def main(argv: list[str] | None = None) -> None:
    ns = train_arguments(__doc__, argv)
    found = ecb_set(ns.data, "train")
    shipped = replace(fitted(), restated=None)
    without = train_counts(found, shipped, "without")
    curve = {bar: train_counts(found, replace(shipped, restated=bar), bar) for bar in GRID}
    chosen = choose_bar(curve, without)
    section = None if chosen is None else {
        "bar": chosen,
        "produced_by": "python -m viewer.analysis.claims.fit_restating DATA",
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid {GRID} by linking ECB+ train ({len(found['names'])} articles) as one corpus with "
                 "the models, thresholds and checks of this file: the bar adding the most links judged right (ECB+ "
                 "action chains), with same-event article pairs found not fewer, links across events not more and "
                 "the links added right at least as often as the links without the rule"),
        "choosing_links": {"without": {**link_rates(without), "right": without["right"], "wrong": without["wrong"]},
                           "at_bar": {**link_rates(curve[chosen]), "right": curve[chosen]["right"],
                                      "wrong": curve[chosen]["wrong"]}},
    }
    write_section(ns.out, "restating_merges", section)


def train_arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """DATA and the weights file to write (--out), as the fits that link ECB+ train as one corpus read them."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    return parser.parse_args(argv)


def train_counts(found: dict, model, label: object, spread: Mapper = map) -> Counter:
    """`fit_verifier.link_counts` of the set linked as one corpus with ``model`` (``spread`` as `link_claims` has it)."""
    counts = link_counts(link_claims(found["units"], NoTexts({}), model=model, spread=spread), found)
    print(label, dict(counts), link_rates(counts), flush=True)
    return counts


def choose_bar(curve: dict[float, Counter], without: Counter) -> float | None:
    """The allowed bar (see the module's docstring) adding the most right links, the highest of equals; None
    when none adds a right link."""
    allowed = [bar for bar, counts in curve.items() if _within(counts, without) and counts["right"] > without["right"]]
    return max(allowed, key=lambda bar: (curve[bar]["right"], bar), default=None)


def _within(counts: Counter, without: Counter) -> bool:
    """Found not lower, across not more, and the links added (right and wrong beyond ``without``) as precise."""
    added_right, added_wrong = counts["right"] - without["right"], counts["wrong"] - without["wrong"]
    before = without["right"] / max(1, without["right"] + without["wrong"])
    return (counts["joined"] >= without["joined"] and counts["across"] <= without["across"]
            and added_right >= before * max(1, added_right + added_wrong))


if __name__ == "__main__":
    main()
