"""Whether what two linked mentions say, with who they are about taken out, tells the wrong links of real news from
the right ones (issue 11).

    python bench/masked_claims.py ROWS.json [--drop]

The wrong links left after grouping are mostly another detail or stage of one incident about the same people ("X was
arraigned Tuesday" / "X's next court date is April 8"): the people, places, dates and figures the two share carry the
pair score and the sentence vectors alike. Here each mention is parsed, its reporting frame ("police said", "according
to the sheriff") dropped, its names, pronouns, dates and figures put as a placeholder of their kind (or, with
``--drop``, left out) and the two masked texts compared by the shipped sentence encoder. ROWS.json is
`link_judge.py`'s (with the mentions' texts); the masked cosine is ranked alone and with the pair score (a logistic
fit leaving each news draw out) against the pair score alone, by ROC AUC on the hand-judged news links and ECB+ train.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.analysis.claims.alignment import frame_tokens  # noqa: E402
from viewer.analysis.claims.encoder import shared_encoder  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

PLACEHOLDERS = {"PERSON": "someone", "NORP": "a group", "ORG": "a group", "GPE": "a place", "LOC": "a place",
                "FAC": "a place", "DATE": "a time", "TIME": "a time", "CARDINAL": "some", "QUANTITY": "some",
                "MONEY": "some", "PERCENT": "some", "ORDINAL": "some", "EVENT": "something", "PRODUCT": "something",
                "WORK_OF_ART": "something", "LAW": "something"}
ECB = "ecb_train"


def masked_text(doc, drop: bool = False) -> str:
    """The mention's words with its frame and punctuation dropped and who, where, when and how many put as their kind
    (one placeholder for a run of one kind: "Saturday night", "John Smith")."""
    framed = frame_tokens(doc)
    if len(framed) == len(doc):
        framed = set()
    words: list[str] = []
    for token in doc:
        if token.i in framed or token.is_punct:
            continue
        kind = _kind(token)
        if not kind:
            words.append(token.text)
        elif not drop and (not words or words[-1] != PLACEHOLDERS[kind]):
            words.append(PLACEHOLDERS[kind])
    return " ".join(words)


def _kind(token) -> str:
    """The placeholder kind a token is masked as; "" for a word kept."""
    if token.ent_type_ in PLACEHOLDERS:
        return token.ent_type_
    if token.tag_ in ("PRP", "PRP$") and token.lower_ not in ("it", "its"):
        return "PERSON"
    return "CARDINAL" if token.like_num else ""


def masked_cosines(pairs: list[tuple[str, str]], drop: bool = False) -> np.ndarray:
    """The cosine of each pair's masked texts (distinct texts parsed and encoded once, in batches)."""
    distinct = list(dict.fromkeys(t for pair in pairs for t in pair))
    masked = [masked_text(doc, drop) for doc in english().pipe(distinct, batch_size=64)]
    vectors = shared_encoder().encode(masked)
    at = {t: k for k, t in enumerate(distinct)}
    return np.array([float(vectors[at[a]] @ vectors[at[b]]) for a, b in pairs])


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC: the chance a right link scores above a wrong one (ties half)."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranked = scores[order]
    start = 0
    while start < len(ranked):
        end = start
        while end + 1 < len(ranked) and ranked[end + 1] == ranked[start]:
            end += 1
        ranks[order[start:end + 1]] = (start + end) / 2 + 1
        start = end + 1
    right = labels == 1
    n1, n0 = right.sum(), (~right).sum()
    return float((ranks[right].sum() - n1 * (n1 + 1) / 2) / max(1, n1 * n0))


