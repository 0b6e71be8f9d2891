"""Fit the linker's two models on public annotated data and write verifier.json.

    python -m viewer.analysis.claims.fit_verifier DATA [--precision 0.8] [--precision-at 3=0.825] [--across 0.02]
        [--keep-pair | --keep-story | --keep-weights] [--claim-pairs TSV [--judged-precision P]] [--story-set NAME]

DATA holds ``msrp/msr_paraphrase_{train,test}.txt`` (Microsoft Research Paraphrase Corpus: news
sentence pairs judged same / not the same), the ECB+ sets made by ``bench/ecbplus.py``
(``sets/train`` and ``sets/dev``: articles from many outlets, each article's event, and the action
chains each sentence reports) and ``gold/dev_gold.json``, hand claim gold for some dev topics in the
shared scorer's format (without it the pair model can only be kept, ``--keep-pair``, and claim
precision on those topics is not measured). The held-out set is never read here.

The pair model is fitted on MSRP train and, with the same total weight, on the unit pairs of the
hand-annotated dev topics (one claim when both units cover mentions of one gold claim) and the fit
half of hand-judged claim-unit pairs (``--claim-pairs``, `judged_pairs`; kept outside the repository
like the other data): ECB+'s own action chains say which sentences mention one event, which is
looser than one claim. The story
model is fitted on the article pairs the linker weighs in ECB+ train corpora of two shapes
(``fit_shapes``: several events of a few reports each, twins among them, and each event alone),
with five and with three reports an event, and, with ``--story-set``, on the article pairs of sets drawn by event
(`fit_shapes.event_corpora`; tried on GVA in session 53 and not shipped, docs/linking.md). The two thresholds are chosen together (the story
threshold alone with ``--keep-pair``, the pair threshold alone with ``--keep-story``, both for the
weights as they are with ``--keep-weights``) by linking those corpora with the real linker, each
fold with a story model fitted on the other folds (``choose_thresholds``): the most same-event
article pairs joined over all of them, with judged precision (a bound for each number of reports an
event) and links across events in bounds where there are several events. The later checks the file
has (word check, story groups, recap check) are written back as they were, for their own fits to
choose anew (the word check from the cut it had, `fit_margins`).
Parsing and embedding are cached under DATA/cache, keyed by the unit code that built them
(``fit_cache``): a cache built by other unit code is rebuilt, never reused (each key keeps its own file).
"""
from __future__ import annotations

import argparse
import csv
import datetime
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from viewer.analysis.claims.encoder import shared_encoder
from viewer.analysis.claims.fit_cache import cached
from viewer.analysis.claims.fit_shapes import (
    FOLDS, REPORTS_PER_EVENT, ShapedFold, event_corpora, shaped_folds, story_examples, subset,
)
from viewer.analysis.claims.features import ClaimUnit, UnitFeatures
from viewer.analysis.claims.imported_texts import imported, parse_key
from viewer.analysis.claims.judged_pairs import judged_rows, judged_units, read_judged
from viewer.analysis.claims.units import claim_units, unit_features
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.verifier import (
    PAIR_FEATURES, STORY_FEATURES, WEIGHTS_FILE, LogisticModel, TermWeights, Verifier, pair_features,
)
from viewer.analysis.nlp import english
from viewer.analysis.segment import parse_many
from viewer.corpus.spans import Span

