"""Choose when a word piece is the story's and how closely a pair's pieces beyond the story must match
(`story_words.story_checked`), and write them into verifier.json.

    python -m viewer.analysis.claims.fit_story_words DATA --claim-pairs TSV [--set NAME ...] [--right-loss 0]
        [--found-loss 0.01] [--ecb SET]

The pair and story models and the checks before it are kept as the weights file has them. The check is chosen on
hand-judged claim-unit pairs of multi-outlet news (``--claim-pairs``, `judged_pairs`, documents under DATA; ``--set``
keeps the pairs of those sets only): of the pairs the pair model and its word check accept and the check judges (not
both in their reports' leads), each setting on the grid keeps some; the setting kept is the most precise on them
(one claim or not, as judged) that keeps at least 1 - ``--right-loss`` of the one-claim pairs accepted, the laxer of
equals. ECB+ has no claim gold beyond its dev
topics, but its action chains say which links join one event's action: linked as one corpus (``--ecb``, train by
default; the held-out set is never read), the setting must join at least the same-event article pairs linking
without the check joins, less ``--found-loss`` of them; a setting that does not is passed over for the next most
precise. None is written when no setting is more precise than no check.
"""
from __future__ import annotations

import argparse
import datetime
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from viewer.analysis.claims.fit_claim_stories import write_section
from viewer.analysis.claims.fit_restating import train_counts
from viewer.analysis.claims.fit_verifier import ecb_set, link_rates
from viewer.analysis.claims.judged_pairs import JudgedUnits, judged_units, read_judged
from viewer.analysis.claims.story_words import StoryWords, claim_held, piece_counts
from viewer.analysis.claims.verifier import (
    WEIGHTS_FILE, PieceWeights, TermWeights, Verifier, fitted, never_one_claim, pair_features, pair_scores, word_checked,
)

LEAST_GRID = (2, 3, 4)  # a piece in two units of each report, or more: a word the report repeats
CUT_GRID = tuple(round(0.4 + 0.025 * k, 3) for k in range(13))  # 0.4 .. 0.7: best cosines of unmatched pieces run .3-.6


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--claim-pairs", type=Path, required=True, metavar="TSV")
    parser.add_argument("--set", action="append", default=[], help="keep the pairs of this set only (repeatable)")
    parser.add_argument("--right-loss", type=float, default=0.0, help="share of accepted one-claim pairs a setting may refuse")
    parser.add_argument("--found-loss", type=float, default=0.01, help="share of ECB+ same-event article pairs it may stop joining")
    parser.add_argument("--ecb", default="train", help="the ECB+ set linked to bound the loss of found")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    shipped = replace(fitted(), story_words=None)
    pairs = [p for p in read_judged(ns.claim_pairs) if not ns.set or _set_of(p.a[0]) in ns.set]
    judged = judged_units(pairs, ns.data, ns.data / "cache")
    held, labels = accepted_pairs(judged, shipped)
    curve = {(least, cut): kept(held[least], labels, cut) for least in LEAST_GRID for cut in CUT_GRID}
    without = kept(held[LEAST_GRID[0]], labels, 0.0)
    print("without", dict(without), flush=True)
    for setting, counts in curve.items():
        print(setting, dict(counts), flush=True)
    found = ecb_set(ns.data, ns.ecb)
    linked_without = train_counts(found, shipped, "linked without")
    chosen, linked = None, None
    for least, cut in ranked(curve, without, ns.right_loss):
        counts = train_counts(found, replace(shipped, story_words=StoryWords(least, cut)), (least, cut))
        if counts["joined"] >= linked_without["joined"] - ns.found_loss * linked_without["same_event_pairs"]:
            chosen, linked = (least, cut), counts
            break
    section = None if chosen is None else {
        "least": chosen[0], "cut": chosen[1],
        "produced_by": (f"python -m viewer.analysis.claims.fit_story_words DATA --claim-pairs {ns.claim_pairs.name}"
                        + "".join(f" --set {s}" for s in ns.set)
                        + f" --right-loss {ns.right_loss} --found-loss {ns.found_loss} --ecb {ns.ecb}"),
        "date": datetime.date.today().isoformat(),
        "data": (f"chosen on the grid least {LEAST_GRID} x cut {CUT_GRID[0]}..{CUT_GRID[-1]} on the {len(labels)} hand-judged "
                 f"claim-unit pairs of {ns.claim_pairs.name} the pair model and word check of this file accept and the check "
                 f"judges (not both in their reports' leads): the most precise setting keeping a share of at least "
                 f"{1 - ns.right_loss:g} of the one-claim ones, with ECB+ {ns.ecb} "
                 f"({len(found['names'])} articles) linked as one corpus joining at most {ns.found_loss:g} of its same-event "
                 "article pairs fewer than without the check"),
        "judged_pairs": {"without": dict(without), "at_setting": dict(curve[chosen])},
        "choosing_links": {"without": {**link_rates(linked_without), "right": linked_without["right"],
                                       "wrong": linked_without["wrong"]},
                           "at_setting": {**link_rates(linked), "right": linked["right"], "wrong": linked["wrong"]}},
    }
    write_section(ns.out, "story_words", section)


