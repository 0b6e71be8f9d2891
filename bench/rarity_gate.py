"""Whether the story gate, refitted on news report pairs with a sign for how rare the names two reports share are,
passes more same-story pairs for as many two-story ones than the gate fitted on ECB+, on pairs its fit never saw.

    python bench/rarity_gate.py KEPT TABLE [--sign share|sum|mean|larger] [--step] [--halves DATA]

KEPT is a folder `bench/gate_fates.py --keep` wrote (every article pair the gate weighs on the event-labelled dev
sets, with the gate's signs and each report's names); TABLE is what `training/count_name_rarity.py` writes. A name's
rarity is 1 where at most a thousandth of news reports carry it and 0 where every one does, on a log scale, its share
the mean over the table's sources of the share of their reports carrying it. The sign (``--sign``) sums the rarity
over the shared names and divides by the smaller report's name count (``share``: the shared-names sign weighed by
rarity), by 5, capped at 1 (``sum``), or by the shared names' count (``mean``: how rare what they share is). A control
that reads no table, ``larger``, adds the shared names and the shared rare names (rare in the set, as the gate counts
them, `candidates.rare_names`) over the larger report's name count: near the bar AllSides' two-story pairs share as
many names as its same-story pairs, and the same ones, but have fewer (5.1 against 7.3), so a share of the smaller
report's names reads them as closer.

Each source (GVA, BASIL, WCEP, AllSides) is held out in turn: rarity is counted on the other sources only, two models
are fitted on the other sources' pairs by `fit_verifier.fit_logistic` (the ECB+ gate's signs alone, ``refit``, and with
the signs ``--sign`` adds, ``+SIGN``), and the held-out source's pairs are counted two ways: at as many two-story pairs as the
ECB+ gate passes at .97, .98 and .99, how many same-story pairs each model passes (the curve), and at the threshold
chosen on the fitting sources as the one passing the most same-story pairs with no more two-story ones than the
ECB+ gate passes there (the operating point a fit would ship). With ``--halves DATA``, AllSides is also held out
half by half (allsidesA-I, allsidesJ-R), rarity counted with the other AllSides draws' reports under DATA/sets beside
the other sources, as a table shipped with 2021 reports would read 2021 stories.
Session 78, gate78 (docs/linking.md): no rarity sign pays; the control ``larger`` fitted with ``--step`` is above the
shipped curve held out, and probed end to end (`fit_story_news`, commit 56f22eaf, reverted) it was refused: the trend
set's links across stories rose 53 -> 90.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from count_name_rarity import names_of  # noqa: E402
from viewer.analysis.claims.candidates import _rare_cap  # noqa: E402
from dev_sets import source_of  # noqa: E402
from viewer.analysis.claims.fit_verifier import fit_logistic, probability  # noqa: E402
from viewer.analysis.claims.verifier import WEIGHTS_FILE  # noqa: E402

GRID = tuple(round(0.80 + 0.005 * k, 3) for k in range(40))
RARE_SHARE = 1e-3
LEVELS = (0.97, 0.98, 0.99)
HALVES = ("ABCDEFGHI", "JKLMNOPQR")
OPENING = 0.99
ECB_SIGNS = ("centroid_cosine", "best_unit_cosine", "shared_names", "shared_rare_names", "shared_figures")


def ecb_gate() -> tuple[np.ndarray, float]:
    """The gate's weights over ``bias`` and ECB_SIGNS and its threshold as `fit_verifier` fits them on ECB+ (the kept
    rows' probability is that model's)."""
    story = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["story"]
    story = story.get("fitted_on_ecb", story)
    return np.array([story["weights"][n] for n in ("bias", *ECB_SIGNS)]), float(story["threshold"])


def shares_of(table: dict, sources: set[str], extra: tuple[Counter, int] | None = None) -> dict[str, float]:
    """Each name's share of reports carrying it, the mean over ``sources`` (and ``extra``'s counted reports)."""
    columns = [(k, table["reports"][k]) for k, s in enumerate(table["sources"]) if s in sources]
    parts = len(columns) + (extra is not None)
    keys = set(table["carried"]) | (set(extra[0]) if extra else set())
    zero = [0] * len(table["sources"])
    return {key: (sum(table["carried"].get(key, zero)[k] / n for k, n in columns)
                  + (extra[0][key] / extra[1] if extra else 0.0)) / parts for key in keys}


def rarity(shares: dict[str, float]) -> Callable[[str], float]:
    def of(name: str) -> float:
        return min(1.0, -math.log(max(shares.get(name, 0.0), RARE_SHARE)) / -math.log(RARE_SHARE))
    return of


def kept_pairs(kept: Path) -> Iterator[tuple[str, dict, frozenset[str], frozenset[str], frozenset[str]]]:
    """(set name, gate row, both reports' names, the set's rare names as the linker counts them,
    `candidates.rare_names`) of every pair `bench/gate_fates.py --keep` wrote that the gate weighed and no veto parted:
    the rows every refit of the story gate reads (bench/opening_gate.py too)."""
    for path in sorted(kept.glob("*.tsv")):
        found = json.loads(path.with_suffix(".articles.json").read_text(encoding="utf-8"))
        names = {f: frozenset(a["names"]) for f, a in found.items()}
        carried = Counter(n for a in names.values() for n in a)
        rare = frozenset(n for n, c in carried.items() if 2 <= c <= _rare_cap(len(names)))
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["probability"] in ("", "nan") or row["vetoes"]:
                    continue
                yield path.stem, row, names[row["file_a"]], names[row["file_b"]], rare


def rows(kept: Path) -> list[dict]:
    """Every weighed, unvetoed pair: its set, source, label, the ECB+ gate's probability (as kept), its signs and both
    reports' names."""
    return [{"set": name, "source": source_of(name), "same": row["same"] == "1", "shipped": float(row["probability"]),
             "signs": [1.0] + [float(row[n]) for n in ECB_SIGNS], "a": a, "b": b, "rare": rare}
            for name, row, a, b, rare in kept_pairs(kept)]