_L2 = 1.0
# The weights file's sections of the checks after the two models, written back as they were.
LATER_CHECKS = ("word_check", "story_groups", "recap_check", "claim_stories", "restating_merges", "dated_stories",
                "linked_story_mean", "supported_merges", "story_words", "best_pair")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--precision", type=float, default=0.8,
                        help="judged link precision (ECB+ action chains) the thresholds must reach on the train corpora of several events")
    parser.add_argument("--precision-at", type=size_bound, action="append", default=[], metavar="REPORTS=P",
                        help="another precision bound for the corpora of REPORTS reports an event (repeatable)")
    parser.add_argument("--across", type=float, default=0.02, help="share of links across events allowed there")
    parser.add_argument("--keep-pair", action="store_true",
                        help="keep the pair model (weights, threshold and where they came from) as the current weights file has it; refit the story model and choose its threshold")
    parser.add_argument("--keep-story", action="store_true",
                        help="keep the story model (weights, threshold and where they came from) as the current weights file has it; refit the pair model and choose its threshold")
    parser.add_argument("--keep-weights", action="store_true",
                        help="keep both models' weights (and where they came from) as the current weights file has them; choose both thresholds")
    parser.add_argument("--claim-pairs", type=Path, action="append", default=[], metavar="TSV",
                        help="hand-judged claim-unit pairs (`judged_pairs`; documents under DATA) whose fit half the pair "
                             "model is also fitted on (repeatable)")
    parser.add_argument("--judged-precision", type=float, metavar="P",
                        help="the pair threshold must also reach this precision of the pair model alone on the fit half of the judged "
                             "pairs (--claim-pairs): ECB+ action chains judge a link right when its sentences report one event's "
                             "action, looser than one claim")
    parser.add_argument("--story-set", action="append", default=[], metavar="NAME",
                        help="a set drawn by event under DATA/sets (bench/gva.py, bench/wcep.py) whose article pairs, in corpora "
                             "of several events and of each event alone (`fit_shapes.event_corpora`), the story model is also "
                             "fitted on; thresholds are still chosen on ECB+ train (repeatable)")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ns = parser.parse_args(argv)
    if ns.keep_pair and ns.keep_story:
        parser.error("--keep-pair and --keep-story keep one model each; keeping both refits nothing (--keep-weights re-chooses the thresholds)")
    if ns.keep_weights and (ns.keep_pair or ns.keep_story):
        parser.error("--keep-weights keeps both models already")
    if ns.story_set and (ns.keep_story or ns.keep_weights):
        parser.error("--story-set adds to the story model's fit, which --keep-story and --keep-weights keep as it is")
    if any(reports not in REPORTS_PER_EVENT for reports, _p in ns.precision_at):
        parser.error(f"--precision-at takes a number of reports an event the fit links: {REPORTS_PER_EVENT}")
    bounds = precision_bounds(ns.precision, ns.precision_at)
    gold = dev_gold(ns.data)
    if gold is None and not ns.claim_pairs and not (ns.keep_pair or ns.keep_weights):
        parser.error(f"the pair model is fitted on hand claim gold, {ns.data / 'gold' / 'dev_gold.json'} or judged pairs "
                     "(--claim-pairs), which DATA lacks; keep it (--keep-pair or --keep-weights)")
    train = ecb_set(ns.data, "train")
    dev = ecb_set(ns.data, "dev") if gold is not None else None
    if dev is not None and not gold_topics(dev, gold):
        parser.error(f"{ns.data / 'gold' / 'dev_gold.json'} names no article of ECB+ dev: it is not the dev topics' hand claim gold")
    annotated = claim_rows(dev, gold) if gold is not None else None
    judged = [judged_fit_rows(path, ns.data) for path in ns.claim_pairs]
    if ns.keep_pair or ns.keep_weights:
        pair_weights, pair_data, pair_grid = _kept("pair", PAIR_FEATURES, rechoose=ns.keep_weights)
    else:
        msrp = msrp_pairs(ns.data, "train")
        pair_weights, pair_data = fit_pair_model(msrp, annotated, judged, ns.claim_pairs)
        if annotated is not None:
            pair_data += f" (the dev topics: {sorted(gold_topics(dev, gold))})"
        pair_grid = PAIR_GRID
    if ns.judged_precision is not None:
        if not judged:
            parser.error("--judged-precision bounds the pair model's precision on judged pairs: give them (--claim-pairs)")
        pair_grid = judged_grid(pair_grid, stacked(judged), pair_weights, ns.judged_precision)
    folds = [shaped_folds(train, reports) for reports in REPORTS_PER_EVENT]  # by size, then by fold
    blank = _model(pair_weights, 0.5, np.zeros(len(STORY_FEATURES)), 0.5)
    examples = [[[story_examples(corpus, blank) for corpus in fold.corpora()] for fold in size] for size in folds]
    extra = [e for name in ns.story_set for e in set_examples(ecb_set(ns.data, name), blank) if len(e[1])]
    story_x, story_y = stacked([e for size in examples for fold in size for e in fold if len(e[1])] + extra)
    story_weights = fit_logistic(story_x, story_y)
    story_data = (f"the article pairs the linker weighs in ECB+ train-topic corpora of "
                  f"{sum(len(fold.several['names']) for fold in folds[0])} articles (each event's "
                  f"{' or '.join(map(str, REPORTS_PER_EVENT))} best-annotated reports), one corpus per fold of topics with "
                  f"every event and one per event alone{extra_sets(ns.story_set)}; same event or not ({len(story_y)} pairs, "
                  f"{int(story_y.sum())} same event)")
    story_grid = STORY_GRID
    if ns.keep_story or ns.keep_weights:
        story_weights, story_data, story_grid = _kept("story", STORY_FEATURES, rechoose=ns.keep_weights)
    out_of_fold = [fit_logistic(*stacked([e for size in examples for m, fold in enumerate(size) if m != k for e in fold if len(e[1])]
                                         + extra))
                   for k in range(FOLDS)]
    (pair_threshold, story_threshold), choosing = choose_thresholds(
        [(fold, out_of_fold[k]) for size in folds for k, fold in enumerate(size)], pair_weights, pair_grid, bounds, ns.across,
        claim_precision_on(dev, gold), story_weights, story_grid,
    )
    test_x, test_y = msrp_pairs(ns.data, "test")
    result = {
        "produced_by": f"python -m viewer.analysis.claims.fit_verifier DATA --precision {ns.precision}"
                       + "".join(f" --claim-pairs {path.name}" for path in ns.claim_pairs)
                       + "".join(f" --story-set {name}" for name in ns.story_set)
                       + "".join(f" --precision-at {reports}={p}" for reports, p in ns.precision_at) + f" --across {ns.across}"
                       + (" --keep-pair" if ns.keep_pair else "") + (" --keep-story" if ns.keep_story else "")
                       + (" --keep-weights" if ns.keep_weights else "")
                       + (f" --judged-precision {ns.judged_precision}" if ns.judged_precision is not None else ""),
        "date": datetime.date.today().isoformat(),
        "data": {
            "pair": pair_data,
            "story": story_data,
            "thresholds": f"chosen by linking those corpora, {FOLDS} folds by topic, each with a story model fitted on the other "
                          "folds: the most same-event article pairs joined over all of them, with judged link precision (ECB+ "
                          "action chains) and links across events in bounds on the corpora of several events of each size "
                          f"(precision at least {', '.join(f'{p} with {r}' for r, p in bounds.items())} reports an event)",
        },
        "choosing_links": choosing,
        "pair": {"features": list(PAIR_FEATURES), "weights": dict(zip(PAIR_FEATURES, pair_weights.round(4).tolist())),
                 "threshold": pair_threshold,
                 "annotated_dev_pairs_in_sample": (precision_recall(probability(annotated[0], pair_weights) >= pair_threshold, annotated[1])
                                                   if annotated is not None else None),  # None: not measured, no dev gold
                 "judged_pairs_in_sample": {path.name: precision_recall(probability(x, pair_weights) >= pair_threshold, y)
                                            for path, (x, y) in zip(ns.claim_pairs, judged)},
                 "msrp_test": precision_recall(probability(test_x, pair_weights) >= pair_threshold, test_y)},
        "story": {"features": list(STORY_FEATURES), "weights": dict(zip(STORY_FEATURES, story_weights.round(4).tolist())),
                  "threshold": story_threshold},
    }
    # The later checks stay until their own fits choose them anew: the word check starts from its cut
    # (`fit_margins.steady_choice`); dropped here, that cut moved with one link.
    current = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    result.update({name: current[name] for name in LATER_CHECKS if name in current})
    ns.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


