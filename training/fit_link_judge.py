"""Fit the link judge (`claims.link_judge`): a logistic model over the signs of each cross-source link a claim holds
after grouping, fitted on hand-judged links of real multi-outlet news and on ECB+ train's action chains.

    python training/fit_link_judge.py --rows ROWS.json [--news DATA:SET:JUDGED ...] [--ecb DATA] [--out FILE]

Every link the shipped linker makes on each news draw (analysed as `bench/quality.py` analyses it) is judged by the
hand list that holds it (R and P right, W wrong; a link the list does not hold is unjudged), and every link it makes
on ECB+ train linked as one corpus (`fit_verifier.ecb_set`, its cache shared) by the action chains
(`fit_verifier.link_counts`' rule). The rows are kept in ROWS.json (public text never enters the repo), so the fit
reruns without linking again.

The judge takes out a unit whose every link in its claim scores under the bar (`link_judge.judged_clusters`).
Leave one news draw out: the model is fitted on the other draws and ECB+ train (the two given equal total weight),
and the held-out draw's precision and links kept are counted at each bar of GRID. The bar chosen is the one with the
highest pooled held-out precision among those that, pooled, take out at least WRONG_PER_RIGHT wrong links for each
right one and lose at most ECB_LOSS of ECB+ train's right links (the judge fitted on all draws); none when no bar
passes.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import itertools
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set, fit_logistic  # noqa: E402
from viewer.analysis.claims.link_judge import FEATURES, judged, link_features  # noqa: E402
from viewer.analysis.claims.verifier import fitted  # noqa: E402

GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
WRONG_PER_RIGHT = 2.0
ECB_LOSS = 0.05
L2 = 1.0
ECB = "ecb_train"


class _Kept(linking.PairScores):
    """The linker's pair scores, kept once linking is done."""

    last: "_Kept | None" = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _Kept.last = self


def _linked(run):
    """``run()``'s value and the pair scores its linking kept."""
    linking.PairScores = _Kept
    try:
        value = run()
    finally:
        linking.PairScores = _Kept.__mro__[1]
    return value, _Kept.last


def read_verdicts(path: Path, name: str, docs: Path) -> dict[tuple[str, str, str, str], str]:
    """Hand verdicts of the set's links by the two mentions' file names and texts, either order (a link is matched
    by its mentions' texts, as `bench/quality.py` matches it)."""
    out = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in (r for r in csv.DictReader(f, delimiter="\t") if r["set"] == name):
            a = (r["file_a"], _text(docs, r["file_a"], r["start_a"], r["end_a"]))
            b = (r["file_b"], _text(docs, r["file_b"], r["start_b"], r["end_b"]))
            out[a + b] = out[b + a] = r["verdict"]
    return out


def _text(docs: Path, name: str, start: str, end: str) -> str:
    return (docs / name).read_text(encoding="utf-8")[int(start):int(end)]


def verdict_of(hand: str | None) -> int | None:
    """1 right (R, P), 0 wrong (W), None unjudged."""
    return {"R": 1, "P": 1, "W": 0}.get(hand or "")


def news_rows(data: Path, name: str, judged_file: Path) -> dict:
    """The links the shipped linker makes on the draw, with their features, reports and hand verdicts."""
    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.corpus.store import Corpus
    from viewer.export.interchange import corpus_to_dict

    folder = data / "sets" / name
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
    verdicts = read_verdicts(judged_file, name, folder / "docs")
    with tempfile.TemporaryDirectory() as tmp:
        def run():
            with Corpus(Path(tmp) / "set.corpus") as corpus:
                import_paths(corpus, [folder / "docs" / n for n in sorted(events)])
                analyse(corpus)
                return corpus_to_dict(corpus)
        export, scores = _linked(run)
    names = {int(d["id"][1:]): Path(d["source"]["path"]).name for d in export["documents"]}
    texts = {int(d["id"][1:]): d["text"] for d in export["documents"]}
    unit_at = {(u.document, u.span.start, u.span.end): k for k, u in enumerate(scores.units)}
    clusters = [[unit_at[(int(m["document"][1:]), m["start"], m["end"])] for m in c["mentions"]
                 if int(m["document"][1:]) in names] for c in export["claims"]]
    rows = []
    for c, i, j, x in link_features(clusters, scores):
        a, b = scores.units[i], scores.units[j]
        key = (names[a.document], texts[a.document][a.span.start:a.span.end],
               names[b.document], texts[b.document][b.span.start:b.span.end])
        rows.append({"claim": c, "units": [i, j], "reports": [names[a.document], names[b.document]],
                     "spans": [[a.span.start, a.span.end], [b.span.start, b.span.end]], "x": x,
                     "y": verdict_of(verdicts.get(key))})
    return {"rows": rows, "same_event": _same_event_pairs({n: e["event"] for n, e in events.items()}),
            "events": {n: e["event"] for n, e in events.items()}}


