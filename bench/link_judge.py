"""How far a link judge learned from hand-judged news lifts link precision: a logistic model over the signs of each
cross-source link a claim holds after grouping (`link_signs`), taking out links and never adding any (issue 11).

    python bench/link_judge.py --rows ROWS.json [--news DATA:SET:JUDGED ...] [--ecb DATA]

Every link the linker makes on each news draw (analysed as `quality.py` analyses it) is judged by the hand list that
holds it (R and P right, W wrong; a link the list does not hold is unjudged), and every link it makes on ECB+ train
linked as one corpus (`fit_verifier.ecb_set`, its cache shared) by the action chains, every link across events wrong
(`fit_verifier.link_counts`' rule). The rows, with the two mentions' texts (`masked_claims.py` reads them), are kept
in ROWS.json (public text never enters the repository), so the fit reruns without linking again; a row may carry fewer
signs than FEATURES (`masked_claims.py --judge-rows` writes the pair score and one sign), the judge reads as many.

The judge takes out a unit none of whose links in its claim scores at the bar, until every unit left has one
(`kept_links`). Leave one news draw out: the model is fitted on the other draws and ECB+ train (the two given equal
total weight) and the held-out draw's precision, links kept and same-event report pairs still joined are counted at
each bar of GRID. A bar is worth shipping when, pooled over the held-out draws, it takes out at least WRONG_PER_RIGHT
wrong links for each right one and, fitted on all draws, at most ECB_LOSS of ECB+ train's right links; of those the
one of highest pooled precision (`choose_bar`). Measured in session 51 (docs/linking.md): no bar passes.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_losses import kept_linking  # noqa: E402
from link_signs import FEATURES, judged, link_features  # noqa: E402
from quality import analysed_export, read_judged, verdict_of as hand_verdict  # noqa: E402

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set, fit_logistic  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.claims.verifier import fitted  # noqa: E402

GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
WRONG_PER_RIGHT = 2.0
ECB_LOSS = 0.05
L2 = 1.0
ECB = "ecb_train"


def label_of(hand: str | None) -> int | None:
    """1 right (R, P), 0 wrong (W), None unjudged."""
    return {"R": 1, "P": 1, "W": 0}.get(hand or "")


def news_rows(data: Path, name: str, judged_file: Path) -> dict:
    """The links the linker makes on the draw, with their signs, reports, spans and hand verdicts."""
    folder = data / "sets" / name
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
    verdicts = read_judged(judged_file)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [folder / "docs" / n for n in sorted(events)]
        (export, _seconds), scores = kept_linking(lambda: analysed_export(paths, Path(tmp)))
    names = {int(d["id"][1:]): Path(d["source"]["path"]).name for d in export["documents"]}
    texts = {int(d["id"][1:]): d["text"] for d in export["documents"]}
    unit_at = {(u.document, u.span.start, u.span.end): k for k, u in enumerate(scores.units)}
    clusters = [[unit_at[(int(m["document"][1:]), m["start"], m["end"])] for m in c["mentions"]
                 if int(m["document"][1:]) in names] for c in export["claims"]]
    rows = []
    for c, i, j, x in link_features(clusters, scores):
        a, b = scores.units[i], scores.units[j]
        ends = [(names[u.document], texts[u.document][u.span.start:u.span.end], u.span.start, u.span.end) for u in (a, b)]
        rows.append({"claim": c, "units": [i, j], "reports": [names[a.document], names[b.document]],
                     "spans": [[a.span.start, a.span.end], [b.span.start, b.span.end]], "x": x,
                     "texts": [ends[0][1], ends[1][1]], "y": label_of(hand_verdict(verdicts, *ends))})
    events = {n: e["event"] for n, e in events.items()}
    return {"rows": rows, "same_event": _same_event_pairs(events), "events": events}


def ecb_rows(data: Path, name: str = "train") -> dict:
    """ECB+ train (or the split named) linked as one corpus by the shipped models; each link judged by the action
    chains, every link across events wrong."""
    found = ecb_set(data, name)
    claims, scores = kept_linking(lambda: linking.link_claims(found["units"], NoTexts({}), model=fitted()))
    units, documents = scores.units, found["documents"]  # the linker's order (reading order), not the cache's
    chain_at = {(u.document, u.span.start): c for u, c in zip(found["units"], found["chains"])}
    chains = [chain_at[(u.document, u.span.start)] for u in units]
    unit_at = {(u.document, u.span.start): k for k, u in enumerate(units)}
    clusters = [[unit_at[(m.document, m.start)] for m in c.mentions] for c in claims]
    names = found["names"]
    texts = [d.text for d in imported([found["folder"] / "docs" / n for n in names])]
    rows = []
    for c, i, j, x in link_features(clusters, scores):
        da, db = units[i].document, units[j].document
        if documents[da]["event"] != documents[db]["event"]:
            y = 0
        elif chains[i] is not None and chains[j] is not None:
            y = int(bool(chains[i] & chains[j]))
        else:
            y = None
        rows.append({"claim": c, "units": [i, j], "reports": [names[da], names[db]], "x": x, "y": y,
                     "texts": [texts[da][units[i].span.start:units[i].span.end],
                               texts[db][units[j].span.start:units[j].span.end]]})
    events = {n: d["event"] for n, d in zip(names, documents)}
    return {"rows": rows, "same_event": _same_event_pairs(events), "events": events}


def _same_event_pairs(events: dict[str, str]) -> int:
    return sum(1 for a, b in itertools.combinations(sorted(events), 2) if events[a] == events[b])


# -- fitting and choosing --------------------------------------------------------------------------------------


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """The judged rows' features (a bias column first) and labels."""
    kept = [r for r in rows if r["y"] is not None]
    x = np.array([[1.0, *r["x"]] for r in kept]).reshape(len(kept), -1)
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
    p = judged(np.array([r["x"] for r in rows]).reshape(len(rows), len(weights) - 1), weights) if rows else []
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
    for line in report(sets):
        print(line, flush=True)


def report(sets: dict[str, dict]) -> list[str]:
    """The cross-validated curve by held-out draw, ECB+ train's losses to the judge fitted on all, its weights and
    the bar `choose_bar` gives."""
    curve = cross_validated(sets)
    weights = fit(sets, list(sets))
    ecb_counts = {bar: counts(sets[ECB], [True] * len(sets[ECB]["rows"]) if bar is None
                              else kept_links(sets[ECB]["rows"], weights, bar)) for bar in curve} if ECB in sets else {}
    lines = []
    for bar in curve:
        lines.append(f"bar {bar}: pooled {rates(sum(curve[bar].values(), Counter()))}")
        lines += [f"   {held}: {rates(c)}" for held, c in curve[bar].items()]
        if bar in ecb_counts:
            lines.append(f"   {ECB} (judge fitted on all): {rates(ecb_counts[bar])}")
    names = FEATURES if len(weights) == len(FEATURES) + 1 else [f"sign {k}" for k in range(len(weights) - 1)]
    lines.append("weights " + ", ".join(f"{n} {w:.3f}" for n, w in zip(("bias", *names), weights)))
    lines.append(f"bar chosen: {choose_bar(curve, ecb_counts) if ecb_counts else None}")
    return lines


if __name__ == "__main__":
    main()
