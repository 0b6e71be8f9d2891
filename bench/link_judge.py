"""How far a link judge learned from hand-judged news lifts link precision: a logistic model over the signs of each
cross-source link a claim holds after grouping (`link_signs`), taking out links and never adding any (issue 11).

    python bench/link_judge.py --rows ROWS.json [--dev DATA] [--news DATA:SET:JUDGED ...] [--public DATA:SET ...]
                               [--ecb DATA]

Every link the linker makes on each news draw (analysed as `quality.py` analyses it) is judged by the hand list that
holds it (R and P right, W wrong; a link the list does not hold is unjudged): ``--dev`` takes every set the readable
judged files of training/judged/ hold (`dev_sets.judged_sets`, the blind draws' left out) under their verdicts as
`dev_sets.py figures` reads them. Every link it makes on ECB+ train linked as one corpus (`fit_verifier.ecb_set`, its
cache shared) is judged by the action chains, every link across events wrong (`fit_verifier.link_counts`' rule).
``--public`` sets (ECB+ dev, GVC dev) are judged by their events alone: only their pairs found are counted, never
fitted on. The rows, with the two mentions' texts (`masked_claims.py`, `aligned_claims.py` read them), are kept in
ROWS.json (public text never enters the repository), so the fit reruns without linking again; a row may carry other
signs than FEATURES (`aligned_claims.py --judge-rows` writes them), the judge reads as many.

The judge takes out a unit none of whose links in its claim scores at the bar, until every unit left has one
(`kept_links`); in the pair-aware form never the last links joining two reports. Leave one news draw out: the model
is fitted on the other draws and ECB+ train (the two given equal total weight) and the held-out draw's precision,
right links out (R and P apart), wrong links out, links across events kept and same-event report pairs still joined
are counted at each bar of GRID in both forms; ECB+ train and the public sets by the judge fitted on all. A form is
worth shipping when it passes the issue's test (`passes`). Measured in session 51 and, on 36 draws, session 66
(docs/linking.md). The rows are made with the shipped judge off (`link_losses.kept_linking`): it is what they fit.
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
from dev_sets import dev_files, judged_sets  # noqa: E402
from quality import analysed_export, read_judged, read_verdicts, rejudged_beside  # noqa: E402
from quality import verdict_of as hand_verdict  # noqa: E402

from viewer.analysis.claims import linking  # noqa: E402
from viewer.analysis.claims.fit_verifier import NoTexts, ecb_set, fit_logistic  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.claims.link_judge import Link, judged, kept  # noqa: E402
from viewer.analysis.claims.link_signs import FEATURES, link_features  # noqa: E402
from viewer.analysis.claims.verifier import fitted  # noqa: E402

GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)
WRONG_PER_RIGHT = 1.0
LIFT = 0.02
FOUND_LOSS = 0.05
PUBLIC_LOSS = 0.02
L2 = 1.0
ECB = "ecb_train"
PUBLIC_MARK = "public:"  # a set of rows judged by its events alone: pairs found, never fitted on


def label_of(hand: str | None) -> int | None:
    """1 right (R, P), 0 wrong (W), None unjudged."""
    return {"R": 1, "P": 1, "W": 0}.get(hand or "")


def news_rows(data: Path, name: str, verdicts: dict[tuple, str]) -> dict:
    """The links the linker makes on the draw, with their signs, reports, spans and hand verdicts (``hand``: R, P, W,
    U or None; ``y`` 1 for R and P, 0 for W)."""
    folder = data / "sets" / name
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["documents"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = [folder / "docs" / n for n in sorted(events)]
        (export, _seconds), scores = kept_linking(lambda: analysed_export(paths, Path(tmp)), judged=False)
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
                     "texts": [ends[0][1], ends[1][1]], "hand": (hand := hand_verdict(verdicts, *ends)),
                     "y": label_of(hand)})
    events = {n: e["event"] for n, e in events.items()}
    return {"rows": rows, "same_event": _same_event_pairs(events), "events": events}


def ecb_rows(data: Path, name: str = "train") -> dict:
    """ECB+ train (or the split named) linked as one corpus by the shipped models; each link judged by the action
    chains, every link across events wrong."""
    found = ecb_set(data, name)
    claims, scores = kept_linking(lambda: linking.link_claims(found["units"], NoTexts({}), model=fitted()), judged=False)
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


def kept_links(rows: list[dict], weights: np.ndarray, bar: float, keep_pairs: bool = False) -> list[bool]:
    """Which links stay when the judge (`link_judge.kept`) takes out units whose every link scores under ``bar``
    (the rows' features as the grouping left them); ``keep_pairs``: never the last links joining two reports."""
    p = judged(np.array([r["x"] for r in rows]).reshape(len(rows), len(weights) - 1), weights) if rows else []
    links = [Link(r["claim"], tuple(r["units"]), frozenset(r["reports"])) for r in rows]
    return kept(links, p, bar, keep_pairs)


def counts(found: dict, alive: list[bool]) -> Counter:
    """Right and wrong links kept and taken out (and by hand verdict, R, P and W), links across events kept, and
    same-event report pairs still joined."""
    out = Counter()
    joined = set()
    events = found["events"]
    for r, on in zip(found["rows"], alive):
        state = "kept" if on else "out"
        if r["y"] is not None:
            out[state, r["y"]] += 1
        if r.get("hand") in ("R", "P", "W"):
            out[state, r["hand"]] += 1
        a, b = r["reports"]
        if on and events[a] == events[b]:
            joined.add(frozenset((a, b)))
        elif on:
            out["across"] += 1
    out["joined"], out["same_event"] = len(joined), found["same_event"]
    return out


def rates(c: Counter) -> dict:
    right, wrong = c[("kept", 1)], c[("kept", 0)]
    return {"precision": round(right / max(1, right + wrong), 3), "right": right, "wrong": wrong,
            "out_right": c[("out", 1)], "out_R": c[("out", "R")], "out_P": c[("out", "P")], "out_W": c[("out", 0)],
            "across": c["across"],
            "found": round(c["joined"] / max(1, c["same_event"]), 3)}


def judged_draws(sets: dict[str, dict]) -> list[str]:
    """The hand-judged news draws of the rows: neither ECB+ train nor a set judged by its events alone."""
    return [n for n in sets if n != ECB and not n.startswith(PUBLIC_MARK)]


def cross_validated(sets: dict[str, dict]) -> dict[tuple[bool, float | None], dict[str, Counter]]:
    """By form (whether the last links of a report pair stay), bar and held-out news draw: the counts of the judge
    fitted without that draw (every other judged set in)."""
    draws = judged_draws(sets)
    fitted_on = [n for n in sets if not n.startswith(PUBLIC_MARK)]
    out: dict[tuple[bool, float | None], dict[str, Counter]] = {(False, None): {}}
    out.update({(keep, bar): {} for keep in (False, True) for bar in GRID})
    for held in draws:
        weights = fit(sets, [n for n in fitted_on if n != held])
        for keep, bar in out:
            rows = sets[held]["rows"]
            alive = [True] * len(rows) if bar is None else kept_links(rows, weights, bar, keep)
            out[keep, bar][held] = counts(sets[held], alive)
    return out


def fitted_on_all(sets: dict[str, dict], forms) -> dict[str, dict]:
    """By set not cross-validated (ECB+ train, the sets judged by their events alone) and form: the counts of the
    judge fitted on every judged set."""
    weights = fit(sets, [n for n in sets if not n.startswith(PUBLIC_MARK)])
    others = [n for n in sets if n == ECB or n.startswith(PUBLIC_MARK)]
    return {n: {(keep, bar): counts(sets[n], [True] * len(sets[n]["rows"]) if bar is None
                                    else kept_links(sets[n]["rows"], weights, bar, keep)) for keep, bar in forms}
            for n in others}


def passes(curve: dict, others: dict, form: tuple[bool, float]) -> bool:
    """The issue's shipping test on the held-out draws: pooled precision up by LIFT or more, at least WRONG_PER_RIGHT
    wrong links out per right one, pooled pairs found within FOUND_LOSS of the judge-free run, and the public dev
    sets' pairs found within PUBLIC_LOSS."""
    base, now = (rates(sum(curve[f].values(), Counter())) for f in ((False, None), form))
    right_out = now["out_R"] + now["out_P"]
    public = [n for n in others if n.startswith(PUBLIC_MARK)]
    return (now["precision"] - base["precision"] >= LIFT - 1e-9 and now["out_W"] >= WRONG_PER_RIGHT * right_out
            and base["found"] - now["found"] <= FOUND_LOSS + 1e-9
            and all(rates(others[n][False, None])["found"] - rates(others[n][form])["found"] <= PUBLIC_LOSS + 1e-9
                    for n in public))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, required=True, help="where the links' rows are kept (outside the repo)")
    parser.add_argument("--news", action="append", default=[], help="DATA:SET:JUDGED, a news draw and its hand list")
    parser.add_argument("--dev", type=Path, help="DATA: every set the readable judged files of training/judged/ hold")
    parser.add_argument("--public", action="append", default=[],
                        help="DATA:SET, a set judged by its events alone (its pairs found, `PUBLIC`)")
    parser.add_argument("--ecb", type=Path, help="DATA holding sets/train (ECB+)")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8")) if ns.rows.exists() else {}
    wanted = [(Path(d), name, read_judged(Path(f))) for d, name, f in (spec.split(":") for spec in ns.news)]
    if ns.dev is not None:
        verdicts = dev_verdicts()
        wanted += [(ns.dev, name, verdicts) for name in judged_sets()]
    wanted += [(Path(d), PUBLIC_MARK + name, {}) for d, name in (spec.split(":") for spec in ns.public)]
    for data, name, verdicts in wanted:
        if name not in sets:
            sets[name] = news_rows(data, name.removeprefix(PUBLIC_MARK), verdicts)
            ns.rows.write_text(json.dumps(sets), encoding="utf-8")
    if ns.ecb is not None and ECB not in sets:
        sets[ECB] = ecb_rows(ns.ecb)
        ns.rows.write_text(json.dumps(sets), encoding="utf-8")
    for line in report(sets):
        print(line, flush=True)


