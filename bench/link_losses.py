"""Where the linker loses the sentence pairs ECB+ says report one action, stage by stage.

    python bench/link_losses.py DATA [--set train] [--show STAGE [--sample N] [--seed S]]
    python bench/link_losses.py DATA --judged PAIRS [--half check]

DATA holds ``sets/NAME`` from ``bench/ecbplus.py`` (articles, each article's event and the action
chains each annotated sentence reports). The whole set is linked as one corpus with the shipped
models, and every pair of annotated sentences of two articles of one event that share a chain is
a gold pair. A pair the linker joins is found; a missed one is put down to the first stage that
loses it: no claim unit on one side, the two articles never neighbours, the story gate (or the
story groups) keeping them apart, no candidate unit pair, a veto (`verifier.never_one_claim`), the
pair model below its threshold, the word or recap check, or the grouping refusing the merge. Of the
missed pairs with units on both sides it also says how many the pair model itself refuses, whatever
the stages before, and their median cosine: more candidates do not help a pair the model refuses; of each
stage's losses, how many the pair model alone would accept; of the grouping's, why the final groups refuse
the merge; and the same-event article pairs no claim joins (what `bench/quality.py` calls found), each put
down to the furthest stage its gold sentence pairs reached. ``--show STAGE`` prints a seeded sample of the
pairs lost there, to judge by hand how many really state one claim (ECB+ chains are action mentions, not claims).
With ``--judged``, the gold pairs are instead the unit pairs judged one claim by hand (`judged_pairs`;
documents under DATA), the documents of each set they come from linked as one corpus.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from dataclasses import replace
from typing import NamedTuple
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.candidates import article_pairs, articles, stacked  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set  # noqa: E402
from viewer.analysis.claims.judged_pairs import JudgedUnits, judged_units, read_judged  # noqa: E402
from viewer.analysis.claims.verifier import VETOED, Verifier, fitted, pair_features  # noqa: E402

REFUSALS = ("vetoed pair between groups", "one document's units do not verify", "mean below threshold")
STAGES = ("found", "no claim unit", "articles not neighbours", "story gate or groups", "never candidates", "vetoed",
          "pair model", "word or recap check", "grouping")


class KeptScores(linking.PairScores):
    """The linker's pair scores, kept once linking is done: what each stage decided."""

    last: KeptScores | None = None
    judged = True  # whether the shipped link judge runs (`kept_linking`)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not KeptScores.judged:
            self.model = replace(self.model, link_judge=None)
        KeptScores.last = self


def kept_linking(run, judged: bool = True):
    """``run()``'s value and the pair scores the linking it ran kept; ``judged`` False runs it without the link judge
    (`link_judge`), whose own rows are made so."""
    linking.PairScores, KeptScores.judged = KeptScores, judged
    try:
        value = run()
    finally:
        linking.PairScores, KeptScores.judged = KeptScores.__mro__[1], True
    return value, KeptScores.last


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--set", default="train")
    parser.add_argument("--judged", type=Path, help="hand-judged claim-unit pairs to count instead of ECB+ chains")
    parser.add_argument("--half", help="the judged pairs' half to count (all where not given)")
    parser.add_argument("--show", metavar="STAGE", help="print a sample of the pairs lost at this stage, to read")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=43)
    ns = parser.parse_args(argv)
    if ns.judged is not None:
        losses = judged_losses(judged_units(read_judged(ns.judged, ns.half), ns.data, ns.data / "cache"), fitted())
        print(f"{ns.judged.name} ({ns.half or 'both halves'}): {sum(losses.values())} pairs judged one claim")
        for stage in STAGES:
            print(f"  {stage:26s} {losses[stage]:6d}  {losses[stage] / max(1, sum(losses.values())):.3f}")
        return
    found = ecb_set(ns.data, ns.set)
    lost: list[Lost] = []
    unjoined: Counter = Counter()
    losses, refused_cosines = link_losses(found, fitted(), lost, unjoined)
    if ns.show:
        _show(found, [x for x in lost if x.stage == ns.show], ns.sample, ns.seed)
    total = sum(losses.values())
    threshold = fitted().pair.threshold
    print(f"{ns.set}: {len(found['names'])} articles, {total} same-chain sentence pairs across articles")
    for stage in STAGES:
        accepted = sum(x.stage == stage and x.best >= threshold for x in lost)
        print(f"  {stage:26s} {losses[stage]:6d}  {losses[stage] / max(1, total):.3f}  (pair model accepts {accepted})")
    refusals = Counter(x.refusal for x in lost if x.refusal)
    for why in REFUSALS:
        print(f"    grouping: {why:36s} {refusals[why]:6d}")
    print("  same-event article pairs not joined, by the furthest stage any of their gold sentence pairs reached:")
    for stage in ("no gold pair", *STAGES[1:]):
        print(f"    {stage:26s} {unjoined[stage]:6d}")
    print(f"  missed with units on both sides that the pair model itself refuses: {len(refused_cosines)} "
          f"(median cosine {np.median(refused_cosines) if refused_cosines else float('nan'):.2f})")


class Lost(NamedTuple):
    """A missed gold sentence pair ((document, sentence) twice): the stage that lost it, the pair model's best
    probability alone over its unit pairs, and for the grouping's losses why the final groups refuse the merge
    (`REFUSALS`), with the two units of one document that do not verify against each other when that is why."""

    stage: str
    pair: tuple[tuple[int, int], tuple[int, int]]
    best: float = 0.0
    refusal: str = ""
    apart: tuple[int, int, float] | None = None