def held_out(columns: dict[str, np.ndarray], draws: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each link's logistic score over ``columns``, fitted on the other draws' links."""
    x = np.column_stack([np.ones(len(labels)), *columns.values()])
    mean, spread = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0) + 1e-9
    x = np.hstack([x[:, :1], (x[:, 1:] - mean) / spread])
    out = np.zeros(len(labels))
    for draw in np.unique(draws):
        held = draws == draw
        w = fit_logistic(x[~held], labels[~held], l2=1.0)
        out[held] = x[held] @ w
    return out


def measured(sets: dict[str, dict], drop: bool) -> dict[str, dict]:
    """By set: the judged links' pair score, cosine, masked cosine, label and rows; each row (judged or not) given
    its masked cosine as ``masked``."""
    out = {}
    for name, found in sets.items():
        for row, score in zip(found["rows"], masked_cosines([tuple(r["texts"]) for r in found["rows"]], drop)):
            row["masked"] = float(score)
        rows = [r for r in found["rows"] if r["y"] is not None]
        out[name] = {"pair": np.array([r["x"][0] for r in rows]), "cosine": np.array([r["x"][1] for r in rows]),
                     "masked": np.array([r["masked"] for r in rows]), "y": np.array([r["y"] for r in rows], dtype=np.float64),
                     "rows": rows}
    return out


def judge_rows(sets: dict[str, dict]) -> dict[str, dict]:
    """The sets with each link's signs cut to the pair score and the masked cosine, for `link_judge.py`'s curve."""
    return {name: {**found, "rows": [{**r, "x": [r["x"][0], r["masked"]]} for r in found["rows"]]}
            for name, found in sets.items()}


def report(by_set: dict[str, dict]) -> list[str]:
    """AUCs of each sign and of the held-out combinations on the pooled news links, per draw and on ECB+ train."""
    news = [n for n in by_set if n != ECB]
    pooled = {k: np.concatenate([by_set[n][k] for n in news]) for k in ("pair", "cosine", "masked", "y")}
    draws = np.concatenate([np.full(len(by_set[n]["y"]), n) for n in news])
    y = pooled["y"]
    lines = [f"news: {int(y.sum())} right, {int(len(y) - y.sum())} wrong"]
    for sign in ("pair", "cosine", "masked"):
        lines.append(f"  {sign} alone AUC {auc(pooled[sign], y):.3f}")
    lines.append(f"  masked - cosine AUC {auc(pooled['masked'] - pooled['cosine'], y):.3f}")
    combos = {"pair+masked": ("pair", "masked"), "pair+cosine": ("pair", "cosine"),
              "pair+cosine+masked": ("pair", "cosine", "masked")}
    for label, names in combos.items():
        score = held_out({k: pooled[k] for k in names}, draws, y)
        lines.append(f"  {label} held out AUC {auc(score, y):.3f}")
    for n in news:
        s = by_set[n]
        lines.append(f"  {n}: pair {auc(s['pair'], s['y']):.3f} masked {auc(s['masked'], s['y']):.3f} "
                     f"({int(s['y'].sum())}/{int(len(s['y']) - s['y'].sum())})")
    if ECB in by_set:
        s = by_set[ECB]
        lines.append(f"{ECB}: {int(s['y'].sum())} right, {int(len(s['y']) - s['y'].sum())} wrong; pair AUC "
                     f"{auc(s['pair'], s['y']):.3f} cosine {auc(s['cosine'], s['y']):.3f} masked {auc(s['masked'], s['y']):.3f}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows, with the mentions' texts")
    parser.add_argument("--drop", action="store_true", help="leave masked words out instead of their kind")
    parser.add_argument("--judge-rows", type=Path, help="write the rows with signs (pair, masked) here, for link_judge.py")
    parser.add_argument("--show", type=int, default=0, help="print the N lowest masked cosines of the news links")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    by_set = measured(sets, ns.drop)
    if ns.judge_rows is not None:
        ns.judge_rows.write_text(json.dumps(judge_rows(sets)), encoding="utf-8")
    for line in report(by_set):
        print(line, flush=True)
    if ns.show:
        _show(by_set, ns.show, ns.drop)


def _show(by_set: dict[str, dict], n: int, drop: bool) -> None:
    """The news links whose masked texts read least alike, with their verdict and masked texts."""
    links = [(s["masked"][k], name, s["rows"][k]) for name, s in by_set.items() if name != ECB for k in range(len(s["y"]))]
    nlp = english()
    for score, name, row in sorted(links, key=lambda t: t[0])[:n]:
        a, b = (masked_text(nlp(t), drop) for t in row["texts"])
        print(f"{score:.2f} {'R' if row['y'] else 'W'} {name} pair {row['x'][0]:.2f}\n   {a}\n   {b}")


if __name__ == "__main__":
    main()