def added_signs(row: dict, of: Callable[[str], float], sign: str) -> list[float]:
    """The signs ``sign`` adds to the ECB+ gate's (module docstring)."""
    shared = row["a"] & row["b"]
    if sign == "larger":
        larger = max(1, len(row["a"]), len(row["b"]))
        return [len(shared) / larger, len(shared & row["rare"]) / larger]
    total = sum(of(n) for n in shared)
    if sign == "share":
        return [total / max(1, min(len(row["a"]), len(row["b"])))]
    return [min(1.0, total / 5) if sign == "sum" else total / max(1, len(shared))]


def passed(p: np.ndarray, y: np.ndarray, t: float) -> tuple[int, int]:
    return int(((p >= t) & y).sum()), int(((p >= t) & ~y).sum())


def at_most(p: np.ndarray, y: np.ndarray, others: int) -> int:
    """The most same-story pairs any threshold passes with at most ``others`` two-story ones."""
    ordered = y[np.argsort(-p, kind="stable")]
    fits = np.cumsum(~ordered) <= others
    return int(np.cumsum(ordered)[fits].max()) if fits.any() else 0


def chosen(p: np.ndarray, y: np.ndarray, others: int) -> float:
    """The grid threshold passing the most same-story pairs with at most ``others`` two-story ones."""
    fits = [t for t in GRID if passed(p, y, t)[1] <= others]
    return max(fits, key=lambda t: (passed(p, y, t)[0], t)) if fits else GRID[-1]