def dev_verdicts() -> dict[tuple, str]:
    """The verdicts of every readable judged link file and the re-judged ones, as `dev_sets.py figures` reads them."""
    files = dev_files("links*.tsv")
    return read_verdicts(files + rejudged_beside(files))


def report(sets: dict[str, dict]) -> list[str]:
    """The cross-validated curve of both forms, pooled and by held-out draw, the sets fitted on all beside it, the
    judge's weights fitted on all and the forms that pass the shipping test (`passes`)."""
    curve = cross_validated(sets)
    others = fitted_on_all(sets, curve)
    lines = []
    for keep, bar in curve:
        form = "plain" if bar is None else "pair-aware" if keep else "plain"
        lines.append(f"{form} bar {bar}: pooled {rates(sum(curve[keep, bar].values(), Counter()))}")
        lines += [f"   {held}: {rates(c)}" for held, c in curve[keep, bar].items()]
        lines += [f"   {n} (judge fitted on all): {rates(c[keep, bar])}" for n, c in others.items()]
    weights = fit(sets, [n for n in sets if not n.startswith(PUBLIC_MARK)])
    names = FEATURES if len(weights) == len(FEATURES) + 1 else [f"sign {k}" for k in range(len(weights) - 1)]
    lines.append("weights " + ", ".join(f"{n} {w:.3f}" for n, w in zip(("bias", *names), weights)))
    passing = [f"{'pair-aware' if keep else 'plain'} {bar}" for keep, bar in curve
               if bar is not None and passes(curve, others, (keep, bar))]
    lines.append(f"forms passing the shipping test: {', '.join(passing) or 'none'}")
    return lines


if __name__ == "__main__":
    main()
