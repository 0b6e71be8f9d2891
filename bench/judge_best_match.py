"""Whether each linked mention is the other's best match among every sentence of the other report, by the encoder's
cosine, as a sign for the link judge (issue 11).

    python bench/judge_best_match.py ROWS.json DATA --sets A,B,...

The judge's ``margin`` reads the pair scores the linker made, so a mention's rival is only a unit it was scored
against. Here every sentence of the other report is a rival: ``doc_margin`` is the link's cosine less the best cosine
of either mention to another sentence of the other's report (the lower of the two), and ``doc_rank`` how many
sentences of the other report beat the partner (the higher of the two). Each is ranked by ROC AUC on the judged links
of GVA and of BASIL with WCEP, beside the judge's ``margin``, and added to the judge's signs in a logistic fit held out
set by set (`masked_claims.held_out`). ROWS.json is `link_judge.py`'s (its news rows hold each mention's report and
characters); DATA the folder of the sets (DATA/sets/NAME/docs). The sentences are cut at end punctuation and line
breaks, and the encoder is the pipeline's. Run in session 68 (verifier68) on /work/data/speed67/rows_tags.json with
basilC, basilE, wcepB-D, gvaC, gvaJ, gvaK, gvaT, gvaZ14 (5 minutes on a loaded machine).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge_curves import source_of  # noqa: E402
from masked_claims import auc, held_out  # noqa: E402

from viewer.analysis.claims.encoder import shared_encoder  # noqa: E402
from viewer.analysis.claims.link_signs import FEATURES  # noqa: E402

_BREAK = re.compile(r"(?<=[.!?\"”])\s+|\n+")
_SHORTEST = 16  # characters: a dateline or a byline is no rival


def sentences(text: str) -> list[tuple[int, int]]:
    """The text's sentences by characters, cut at end punctuation and line breaks."""
    out, start = [], 0
    for cut in [*_BREAK.finditer(text), None]:
        end = len(text) if cut is None else cut.start()
        if end - start >= _SHORTEST:
            out.append((start, end))
        if cut is not None:
            start = cut.end()
    return out


def best_match(cosine: float, rivals_a: np.ndarray, rivals_b: np.ndarray) -> tuple[float, int]:
    """``doc_margin`` and ``doc_rank`` of a link of ``cosine``, given each mention's cosines to the other report's
    other sentences."""
    best = [float(r.max()) if len(r) else 0.0 for r in (rivals_a, rivals_b)]
    return min(cosine - best[0], cosine - best[1]), max(int((r > cosine).sum()) for r in (rivals_a, rivals_b))


def set_signs(rows: list[dict], docs: dict[str, str]) -> list[tuple[float, int]]:
    """Each row's ``doc_margin`` and ``doc_rank``; ``docs``: each report's text by name."""
    cuts = {name: sentences(text) for name, text in docs.items()}
    texts = list(dict.fromkeys([docs[n][s:e] for n in docs for s, e in cuts[n]] + [t for r in rows for t in r["texts"]]))
    vector = dict(zip(texts, shared_encoder().encode(texts)))

    def rivals(v: np.ndarray, report: str, own: tuple[int, int]) -> np.ndarray:
        return np.array([float(v @ vector[docs[report][s:e]]) for s, e in cuts[report] if e <= own[0] or s >= own[1]])
    out = []
    for r in rows:
        (a, b), (span_a, span_b), (va, vb) = r["reports"], r["spans"], (vector[t] for t in r["texts"])
        out.append(best_match(float(va @ vb), rivals(va, b, span_b), rivals(vb, a, span_a)))
    return out


def report(judged: list[tuple[str, dict, tuple[float, int]]]) -> list[str]:
    """Per source: the AUC of the judge's margin, of the two signs, and of the judge's signs held out without and with them."""
    y = np.array([r["y"] for _n, r, _s in judged], dtype=np.float64)
    x = np.array([r["x"] for _n, r, _s in judged])
    signs = np.array([s for _n, _r, s in judged], dtype=np.float64)
    draws = np.array([n for n, _r, _s in judged])
    columns = {f"s{k}": x[:, k] for k in range(x.shape[1])}
    base, both = held_out(columns, draws, y), held_out({**columns, "m": signs[:, 0], "k": signs[:, 1]}, draws, y)
    sources = np.array([source_of(n) for n in draws])
    return [f"{s}: {int(y[at].sum())}/{int((1 - y[at]).sum())} margin {auc(x[at, FEATURES.index('margin')], y[at]):.3f} "
            f"doc_margin {auc(signs[at, 0], y[at]):.3f} doc_rank {auc(-signs[at, 1], y[at]):.3f} "
            f"signs {auc(base[at], y[at]):.3f} with both {auc(both[at], y[at]):.3f}"
            for s in dict.fromkeys(sources) for at in [sources == s]]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="link_judge.py's rows (outside the repo)")
    parser.add_argument("data", type=Path, help="the folder holding sets/NAME/docs")
    parser.add_argument("--sets", required=True, help="news sets, comma-separated")
    ns = parser.parse_args(argv)
    sets = json.loads(ns.rows.read_text(encoding="utf-8"))
    judged = []
    for name in ns.sets.split(","):
        rows = sets[name]["rows"]
        docs = {f: (ns.data / "sets" / name / "docs" / f).read_text(encoding="utf-8") for r in rows for f in r["reports"]}
        judged += [(name, r, s) for r, s in zip(rows, set_signs(rows, docs)) if r["y"] is not None]
    for line in report(judged):
        print(line, flush=True)


if __name__ == "__main__":
    main()
