"""How far a cross-reader (MiniLM reading the two mentions of a link as one input, "[CLS] a [SEP] b [SEP]", its top
layers and a head fitted on pair judgements) tells right links from wrong, against the pair score (issue 11).

    python bench/cross_reader.py --rows ROWS.json --pairs WORK --data DATA --judged TSV ... --ecb ECB_DEV.json
                                 --ecb-train ECB_TRAIN.json
    python bench/cross_reader.py --rows ROWS.json --scores SCORES.json --judged TSV ... [--ecb ECB_DEV.json]

ROWS.json is `link_judge.py`'s (every link the linker makes on each judged news draw, with both mentions' texts, the
pair score first among its signs and the hand verdict); SCORES.json gives, by draw, the cross-reader's probability
for each of the draw's rows in order, from a model fitted without that draw's fold (grouped folds over the draws:
the fit, with PyTorch at development time only, is the experiment's script, kept outside the repository with the
rows, as public text is), and under "ecb" a probability for each row of ECB_ROWS.json (ECB+ dev linked by
`link_judge.ecb_rows`, judged by its action chains) from the same fold models, averaged. The judged TSVs give each
link's letter, so partly right links (P, the hard class) are told from right (R). With --pairs, the texts the fit
reads are written to WORK instead (`write_pairs`), and the ECB+ rows linked first where their files are missing.

Printed: ROC AUC of right (R and P) against wrong (W) links, pooled and per draw, for the cross-reader and the pair
score on the same rows, and P against W; then, for each bar of `link_judge.GRID`, the pooled held-out precision and
same-event report pairs found after `link_judge.kept_links` takes out the units whose every link reads under it,
the right and wrong links it takes out, ECB+ dev's right links lost, and whether the bar passes `link_judge`'s rule
(at least WRONG_PER_RIGHT wrong links out per right one, at most ECB_LOSS of ECB+'s right links). Measured in
session 58 (docs/linking.md).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import shutil
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_judge import GRID, counts, ecb_rows, kept_links, rates  # noqa: E402
from masked_claims import auc as rank_auc  # noqa: E402

from viewer.analysis.claims.fit_verifier import fit_logistic, msrp_rows  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.claims.model_files import locate, read_weights  # noqa: E402

WRONG_PER_RIGHT = 2.0  # session 58's rule, as `link_judge.py`'s then: two wrong links out per right one
ECB_LOSS = 0.05  # and at most this share of ECB+ dev's right links
IDENTITY = np.array([0.0, 1.0])  # `kept_links` reads a row's one sign, the score's logit, as its probability


def auc(positive: list[float], negative: list[float]) -> float | None:
    """`masked_claims.auc` of the two classes' scores; None when either is empty."""
    if not positive or not negative:
        return None
    return rank_auc(np.array(positive + negative, dtype=np.float64), np.array([1] * len(positive) + [0] * len(negative)))


def with_scores(found: dict, scores: list[float]) -> dict:
    """The set's rows with the cross-reader's score as their one sign (as a logit, so `kept_links` reads it back)."""
    rows = [{**r, "x": [_logit(s)]} for r, s in zip(found["rows"], scores)]
    return {**found, "rows": rows}


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def letters(found: dict, verdicts: dict | None) -> list[str | None]:
    """Each row's hand letter (R, P, W; None unjudged), from the judged TSV when given, else from its label."""
    out = []
    for r in found["rows"]:
        if verdicts is not None:
            (a, b), ((sa, ea), (sb, eb)) = r["reports"], r["spans"]
            letter = verdicts.get((a, sa, ea, b, sb, eb))
            out.append(letter if letter in ("R", "P", "W") else None)
        else:
            out.append({1: "R", 0: "W"}.get(r["y"]))
    return out


def separation(rows: list[tuple[str, float, float]]) -> dict:
    """AUCs of the cross-reader and the pair score over (letter, cross, pair) rows: right vs wrong, P vs W."""
    out = {}
    for name, column in (("cross", 1), ("pair", 2)):
        right = [r[column] for r in rows if r[0] in ("R", "P")]
        wrong = [r[column] for r in rows if r[0] == "W"]
        partly = [r[column] for r in rows if r[0] == "P"]
        out[name] = (auc(right, wrong), auc(partly, wrong))
    return out


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(sets: dict, scores: dict, verdicts: dict[str, dict], ecb: dict | None) -> list[str]:
    """The lines `main` prints: the cross-reader's figures, then those of the pair score and the cross-reader
    together (`with_pair`)."""
    draws = scored_draws(sets, scores)
    ecb_scores = scores.get("ecb") if ecb is not None else None
    lines = ["cross-reader alone:"] + figures(sets, {n: scores["sets"][n] for n in draws}, verdicts, ecb, ecb_scores)
    joined, joined_ecb = with_pair(sets, scores, ecb)
    return lines + ["pair score and cross-reader, fitted leaving one draw out:"] + figures(sets, joined, verdicts, ecb, joined_ecb)