def compared(fit: list[dict], test: list[dict], of: Callable[[str], float], sign: str, step: bool = False) -> dict:
    """The shipped gate, the refit and the refit with the added signs on ``test``, fitted on ``fit``. With ``step``
    the added signs are fitted as a step on the ECB+ gate's score (bias, its logit, the signs) rather than refitted
    whole, and the pairs are also counted where that model only opens the gate (a pair passes where the ECB+ gate
    passes it or the step model gives it at least OPENING)."""
    y_fit, y_test = np.array([r["same"] for r in fit]), np.array([r["same"] for r in test])
    p_shipped = np.array([r["shipped"] for r in test])
    levels = {t: passed(p_shipped, y_test, t) for t in LEVELS}
    out = {"pairs": (int(y_test.sum()), int((~y_test).sum())), "shipped": levels}
    ecb, threshold = ecb_gate()
    allowed = passed(np.array([r["shipped"] for r in fit]), y_fit, threshold)[1]
    for label, extra in (("refit", False), (f"+{sign}", True)):
        if extra and step:
            x = lambda part: np.array([[1.0, float(np.dot(r["signs"], ecb)), *added_signs(r, of, sign)] for r in part])  # noqa: E731
        else:
            x = lambda part: np.array([r["signs"] + (added_signs(r, of, sign) if extra else []) for r in part])  # noqa: E731
        w = fit_logistic(x(fit), y_fit.astype(float))
        p = probability(x(test), w)
        t = chosen(probability(x(fit), w), y_fit, allowed)
        out[label] = {"weights": w.round(2).tolist(), "curve": {u: at_most(p, y_test, levels[u][1]) for u in LEVELS},
                      "threshold": t, "at": passed(p, y_test, t)}
        if extra and step:
            opened = (p_shipped >= threshold) | (p >= OPENING)
            out["opening"] = (int((opened & y_test).sum()), int((opened & ~y_test).sum()))
    return out


def printed(title: str, found: dict) -> None:
    print(f"{title} (same-story {found['pairs'][0]}, two-story {found['pairs'][1]})")
    print("  ECB+ gate at " + ", ".join(f"{t}: {s} same / {o} two" for t, (s, o) in found["shipped"].items()))
    for label in [k for k in found if k.startswith(("refit", "+"))]:
        r = found[label]
        print(f"  {label:8} same at as many two: " + ", ".join(f"{r['curve'][t]}" for t in LEVELS)
              + f"; chosen {r['threshold']}: {r['at'][0]} same / {r['at'][1]} two; weights {r['weights']}")
    if "opening" in found:
        print(f"  opening only, at {OPENING}: {found['opening'][0]} same / {found['opening'][1]} two")


def set_counts(data: Path, sets: list[str]) -> tuple[Counter, int]:
    carried, seen = Counter(), set()
    for name in sets:
        for path in sorted((data / "sets" / name / "docs").glob("*.txt")):
            if path.name not in seen:
                seen.add(path.name)
                carried.update(names_of(path.read_text(encoding="utf-8", errors="replace")))
    return carried, len(seen)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kept", type=Path)
    parser.add_argument("table", type=Path)
    parser.add_argument("--sign", choices=("share", "sum", "mean", "larger"), default="share")
    parser.add_argument("--halves", type=Path, metavar="DATA")
    parser.add_argument("--step", action="store_true", help="fit the added signs as a step on the ECB+ gate's score")
    ns = parser.parse_args(argv)
    table = json.loads(ns.table.read_text(encoding="utf-8"))
    data = rows(ns.kept)
    print(f"signs: {', '.join(ECB_SIGNS)} + {ns.sign}; at as many two-story pairs as the ECB+ gate "
          f"passes at {', '.join(map(str, LEVELS))}")
    for source in table["sources"]:
        of = rarity(shares_of(table, set(table["sources"]) - {source}))
        printed(f"{source} held out", compared([r for r in data if r["source"] != source],
                                               [r for r in data if r["source"] == source], of, ns.sign, ns.step))
    if ns.halves:
        drawn = sorted({r["set"] for r in data if r["source"] == "allsides"})
        for half in HALVES:
            held = {s for s in drawn if s[len("allsides"):] in half}
            other = [p.name for p in sorted((ns.halves / "sets").iterdir())
                     if source_of(p.name) == "allsides" and p.name not in held and p.name in drawn + ["allsidesS", "allsidesT"]]
            of = rarity(shares_of(table, set(table["sources"]) - {"allsides"}, set_counts(ns.halves, other)))
            printed(f"allsides {half[0]}-{half[-1]} held out, rarity counted with {len(other)} other AllSides draws",
                    compared([r for r in data if r["source"] != "allsides"], [r for r in data if r["set"] in held], of, ns.sign, ns.step))


if __name__ == "__main__":
    main()
