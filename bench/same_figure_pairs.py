"""Judged links and noted misses whose two units give one figure, or cite one named source, by source: what a pair-model
sign "the same figure of the same thing" (or "the same named source") would meet, counted before anyone fits it.

    python bench/same_figure_pairs.py DATA [--judged TSV ...] [--misses TSV ...] [--stages TXT ...] [--show]
    python bench/same_figure_pairs.py DATA --msrp

Each judged dev link (every training/judged/links*.tsv but the blind draws', `background_acts.dev_link_files`) and
each noted miss (training/judged/misses*.tsv but the blind draws') is read with both sides' features parsed in their
whole documents (`stage_wrongs.read`). Per source (AllSides, BASIL, WCEP, GVA, the rest) it prints R/P/W of the links
and the count of misses (M) under each sign:

- ``same figure``: the pair model's own sign today (`index.figure_relation` "same": one value of 10 or more);
- ``same thing``: one exact value on both sides counting or pricing one noun ("266,000 jobs" twice);
- ``rare figure``: one exact value of at least 100 with two significant digits or more ("412,000", "$3.5 trillion",
  "62,500"; not "10", "two", "1,000", nor "COVID-19"'s 19);
- ``same source``: a name both units' reporting frames hold ("…, the Labor Department said").

``--stages`` reads `bench/miss_reasons.py --show all` printouts and puts each miss a figure sign meets down to the
stage that lost it, with the band of the pair model's score for its best unit pair. ``--msrp`` reads MSRP train and
test (DATA/msrp, parsed once under DATA/cache as `fit_verifier` parses them) and, for each sign, how many pairs hold it,
how many of those are paraphrases, and the weight a fit of that sign alone gives it beside the shipped pair model (its
weights kept, a bias shift fitted with it, classes balanced as `fit_verifier.fit_logistic` balances them): what the public
pair data the pair model is fitted on says of the sign.

Run in session 72 (main edb49271) on /work/data/quality with every dev judged and misses file and the stage printouts
of allsidesA–H on the same main (/work/data/recall72/reasons_AF.txt, reasons_GH.txt), and with ``--msrp`` on a folder
holding /work/data/quality/msrp; docs/linking.md "One figure from one source".
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files  # noqa: E402
from dev_sets import dev_files, source_label, source_of  # noqa: E402
from stage_wrongs import read  # noqa: E402

from viewer.analysis.claims.features import CountedFigure, UnitFeatures  # noqa: E402
from viewer.analysis.claims.index import _valued, figure_relation  # noqa: E402
from viewer.analysis.claims.quantities import _roundness  # noqa: E402

FIGURE_SIGNS = ("same figure", "same thing", "rare figure")
PAIR_BANDS = (0.7, 0.65, 0.6, 0.5)  # the pair threshold, `best_pairs`' floor, and under them
_NOTED_COLUMNS = ["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "verdict"]


def source(set_name: str) -> str:
    """The source a set was drawn from, by its name: precision is held by source, not pooled."""
    return source_of(set_name) if source_label(set_name) else "other"


def _equal(fa: CountedFigure, fb: CountedFigure) -> bool:
    """One exact count on both sides: a hedge ("more than 400,000") or a range allows others, so shares nothing sure."""
    return (fa.count and fb.count and fa.value is not None and fa.value == fb.value and fa.unit == fb.unit
            and fa.qualifier == fb.qualifier == "exact")


def same_thing(a: UnitFeatures, b: UnitFeatures) -> bool:
    """One exact value of 10 or more on both sides, of one counted or priced noun."""
    return any(_equal(fa, fb) and fa.value >= 10 and _valued(fa) and _valued(fa) == _valued(fb)
               for fa in a.figures for fb in b.figures)


def rare_figure(a: UnitFeatures, b: UnitFeatures) -> bool:
    """One exact value on both sides that chance seldom repeats: at least 100, with two significant digits or more."""
    return any(_equal(fa, fb) and fa.value >= 100 and fa.value / _roundness(fa.value) >= 10
               for fa in a.figures for fb in b.figures)


def same_source(a: UnitFeatures, b: UnitFeatures) -> bool:
    """A name both units' reporting frames hold: both cite one named source."""
    return bool(set(a.frame) & set(b.frame) & (set(a.names) | set(b.names)))


def signs(a: UnitFeatures, b: UnitFeatures) -> dict[str, bool]:
    """Which of the counted signs the unit pair holds, the pair model's own "same figure" among them to compare."""
    return {"same figure": bool(a.figures and b.figures) and figure_relation(a.figures, b.figures) == "same",
            "same thing": same_thing(a, b), "rare figure": rare_figure(a, b), "same source": same_source(a, b)}


def lost_stages(paths: list[Path]) -> dict[str, str]:
    """Each miss's noted sentences (first 60 characters) → the stage a `miss_reasons --show all` printout gives it,
    with the band of the pair model's score for its best unit pair ("pair model, pair ≥ 0.60")."""
    found, stage, score = {}, "", 0.0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("=== "):
                stage = line[4:].split(" / ")[0]
            elif m := re.match(r"--- \d+ pair model alone (-?[0-9.]+)", line):
                score = float(m.group(1))
            elif m := re.match(r"  noted \[[^]]+\] (.{1,60})", line):
                found.setdefault(m.group(1), f"{stage}, pair {band(score)}")
    return found