# -- data ------------------------------------------------------------------------------------


def set_examples(found: dict, model: Verifier) -> list[tuple[np.ndarray, np.ndarray]]:
    """Story signs and same-event labels of the article pairs the linker weighs in a set drawn by event
    (`fit_shapes.event_corpora`): reports of one event worded apart, other events of the same kind."""
    return [story_examples(corpus, model) for corpus in event_corpora(found)]


def extra_sets(names: list[str]) -> str:
    """The story fit's sets beside ECB+ train (``--story-set``), as the weights file names them."""
    if not names:
        return ""
    return (f", and the article pairs the linker weighs in the sets {', '.join(names)} (drawn by event; corpora of "
            "several events and of each event alone)")


def dev_gold(data: Path) -> dict | None:
    """The hand claim gold of some ECB+ dev topics (``DATA/gold/dev_gold.json``), or None where DATA
    has none: the pair model cannot be fitted without it, but kept, its thresholds and the other
    fits' settings can still be chosen on ECB+ train."""
    path = data / "gold" / "dev_gold.json"
    if not path.exists():
        print(f"{path}: absent; claim precision on the hand-annotated dev topics is not measured", file=sys.stderr)
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def claim_precision_on(dev: dict | None, gold: dict | None):
    """A function giving a model's claim-level precision on the dev topics with hand claim gold, or
    None without that gold (`dev_gold`). Gold naming no dev article (another set's, such as the
    sample corpus's) would judge nothing and read as precision 0: it stops the fit."""
    if dev is None or gold is None:
        return None
    if not gold_topics(dev, gold):
        raise SystemExit("gold/dev_gold.json names no article of ECB+ dev: it is not the dev topics' hand claim gold")
    links = claim_links_on(dev, gold)
    return lambda model: round(precision_of(links(model)), 3)