def ecb_rows(data: Path) -> dict:
    """ECB+ train linked as one corpus by the shipped models; each link judged by the action chains, every link
    across events wrong."""
    found = ecb_set(data, "train")
    claims, scores = _linked(lambda: linking.link_claims(found["units"], NoTexts({}), model=fitted()))
    units, documents = scores.units, found["documents"]  # the linker's order (reading order), not the cache's
    chain_at = {(u.document, u.span.start): c for u, c in zip(found["units"], found["chains"])}
    chains = [chain_at[(u.document, u.span.start)] for u in units]
    unit_at = {(u.document, u.span.start): k for k, u in enumerate(units)}
    clusters = [[unit_at[(m.document, m.start)] for m in c.mentions] for c in claims]
    names = found["names"]
    rows = []
    for c, i, j, x in link_features(clusters, scores):
        da, db = units[i].document, units[j].document
        if documents[da]["event"] != documents[db]["event"]:
            y = 0
        elif chains[i] is not None and chains[j] is not None:
            y = int(bool(chains[i] & chains[j]))
        else:
            y = None
        rows.append({"claim": c, "units": [i, j], "reports": [names[da], names[db]], "x": x, "y": y})
    events = {n: d["event"] for n, d in zip(names, documents)}
    return {"rows": rows, "same_event": _same_event_pairs(events), "events": events}


def _same_event_pairs(events: dict[str, str]) -> int:
    return sum(1 for a, b in itertools.combinations(sorted(events), 2) if events[a] == events[b])


# -- fitting and choosing --------------------------------------------------------------------------------------


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """The judged rows' features (a bias column first) and labels."""
    kept = [r for r in rows if r["y"] is not None]
    x = np.array([[1.0, *r["x"]] for r in kept]).reshape(len(kept), len(FEATURES) + 1)
    return x, np.array([r["y"] for r in kept], dtype=np.float64)


def fit(sets: dict[str, dict], names: list[str]) -> np.ndarray:
    """The judge fitted on the named sets' judged links: the news draws and ECB+ train given equal total weight."""
    news = [design(sets[n]["rows"]) for n in names if n != ECB]
    parts = news + ([design(sets[ECB]["rows"])] if ECB in names else [])
    x, y = np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    weight = np.ones(len(y))
    if ECB in names and news:
        first = sum(len(p[1]) for p in news)
        second = len(y) - first
        weight = np.concatenate([np.full(first, len(y) / (2 * first)), np.full(second, len(y) / (2 * second))])
    mean, spread = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0) + 1e-9
    scaled = np.hstack([x[:, :1], (x[:, 1:] - mean) / spread])
    w = fit_logistic(scaled, y, l2=L2, weights=weight)
    return np.concatenate([[w[0] - float((w[1:] * mean / spread).sum())], w[1:] / spread])  # on the raw features


def kept_links(rows: list[dict], weights: np.ndarray, bar: float) -> list[bool]:
    """Which links stay when units whose every link scores under ``bar`` are taken out, until none is (the rows'
    features as the grouping left them: `link_judge.judged_clusters` reads them afresh after each round)."""
    p = judged(np.array([r["x"] for r in rows]).reshape(len(rows), len(FEATURES)), weights) if rows else []
    alive = [True] * len(rows)
    while True:
        best: dict[tuple[int, int], float] = defaultdict(lambda: -1.0)
        for r, q, on in zip(rows, p, alive):
            if on:
                for k in r["units"]:
                    best[r["claim"], k] = max(best[r["claim"], k], float(q))
        out = {key for key, q in best.items() if q < bar}
        changed = False
        for n, r in enumerate(rows):
            if alive[n] and any((r["claim"], k) in out for k in r["units"]):
                alive[n], changed = False, True
        if not changed:
            return alive


def counts(found: dict, alive: list[bool]) -> Counter:
    """Right and wrong links kept and taken out, and same-event report pairs still joined."""
    out = Counter()
    joined = set()
    for r, on in zip(found["rows"], alive):
        if r["y"] is not None:
            out[("kept" if on else "out", r["y"])] += 1
        a, b = r["reports"]
        if on and found["events"][a] == found["events"][b]:
            joined.add(frozenset((a, b)))
    out["joined"], out["same_event"] = len(joined), found["same_event"]
    return out


