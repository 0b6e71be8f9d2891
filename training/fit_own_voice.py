"""Fit whether an outlet states a sentence in its own voice, from its layout, on PolNeAR train (own_voice.json).

    python training/fit_own_voice.py PREPARED [--out viewer/analysis/own_voice.json] [--precision P] [--l2 X]

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (the train split only). A "stated as fact" line says an
outlet states in its own voice what another outlet gives to a source; the outlet may instead be telling on a source's
account named a sentence or a paragraph before (`sourcing.voice_signs`). PolNeAR's annotators marked the content of
every attribution, so a sentence no content covers is the outlet's own. The sentences read are those the analysis
could read as a fact: no cue of PolNeAR's in them, read "fact" by the discrepancy stage's own test with no
attribution to ask (`sourcing._sourcing`: no word of saying, no quotation, no hedge, no question, no "I" or "we"), not
within a quotation opened before, not the title line.

Each is labelled own (no attribution's content holds half its non-space characters) or sourced, and a logistic
regression (L2, Newton steps, plain numpy) is fitted over its `voice_signs` on the ``fit`` part
(training/polnear_parts.py); the ``check`` part is only scored. The threshold is the lowest probability (step .005)
at which the fit part's sentences read as own are own with at least ``--precision``: a line shown as fact should
stand on a sentence of someone else's no more than once in a hundred. Figures of both parts are stored with the
weights, alone and with the two layouts `sourcing._told_on` reads as told on whatever the model says.

Read in session 57 (factline57): 6,720 fit sentences (6,518 own, 97.0%), 1,896 check (1,833, 96.7%). Threshold .975:
fit P .9905 R .735, check P .9921 R .755 (AUC .81 / .88); with the two layouts, check P .9929 R .689. The rules it
replaced (`_carried`, `_carries_on`, `_told_by_a_source`, `_sourced_next`, with `_lone_paragraph`) read the same
sentences at fit P .9824 R .864, check P .9803 R .867: the "fact" they left fell on a sentence PolNeAR gives to a
source 101 times in 5,732 (check 32 in 1,622), the model's with the two layouts 41 in 4,390 (9 in 1,271). By its
parts (fit / check, sentences and those sourced): a sentence carried on in its paragraph (`_carried`) 457, 86 /
126, 23; after a run of two sentences naming a source 35, 11 / 8, 5; across a break after a one-sentence source
paragraph 228, 2 / 66, 1; before a sentence naming a source 308, 7 / 84, 3. The first two PolNeAR bears out, and
the model (which weighs the same layout without them: the rules as signs gave AUC .808 / .868, no better) does their
work; the last two PolNeAR reads as the outlet's own as often as any sentence, where the judged GVA draws call them
wrong, so they stay rules (`_told_on`). On the 14 judged discrepancy sets (basilB, gvaE, gvaI-gvaS, wcepD) the
attribution lines went from R 40 W 51 (1 unjudged) to those in /work/coord/notes57/factline.md; replacing every rule
by the model alone gave R 33 W 48 and 9 unjudged, 6 of them read as wrong (carried over a break, sourced next).
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic  # noqa: E402
from viewer.analysis.model import Mention  # noqa: E402
from viewer.analysis.set_out import inside_quotation, partial_quote  # noqa: E402
from viewer.analysis.sourcing import (VOICE_SIGNS, _sentence_before, _sentence_of, _sourcing,  # noqa: E402
                                      voice_signs)

L2 = 1.0
PRECISION = 0.99


def sentence_rows(text: str, sentences: list[list[int]], attributions: list[dict]) -> list[dict]:
    """A row (signs, own or not, in a layout read as told on) for every sentence of one article the analysis could
    read as a fact."""
    cues = [start for a in attributions for start, _end in a["cue"]]
    title_end = text.find("\n")
    rows = []
    for start, end in sentences:
        if start < title_end or any(start <= c < end for c in cues) or not text[start:end].strip():
            continue
        at = Mention(0, start, start + 1, text[start])
        sentence = _sentence_of(at, text)
        opening = text.rfind(sentence, max(0, start - len(sentence)), start + len(sentence))
        if opening < 0:
            continue
        before = _sentence_before(text, opening) if opening > 0 else ""
        partly_quoted = bool(before) and bool(partial_quote(sentence, before))
        whole = Mention(0, opening, opening + len(sentence), sentence)
        if _sourcing(whole, [], sentence, partly_quoted) != "fact" or inside_quotation(at, text):
            continue
        signs = voice_signs(text, opening, sentence)
        rows.append({"signs": [signs[k] for k in VOICE_SIGNS], "own": not _covered(attributions, start, end, text),
                     "kept_layout": bool(signs["before_lone_paragraph"] or signs["next_told"]),
                     "text": sentence.strip()[:160]})
    return rows


def _covered(attributions: list[dict], start: int, end: int, text: str) -> bool:
    """Whether half or more of the sentence's non-space characters lie in some attribution's content."""
    held = np.zeros(end - start, dtype=bool)
    for a in attributions:
        for s, e in a["content"]:
            held[max(s, start) - start:max(min(e, end) - start, 0)] = True
    words = np.array([not c.isspace() for c in text[start:end]], dtype=bool)
    return bool(words.any()) and int((held & words).sum()) * 2 >= int(words.sum())


def rows_of(prepared: Path) -> dict[str, list[dict]]:
    """Every article's rows, by part."""
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for a in gold["attributions"]:
        by_doc[a["doc"]].append(a)
    parts: dict[str, list[dict]] = {"fit": [], "check": []}
    for d in gold["documents"]:
        text = (prepared / "docs" / d["name"]).read_text(encoding="utf-8")
        parts[part_of(d["name"])] += sentence_rows(text, d["sentences"], by_doc[d["name"]])
    return parts


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression weights (bias first), the classes at their own rates: the threshold is read as a
    probability that a sentence is the outlet's own."""
    return fit_logistic(np.hstack([np.ones((len(x), 1)), x]), y, l2, balanced=False)


