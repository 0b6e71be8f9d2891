"""Where the linker loses the sentence pairs ECB+ says report one action, stage by stage.

    python bench/link_losses.py DATA [--set train] [--show STAGE [--sample N] [--seed S]]

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
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.candidates import article_pairs, articles, stacked  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set  # noqa: E402
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
    parser.add_argument("--show", metavar="STAGE", help="print a sample of the pairs lost at this stage, to read")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=43)
    ns = parser.parse_args(argv)
    found = ecb_set(ns.data, ns.set)
    lost: list = []
    losses, refused_cosines = link_losses(found, fitted(), lost)
    if ns.show:
        _show(found, [(pair, why) for stage, pair, why in lost if stage == ns.show], ns.sample, ns.seed)
    total = sum(n for stage, n in losses.items() if isinstance(stage, str))
    print(f"{ns.set}: {len(found['names'])} articles, {total} same-chain sentence pairs across articles")
    for stage in STAGES:
        print(f"  {stage:26s} {losses[stage]:6d}  {losses[stage] / max(1, total):.3f}"
              f"  (pair model accepts {losses[(stage, 'model accepts')]})")
    for why in ("vetoed pair between groups", "one document's units do not verify", "mean below threshold"):
        print(f"    grouping: {why:36s} {losses[('grouping', why)]:6d}")
    print("  same-event article pairs not joined, by the furthest stage any of their gold sentence pairs reached:")
    for stage in ("no gold pair", *STAGES[1:]):
        print(f"    {stage:26s} {losses[('article', stage)]:6d}")
    print(f"  missed with units on both sides that the pair model itself refuses: {len(refused_cosines)} "
          f"(median cosine {np.median(refused_cosines) if refused_cosines else float('nan'):.2f})")


def link_losses(found: dict, model: Verifier, lost: list | None = None) -> tuple[Counter, list[float]]:
    """Link the set's units (``found``: `fit_verifier.ecb_set`'s shape) as one corpus and count each gold
    sentence pair's fate (`stage_counts`; ``lost`` receives each missed pair with its stage)."""
    found = {**found, "units": linking.in_reading_order(found["units"])}
    linking.PairScores = _KeptScores
    try:
        claims = linking.link_claims(found["units"], NoTexts({}), model=model)
    finally:
        linking.PairScores = _KeptScores.__mro__[1]
    return stage_counts(found, claims, _KeptScores.last, model, lost)


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


def stage_counts(found: dict, claims, scores, model, lost: list | None = None) -> tuple[Counter, list[float]]:
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
            lost.append(("no claim unit", (a, b), "left" if not left else "right"))
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
        losses[(stage, "model accepts")] += best >= threshold
        _refusal.last = None
        why = _refusal(pairs, scores, claim_of, claims, unit_at, threshold) if stage == "grouping" else ""
        losses[(stage, why)] += bool(why)
        if _refusal.last:
            x, y, p = _refusal.last
            why += f" ({p:.2f}): {_unit_text(found, x)!r} / {_unit_text(found, y)!r}"
        lost.append((stage, (a, b), f"best pair model {best:.2f} {why}"))
    _article_losses(found, claims, lost, losses)
    return losses, refused


def _article_losses(found: dict, claims, lost: list, losses: Counter) -> None:
    """Each same-event article pair no claim joins, put down to the furthest stage its gold sentence pairs reached
    (`STAGES` are in pipeline order): what "same-event article pairs found" in `bench/quality.py` counts."""
    documents = found["documents"]
    joined = {frozenset((a, b)) for c in claims for a, b in itertools.combinations({m.document for m in c.mentions}, 2)}
    furthest: dict[frozenset, int] = {}
    for stage, (a, b), _why in lost:
        key = frozenset((a[0], b[0]))
        furthest[key] = max(furthest.get(key, 0), STAGES.index(stage))
    for a, b in itertools.combinations(range(len(documents)), 2):
        if documents[a]["event"] == documents[b]["event"] and frozenset((a, b)) not in joined:
            stage = furthest.get(frozenset((a, b)))
            losses[("article", "no gold pair" if stage is None else STAGES[stage])] += 1


def _unit_text(found: dict, k: int) -> str:
    unit = found["units"][k]
    text = (found["folder"] / "docs" / found["names"][unit.document]).read_text(encoding="utf-8")
    return f"{found['names'][unit.document]}: " + " ".join(text[unit.span.start:unit.span.end].split())


def _refusal(pairs, scores, claim_of, claims, unit_at, threshold: float) -> str:
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
        return "vetoed pair between groups"
    if (table[same] < threshold).any():
        x, y = (int(n) for n in np.argwhere(same & (table < threshold))[0])
        _refusal.last = (groups[0][x], groups[1][y], float(table[x, y]))
        return "one document's units do not verify"
    return "mean below threshold"


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


def _show(found: dict, pairs: list, sample: int, seed: int) -> None:
    """A seeded sample of lost sentence pairs, each side's sentence as the article has it, to judge by hand."""
    chosen = random.Random(seed).sample(pairs, min(sample, len(pairs)))
    for n, (pair, why) in enumerate(chosen, 1):
        print(f"--- {n} {why}")
        for d, s in pair:
            sentence = found["documents"][d]["sentences"][s]
            text = (found["folder"] / "docs" / found["names"][d]).read_text(encoding="utf-8")
            print(f"  [{found['names'][d]} #{s}] {' '.join(text[sentence['start']:sentence['end']].split())}")


if __name__ == "__main__":
    main()
