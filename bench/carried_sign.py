"""Fit a "carried account" sign on PolNeAR train and ask whether it parts the judged wrong "stated as fact" lines
from the right ones.

    python bench/carried_sign.py PREPARED EXPORT_DIR --judged FILE [--judged FILE ...] [--sets A,B] [--reach N]

PREPARED is what ``../shared/eval/polnear.py prepare`` writes (the train split only; dev and test are never read).
The largest wrong class of attribution lines is the carried account over a paragraph break: the fact sentence sits
after a sentence naming a source and goes on with that source's account. PolNeAR's annotators marked each
attribution's content, so a sentence with no cue, no word of saying and no quotation mark (what the discrepancy stage
would call the outlet's own) that an attribution cued in an earlier sentence holds is that account carried on. For
every such sentence within ``--reach`` sentences after the nearest sentence holding a cue, signs any report's text
gives (sentences back, paragraph breaks, whether a sentence of no one's stands between, whether the source sentence
quotes someone, stands alone in its paragraph, names a police force or official, shares a content word with the
sentence, whether the sentence opens its paragraph or on a pronoun) are weighed by a logistic regression fitted on
the ``fit`` part (training/polnear_parts.py) and scored on the ``check`` part. The same signs are read on the fact
side of every attribution line of kept exports (`bench/quality.py --keep DIR`), with the analysis's cues and words
of saying for PolNeAR's cues, and the fitted probability is compared between the judged wrong and right lines: how
many wrong lines it would take before the first right one, and the AUC.

Read in session 59 (disc59) on main 7226fa28's exports of the 18 discrepancy-judged sets (75 attribution lines,
34 right): PolNeAR fit 6,533 sentences (580 carried), AUC fit .911, check .914; on the lines, .581 where a source
sentence stands within reach (53 lines; .673 over all 75, the ledes with none scoring lowest), one wrong line above
the highest right one. The judged wrong lines sit where PolNeAR gives the sentence to the outlet (after a source in
the outlet's words, two sentences on over two breaks: fit 3 of 300 carried, the lines 5 wrong of 5; a force or
official named across a break: 2 of 176, the lines 19 wrong of 27), so no sign fitted there parts them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from carried_lines import SETS  # noqa: E402
from discrepancy_signs import sentences, verdicts  # noqa: E402

from training.count_carried_accounts import _covered  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic  # noqa: E402
from viewer.analysis.force_members import of_a_force  # noqa: E402
from viewer.analysis.set_out import says  # noqa: E402
from viewer.analysis.sourcing import _quotes_speech, _share_a_word  # noqa: E402

_QUOTE = re.compile(r"[“”\"«»]|''|``")
_PRONOUN = re.compile(r"\s*(?:He|She|They|It|His|Her|Their|The two|Both)\b")
_OFFICIAL = re.compile(r"\b(?:officials?|authorit(?:y|ies)|coroner|medical examiner|prosecutors?|spokes\w*|"
                       r"affidavit|report|release|sergeant|lieutenant|chief|captain)\b", re.IGNORECASE)
SIGNS = ("near", "break", "breaks2", "own_between", "src_quoted", "src_lone", "src_force", "shares", "opens",
         "pronoun", "words")


def signs(text: str, spans: list[tuple[int, int]], cued: set[int], i: int, j: int) -> list[float]:
    """The signs of sentence ``j`` after the source sentence ``i`` (both indices into ``spans``)."""
    source, fact = text[spans[i][0]:spans[i][1]], text[spans[j][0]:spans[j][1]]

    def opens(k: int) -> bool:
        return not text[text.rfind("\n", 0, spans[k][0]) + 1:spans[k][0]].strip()

    breaks = sum(opens(k) for k in range(i + 1, j + 1))
    lone = opens(i) and (i + 1 >= len(spans) or opens(i + 1))
    words = re.findall(r"[\w’']+", source)
    return [1.0 / (j - i), float(breaks > 0), float(breaks > 1),
            float(any(k not in cued for k in range(i + 1, j))), float(bool(_quotes_speech(source))), float(lone),
            float(any(map(of_a_force, words)) or bool(_OFFICIAL.search(source))),
            float(_share_a_word(source, fact)), float(opens(j)), float(bool(_PRONOUN.match(fact))),
            min(len(fact.split()), 60) / 60]


def polnear_rows(prepared: Path, reach: int) -> dict[str, tuple[list[list[float]], list[int]]]:
    """Signs and labels (carried on from the source sentence's attribution) of every uncued sentence of the outlet's
    words within ``reach`` after a sentence holding a cue, by part."""
    gold = json.loads((prepared / "gold.json").read_text(encoding="utf-8"))
    by_doc = defaultdict(list)
    for a in gold["attributions"]:
        by_doc[a["doc"]].append(a)
    out: dict[str, tuple[list, list]] = {"fit": ([], []), "check": ([], [])}
    for d in gold["documents"]:
        text = (prepared / "docs" / d["name"]).read_text(encoding="utf-8")
        spans = [tuple(s) for s in d["sentences"]]
        told: dict[int, list[dict]] = defaultdict(list)
        for a in by_doc[d["name"]]:
            for k, (s, e) in enumerate(spans):
                if a["cue"] and s <= a["cue"][0][0] < e:
                    told[k].append(a)
        cued = set(told)
        x, y = out[part_of(d["name"])]
        for j, (s, e) in enumerate(spans):
            if j in cued or _QUOTE.search(text[s:e]) or says(text[s:e]):
                continue
            i = next((k for k in range(j - 1, max(-1, j - 1 - reach), -1) if k in cued), None)
            if i is None:
                continue
            x.append(signs(text, spans, cued, i, j))
            y.append(int(any(_covered(a["content"], s, e, text) for a in told[i])))
    return out


def line_rows(exports: Path, names: list[str], judged: dict, reach: int) -> list[tuple[str, str, list[float] | None]]:
    """(verdict, class, signs or None when no sentence holding a cue stands within ``reach`` before the fact) for
    every attribution line of the kept exports."""
    out = []
    for name in names:
        path = exports / f"{name}.json"
        if not path.exists():
            continue
        export = json.loads(path.read_text(encoding="utf-8"))
        docs = {d["id"]: Path(d["source"]["path"]) for d in export["documents"]}
        cues = defaultdict(list)
        for a in export["attributions"]:
            if a.get("cue"):
                cues[a["document"]].append(a["cue"]["start"])
        for claim in export["claims"]:
            for line in claim.get("discrepancies", []):
                if line["kind"] != "attribution" or len(line["mentions"]) != 2:
                    continue
                fact, partner = line["mentions"]
                key = tuple((docs[m["document"]].name, m["start"], m["end"]) for m in (fact, partner))
                verdict, why = judged.get((name, "attribution", *key), ("?", ""))
                text = docs[fact["document"]].read_text(encoding="utf-8")
                spans = [(s, e) for s, e, _t in sentences(text)]
                cued = {k for k, (s, e) in enumerate(spans)
                        if says(text[s:e]) or any(s <= c < e for c in cues[fact["document"]])}
                j = next((k for k, (s, e) in enumerate(spans) if s <= fact["start"] < e), 0)
                i = next((k for k in range(j - 1, max(-1, j - 1 - reach), -1) if k in cued), None)
                out.append((verdict, why, signs(text, spans, cued, i, j) if i is not None else None))
    return out


def auc(scores: list[float], labels: list[int]) -> float:
    """Area under the ROC curve (ties counted half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def cells(x: list[list[float]], y: list[int]) -> list[str]:
    """Carried / sentences on one part by the layouts a carried-account rule would read: the source in the outlet's
    words or quoting someone, sentences back, one paragraph break or more; and a source naming a force or official
    across a break."""
    at = {k: i for i, k in enumerate(SIGNS)}
    out = []
    for quoted in (0.0, 1.0):
        for d in (1, 2, 3, 4):
            for more in (0.0, 1.0):
                held = [label for r, label in zip(x, y) if r[at["src_quoted"]] == quoted and r[at["break"]] == 1
                        and abs(r[at["near"]] - 1 / d) < 1e-9 and r[at["breaks2"]] == more]
                out.append(f"{'quoted' if quoted else 'outlet'} d={d} breaks={'2+' if more else '1'}: "
                           f"{sum(held)}/{len(held)}")
    held = [label for r, label in zip(x, y) if r[at["src_force"]] and r[at["break"]] and not r[at["src_quoted"]]]
    return out + [f"outlet, names a force or official, across a break: {sum(held)}/{len(held)}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prepared", type=Path)
    parser.add_argument("exports", type=Path)
    parser.add_argument("--judged", action="append", default=[])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--reach", type=int, default=6)
    ns = parser.parse_args()
    parts = polnear_rows(ns.prepared, ns.reach)
    x, y = (np.array(v, dtype=float) for v in parts["fit"])
    w = fit_logistic(np.hstack([np.ones((len(x), 1)), x]), y, 1.0, balanced=False)

    def p(rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(w[0] + rows @ w[1:])))

    for part, (rx, ry) in parts.items():
        print(f"PolNeAR {part}: {len(ry)} sentences, {sum(ry)} carried, AUC {auc(list(p(np.array(rx))), ry):.3f}")
    for part, (rx, ry) in parts.items():
        print(f"PolNeAR {part}, carried / sentences: " + "; ".join(cells(rx, ry)))
    print("weights", {"bias": round(float(w[0]), 3)} | {k: round(float(v), 3) for k, v in zip(SIGNS, w[1:])})
    lines = line_rows(ns.exports, ns.sets.split(","), verdicts(ns.judged), ns.reach)
    judged = [(v, c, float(p(np.array([s]))[0]) if s is not None else 0.0) for v, c, s in lines if v in ("R", "W")]
    print(f"GVA lines: {len(judged)} judged, {sum(v == 'R' for v, _c, _s in judged)} R, "
          f"{sum(s is None for v, _c, s in lines if v in ('R', 'W'))} with no source sentence within reach")
    signed = [(s, int(v == "W")) for v, _c, s in lines if v in ("R", "W") and s is not None]
    found = cells(*map(list, zip(*signed)))
    print("GVA lines, wrong / judged: " + "; ".join(c for c in found if not c.endswith(" 0/0")))
    carried = [(v, s) for v, c, s in judged if v == "R" or "carried" in c]
    read = [(v, float(p(np.array([s]))[0])) for v, _c, s in lines if v in ("R", "W") and s is not None]
    print(f"AUC wrong vs right where a source sentence stands within reach ({len(read)} lines): "
          f"{auc([s for _v, s in read], [v == 'W' for v, _s in read]):.3f}")
    print(f"AUC wrong vs right {auc([s for *_x, s in judged], [v == 'W' for v, *_x in judged]):.3f}; "
          f"carried classes vs right {auc([s for _v, s in carried], [v == 'W' for v, _s in carried]):.3f}")
    first_right = max((s for v, _c, s in judged if v == "R"), default=0.0)
    above = [(v, c) for v, c, s in judged if s > first_right]
    print(f"highest right line {first_right:.3f}; wrong lines above it {len(above)}: {above}")
    for v, c, s in sorted(judged, key=lambda t: -t[2])[:25]:
        print(f"  {s:.3f} {v} {c}")


if __name__ == "__main__":
    main()
