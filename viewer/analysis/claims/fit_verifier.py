"""Fit the linker's two models on public annotated data and write verifier.json.

    python -m viewer.analysis.claims.fit_verifier DATA [--precision 0.95] [--across 0.02]

DATA holds ``msrp/msr_paraphrase_{train,test}.txt`` (Microsoft Research Paraphrase Corpus: news
sentence pairs judged same / not the same), the ECB+ sets made by ``bench/ecbplus.py``
(``sets/train`` and ``sets/dev``: articles from many outlets, each article's event, and the action
chains each sentence reports) and ``gold/dev_gold.json``, hand claim gold for some dev topics in the
shared scorer's format. The held-out set is never read here.

The pair model is fitted on MSRP train and, with the same total weight, on the unit pairs of the
hand-annotated dev topics (one claim when both units cover mentions of one gold claim): ECB+'s own
action chains say which sentences mention one event, which is looser than one claim. The story
model is fitted on ECB+ train article pairs (same event or not). The two thresholds are chosen
together on the other dev topics by linking them with the real linker (``choose_thresholds``).
Parsing and embedding are cached under DATA/cache, keyed by the unit code that built them
(``fit_cache``): a cache built by other unit code is rebuilt, never reused.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from viewer.analysis.claims.candidates import articles, rare_names
from viewer.analysis.claims.encoder import shared_encoder
from viewer.analysis.claims.fit_cache import cached
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.units import claim_units, unit_features
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import (
    PAIR_FEATURES, STORY_FEATURES, WEIGHTS_FILE, LogisticModel, TermWeights, Verifier, pair_features, story_features,
)
from viewer.analysis.nlp import english
from viewer.analysis.segment import Unparsed, parse_many
from viewer.corpus.spans import Span

_L2 = 1.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--precision", type=float, default=0.95, help="judged link precision the thresholds must reach on dev")
    parser.add_argument("--across", type=float, default=0.02, help="share of links across events allowed on dev")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    msrp = msrp_pairs(ns.data, "train")
    train, dev = ecb_set(ns.data, "train"), ecb_set(ns.data, "dev")
    gold = json.loads((ns.data / "gold" / "dev_gold.json").read_text(encoding="utf-8"))
    annotated = claim_rows(dev, gold)
    pair_weights = fit_logistic(*_stack([msrp, annotated]), weights=_equal_shares(len(msrp[1]), len(annotated[1])))
    story_x, story_y = story_rows(train)
    story_weights = fit_logistic(story_x, story_y)
    annotated_topics = _gold_topics(dev, gold)
    held_back = _topics(dev, exclude=annotated_topics)
    judged = _topics(dev, exclude=held_back["topics"])
    marks = gold_units(judged, gold)
    (pair_threshold, story_threshold), dev_figures = choose_thresholds(
        held_back, pair_weights, story_weights, ns.precision, ns.across,
        lambda model: gold_precision(link_claims(judged["units"], _Blank({}), model=model), judged, marks),
    )
    dev_x, dev_y = annotated
    test_x, test_y = msrp_pairs(ns.data, "test")
    result = {
        "produced_by": f"python -m viewer.analysis.claims.fit_verifier DATA --precision {ns.precision} --across {ns.across}",
        "date": datetime.date.today().isoformat(),
        "data": {
            "pair": f"MSRP train ({len(msrp[1])} pairs) and, with equal total weight, unit pairs of the ECB+ dev topics "
                    f"{sorted(_gold_topics(dev, gold))} labelled by hand claim gold ({len(annotated[1])} pairs, {int(annotated[1].sum())} same claim)",
            "story": f"ECB+ train-topic article pairs, same event or not ({len(story_y)})",
            "thresholds": f"chosen together on the other ECB+ dev topics {sorted(held_back['topics'])} by linking them: the most "
                          "same-event article pairs joined with judged link precision (ECB+ action chains) and links across "
                          "events in bounds",
        },
        "dev_links": dev_figures,
        "pair": {"features": list(PAIR_FEATURES), "weights": dict(zip(PAIR_FEATURES, pair_weights.round(4).tolist())),
                 "threshold": pair_threshold,
                 "annotated_dev_pairs_in_sample": _scores(probability(dev_x, pair_weights) >= pair_threshold, dev_y),
                 "msrp_test": _scores(probability(test_x, pair_weights) >= pair_threshold, test_y)},
        "story": {"features": list(STORY_FEATURES), "weights": dict(zip(STORY_FEATURES, story_weights.round(4).tolist())),
                  "threshold": story_threshold},
    }
    ns.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


# -- data ------------------------------------------------------------------------------------


def msrp_pairs(data: Path, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of the MSRP pairs of one split."""
    def load():
        with open(data / "msrp" / f"msr_paraphrase_{split}.txt", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
        sentences = sorted({s for r in rows for s in (r[3], r[4])})
        features = {s: unit_features(doc, Span(0, len(s))) for s, doc in zip(sentences, english().pipe(sentences, batch_size=64))}
        vectors = dict(zip(sentences, shared_encoder().encode(sentences)))
        return rows, features, vectors

    rows, features, vectors = cached(data / "cache", f"msrp_{split}", load)
    weights = TermWeights(list(features.values()))
    x = [pair_features(features[a], features[b], float(vectors[a] @ vectors[b]), weights) for _q, _i, _j, a, b in rows]
    return np.array(x), np.array([int(r[0]) for r in rows])


def ecb_set(data: Path, name: str) -> dict:
    """The set's articles analysed into units, with each unit's annotated action chains."""
    def load():
        events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
        names = sorted(events["documents"])
        texts = [(data / "sets" / name / "docs" / n).read_text(encoding="utf-8") for n in names]
        units = [u for parsed in parse_many(Unparsed(i, t, []) for i, t in enumerate(texts)) for u in claim_units(parsed)]
        return names, events, units

    names, events, units = cached(data / "cache", f"ecb_{name}", load)
    documents = [events["documents"][n] for n in names]
    chains = [_chains(documents[u.document], u) for u in units]
    return {"names": names, "documents": documents, "units": units, "chains": chains, "folder": data / "sets" / name}


def _chains(document: dict, unit: ClaimUnit) -> set[str] | None:
    """The action chains of the annotated sentence the unit lies in; None outside annotated ones."""
    for sentence in document["sentences"]:
        if sentence["start"] <= unit.span.start < sentence["end"]:
            return set(sentence["chains"]) if sentence["annotated"] else None
    return None


def story_rows(found: dict) -> tuple[np.ndarray, np.ndarray]:
    """Article pairs: all pairs inside each topic (same event or its twin) and a few across topics."""
    units, documents = found["units"], found["documents"]
    vectors = np.stack([u.vector for u in units])
    summary = articles(units, vectors)
    rare = rare_names(summary)
    rng = random.Random(0)
    x, y = [], []
    for a, b in itertools.combinations(summary, 2):
        da, db = documents[a.document], documents[b.document]
        if da["topic"] != db["topic"] and rng.random() > 0.02:
            continue
        best = float((vectors[a.units] @ vectors[b.units].T).max())
        x.append(story_features(float(a.centroid @ b.centroid), best, set(a.names), set(b.names), rare))
        y.append(int(da["event"] == db["event"]))
    return np.array(x), np.array(y)


def claim_rows(found: dict, gold: dict) -> tuple[np.ndarray, np.ndarray]:
    """Cross-article unit pairs of the hand-annotated topics (both events of each): one claim when
    both units cover mentions of one gold claim; pairs the gold calls "maybe" are left out."""
    units, documents = found["units"], found["documents"]
    claim_of, maybe_of = gold_units(found, gold)
    topics = _gold_topics(found, gold)
    weights = TermWeights([u.features for u in units])
    x, y = [], []
    members = [k for k, u in enumerate(units) if documents[u.document]["topic"] in topics]
    for i, j in itertools.combinations(members, 2):
        a, b = units[i], units[j]
        if a.document == b.document or documents[a.document]["topic"] != documents[b.document]["topic"] or maybe_of[i] & maybe_of[j]:
            continue
        x.append(pair_features(a.features, b.features, float(a.vector @ b.vector), weights))
        y.append(int(bool(claim_of[i] & claim_of[j])))
    return np.array(x), np.array(y)


def gold_units(found: dict, gold: dict) -> tuple[dict[int, set[str]], dict[int, set[int]]]:
    """For each unit, the gold claims and the "maybe" pairs whose mentions it covers."""
    units = found["units"]
    texts = {k: (found["folder"] / "docs" / n).read_text(encoding="utf-8") for k, n in enumerate(found["names"])}
    index = {n[:-4]: k for k, n in enumerate(found["names"])}
    claim_of: dict[int, set[str]] = defaultdict(set)
    maybe_of: dict[int, set[int]] = defaultdict(set)
    for name, mentions in gold["claims"].items():
        for key, text in mentions:
            if key in index:
                for k in _covering(units, index[key], texts[index[key]], text):
                    claim_of[k].add(name)
    for number, pair in enumerate(gold["maybe"]):
        for key, text in pair:
            if key in index:
                for k in _covering(units, index[key], texts[index[key]], text):
                    maybe_of[k].add(number)
    return claim_of, maybe_of


def gold_precision(claims, found: dict, marks) -> float:
    """Precision of the cross-article links against the hand claim gold ("maybe" pairs not counted)."""
    claim_of, maybe_of = marks
    unit_at = {(u.document, u.span.start): k for k, u in enumerate(found["units"])}
    right = wrong = 0
    for claim in claims:
        for a, b in itertools.combinations(claim.mentions, 2):
            if a.document == b.document:
                continue
            i, j = unit_at[(a.document, a.start)], unit_at[(b.document, b.start)]
            if claim_of[i] & claim_of[j]:
                right += 1
            elif not maybe_of[i] & maybe_of[j]:
                wrong += 1
    return right / max(1, right + wrong)


def _covering(units, document: int, text: str, mention: str) -> list[int]:
    """Units of the document that cover the gold mention (half of either span overlaps)."""
    start = text.find(mention)
    end = start + len(mention)
    out = []
    for k, u in enumerate(units):
        if u.document == document:
            overlap = min(u.span.end, end) - max(u.span.start, start)
            if overlap > 0 and 2 * overlap >= min(u.span.end - u.span.start, end - start):
                out.append(k)
    return out


def _gold_topics(found: dict, gold: dict) -> set[int]:
    named = {key + ".txt" for mentions in gold["claims"].values() for key, _text in mentions}
    return {found["documents"][k]["topic"] for k, n in enumerate(found["names"]) if n in named}


def _topics(found: dict, exclude: set[int]) -> dict:
    """The set restricted to the other topics, units renumbered by document."""
    keep = [k for k, d in enumerate(found["documents"]) if d["topic"] not in exclude]
    new = {old: new for new, old in enumerate(keep)}
    units = [dataclasses.replace(u, document=new[u.document]) for u in found["units"] if u.document in new]
    chains = [c for u, c in zip(found["units"], found["chains"]) if u.document in new]
    return {**found, "names": [found["names"][k] for k in keep], "documents": [found["documents"][k] for k in keep],
            "units": units, "chains": chains, "topics": {found["documents"][k]["topic"] for k in keep}}


def _equal_shares(first: int, second: int) -> np.ndarray:
    """Sample weights giving two data sets the same total weight."""
    return np.concatenate([np.full(first, (first + second) / (2 * first)), np.full(second, (first + second) / (2 * second))])


def _stack(parts) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


# -- fitting ---------------------------------------------------------------------------------


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = _L2, iterations: int = 50, weights: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression by Newton's method, classes weighted equally, the bias unpenalised."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    balance = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    if weights is not None:
        balance = balance * weights
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (balance * (p - y)) + penalty * w
        hessian = (x * (balance * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def probability(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.asarray(x, dtype=np.float64) @ w)))


PAIR_GRID = [round(0.1 + 0.04 * k, 2) for k in range(22)]
STORY_GRID = [round(0.3 + 0.1 * k, 1) for k in range(7)]


def choose_thresholds(dev: dict, pair_weights: np.ndarray, story_weights: np.ndarray, precision: float, across: float,
                      claim_precision) -> tuple[tuple[float, float], dict]:
    """Link the dev articles at every pair of thresholds on the grid; keep the pair that joins the
    most same-event article pairs with judged precision and links across events in bounds; among
    those within one article pair of the most, the strictest (the highest pair threshold). Claim-level precision on the topics with hand gold is reported beside it (a
    lower bound: the gold marks the main claims, and the pair model was fitted on those topics)."""
    allowed = []
    for pair_threshold in PAIR_GRID:
        for story_threshold in STORY_GRID:
            model = Verifier(LogisticModel(PAIR_FEATURES, pair_weights, pair_threshold), LogisticModel(STORY_FEATURES, story_weights, story_threshold))
            found = link_figures(link_claims(dev["units"], _Blank({}), model=model), dev)
            print(pair_threshold, story_threshold, found, file=sys.stderr)
            if found["precision"] >= precision and found["across"] <= across:
                allowed.append(((pair_threshold, story_threshold), found))
    if not allowed:
        raise SystemExit("no thresholds on the grid reach the precision asked for on dev")
    most = max(f["found"] for _t, f in allowed)
    noise = 1.5 / max(1, found["same_event_pairs"])  # one article pair more or less is noise
    best, figures = max(((t, f) for t, f in allowed if f["found"] >= most - noise), key=lambda tf: (tf[0][0], tf[0][1]))
    figures["claim_precision_annotated_topics"] = round(claim_precision(Verifier(
        LogisticModel(PAIR_FEATURES, pair_weights, best[0]), LogisticModel(STORY_FEATURES, story_weights, best[1]))), 3)
    return best, figures


class _Blank(dict):
    """Mention texts are not needed to choose thresholds."""

    def __getitem__(self, key):
        return ""


def link_figures(claims, found: dict) -> dict:
    """Judged link precision, same-event article pairs joined, and links across events."""
    documents, chains, units = found["documents"], found["chains"], found["units"]
    unit_at = {(u.document, u.span.start): k for k, u in enumerate(units)}
    right = wrong = across = links = 0
    joined = set()
    for claim in claims:
        for a, b in itertools.combinations(claim.mentions, 2):
            if a.document == b.document:
                continue
            links += 1
            ka, kb = unit_at[(a.document, a.start)], unit_at[(b.document, b.start)]
            same = documents[a.document]["event"] == documents[b.document]["event"]
            across += not same
            if same:
                joined.add((min(a.document, b.document), max(a.document, b.document)))
            if not same:
                wrong += 1
            elif chains[ka] is not None and chains[kb] is not None:
                right += bool(chains[ka] & chains[kb])
                wrong += not chains[ka] & chains[kb]
    same_event = sum(1 for x, y in itertools.combinations(range(len(documents)), 2) if documents[x]["event"] == documents[y]["event"])
    return {"precision": round(right / max(1, right + wrong), 3), "found": round(len(joined) / max(1, same_event), 3),
            "across": round(across / max(1, links), 3), "links": links, "judged": right + wrong, "same_event_pairs": same_event}


def _scores(predicted: np.ndarray, y: np.ndarray) -> dict:
    tp = int((predicted & (y == 1)).sum())
    fp = int((predicted & (y == 0)).sum())
    fn = int((~predicted & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pairs": int(len(y))}


if __name__ == "__main__":
    sys.exit(main())
