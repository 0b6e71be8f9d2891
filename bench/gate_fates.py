"""Where the same-story report pairs no claim joins are lost: never weighed, which of the story gate's vetoes, the
gate's model below its threshold (by how far), the story groups, or after the gate; and the same for the report pair
of each noted miss.

    python bench/gate_fates.py DATA [--sets allsidesQ,basilC] [--misses TSV ...] [--show FATE] [--others]

DATA holds ``sets/NAME`` drawn by event (``events.json`` names each report's story, so "one story" needs no judging).
Each set is analysed by the real pipeline (`miss_stages.analysed`), and every article pair the gate weighs is kept with
the gate model's own probability and each veto of `blocks.verify_block` that fires on it, all of them (the gate stops
at the first): the leads dated to two months (`verifier.dated_apart`), incident days apart (`incident_days`), one act
dated to days apart (`dated_acts`), one measure moving opposite ways (`trends`) or to levels apart (`trend_levels`).
A same-story pair sharing a claim in the export is found; a pair sharing none is put down to the first fate that
loses it (`FATES`). The noted misses (every misses*.tsv but the blind draws', where none is given) are put down the
same way by their two reports, with "pair found" where the reports share another claim (lost after the gate:
`bench/miss_reasons.py` reads those). ``--others`` counts the pairs of two stories the same way (what each veto
parts). ``--keep DIR`` writes every pair's signs and each article's readings, to count other signs on; ``--kept DIR``
prints the tables again from them. ``--show FATE`` prints each lost pair of that fate (or ``all``) with the two leads' dated acts, trends and
levels, to read. Session 77, recall77 (docs/linking.md).
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import miss_stages  # noqa: E402
from dev_sets import source_of  # noqa: E402
from link_losses import KeptScores  # noqa: E402
from miss_pairs_kept import default_misses  # noqa: E402
from viewer.analysis.claims import blocks  # noqa: E402
from viewer.analysis.claims.verifier import STORY_FEATURES, fitted  # noqa: E402

VETOES = dict(blocks.STORY_VETOES)
BANDS = (0.90, 0.50)
FATES = ("found", "never weighed", *(f"veto: {v}" for v in VETOES), f"gate ≥ {BANDS[0]:.2f}",
         f"gate {BANDS[1]:.2f}–{BANDS[0]:.2f}", f"gate < {BANDS[1]:.2f}", "story groups", "passed, no claim")


class Gate:
    """Every article pair the gate weighed in the last analysis: (document, document) → (the model's probability,
    the vetoes that fire, the two articles)."""

    weighed: dict[tuple[int, int], tuple[float, list[str], tuple, list[float]]] = {}


def _watched(block):
    for a, b, found, row in _article_pairs(block):
        probability = float(block.model.story.probability(np.array([row]))[0])
        fired = [name for name, fires in VETOES.items() if fires(a, b, block.model)]
        key = (min(a.document, b.document), max(a.document, b.document))
        Gate.weighed[key] = (probability, fired, (a, b), row)
        yield a, b, found, row


_article_pairs = blocks._article_pairs


def analysed(data: Path, name: str, quality) -> dict:
    """The set analysed as `miss_stages.analysed` does, with the gate's verdicts kept in `Gate`."""
    Gate.weighed = {}
    blocks._article_pairs = _watched
    try:
        return miss_stages.analysed(data, name, quality)
    finally:
        blocks._article_pairs = _article_pairs


def fate(pair: tuple[int, int], shared: bool, groups: dict[int, int], threshold: float) -> str:
    """The first fate (`FATES`) of a report pair: what loses it, where no claim joins it."""
    if shared:
        return "found"
    if pair not in Gate.weighed:
        return "never weighed"
    probability, fired, _articles, _row = Gate.weighed[pair]
    if fired and probability >= threshold:
        return f"veto: {fired[0]}"
    if probability < threshold:
        band = next((k for k, bar in enumerate(BANDS) if probability >= bar), len(BANDS))
        return FATES[2 + len(VETOES) + band]
    if groups and groups.get(pair[0]) != groups.get(pair[1]):
        return "story groups"
    return "passed, no claim"