def probability(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def figures(own: np.ndarray, read_own: np.ndarray) -> dict[str, float]:
    """Precision and recall of the sentences read as own, with the counts."""
    hit = int((own & read_own).sum())
    return {"sentences": int(len(own)), "own": int(own.sum()), "read_own": int(read_own.sum()),
            "precision": round(hit / max(1, int(read_own.sum())), 4), "recall": round(hit / max(1, int(own.sum())), 4)}


def threshold_for(p: np.ndarray, own: np.ndarray, precision: float) -> float:
    """The lowest probability (on a grid of .005) at which the sentences at or above it are own with ``precision``."""
    for t in np.arange(0.5, 1.0, 0.005):
        chosen = p >= t
        if chosen.any() and own[chosen].mean() >= precision:
            return round(float(t), 3)
    return 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("--out", type=Path, help="also write the weights, threshold and figures here (JSON)")
    parser.add_argument("--precision", type=float, default=PRECISION)
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    parts = rows_of(args.prepared)
    x = {k: np.array([r["signs"] for r in rows]) for k, rows in parts.items()}
    y = {k: np.array([r["own"] for r in rows]) for k, rows in parts.items()}
    w = fit(x["fit"], y["fit"].astype(float), args.l2)
    p = {k: probability(w, x[k]) for k in parts}
    threshold = threshold_for(p["fit"], y["fit"], args.precision)
    kept = {k: np.array([r["kept_layout"] for r in rows], dtype=bool) for k, rows in parts.items()}
    result = {
        "threshold": threshold,
        "weights": {"bias": round(float(w[0]), 4)} | {k: round(float(v), 4) for k, v in zip(VOICE_SIGNS, w[1:])},
        "produced_by": " ".join(["python training/fit_own_voice.py PREPARED"]
                                + [a for a in sys.argv[1:] if a != str(args.prepared)]),
        "date": datetime.date.today().isoformat(),
        "data": "PolNeAR train (polnear.py prepare), the fit part (training/polnear_parts.py) fitted on, the check "
                "part scored; a sentence is own when no attribution content holds half of it; the threshold is the "
                "lowest of .5..1 (step .005) at which the fit part's sentences read as own are own with precision "
                f"{args.precision}",
        "figures": {k: {"model": figures(y[k], p[k] >= threshold),
                        "model_and_kept_layouts": figures(y[k], (p[k] >= threshold) & ~kept[k]),
                        "everything_own": figures(y[k], np.ones(len(y[k]), dtype=bool))} for k in parts},
    }
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
