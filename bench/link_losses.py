"""Where the linker loses the sentence pairs ECB+ says report one action, stage by stage.

    python bench/link_losses.py DATA [--set train]
    python bench/link_losses.py DATA --judged PAIRS [--half check]

DATA holds ``sets/NAME`` from ``bench/ecbplus.py`` (articles, each article's event and the action
chains each annotated sentence reports). The whole set is linked as one corpus with the shipped
models, and every pair of annotated sentences of two articles of one event that share a chain is
a gold pair. A pair the linker joins is found; a missed one is put down to the first stage that
loses it: no claim unit on one side, the two articles never neighbours, the story gate (or the
story groups) keeping them apart, no candidate unit pair, a veto (`verifier.never_one_claim`), the
pair model below its threshold, the word or recap check, or the grouping refusing the merge. Of the
missed pairs with units on both sides it also says how many the pair model itself refuses, whatever
the stages before, and their median cosine: more candidates do not help a pair the model refuses.
With ``--judged``, the gold pairs are instead the unit pairs judged one claim by hand (`judged_pairs`;
documents under DATA), the documents of each set they come from linked as one corpus.
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.candidates import article_pairs, articles, stacked  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set  # noqa: E402
from viewer.analysis.claims.judged_pairs import JudgedUnits, judged_units, read_judged  # noqa: E402
from viewer.analysis.claims.verifier import VETOED, Verifier, fitted, pair_features  # noqa: E402

STAGES = ("found", "no claim unit", "articles not neighbours", "story gate or groups", "never candidates", "vetoed",
          "pair model", "word or recap check", "grouping")


class _KeptScores(linking.PairScores):
    """The linker's pair scores, kept once linking is done: what each stage decided."""

    last: _KeptScores | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _KeptScores.last = self


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--set", default="train")
    parser.add_argument("--judged", type=Path, help="hand-judged claim-unit pairs to count instead of ECB+ chains")
    parser.add_argument("--half", help="the judged pairs' half to count (all where not given)")
    ns = parser.parse_args(argv)
    if ns.judged is not None:
        losses = judged_losses(judged_units(read_judged(ns.judged, ns.half), ns.data, ns.data / "cache"), fitted())
        print(f"{ns.judged.name} ({ns.half or 'both halves'}): {sum(losses.values())} pairs judged one claim")
        for stage in STAGES:
            print(f"  {stage:26s} {losses[stage]:6d}  {losses[stage] / max(1, sum(losses.values())):.3f}")
        return
    found = ecb_set(ns.data, ns.set)
    losses, refused_cosines = link_losses(found, fitted())
    total = sum(losses.values())
    print(f"{ns.set}: {len(found['names'])} articles, {total} same-chain sentence pairs across articles")
    for stage in STAGES:
        print(f"  {stage:26s} {losses[stage]:6d}  {losses[stage] / max(1, total):.3f}")
    print(f"  missed with units on both sides that the pair model itself refuses: {len(refused_cosines)} "
          f"(median cosine {np.median(refused_cosines) if refused_cosines else float('nan'):.2f})")


def link_losses(found: dict, model: Verifier) -> tuple[Counter, list[float]]:
    """Link the set's units (``found``: `fit_verifier.ecb_set`'s shape) as one corpus and count each gold
    sentence pair's fate (`stage_counts`)."""
    found = {**found, "units": linking.in_reading_order(found["units"])}
    claims, scores = _linked(found["units"], model)
    return stage_counts(found, claims, scores, model)


def _linked(units, model: Verifier) -> tuple[list, _KeptScores]:
    """The claims of the units (in reading order) linked as one corpus, and the pair scores that made them."""
    linking.PairScores = _KeptScores
    try:
        claims = linking.link_claims(units, NoTexts({}), model=model)
    finally:
        linking.PairScores = _KeptScores.__mro__[1]
    return claims, _KeptScores.last


def judged_losses(judged: JudgedUnits, model: Verifier) -> Counter:
    """Each pair judged one claim put down to the stage that lost it (`_stage`), or found."""
    losses: Counter = Counter()
    for documents in judged.corpora():
        chosen = set(documents)
        units = linking.in_reading_order([u for u in judged.units if u.document in chosen])
        claims, scores = _linked(units, model)
        at = {(u.document, u.span.start): k for k, u in enumerate(units)}
        claim_of = {at[(m.document, m.start)]: c for c, claim in enumerate(claims) for m in claim.mentions}
        arts = articles(units, stacked(units))
        neighbours = {(arts[i].document, arts[j].document) for i, j in article_pairs(arts)}
        neighbours |= {(b, a) for a, b in neighbours}
        for pair, a, b in judged.pairs:
            ua, ub = judged.units[a], judged.units[b]
            if pair.label != 1 or ua.document not in chosen:
                continue
            i, j = at[(ua.document, ua.span.start)], at[(ub.document, ub.span.start)]
            found = i in claim_of and claim_of.get(i) == claim_of.get(j)
            losses["found" if found else _stage(ua.document, ub.document, [(i, j)], scores, neighbours,
                                                model.pair.threshold)] += 1
    return losses