def _under_bar(pair: tuple[int, int], threshold: float) -> list[str]:
    """The vetoes that fire on a weighed pair the gate's model refuses anyway (they part nothing more)."""
    probability, fired, _articles, _row = Gate.weighed.get(pair, (1.0, [], (), []))
    return fired if probability < threshold else []


def joined_pairs(export: dict) -> set[tuple[int, int]]:
    """The document pairs (by id number) sharing at least one claim."""
    joined = set()
    for claim in export["claims"]:
        documents = sorted({int(m["document"][1:]) for m in claim["mentions"]})
        joined.update(itertools.combinations(documents, 2))
    return joined


def set_fates(data: Path, name: str, noted_rows: list[dict], quality, others: bool,
              keep: Path | None = None) -> tuple[Counter, list]:
    """Counts of the set's report pairs by kind (same story, other, noted) and fate, and each lost pair to show; with
    ``keep``, every pair's fate, the gate's probability, vetoes and signs written to KEEP/SET.tsv, and each article's
    names, figures and lede readings to KEEP/SET.articles.json, to count other signs on without analysing again."""
    export = analysed(data, name, quality)
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    ids = {Path(d["source"]["path"]).name: int(d["id"][1:]) for d in export["documents"]}
    copies = {frozenset(ids[f] for f in p) for p in quality.copy_pairs(export)}
    joined = joined_pairs(export)
    model = KeptScores.last.model
    groups = (miss_stages._story_groups(miss_stages.Kept.stories, model.story.threshold, model.story_average)
              if model.story_average else {})
    counts, lost, kept = Counter(), [], []
    noted = Counter(frozenset((r["file_a"], r["file_b"])) for r in noted_rows)
    for x, y in itertools.combinations(sorted(ids), 2):
        pair = tuple(sorted((ids[x], ids[y])))
        same = events[x]["event"] == events[y]["event"]
        if frozenset(pair) in copies or not (same or others):
            continue
        found = fate(pair, pair in joined, groups, model.story.threshold)
        probability, fired, _articles, row = Gate.weighed.get(pair, (None, [], (), []))
        kept.append([name, x, y, int(same), found, "" if probability is None else f"{probability:.4f}", ";".join(fired),
                     *(f"{v:.4f}" for v in row[1:] or [np.nan] * (len(STORY_FEATURES) - 1)), noted[frozenset((x, y))]])
        kind = "same story" if same else "two stories"
        counts[kind, found] += 1
        counts.update((kind, f"  fires under the bar: {v}") for v in _under_bar(pair, model.story.threshold))
        if same and found != "found":
            lost.append((found, x, y, pair))
    for row in noted_rows:
        pair = tuple(sorted((ids[row["file_a"]], ids[row["file_b"]])))
        found = fate(pair, False, groups, model.story.threshold)
        counts["noted", "pair found" if pair in joined else found] += 1
    if keep is not None:
        _keep(keep, name, kept, ids)
    return counts, lost


