"""Report pairs the story gate nearly passes, and how sure the pair model is of their best unit pair.

    python bench/near_story_pairs.py DATA --sets allsidesA,basilE,gvaC [--low 0.8] [--rows OUT.tsv]

Most noted claims lost on AllSides' political ledes are lost at the story gate (`bench/miss_stages.py`), in report
pairs it gives .90-.97, under its threshold, and that share no claim at all: each such pair is a "does not carry"
for every claim of the story. `best_pairs` already links the best unit pair of reports the gate is very sure of; this
counts the mirror rule before building it: reports the gate nearly passes, linked by their best unit pair only where
the pair model (with its checks, `linking.PairScores.verify`) is very sure of it. Each set is analysed by the real
pipeline (`miss_stages.analysed`); every weighed report pair with a gate probability in [``--low``, threshold) is put
down as same story or not (events.json), sharing a claim already or not, with its best unit pair's score. The table
gives, by source and for each gate bar and pair floor, the same-story pairs sharing no claim the rule would join and
the pairs of two stories it would link (links across stories), then the links it would make by their hand verdicts
(every judged links file but the blind draws', a noted miss counting as right). ``--rows`` writes every pair with its
best unit pair's spans, verdict and texts. Run in session 71 on allsidesA–F, basilC, basilE, wcepB–D, gvaC and gvaG (the
links no file judged then were judged into training/judged/links_near_gate.tsv).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import dev_sets  # noqa: E402
import miss_stages  # noqa: E402
from dev_sets import source_of  # noqa: E402
from link_losses import KeptScores  # noqa: E402
from viewer.analysis.claims.candidates import computed  # noqa: E402
from viewer.analysis.claims.verifier import VETOED  # noqa: E402

BARS = (0.80, 0.85, 0.90, 0.93, 0.95)
FLOORS = (0.80, 0.85, 0.90, 0.95)


class NearPair(NamedTuple):
    """A weighed report pair under the gate's threshold, with its best unit pair (the units' texts)."""

    set: str
    files: tuple[str, str]
    same_story: bool
    shares_claim: bool
    gate: float
    best: float
    spans: tuple[tuple[str, int, int], tuple[str, int, int]]
    texts: tuple[str, str]


def near_pairs(data: Path, name: str, quality, low: float) -> list[NearPair]:
    """The set's report pairs the gate weighed at ``low`` or more but under its threshold."""
    export = miss_stages.analysed(data, name, quality)
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    files = {int(d["id"][1:]): Path(d["source"]["path"]).name for d in export["documents"]}
    texts = {int(d["id"][1:]): d["text"] for d in export["documents"]}
    shared = shared_pairs(export)
    scores = KeptScores.last
    passing = scores.model.story.threshold
    kept = []
    for a, b, p in miss_stages.Kept.stories:
        if not low <= p < passing or (min(a, b), max(a, b)) in scores.same_story:
            continue
        best, units = best_unit_pair(scores, a, b)
        spans = tuple((files[scores.units[k].document], scores.units[k].span.start, scores.units[k].span.end)
                      for k in units if k >= 0)
        said = tuple(" ".join(texts[scores.units[k].document][s:e].split()) for k, (_f, s, e) in zip(units, spans))
        kept.append(NearPair(name, (files[a], files[b]), events[files[a]]["event"] == events[files[b]]["event"],
                             frozenset((a, b)) in shared, p, best, spans or (("", 0, 0),) * 2, said or ("", "")))
    return kept


def shared_pairs(export: dict) -> set[frozenset[int]]:
    """The report pairs (document numbers) some claim of the export joins."""
    joined = set()
    for claim in export["claims"]:
        held = sorted({int(m["document"][1:]) for m in claim["mentions"]})
        joined |= {frozenset((x, y)) for n, x in enumerate(held) for y in held[n + 1:]}
    return joined


def best_unit_pair(scores, a: int, b: int) -> tuple[float, tuple[int, int]]:
    """The best score the pair model and its checks give a unit pair of reports ``a`` and ``b``, verified here as if
    the gate had passed them; (VETOED, (-1, -1)) where neither report has units."""
    left = [k for k, d in enumerate(scores.documents) if d == a]
    right = [k for k, d in enumerate(scores.documents) if d == b]
    pairs = [(i, j, float(computed(scores.vectors[i]) @ computed(scores.vectors[j]))) for i in left for j in right
             if scores.known.get(scores.key(i, j)) is None]
    scores.verify(pairs)
    rated = [(scores.known[scores.key(i, j)], (i, j)) for i in left for j in right]
    return max(rated, default=(VETOED, (-1, -1)))


