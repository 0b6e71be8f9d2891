"""Score the linker on hand-judged claim-unit pairs: the pair model alone, the verifier as the linker
applies it to a candidate pair, and the whole linker.

    python bench/claim_pair_check.py PAIRS DATA [--half check] [--cache DIR]

PAIRS is a judged TSV (`judged_pairs`), DATA the folder its document paths are under. The verifier
scores a pair as `linking.PairScores.verify` does (vetoes, word check, recap check); the linker links
the documents of each set the pairs come from as one corpus and counts a pair found when its two
units end in one claim. Prints precision, recall and F1 of each.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.candidates import stacked  # noqa: E402
from viewer.analysis.claims.fit_verifier import precision_recall  # noqa: E402
from viewer.analysis.claims.judged_pairs import JudgedUnits, judged_rows, judged_units, read_judged  # noqa: E402
from viewer.analysis.claims.linking import PairScores, link_claims  # noqa: E402
from viewer.analysis.claims.verifier import Verifier, fitted  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("--half", default="check")
    parser.add_argument("--cache", type=Path, help="where parsed units are kept between runs")
    ns = parser.parse_args(argv)
    judged = judged_units(read_judged(ns.pairs, ns.half), ns.data, ns.cache)
    model = fitted()
    labels = np.array([p.label for p, _i, _j in judged.pairs])
    x, _y = judged_rows(judged)
    figures = {
        "pairs": len(labels), "same_claim": int(labels.sum()),
        "pair_model": precision_recall(model.pair.probability(x) >= model.pair.threshold, labels),
        "verifier": precision_recall(verified(judged, model), labels),
        "linker": precision_recall(linked(judged), labels),
    }
    print(json.dumps(figures, indent=1))


def verified(judged: JudgedUnits, model: Verifier) -> np.ndarray:
    """Whether the verifier accepts each pair as the linker verifies a candidate pair."""
    units = judged.units
    scores = PairScores(units, stacked(units), model)
    scores.verify([(i, j, float(units[i].vector @ units[j].vector)) for _p, i, j in judged.pairs])
    return np.array([scores.known[scores.key(i, j)] >= model.pair.threshold for _p, i, j in judged.pairs], dtype=bool)


def linked(judged: JudgedUnits) -> np.ndarray:
    """Whether each pair's units end in one claim when the documents of its set are linked as one corpus."""
    claim_of: dict[tuple[int, int], tuple[int, int]] = {}
    for corpus, documents in enumerate(judged.corpora()):
        chosen = set(documents)
        units = [u for u in judged.units if u.document in chosen]
        for number, claim in enumerate(link_claims(units, dict(enumerate(judged.texts)))):
            claim_of.update({(m.document, m.start): (corpus, number) for m in claim.mentions})
    place = [(u.document, u.span.start) for u in judged.units]
    return np.array([place[i] in claim_of and claim_of.get(place[i]) == claim_of.get(place[j])
                     for _p, i, j in judged.pairs], dtype=bool)


if __name__ == "__main__":
    main()