def _keep(folder: Path, name: str, rows: list[list], ids: dict[str, int]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    header = ["set", "file_a", "file_b", "same", "fate", "probability", "vetoes", *STORY_FEATURES[1:], "noted"]
    (folder / f"{name}.tsv").write_text("\n".join("\t".join(map(str, r)) for r in [header, *rows]) + "\n", encoding="utf-8")
    articles = {a.document: a for _p, _f, pair, _r in Gate.weighed.values() for a in pair}
    files = {k: f for f, k in ids.items()}
    (folder / f"{name}.articles.json").write_text(json.dumps({files[k]: {
        "names": sorted(a.names), "figures": sorted(map(list, a.figures)), "acts": sorted(a.lede_acts),
        "trends": sorted(a.lede_trends), "levels": sorted(a.lede_levels), "days": sorted(a.lede_days),
        "dates": sorted(map(list, a.dates))} for k, a in articles.items()}), encoding="utf-8")


def kept_counts(path: Path, threshold: float) -> Counter:
    """The counts `set_fates` made, read again from a set's kept pairs (``--keep``)."""
    counts = Counter()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            kind = "same story" if row["same"] == "1" else "two stories"
            counts[kind, row["fate"]] += 1
            if row["vetoes"] and float(row["probability"]) < threshold:
                counts.update((kind, f"  fires under the bar: {v}") for v in row["vetoes"].split(";"))
            if int(row["noted"]):
                counts["noted", "pair found" if row["fate"] == "found" else row["fate"]] += int(row["noted"])
    return counts


def show(lost: list, wanted: str) -> None:
    """Each lost same-story pair of the wanted fate, with the gate's probability and what the two leads read."""
    for found, x, y, pair in lost:
        if wanted not in ("all", found):
            continue
        probability, fired, articles, row = Gate.weighed.get(pair, (None, [], (), []))
        signs = " ".join(f"{n} {v:.2f}" for n, v in zip(STORY_FEATURES[1:], row[1:]))
        print(f"--- {found}: {x} / {y}, gate {probability if probability is None else round(probability, 3)}, vetoes {fired}; {signs}")
        for article, file in zip(articles, (x, y)):
            print(f"  {file}: acts {sorted(article.lede_acts)} trends {sorted(article.lede_trends)} "
                  f"levels {sorted(article.lede_levels)} days {sorted(article.lede_days)} dates {sorted(article.dates)[:6]}")


def table(by_set: dict[str, Counter], kind: str) -> list[str]:
    """The fates of one kind of pair by source (read from the set's name), with an ``all`` column."""
    sources: dict[str, Counter] = {}
    for name, counts in by_set.items():
        sources.setdefault(source_of(name), Counter()).update(counts)
    columns = {**sources, "all": sum(sources.values(), Counter())}
    fates = ["pair found", *FATES] if kind == "noted" else list(FATES)
    fates += sorted({f for c in columns.values() for k, f in c if k == kind and f.startswith("  ")})
    lines = [f"{kind}: {'':22s}" + " ".join(f"{s[:9]:>9s}" for s in columns)]
    lines.append(f"{'  pairs':{len(kind) + 24}s}" + " ".join(f"{sum(n for (k, f), n in c.items() if k == kind and not f.startswith(' ')):9d}"
                                                        for c in columns.values()))
    for f in fates:
        lines.append(f"  {f:{len(kind) + 22}s}" + " ".join(f"{c[kind, f]:9d}" for c in columns.values()))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--misses", type=Path, action="append")
    parser.add_argument("--show", metavar="FATE")
    parser.add_argument("--others", action="store_true", help="count the pairs of two stories too")
    parser.add_argument("--kept", type=Path, help="print the tables from a folder ``--keep`` wrote, analysing nothing")
    parser.add_argument("--keep", type=Path, help="write each set's pairs and articles here (SET.tsv, SET.articles.json)")
    ns = parser.parse_args(argv)
    if ns.kept:
        threshold = fitted().story.threshold
        by_set = {p.stem: kept_counts(p, threshold) for p in sorted(ns.kept.glob("*.tsv"))}
        for kind in ("same story", "noted", "two stories"):
            print("\n".join(table(by_set, kind)))
        return
    quality = miss_stages._quality()
    rows = [r for path in ns.misses or default_misses()
            for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t") if r["verdict"] == "M"]
    names = [s for s in ns.sets.split(",") if s] or sorted({r["set"] for r in rows})
    by_set = {}
    for name in names:
        by_set[name], lost = set_fates(ns.data, name, [r for r in rows if r["set"] == name], quality, ns.others, ns.keep)
        if ns.show:
            print(f"# {name}")
            show(lost, ns.show)
        print(f"# {name}: " + ", ".join(f"{f} {n}" for (k, f), n in sorted(by_set[name].items()) if k == "same story"),
              file=sys.stderr, flush=True)
    for kind in ("same story", "noted", *(["two stories"] if ns.others else [])):
        print("\n".join(table(by_set, kind)))


if __name__ == "__main__":
    main()