def table(pairs: list[NearPair]) -> list[str]:
    """By source, for each gate bar and pair floor: same-story pairs sharing no claim joined / pairs of two stories
    linked, with the same-story pairs sharing no claim and the pairs of two stories weighed over the bar."""
    by_source: dict[str, list[NearPair]] = defaultdict(list)
    for pair in pairs:
        by_source[source_of(pair.set)].append(pair)
    lines = ["gate bar  source     unjoined same / across weighed   " + "  ".join(f"floor {f:.2f}" for f in FLOORS)]
    for bar in BARS:
        for source, held in sorted(by_source.items()):
            over = [p for p in held if p.gate >= bar]
            unjoined = [p for p in over if p.same_story and not p.shares_claim]
            across = [p for p in over if not p.same_story]
            cells = [f"{sum(p.best >= f for p in unjoined):4d} / {sum(p.best >= f for p in across):3d}" for f in FLOORS]
            lines.append(f"{bar:8.2f}  {source:10s} {len(unjoined):8d} / {len(across):6d}       " + "  ".join(f"{c:>10s}" for c in cells))
    return lines


def judged(pairs: list[NearPair], quality, extra: list[Path] = ()) -> list[str]:
    """What the judged files say of each pair's best unit pair as a link: a hand verdict on the same two spans (the dev
    links files, then ``extra``), M where a noted miss (misses*.tsv) lies over both units, "" where none does."""
    files = dev_sets.dev_files("links*.tsv") + list(extra)
    verdicts = quality.read_verdicts(files + quality.rejudged_beside(files))
    noted = [n for path in dev_sets.dev_files("misses*.tsv") for n in quality.read_noted(path)]
    said = []
    for p in pairs:
        a, b = p.spans
        said.append(quality.verdict_of(verdicts, (a[0], p.texts[0], a[1], a[2]), (b[0], p.texts[1], b[1], b[2]))
                    or ("M" if any(_over(n, a, b) for n in noted if n.set == p.set) else ""))
    return said


def judged_table(pairs: list[NearPair], verdicts: list[str]) -> list[str]:
    """By source, for each gate bar and pair floor: the links the rule would make (same-story pairs sharing no claim
    and pairs of two stories) judged right (R, P or a noted miss M) / wrong / not judged."""
    cells: dict[tuple[str, float, float], list[int]] = defaultdict(lambda: [0, 0, 0])
    for p, verdict in zip(pairs, verdicts):
        if p.same_story and p.shares_claim:
            continue
        for bar in BARS:
            for floor in FLOORS:
                if p.gate >= bar and p.best >= floor:
                    cells[source_of(p.set), bar, floor][0 if verdict[:1] in ("R", "P", "M") else 1 if verdict else 2] += 1
    lines = ["links the rule would make, right / wrong / not judged", "gate bar  source     " +
             "  ".join(f"floor {f:.2f}" for f in FLOORS)]
    for bar in BARS:
        for source in sorted({s for s, _b, _f in cells}):
            lines.append(f"{bar:8.2f}  {source:10s} " + "  ".join(f"{'%d/%d/%d' % tuple(cells[source, bar, f]):>10s}" for f in FLOORS))
    return lines


def write_rows(path: Path, pairs: list[NearPair], verdicts: list[str]) -> None:
    """Every pair with its best unit pair in judged-file columns and its verdict (`judged`)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b", "same_story", "shares_claim",
                      "gate", "best", "judged", "unit_a", "unit_b"])
        for p, verdict in sorted(zip(pairs, verdicts), key=lambda x: (-x[0].best, x[0].set)):
            out.writerow([p.set, *p.spans[0], *p.spans[1], int(p.same_story), int(p.shares_claim), f"{p.gate:.3f}",
                          f"{p.best:.3f}", verdict, *p.texts])


def _over(noted, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Whether a noted miss's two spans overlap the two units, in either order."""
    meets = lambda x, y: x[0] == y[0] and min(x[2], y[2]) > max(x[1], y[1])  # noqa: E731
    return (meets(noted.a, a) and meets(noted.b, b)) or (meets(noted.a, b) and meets(noted.b, a))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", required=True, help="comma-separated sets")
    parser.add_argument("--low", type=float, default=0.8, help="the lowest gate probability kept")
    parser.add_argument("--rows", type=Path, help="write every pair kept, with its best unit pair's texts")
    parser.add_argument("--judged", type=Path, action="append", default=[],
                        help="a links file read beside the dev ones (one the blind filter leaves out)")
    ns = parser.parse_args(argv)
    quality = miss_stages._quality()
    pairs = []
    for name in ns.sets.split(","):
        pairs += near_pairs(ns.data, name, quality, ns.low)
        print(f"# {name} done", file=sys.stderr, flush=True)
    verdicts = judged(pairs, quality, ns.judged)
    print("\n".join(table(pairs) + judged_table(pairs, verdicts)))
    if ns.rows:
        write_rows(ns.rows, pairs, verdicts)


if __name__ == "__main__":
    main()