def scored_draws(sets: dict, scores: dict) -> list[str]:
    """The draws the scores hold a probability for each link of (a run over some folds leaves the others out)."""
    return [n for n in sets if n in scores["sets"] and None not in scores["sets"][n]]


def with_pair(sets: dict, scores: dict, ecb: dict | None) -> tuple[dict[str, list[float]], list[float] | None]:
    """Each draw's links scored by a logistic model over the pair score and the cross-reader's logit, fitted on the
    other draws' judged links (`fit_logistic`, classes balanced as `link_judge.fit`'s); ECB+ by the fit on all."""
    def design(found: dict, probabilities: list[float]) -> np.ndarray:
        return np.array([[1.0, r["x"][0], _logit(s)] for r, s in zip(found["rows"], probabilities)]).reshape(-1, 3)

    draws = scored_draws(sets, scores)
    x = {n: design(sets[n], scores["sets"][n]) for n in draws}
    y = {n: np.array([-1 if r["y"] is None else r["y"] for r in sets[n]["rows"]]) for n in draws}

    def fitted_without(held: str | None) -> np.ndarray:
        names = [n for n in draws if n != held]
        xs, ys = np.vstack([x[n] for n in names]), np.concatenate([y[n] for n in names])
        return fit_logistic(xs[ys >= 0], ys[ys >= 0])

    out = {n: list(1 / (1 + np.exp(-(x[n] @ fitted_without(n))))) for n in draws}
    if ecb is None or not scores.get("ecb"):
        return out, None
    return out, list(1 / (1 + np.exp(-(design(ecb, scores["ecb"]) @ fitted_without(None)))))


def figures(sets: dict, draw_scores: dict[str, list[float]], verdicts: dict[str, dict], ecb: dict | None,
            ecb_scores: list[float] | None) -> list[str]:
    """AUCs per draw and pooled against the pair score, and the curve of bars with the rule."""
    lines, pooled = [], []
    for name, probabilities in draw_scores.items():
        marks = letters(sets[name], verdicts.get(name))
        rows = [(m, s, r["x"][0]) for m, s, r in zip(marks, probabilities, sets[name]["rows"]) if m]
        pooled += rows
        lines.append(f"  {name}: " + _separation_line(rows))
    lines.append("  pooled: " + _separation_line(pooled))
    scored = {n: with_scores(sets[n], p) for n, p in draw_scores.items()}
    ecb_scored = with_scores(ecb, ecb_scores) if ecb is not None and ecb_scores else None
    for bar in (None, *GRID):
        total = sum((counts(found, _kept(found, bar)) for found in scored.values()), Counter())
        line = f"  bar {bar}: pooled {rates(total)}"
        passes = total[("out", 0)] >= WRONG_PER_RIGHT * max(1, total[("out", 1)])
        if ecb_scored is not None:
            lost = counts(ecb_scored, _kept(ecb_scored, bar))
            loss = lost[("out", 1)] / max(1, lost[("out", 1)] + lost[("kept", 1)])
            passes = passes and loss <= ECB_LOSS
            line += f"; ECB+ right links lost {loss:.3f}"
        lines.append(line + (" PASSES" if bar is not None and passes and total[("out", 0)] else ""))
    return lines


def _kept(found: dict, bar: float | None) -> list[bool]:
    rows = found["rows"]
    return [True] * len(rows) if bar is None else kept_links(rows, IDENTITY, bar)


def _separation_line(rows: list[tuple[str, float, float]]) -> str:
    sep = separation(rows)
    return (f"{dict(Counter(r[0] for r in rows))} AUC right/wrong {_fmt(sep['cross'][0])} (pair {_fmt(sep['pair'][0])});"
            f" P/W {_fmt(sep['cross'][1])} (pair {_fmt(sep['pair'][1])})")