def claim_links_on(dev: dict, gold: dict):
    """A function giving the cross-article links a model makes among the hand-annotated dev topics' units, counted
    right and wrong against the gold (`gold_links`): a precision alone hides how few links a topic's figure rests on."""
    judged = annotated_topics(dev, gold)
    marks = gold_units(judged, gold)
    return lambda model: gold_links(link_claims(judged["units"], NoTexts({}), model=model), judged, marks)


def msrp_pairs(data: Path, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of the MSRP pairs of one split."""
    rows, features, vectors = msrp_units(data, split)
    weights = TermWeights(list(features.values()))
    x = [pair_features(features[a], features[b], float(vectors[a] @ vectors[b]), weights) for _q, _i, _j, a, b in rows]
    return np.array(x), np.array([int(r[0]) for r in rows])


def msrp_units(data: Path, split: str) -> tuple[list[list[str]], dict[str, UnitFeatures], dict[str, np.ndarray]]:
    """The MSRP pairs of one split (label, two ids, two sentences) with each sentence's unit features and vector,
    parsed once under DATA/cache: the pair signs are built from them, and counters read them for signs not built yet
    (bench/same_figure_pairs.py)."""
    path = data / "msrp" / f"msr_paraphrase_{split}.txt"

    def load():
        rows = msrp_rows(path)
        sentences = sorted({s for r in rows for s in (r[3], r[4])})
        features = {s: unit_features(doc, Span(0, len(s))) for s, doc in zip(sentences, english().pipe(sentences, batch_size=64))}
        vectors = dict(zip(sentences, shared_encoder().encode(sentences)))
        return rows, features, vectors

    rows, features, vectors = cached(data / "cache", f"msrp_{split}", load)
    return well_formed(rows, path), features, vectors  # a cache written before lines were checked holds them all


def msrp_rows(path: Path) -> list[list[str]]:
    """The pairs of an MSRP file (label, two ids, two sentences). A line of another shape is left
    out and named: one public copy of train has two pairs run together on one line, and reading
    it stopped the fit with an unpacking error."""
    with open(path, encoding="utf-8-sig") as f:
        return well_formed(list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:], path)


def well_formed(rows: list[list[str]], source: Path) -> list[list[str]]:
    """The rows that are a label and two ids and sentences; the others named (by line of ``source``,
    each row one line after the header) and left out."""
    shaped = [len(r) == 5 and r[0] in ("0", "1") for r in rows]
    if not all(shaped):
        lines = ", ".join(str(n) for n, ok in enumerate(shaped, start=2) if not ok)
        print(f"{source}: line(s) {lines} not label, two ids and two sentences; left out", file=sys.stderr)
    return [r for r, ok in zip(rows, shaped) if ok]


def ecb_set(data: Path, name: str) -> dict:
    """The set's articles analysed into units, with each unit's annotated action chains."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    names = sorted(events["documents"])
    read = imported([data / "sets" / name / "docs" / n for n in names])

    def load():
        return names, events, [u for parsed in parse_many(read) for u in claim_units(parsed)]

    names, events, units = cached(data / "cache", f"ecb_{name}", load, parse_key(read))
    documents = [events["documents"][n] for n in names]
    chains = [_chains(documents[u.document], u) for u in units]
    return {"names": names, "documents": documents, "units": units, "chains": chains, "folder": data / "sets" / name}


def _chains(document: dict, unit: ClaimUnit) -> set[str] | None:
    """The action chains of the annotated sentence the unit lies in; None outside annotated ones."""
    for sentence in document["sentences"]:
        if sentence["start"] <= unit.span.start < sentence["end"]:
            return set(sentence["chains"]) if sentence["annotated"] else None
    return None


def claim_rows(found: dict, gold: dict) -> tuple[np.ndarray, np.ndarray]:
    """Cross-article unit pairs of the hand-annotated topics (both events of each): one claim when
    both units cover mentions of one gold claim; pairs the gold calls "maybe" are left out."""
    units, documents = found["units"], found["documents"]
    claim_of, maybe_of = gold_units(found, gold)
    topics = gold_topics(found, gold)
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


def gold_links(claims, found: dict, marks) -> Counter:
    """The cross-article links right and wrong against the hand claim gold ("maybe" pairs not counted)."""
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
    return Counter(right=right, wrong=wrong)


def precision_of(links: Counter) -> float:
    return links["right"] / max(1, links["right"] + links["wrong"])


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


def gold_topics(found: dict, gold: dict) -> set[int]:
    """The topics of the set whose articles the hand claim gold names."""
    named = {key + ".txt" for mentions in gold["claims"].values() for key, _text in mentions}
    return {found["documents"][k]["topic"] for k, n in enumerate(found["names"]) if n in named}


def annotated_topics(found: dict, gold: dict) -> dict:
    """The set restricted to the topics with hand claim gold (`gold_topics`), units renumbered by
    document: what claim precision is judged on."""
    topics = gold_topics(found, gold)
    return subset(found, [k for k, d in enumerate(found["documents"]) if d["topic"] in topics])


def judged_fit_rows(path: Path, data: Path) -> tuple[np.ndarray, np.ndarray]:
    """Pair signs and labels of the fit half of a judged pairs file (`judged_pairs`), parsed under DATA/cache."""
    return judged_rows(judged_units(read_judged(path, half="fit"), data, data / "cache"))


def fit_pair_model(msrp: tuple[np.ndarray, np.ndarray], annotated: tuple[np.ndarray, np.ndarray] | None,
                   judged: list[tuple[np.ndarray, np.ndarray]], paths: list[Path]) -> tuple[np.ndarray, str]:
    """The pair model's weights, fitted on MSRP train and the annotated claim pairs (hand claim gold of dev
    topics, judged pairs files), and where they came from. The annotated pairs, pooled, weigh as much
    in all as MSRP: they are few, and they are the linker's own units of multi-outlet news."""
    parts = [rows for rows in [annotated, *judged] if rows is not None]
    pooled = stacked(parts)
    weights = fit_logistic(*stacked([msrp, pooled]), weights=_equal_shares(len(msrp[1]), len(pooled[1])))
    named = ([f"unit pairs of ECB+ dev topics labelled by hand claim gold ({len(annotated[1])} pairs, "
              f"{int(annotated[1].sum())} same claim)"] if annotated is not None else [])
    named += [f"the fit half of the judged claim-unit pairs {path.name} ({len(y)} pairs, {int(y.sum())} same claim)"
              for path, (_x, y) in zip(paths, judged)]
    return weights, f"MSRP train ({len(msrp[1])} pairs) and, with equal total weight, " + " and ".join(named)


def _equal_shares(first: int, second: int) -> np.ndarray:
    """Sample weights giving two data sets the same total weight."""
    return np.concatenate([np.full(first, (first + second) / (2 * first)), np.full(second, (first + second) / (2 * second))])


def stacked(parts) -> tuple[np.ndarray, np.ndarray]:
    """(rows, labels) parts joined into one data set."""
    return np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


# -- fitting ---------------------------------------------------------------------------------


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = _L2, iterations: int = 50, weights: np.ndarray | None = None,
                 balanced: bool = True) -> np.ndarray:
    """Logistic regression by Newton's method, the bias (the first column) unpenalised; the two classes weighted
    equally unless ``balanced`` is false (a probability read against the data's own base rate)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    balance = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9)) if balanced else np.ones_like(y)
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


# 0.05 .. 0.95: a refit's probabilities move, a coarse grid lands on its end. A fit on judged claim-unit pairs
# (a third of them one claim, weighed as much as MSRP's two thirds) scores one claim lower than a fit on MSRP alone.
PAIR_GRID = [round(0.05 + 0.05 * k, 2) for k in range(19)]
STORY_GRID = [0.7, 0.8, 0.9, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99]  # fitted on many easy pairs, the gate sits high


def choose_thresholds(folds: list[tuple[ShapedFold, np.ndarray]], pair_weights: np.ndarray, pair_grid: list[float],
                      precision: dict[int, float], across: float, claim_precision, story_weights: np.ndarray,
                      story_grid: list[float] = STORY_GRID) -> tuple[tuple[float, float], dict]:
    """Link every corpus of each fold (with that fold's story weights) at every pair of thresholds
    on the grid; keep the pair that joins the most same-event article pairs over all the corpora,
    with judged precision (``precision``: a bound for each number of reports an event) and links
    across events in bounds on the corpora of several events of each size (``within_bounds``);
    among those within one article pair of the most, the strictest. The counts
    are pooled over the folds, not their rates. Claim-level precision on the dev topics with hand
    gold (linked with ``story_weights``) is reported beside it (a lower bound: the gold marks the
    main claims, and the pair model was fitted on those topics)."""
    allowed = []
    for pair_threshold in pair_grid:
        for story_threshold in story_grid:
            counts: dict[tuple[int, str], Counter] = defaultdict(Counter)
            for fold, weights in folds:
                model = _model(pair_weights, pair_threshold, weights, story_threshold)
                counts[fold.reports, "several_events"].update(link_counts(link_claims(fold.several["units"], NoTexts({}), model=model), fold.several))
                for corpus in fold.single:
                    counts[fold.reports, "one_event"].update(link_counts(link_claims(corpus["units"], NoTexts({}), model=model), corpus))
            found = {f"{kind}_{reports}": link_rates(c) for (reports, kind), c in sorted(counts.items())}
            joined, same = (sum(c[k] for c in counts.values()) for k in ("joined", "same_event_pairs"))
            found["found_all"] = round(joined / max(1, same), 3)
            print(pair_threshold, story_threshold, found, file=sys.stderr, flush=True)
            if within_bounds(counts, precision, across):
                allowed.append(((pair_threshold, story_threshold), found, same))
    if not allowed:
        raise SystemExit("no thresholds on the grid reach the precision asked for")
    most = max(f["found_all"] for _t, f, _n in allowed)
    noise = 1.5 / max(1, allowed[0][2])  # one article pair more or less is noise
    best, figures, _n = max(((t, f, n) for t, f, n in allowed if f["found_all"] >= most - noise), key=lambda tf: (tf[0][0], tf[0][1]))
    if claim_precision is not None:
        figures["claim_precision_annotated_topics"] = claim_precision(_model(pair_weights, best[0], story_weights, best[1]))
    return best, figures


def judged_grid(grid: list[float], judged: tuple[np.ndarray, np.ndarray], weights: np.ndarray, precision: float) -> list[float]:
    """The thresholds of the grid at which the pair model alone reaches ``precision`` on the judged pairs."""
    x, y = judged
    kept = [t for t in grid if precision_recall(probability(x, weights) >= t, y)["precision"] >= precision]
    if not kept:
        raise SystemExit(f"no pair threshold on the grid reaches precision {precision} on the judged pairs")
    return kept


def precision_bounds(precision: float, at: list[tuple[int, float]]) -> dict[int, float]:
    """The judged precision each size of corpus (reports an event) must reach: ``precision``
    unless a bound of its own is given."""
    return {reports: dict(at).get(reports, precision) for reports in REPORTS_PER_EVENT}


def within_bounds(counts: dict[tuple[int, str], Counter], precision: dict[int, float], across: float) -> bool:
    """Whether the corpora of several events of every size reach their size's precision bound with
    links across events at most ``across`` (a bound met by five reports an event and missed by
    three is missed)."""
    several = [(reports, link_rates(c)) for (reports, kind), c in counts.items() if kind == "several_events"]
    return all(r["precision"] >= precision[reports] and r["across"] <= across for reports, r in several)


def size_bound(text: str) -> tuple[int, float]:
    """A ``--precision-at`` argument, "REPORTS=P", read."""
    reports, _eq, precision = text.partition("=")
    try:
        return int(reports), float(precision)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected REPORTS=PRECISION, e.g. 3=0.825, not {text!r}") from None


def _kept(model: str, features: tuple[str, ...], rechoose: bool = False) -> tuple[np.ndarray, str, list[float]]:
    """One model ("pair" or "story") as the current weights file has it: its weights, where they
    came from, and the thresholds to link at: its own alone, or the whole grid with ``rechoose``
    (the weights kept, the operating point chosen anew). A kept story model's folds are still
    linked with story models fitted on the other folds, so thresholds are chosen as the kept gate
    behaves out of fold."""
    current = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights = np.array([current[model]["weights"][n] for n in features], dtype=np.float64)
    kept = re.sub(r" \(kept from the weights file of [^)]*\)$", "", current["data"][model])
    grid = {"pair": PAIR_GRID, "story": STORY_GRID}[model] if rechoose else [current[model]["threshold"]]
    return weights, f"{kept} (kept from the weights file of {current['date']})", grid


def _model(pair_weights: np.ndarray, pair_threshold: float, story_weights: np.ndarray, story_threshold: float) -> Verifier:
    return Verifier(LogisticModel(PAIR_FEATURES, pair_weights, pair_threshold), LogisticModel(STORY_FEATURES, story_weights, story_threshold))


class NoTexts(dict):
    """Documents' texts for linking where mention texts are not needed (choosing thresholds, judging
    links): every document reads as empty."""

    def __getitem__(self, key):
        return ""


def link_counts(claims, found: dict) -> Counter:
    """Links judged right and wrong (ECB+ action chains; every link across events is wrong), links,
    links across events, same-event article pairs joined and in all: counts that add up over corpora."""
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
    return Counter(right=right, wrong=wrong, links=links, across=across, joined=len(joined), same_event_pairs=same_event)


def link_rates(counts: Counter) -> dict:
    """Judged precision, same-event article pairs found and the share of links across events, from `link_counts`."""
    return {"precision": round(counts["right"] / max(1, counts["right"] + counts["wrong"]), 3),
            "found": round(counts["joined"] / max(1, counts["same_event_pairs"]), 3),
            "across": round(counts["across"] / max(1, counts["links"]), 3)}


def precision_recall(predicted: np.ndarray, y: np.ndarray) -> dict:
    tp = int((predicted & (y == 1)).sum())
    fp = int((predicted & (y == 0)).sum())
    fn = int((~predicted & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pairs": int(len(y))}


if __name__ == "__main__":
    sys.exit(main())