def link_losses(found: dict, model: Verifier, lost: list[Lost] | None = None,
                unjoined: Counter | None = None) -> tuple[Counter, list[float]]:
    """Link the set's units (``found``: `fit_verifier.ecb_set`'s shape) as one corpus and count each gold
    sentence pair's fate (`stage_counts`; ``lost`` receives each missed pair, ``unjoined`` the same-event
    article pairs no claim joins by the furthest stage their gold pairs reached)."""
    found = {**found, "units": linking.in_reading_order(found["units"])}
    claims, scores = _linked(found["units"], model)
    return stage_counts(found, claims, scores, model, lost, unjoined)


def _linked(units, model: Verifier) -> tuple[list, KeptScores]:
    """The claims of the units (in reading order) linked as one corpus, and the pair scores that made them."""
    linking.PairScores = KeptScores
    try:
        claims = linking.link_claims(units, NoTexts({}), model=model)
    finally:
        linking.PairScores = KeptScores.__mro__[1]
    return claims, KeptScores.last


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


def stage_counts(found: dict, claims, scores, model, lost: list[Lost] | None = None,
                 unjoined: Counter | None = None) -> tuple[Counter, list[float]]:
    """Each gold sentence pair's fate (`STAGES`), and the cosines of the missed pairs the pair model refuses."""
    lost = [] if lost is None else lost
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
            lost.append(Lost("no claim unit", (a, b)))
            continue
        pairs = [(i, j) for i in left for j in right]
        if any(claim_of.get(i, set()) & claim_of.get(j, set()) for i, j in pairs):
            losses["found"] += 1
            continue
        raw = [(_raw(units, scores, model, i, j), i, j) for i, j in pairs]
        best, bi, bj = max(raw)
        if best < threshold:
            refused.append(float(vectors[bi].astype(np.float32) @ vectors[bj].astype(np.float32)))
        stage = _stage(a[0], b[0], pairs, scores, neighbours, threshold)
        losses[stage] += 1
        why, apart = ("", None) if stage != "grouping" else _refusal(pairs, scores, claim_of, claims, unit_at,
                                                                    threshold)
        lost.append(Lost(stage, (a, b), best, why, apart))
    if unjoined is not None:
        unjoined.update(_unjoined(found, claims, lost))
    return losses, refused


def _unjoined(found: dict, claims, lost: list[Lost]) -> Counter:
    """Each same-event article pair no claim joins, put down to the furthest stage its gold sentence pairs reached
    (`STAGES` are in pipeline order): what "same-event article pairs found" in `bench/quality.py` counts."""
    documents = found["documents"]
    joined = {frozenset((a, b)) for c in claims for a, b in itertools.combinations({m.document for m in c.mentions}, 2)}
    furthest: dict[frozenset, int] = {}
    for x in lost:
        key = frozenset((x.pair[0][0], x.pair[1][0]))
        furthest[key] = max(furthest.get(key, 0), STAGES.index(x.stage))
    out: Counter = Counter()
    for a, b in itertools.combinations(range(len(documents)), 2):
        if documents[a]["event"] == documents[b]["event"] and frozenset((a, b)) not in joined:
            stage = furthest.get(frozenset((a, b)))
            out["no gold pair" if stage is None else STAGES[stage]] += 1
    return out


def _unit_text(found: dict, k: int) -> str:
    unit = found["units"][k]
    text = (found["folder"] / "docs" / found["names"][unit.document]).read_text(encoding="utf-8")
    return f"{found['names'][unit.document]}: " + " ".join(text[unit.span.start:unit.span.end].split())


def _refusal(pairs, scores, claim_of, claims, unit_at, threshold: float) -> tuple[str, tuple[int, int, float] | None]:
    """Why the final groups of the best verified unit pair do not merge (a sketch: the refusal was made on
    the groups as they stood then): a vetoed or forbidden pair between them, two units of one document
    that do not verify against each other, or a member's mean below the threshold."""
    best = max(pairs, key=lambda p: scores.known.get(scores.key(*p), VETOED))
    groups = []
    for k in best:
        held = sorted(claim_of.get(k, ()))
        groups.append([unit_at[(m.document, m.start)] for m in claims[held[0]].mentions] if held else [k])
    documents = scores.documents
    table = np.array([[scores(x, y) for y in groups[1]] for x in groups[0]])
    same = np.array([[documents[x] == documents[y] for y in groups[1]] for x in groups[0]])
    if (table <= VETOED).any():
        return REFUSALS[0], None
    if (table[same] < threshold).any():
        x, y = (int(n) for n in np.argwhere(same & (table < threshold))[0])
        return REFUSALS[1], (groups[0][x], groups[1][y], float(table[x, y]))
    return REFUSALS[2], None


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


def _show(found: dict, lost: list[Lost], sample: int, seed: int) -> None:
    """A seeded sample of lost sentence pairs, each side's sentence as the article has it, to judge by hand."""
    for n, x in enumerate(random.Random(seed).sample(lost, min(sample, len(lost))), 1):
        print(f"--- {n} pair model alone {x.best:.2f} {x.refusal}")
        if x.apart:
            left, right = _unit_text(found, x.apart[0]), _unit_text(found, x.apart[1])
            print(f"  ({x.apart[2]:.2f} between {left!r} and {right!r})")
        for d, s in x.pair:
            sentence = found["documents"][d]["sentences"][s]
            text = (found["folder"] / "docs" / found["names"][d]).read_text(encoding="utf-8")
            print(f"  [{found['names'][d]} #{s}] {' '.join(text[sentence['start']:sentence['end']].split())}")


if __name__ == "__main__":
    main()