def judged_rows(paths: list[Path]) -> list[dict]:
    """The rows of the hand lists (training/judged/links*.tsv), each with its set."""
    out = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            out += list(csv.DictReader(f, delimiter="\t"))
    return out


def verdicts_by_set(rows: list[dict]) -> dict[str, dict]:
    """`quality.read_judged`'s keys (both orders, by span), by set."""
    out: dict[str, dict] = {}
    for r in rows:
        a, b = ((r[f"file_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"])) for s in "ab")
        out.setdefault(r["set"], {}).update({a + b: r["verdict"], b + a: r["verdict"]})
    return out


def write_pairs(work: Path, data: Path, sets: dict, judged: list[dict], ecb: dict[str, dict]) -> None:
    """What `cross_reader_fit.py` reads: the shipped weights and tokenizer, and the pairs' texts and labels (1 right,
    0 wrong, -1 unjudged): every judged news link (R, P, W; U left out), the links of ROWS.json, MSRP train, and the
    ECB+ rows given."""
    work.mkdir(parents=True, exist_ok=True)
    files = locate()
    np.savez(work / "minilm.npz", **read_weights(files))
    shutil.copy(files.tokenizer, work / "tokenizer.json")
    pairs = {"judged": _judged_pairs(data, judged),
             "eval": [_pair(name, r["texts"], r["y"]) for name, found in sets.items() for r in found["rows"]],
             "msrp": [_pair("msrp", (r[3], r[4]), int(r[0])) for r in msrp_rows(data / "msrp" / "msr_paraphrase_train.txt")]}
    pairs |= {name: [_pair(name, r["texts"], r["y"]) for r in found["rows"] if r["y"] is not None or name == "ecbdev"]
              for name, found in ecb.items()}
    for name, rows in pairs.items():
        (work / f"pairs_{name}.json").write_text(json.dumps(rows), encoding="utf-8")
        print(f"{name}: {len(rows)} pairs", flush=True)


def _pair(name: str, texts, y: int | None) -> dict:
    return {"set": name, "a": texts[0], "b": texts[1], "y": -1 if y is None else y}


def _judged_pairs(data: Path, judged: list[dict]) -> list[dict]:
    out = []
    for name in sorted({r["set"] for r in judged}):
        rows = [r for r in judged if r["set"] == name and r["verdict"] in ("R", "P", "W")]
        names = sorted({r[f"file_{s}"] for r in rows for s in "ab"})
        texts = {n: u.text for n, u in zip(names, imported([data / "sets" / name / "docs" / n for n in names]))}
        out += [{**_pair(name, [texts[r[f"file_{s}"]][int(r[f"start_{s}"]):int(r[f"end_{s}"])] for s in "ab"],
                         int(r["verdict"] != "W")), "verdict": r["verdict"]} for r in rows]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, required=True, help="link_judge.py's rows (outside the repo)")
    parser.add_argument("--scores", type=Path, help="the cross-reader's held-out scores by draw")
    parser.add_argument("--judged", type=Path, action="append", default=[], help="a hand list, training/judged/links*.tsv")
    parser.add_argument("--ecb", type=Path, help="ECB+ dev rows (link_judge.ecb_rows; linked first if missing)")
    parser.add_argument("--ecb-train", type=Path, help="ECB+ train rows, for --pairs (linked first if missing)")
    parser.add_argument("--pairs", type=Path, help="write the fit's inputs to this folder (outside the repo)")
    parser.add_argument("--data", type=Path, help="DATA holding sets/ and msrp/, for --pairs and missing ECB+ rows")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    ecb = {name: _ecb(path, ns.data, split) for name, path, split in (("ecbdev", ns.ecb, "dev"), ("ecbtrain", ns.ecb_train, "train"))
           if path is not None}
    judged = judged_rows(ns.judged)
    if ns.pairs is not None:
        write_pairs(ns.pairs, ns.data, sets, judged, ecb)
        return
    scores = json.loads(ns.scores.read_text(encoding="utf-8"))
    for line in report(sets, scores, verdicts_by_set(judged), ecb.get("ecbdev")):
        print(line, flush=True)


def _ecb(path: Path, data: Path | None, split: str) -> dict:
    """ECB+ rows kept at ``path``, linked (`link_judge.ecb_rows`) and kept there first if missing."""
    if not path.exists():
        path.write_text(json.dumps(ecb_rows(data, split)), encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