def _set_of(path: str) -> str:
    parts = Path(path).parts
    return parts[1] if parts[0] == "sets" and len(parts) > 2 else parts[0]


def accepted_pairs(judged: JudgedUnits, model: Verifier) -> tuple[dict[int, list[float]], list[int]]:
    """For each ``least`` on the grid, `claim_held` of each judged pair of two reports the pair model and its word
    check accept and the check judges (not both in their reports' leads), and their labels: term and piece weights
    over all the judged documents' units as a corpus of them would have."""
    units = judged.units
    weights = TermWeights([u.features for u in units])
    pieces = PieceWeights([u.pieces for u in units])
    found = [(p, i, j) for p, i, j in judged.pairs if units[i].document != units[j].document]
    rows = np.array([pair_features(units[i].features, units[j].features, float(units[i].vector @ units[j].vector), weights)
                     for _p, i, j in found])
    conflicts = [never_one_claim(units[i].features, units[j].features) for _p, i, j in found]
    scores = word_checked(pair_scores(model.pair, rows, conflicts), model,
                          lambda k: (pieces.aligned(units[found[k][1]].pieces), pieces.aligned(units[found[k][2]].pieces)))
    accepted = [found[k] for k in np.flatnonzero(scores >= model.pair.threshold)]
    counts = {d: piece_counts(u.pieces for u in units if u.document == d) for d in {u.document for u in units}}

    def told(k: int):
        unit = units[k]
        ids = unit.pieces.ids if unit.pieces is not None else np.zeros(0)
        return pieces.aligned(unit.pieces), ids, counts[unit.document], unit.features.sentence
    lead = model.lead if model.lead is not None else -1
    judged_here = [(p, i, j) for p, i, j in accepted if max(units[i].features.sentence, units[j].features.sentence) > lead]
    held = {least: [claim_held(told(i), told(j), least) for _p, i, j in judged_here] for least in LEAST_GRID}
    return held, [p.label for p, _i, _j in judged_here]


def kept(held: list[float], labels: list[int], cut: float) -> Counter:
    """The accepted pairs a cut keeps, one claim (right) and not (wrong)."""
    out = Counter(right=0, wrong=0)
    for share, label in zip(held, labels):
        if share >= cut:
            out["right" if label else "wrong"] += 1
    return out


def ranked(curve: dict[tuple[int, float], Counter], without: Counter, right_loss: float) -> list[tuple[int, float]]:
    """The settings keeping at least 1 - ``right_loss`` of the right pairs and more precise than no check, the most
    precise first, then the laxer (fewer story words, lower cut)."""
    def precision(counts: Counter) -> float:
        return counts["right"] / max(1, counts["right"] + counts["wrong"])
    allowed = [s for s, counts in curve.items()
               if counts["right"] >= (1 - right_loss) * without["right"] and precision(counts) > precision(without)]
    return sorted(allowed, key=lambda s: (-precision(curve[s]), s[1], s[0]))


if __name__ == "__main__":
    main()