def band(score: float) -> str:
    """The score's band against the bars a change would move: the pair threshold, `best_pairs`' floor, under them."""
    return next((f"≥ {bar:.2f}" for bar in PAIR_BANDS if score >= bar), f"< {PAIR_BANDS[-1]:.2f}")


def counted(rows, stages: dict[str, str], show: bool) -> list[str]:
    """The table by source and sign of (row, made, (features, features), tokens, texts) rows, `stage_wrongs.read`'s."""
    table: Counter = Counter()
    shown = []
    for row, _made, (a, b), _tokens, texts in rows:
        group, verdict, found = source(row["set"]), row["verdict"][:1], signs(a, b)
        table[(group, "all", verdict)] += 1
        table.update((group, sign, verdict) for sign, held in found.items() if held)
        figure = found["same thing"] or found["rare figure"]
        if figure:
            table[(group, "same thing or rare figure", verdict)] += 1
        if figure and verdict == "M":
            table[(group, "  lost: " + stages.get(texts[0][:60], stages.get(texts[1][:60], "not read")), "M")] += 1
        if show and (figure or found["same source"]):
            shown.append(f"  {row['set']} {verdict} {[k for k, v in found.items() if v]} {texts[0][:110]!r} | {texts[1][:110]!r}")
    lines = [f"{'source':9} {'sign':46} " + " ".join(f"{v:>5}" for v in "RPWM")]
    for group, sign in sorted({(g, s) for g, s, _v in table}):
        lines.append(f"{group:9} {sign:46} " + " ".join(f"{table[(group, sign, v)]:5d}" for v in "RPWM"))
    return lines + shown


def judged_and_noted(data: Path, judged: list[Path], misses: list[Path]):
    """`stage_wrongs.read`'s rows of the judged links, then of the noted misses (verdict "M")."""
    with tempfile.TemporaryDirectory() as tmp:
        nothing_made, noted = Path(tmp) / "base", Path(tmp) / "noted.tsv"
        nothing_made.mkdir()
        with noted.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, _NOTED_COLUMNS, delimiter="\t", extrasaction="ignore")
            writer.writeheader()
            for path in misses:
                with path.open(encoding="utf-8", newline="") as f:
                    writer.writerows({**r, "verdict": "M"} for r in csv.DictReader(f, delimiter="\t"))
        yield from read(data, nothing_made, judged, made_only=False)
        yield from read(data, nothing_made, [noted], made_only=False)


def sign_fit(offset: np.ndarray, sign: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(bias shift, sign weight) minimising the balanced log loss of ``offset`` + shift + weight × ``sign`` (the
    weight penalised as `fit_verifier.fit_logistic` penalises, the shift not), on a grid: a flat loss sends Newton's
    steps off to infinity where nearly every pair holding the sign is accepted already."""
    balance = np.where(labels == 1, 0.5 / labels.mean(), 0.5 / (1 - labels.mean()))

    def loss(shift: float, weight: float) -> float:
        z = offset + shift + weight * sign
        return float(np.sum(balance * (np.logaddexp(0, z) - labels * z)) + 0.5 * weight * weight)

    return min(((s, w) for s in np.linspace(-6, 2, 81) for w in np.linspace(-4, 4, 81)), key=lambda sw: loss(*sw))


def msrp_counts(data: Path) -> list[str]:
    """For MSRP train and test, each sign's pairs, paraphrases among them and `sign_fit` beside the shipped pair model."""
    from viewer.analysis.claims.fit_verifier import msrp_units
    from viewer.analysis.claims.verifier import TermWeights, fitted, pair_features

    model, lines = fitted().pair, []
    for split in ("train", "test"):
        rows, features, vectors = msrp_units(data, split)
        weights = TermWeights(list(features.values()))
        pairs = [(features[a], features[b], float(vectors[a] @ vectors[b])) for _q, _i, _j, a, b in rows]
        offset = np.array([pair_features(a, b, cosine, weights) for a, b, cosine in pairs]) @ model.weights
        labels = np.array([int(r[0]) for r in rows])
        held = [signs(a, b) for a, b, _cosine in pairs]
        for name in (*FIGURE_SIGNS, "same source"):
            sign = np.array([h[name] for h in held], dtype=float)
            shift, weight = sign_fit(offset, sign, labels)
            lines.append(f"{split:5} {name:12} pairs {int(sign.sum()):4d}, paraphrases {int(sign @ labels):4d} "
                         f"({sign @ labels / max(1, sign.sum()):.2f}; all pairs {labels.mean():.2f}); "
                         f"fitted beside the pair model: bias shift {shift:+.2f}, weight {weight:+.2f}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--misses", nargs="*", type=Path)
    parser.add_argument("--stages", nargs="*", type=Path, default=[])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--msrp", action="store_true", help="count and fit the signs on MSRP (DATA/msrp) instead")
    ns = parser.parse_args(argv)
    if ns.msrp:
        lines = msrp_counts(ns.data)
    else:
        rows = judged_and_noted(ns.data, dev_link_files(ns.judged), ns.misses if ns.misses is not None else dev_files("misses*.tsv"))
        lines = counted(rows, lost_stages(ns.stages), ns.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