def rates(c: Counter) -> dict:
    right, wrong = c[("kept", 1)], c[("kept", 0)]
    return {"precision": round(right / max(1, right + wrong), 3), "right": right, "wrong": wrong,
            "out_right": c[("out", 1)], "out_wrong": c[("out", 0)],
            "found": round(c["joined"] / max(1, c["same_event"]), 3)}


def cross_validated(sets: dict[str, dict]) -> dict[float, dict[str, Counter]]:
    """By bar and held-out news draw: the counts of the judge fitted without that draw (every other set in)."""
    draws = [n for n in sets if n != ECB]
    out: dict[float, dict[str, Counter]] = {bar: {} for bar in (None, *GRID)}
    for held in draws:
        weights = fit(sets, [n for n in sets if n != held])
        for bar in out:
            rows = sets[held]["rows"]
            alive = [True] * len(rows) if bar is None else kept_links(rows, weights, bar)
            out[bar][held] = counts(sets[held], alive)
    return out


def choose_bar(curve: dict[float, dict[str, Counter]], ecb: dict[float, Counter]) -> float | None:
    """The bar of highest pooled held-out precision among those passing the module's rule."""
    allowed = []
    for bar in GRID:
        pooled = sum(curve[bar].values(), Counter())
        loss = ecb[bar][("out", 1)] / max(1, ecb[bar][("out", 1)] + ecb[bar][("kept", 1)])
        if pooled[("out", 0)] >= WRONG_PER_RIGHT * max(1, pooled[("out", 1)]) and loss <= ECB_LOSS:
            allowed.append(bar)
    return max(allowed, key=lambda bar: (rates(sum(curve[bar].values(), Counter()))["precision"], bar), default=None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, required=True, help="where the links' rows are kept (outside the repo)")
    parser.add_argument("--news", action="append", default=[], help="DATA:SET:JUDGED, a news draw and its hand list")
    parser.add_argument("--ecb", type=Path, help="DATA holding sets/train (ECB+)")
    parser.add_argument("--out", type=Path, help="the weights file to write")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8")) if ns.rows.exists() else {}
    for spec in ns.news:
        data, name, judged_file = spec.split(":")
        if name not in sets:
            sets[name] = news_rows(Path(data), name, Path(judged_file))
            ns.rows.write_text(json.dumps(sets), encoding="utf-8")
    if ns.ecb is not None and ECB not in sets:
        sets[ECB] = ecb_rows(ns.ecb)
        ns.rows.write_text(json.dumps(sets), encoding="utf-8")
    report(sets, ns.out, ns.news, ns.ecb)


def report(sets: dict[str, dict], out: Path | None, news: list[str], ecb: Path | None) -> None:
    """Print the cross-validated curve and ECB+ train's losses; write the weights when a bar passes."""
    curve = cross_validated(sets)
    weights = fit(sets, list(sets))
    ecb_counts = {bar: counts(sets[ECB], kept_links(sets[ECB]["rows"], weights, bar)) for bar in GRID} if ECB in sets else {}
    for bar in curve:
        pooled = rates(sum(curve[bar].values(), Counter()))
        print(f"bar {bar}: pooled {pooled}", flush=True)
        for held, c in curve[bar].items():
            print(f"   {held}: {rates(c)}")
        if bar in ecb_counts:
            print(f"   {ECB} (judge fitted on all): {rates(ecb_counts[bar])}")
    print("weights", dict(zip(("bias", *FEATURES), np.round(weights, 3))))
    chosen = choose_bar(curve, ecb_counts) if ecb_counts else None
    print("chosen bar", chosen)
    if out is None or chosen is None:
        return
    out.write_text(json.dumps({
        "features": list(FEATURES), "weights": [round(float(w), 6) for w in weights], "bar": chosen,
        "produced_by": "python training/fit_link_judge.py --rows ROWS" + "".join(f" --news {n}" for n in news)
                       + (f" --ecb {ecb}" if ecb else ""),
        "date": datetime.date.today().isoformat(),
        "data": (f"links the shipped linker made on the hand-judged news draws {', '.join(n for n in sets if n != ECB)} "
                 f"(training/judged/links49.tsv, links50.tsv, links50bw.tsv) and ECB+ train (action chains), the two "
                 f"given equal weight; the bar of {GRID} with the best leave-one-draw-out precision that takes out "
                 f">= {WRONG_PER_RIGHT} wrong links per right one and <= {ECB_LOSS:.0%} of ECB+ train's right links"),
        "cross_validated": {str(bar): rates(sum(curve[bar].values(), Counter())) for bar in curve},
    }, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