def sentence_units(found: dict) -> dict[tuple[int, int], list[int]]:
    """Each annotated sentence (document, index) with the units that start in it."""
    out: dict[tuple[int, int], list[int]] = {}
    for d, document in enumerate(found["documents"]):
        for s, sentence in enumerate(document["sentences"]):
            if sentence["annotated"]:
                out[(d, s)] = []
    for k, u in enumerate(found["units"]):
        for s, sentence in enumerate(found["documents"][u.document]["sentences"]):
            if sentence["annotated"] and sentence["start"] <= u.span.start < sentence["end"]:
                out[(u.document, s)].append(k)
    return out


def gold_sentence_pairs(found: dict) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Annotated sentences of two articles of one event that share an action chain."""
    documents = found["documents"]
    annotated = [(d, s) for d, doc in enumerate(documents) for s, sentence in enumerate(doc["sentences"])
                 if sentence["annotated"] and sentence["chains"]]
    return [(a, b) for a, b in itertools.combinations(annotated, 2)
            if a[0] != b[0] and documents[a[0]]["event"] == documents[b[0]]["event"]
            and set(documents[a[0]]["sentences"][a[1]]["chains"]) & set(documents[b[0]]["sentences"][b[1]]["chains"])]


def stage_counts(found: dict, claims, scores, model) -> tuple[Counter, list[float]]:
    """Each gold sentence pair's fate (`STAGES`), and the cosines of the missed pairs the pair model refuses."""
    units = found["units"]
    unit_at = {(u.document, u.span.start): k for k, u in enumerate(units)}
    claim_of: dict[int, set[int]] = {}
    for c, claim in enumerate(claims):
        for m in claim.mentions:
            claim_of.setdefault(unit_at[(m.document, m.start)], set()).add(c)
    vectors = stacked(units)
    arts = articles(units, vectors)
    neighbours = {(arts[i].document, arts[j].document) for i, j in article_pairs(arts)}
    neighbours |= {(b, a) for a, b in neighbours}
    members = sentence_units(found)
    threshold = model.pair.threshold
    losses: Counter = Counter()
    refused: list[float] = []
    for a, b in gold_sentence_pairs(found):
        left, right = members[a], members[b]
        if not left or not right:
            losses["no claim unit"] += 1
            continue
        pairs = [(i, j) for i in left for j in right]
        if any(claim_of.get(i, set()) & claim_of.get(j, set()) for i, j in pairs):
            losses["found"] += 1
            continue
        raw = [(_raw(units, scores, model, i, j), i, j) for i, j in pairs]
        best, bi, bj = max(raw)
        if best < threshold:
            refused.append(float(vectors[bi].astype(np.float32) @ vectors[bj].astype(np.float32)))
        losses[_stage(a[0], b[0], pairs, scores, neighbours, threshold)] += 1
    return losses, refused


def _raw(units, scores, model, i: int, j: int) -> float:
    """The pair model's probability for two units, with no veto or check."""
    cosine = float(units[i].vector.astype(np.float32) @ units[j].vector.astype(np.float32))
    row = pair_features(units[i].features, units[j].features, cosine, scores.weights)
    return float(model.pair.probability(np.array([row]))[0])


def _stage(a: int, b: int, pairs, scores, neighbours, threshold: float) -> str:
    """The furthest stage any of the sentence pair's unit pairs reached, named by the stage that stopped it."""
    if (a, b) not in neighbours:
        return "articles not neighbours"
    if (min(a, b), max(a, b)) not in scores.same_story:
        return "story gate or groups"
    known = [scores.known.get(scores.key(i, j)) for i, j in pairs]
    known = [p for p in known if p is not None]
    if not known:
        return "never candidates"
    if max(known) >= threshold:
        return "grouping"
    if all(p <= VETOED for p in known):
        return "vetoed"
    raw = max(_raw(scores.units, scores, scores.model, i, j) for i, j in pairs
              if scores.known.get(scores.key(i, j), VETOED) > VETOED)
    return "word or recap check" if raw >= threshold else "pair model"


if __name__ == "__main__":
    main()
