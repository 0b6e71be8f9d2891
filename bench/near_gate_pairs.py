"""The report pairs the story gate nearly passes (its model .90 to the bar), one story and two, and the claim the
linker would join between them if the gate let them through: the pair model's best unit pair and what it carries.

    python bench/near_gate_pairs.py DATA --sets poolSX,gvaC [--low .90] [--out TSV] [--show]

Each set is analysed by the real pipeline with the gate's verdicts kept (`gate_fates.analysed`). For every article pair
the gate's model puts in [low, bar) with no veto firing, the pair model (`miss_stages._raw`, counts in conflict vetoed)
scores the unit pairs of the two reports closest by their vectors, and the best is read: its score, whether it clears
the pair threshold and every check after it (`miss_stages._check_stage` says "grouping" then: the pair would be
linked), and the signs a narrow opening could read on it: a figure both units count with one noun, a name both units
give that few of the set's reports carry (`candidates.rare_names`), and the longest run of words the two share. A sign
that opens one-story pairs and not two-story ones in the band is what the story gate's bar could be opened by (session
81, gate81: docs/linking.md). ``--out`` keeps every row (with the two units' texts) to count on without analysing again.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gate_fates  # noqa: E402
import miss_stages  # noqa: E402
from dev_sets import source_of  # noqa: E402
from link_losses import KeptScores  # noqa: E402
from viewer.analysis.claims.candidates import rare_names  # noqa: E402

CLOSEST = 40  # unit pairs read per report pair, by vector cosine: the pair model's best is nearly always among them
BANDS = (0.90, 0.93, 0.95, 0.97, 1.01)  # the last band holds the pairs the gate passes, read with ``--high``
NEAR = (0.90, 0.97)  # the near misses: from the first band to the shipped bar
COLUMNS = ("set", "file_a", "file_b", "same", "gate", "best", "stage", "figure", "rare_name", "run", "shared", "rarest",
           "text_a", "text_b")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def longest_run(a: str, b: str) -> int:
    """The most words in a row the two texts share."""
    x, y = _words(a), _words(b)
    best, row = 0, [0] * (len(y) + 1)
    for i in range(len(x)):
        last = [0] * (len(y) + 1)
        for j in range(len(y)):
            if x[i] == y[j]:
                last[j + 1] = row[j] + 1
                best = max(best, last[j + 1])
        row = last
    return best


def _figures(features) -> set[tuple[float, str]]:
    return {(f.value, f.counts) for f in features.figures if f.count and f.counts}


def best_pair(scores, left: list[int], right: list[int]) -> tuple[int, int, float, int]:
    """The unit pair of two reports the pair model scores highest, among the ``CLOSEST`` by vector cosine, and how
    many claims the pair model would find the two share (units of the smaller side with a partner at its threshold):
    one story's reports share several, two weeks of one running subject a background line."""
    vectors = scores.vectors.astype(np.float32)
    cosine = vectors[left] @ vectors[right].T
    order = np.argsort(-cosine, axis=None)[:CLOSEST]
    pairs = [(left[k // len(right)], right[k % len(right)]) for k in order]
    scored = [(i, j, miss_stages._raw(scores, i, j)) for i, j in pairs]
    above = [(i, j) for i, j, p in scored if p >= scores.model.pair.threshold]
    i, j, best = max(scored, key=lambda s: s[2])
    return i, j, best, min(len({i for i, _ in above}), len({j for _, j in above}))


def set_rows(data: Path, name: str, quality, low: float, high: float | None = None) -> list[dict]:
    """One row a near-miss article pair of the set (`COLUMNS`)."""
    export = gate_fates.analysed(data, name, quality)
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    files = {int(d["id"][1:]): Path(d["source"]["path"]).name for d in export["documents"]}
    texts = {int(d["id"][1:]): d["text"] for d in export["documents"]}
    scores = KeptScores.last
    bar = scores.model.story.threshold if high is None else high
    articles = {a.document: a for _p, _f, pair, _r in gate_fates.Gate.weighed.values() for a in pair}
    rare = rare_names(list(articles.values()))
    carried = Counter(n for a in articles.values() for n in a.names)
    by_document: dict[int, list[int]] = {}
    for k, unit in enumerate(scores.units):
        by_document.setdefault(unit.document, []).append(k)
    rows = []
    for (a, b), (probability, fired, _pair, _row) in sorted(gate_fates.Gate.weighed.items()):
        if fired or not low <= probability < bar or a not in by_document or b not in by_document:
            continue
        i, j, raw, shared = best_pair(scores, by_document[a], by_document[b])
        ui, uj = scores.units[i], scores.units[j]
        ta, tb = texts[a][ui.span.start:ui.span.end], texts[b][uj.span.start:uj.span.end]
        rows.append({"set": name, "file_a": files[a], "file_b": files[b],
                     "same": int(events[files[a]]["event"] == events[files[b]]["event"]), "gate": round(probability, 4),
                     "best": round(raw, 4), "stage": miss_stages._check_stage(scores, i, j),
                     "figure": int(bool(_figures(ui.features) & _figures(uj.features))),
                     "rare_name": len(set(ui.features.names) & set(uj.features.names) & rare),
                     "rarest": min((carried[n] for n in set(ui.features.names) & set(uj.features.names) if carried[n]), default=0),
                     "run": longest_run(ta, tb), "shared": shared, "text_a": " ".join(ta.split()), "text_b": " ".join(tb.split())})
    return rows


def judged_verdicts(data: Path, folder: Path = ROOT / "training" / "judged") -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """Every judged link (the session's blind files left out, `background_acts.BLIND`) by its two files, the lower
    first: (text a, text b, verdict), the texts read from the set's documents, to find a near-miss pair's best unit
    pair among them whatever set (or pool) the pair was analysed in."""
    from background_acts import BLIND

    found: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for path in sorted([*folder.glob("links*.tsv"), *folder.glob("misses*.tsv")]):
        if BLIND in path.name or path.name.endswith(".documents.tsv"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) < 8:
                continue
            name, fa, sa, ea, fb, sb, eb, verdict = cells[:8]
            docs = data / "sets" / name / "docs"
            if not (docs / fa).exists() or not (docs / fb).exists():
                continue
            ta = " ".join((docs / fa).read_text(encoding="utf-8")[int(sa):int(ea)].split())
            tb = " ".join((docs / fb).read_text(encoding="utf-8")[int(sb):int(eb)].split())
            if fa > fb:
                fa, fb, ta, tb = fb, fa, tb, ta
            found.setdefault((fa, fb), []).append((ta, tb, verdict))
    return found


def verdict_of(row: dict, judged: dict) -> str:
    """The judged verdict of the row's best unit pair, where a judged link's spans hold both units (or lie in them)."""
    fa, fb, ta, tb = row["file_a"], row["file_b"], row["text_a"], row["text_b"]
    if fa > fb:
        fa, fb, ta, tb = fb, fa, tb, ta
    inside = lambda x, y: x and y and (x in y or y in x)  # noqa: E731
    return next((v for ja, jb, v in judged.get((fa, fb), []) if inside(ja, ta) and inside(jb, tb)), "")


def table(rows: list[dict], threshold: float) -> list[str]:
    """By source and gate band, one-story / two-story pairs: all, the best pair at the pair threshold, passing every
    check (linked), and each sign on the pairs that would be linked."""
    signs = {"pairs": lambda r: True, "best ≥ thr": lambda r: r["best"] >= threshold,
             "linked": lambda r: r["stage"] == "grouping",
             "linked, figure": lambda r: r["stage"] == "grouping" and r["figure"],
             "linked, rare name": lambda r: r["stage"] == "grouping" and r["rare_name"],
             "linked, run ≥ 6": lambda r: r["stage"] == "grouping" and r["run"] >= 6,
             "linked, run ≥ 10": lambda r: r["stage"] == "grouping" and r["run"] >= 10,
             "linked, shared ≥ 2": lambda r: r["stage"] == "grouping" and r.get("shared", 0) >= 2,
             "linked, shared ≥ 3": lambda r: r["stage"] == "grouping" and r.get("shared", 0) >= 3,
             "linked, rarest ≤ 3": lambda r: r["stage"] == "grouping" and 0 < r.get("rarest", 0) <= 3,
             "linked, best ≥ .90": lambda r: r["stage"] == "grouping" and r["best"] >= 0.90,
             "linked, best ≥ .95": lambda r: r["stage"] == "grouping" and r["best"] >= 0.95}
    lines = []
    for source in sorted({source_of(r["set"]) for r in rows}) + ["all"]:
        mine = [r for r in rows if source in ("all", source_of(r["set"]))]
        lines.append(f"{source}: one / two story pairs by gate band")
        lines.append(f"  {'':20s}" + "".join(f"{f'{lo:.2f}-{hi:.2f}':>14s}" for lo, hi in zip(BANDS, BANDS[1:])) + f"{'near':>14s}")
        for label, counted in signs.items():
            cells = []
            for lo, hi in [*zip(BANDS, BANDS[1:]), NEAR]:
                band = [r for r in mine if lo <= r["gate"] < hi]
                one = sum(1 for r in band if r["same"] and counted(r))
                two = sum(1 for r in band if not r["same"] and counted(r))
                cells.append(f"{one:>7d} /{two:>5d}")
            lines.append(f"  {label:20s}" + "".join(cells))
    return lines


def _read_kept(path: Path) -> list[dict]:
    """The rows ``--out`` wrote, by the file's own header (files written before a column was added lack it)."""
    header, *lines = path.read_text(encoding="utf-8").splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"))) for line in lines]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--low", type=float, default=BANDS[0])
    parser.add_argument("--high", type=float, help="the band's top (default the gate's bar; --low .97 --high 1.01 reads "
                        "the pairs the gate passes, the ratio an opening must not fall under)")
    parser.add_argument("--out", type=Path, help="write every row here (TSV), to count on again")
    parser.add_argument("--kept", type=Path, action="append", help="print the table from rows ``--out`` wrote")
    parser.add_argument("--judged-data", type=Path, help="the DATA whose sets the judged files name (default DATA)")
    parser.add_argument("--show", action="store_true", help="print each pair the linker would link, to read")
    ns = parser.parse_args(argv)
    from viewer.analysis.claims.verifier import fitted

    threshold = fitted().pair.threshold
    if ns.kept:
        rows = [r for path in ns.kept for r in _read_kept(path)]
        rows = [{**r, "same": int(r["same"]), "gate": float(r["gate"]), "best": float(r["best"]),
                 "figure": int(r["figure"]), "rare_name": int(r["rare_name"]), "run": int(r["run"]),
                 "shared": int(r.get("shared") or 0), "rarest": int(r.get("rarest") or 0)} for r in rows]
    else:
        quality = miss_stages._quality()
        rows = []
        for name in [s for s in ns.sets.split(",") if s]:
            rows += set_rows(ns.data, name, quality, ns.low, ns.high)
            print(f"# {name}: {len(rows)} rows", file=sys.stderr, flush=True)
            if ns.out:
                ns.out.write_text("\n".join("\t".join(str(r[c]) for c in COLUMNS) for r in [dict(zip(COLUMNS, COLUMNS)), *rows]) + "\n",
                                  encoding="utf-8")
    print("\n".join(table(rows, threshold)))
    judged = judged_verdicts(ns.judged_data or ns.data)
    verdicts = Counter(("one" if r["same"] else "two", verdict_of(r, judged) or "not judged")
                       for r in rows if r["stage"] == "grouping")
    print("linked best pairs by judged verdict: " + ", ".join(f"{k} {v}: {n}" for (k, v), n in sorted(verdicts.items())))
    if ns.show:
        for r in rows:
            if r["stage"] == "grouping":
                print(f"--- {r['set']} {r['file_a']} / {r['file_b']} {'ONE' if r['same'] else 'TWO'} gate {r['gate']} best {r['best']}"
                      f" figure {r['figure']} rare {r['rare_name']} run {r['run']} judged {verdict_of(r, judged) or '-'}\n  {r['text_a']}\n  {r['text_b']}")


if __name__ == "__main__":
    main()
