"""Two kept runs of the dev sets (`dev_sets.py run`) that differ only in the link judge's bar, read per source end to
end: a curve from rows keeps pairs found by construction, so whether a higher bar costs report pairs is read here.

    python bench/bar_runs.py DATA BASE RUN [RUN ...] [--sets A,B,...]

For each RUN beside BASE, pooled by source (GVA, BASIL, WCEP, AllSides: the hand-judged news, "news" pooling the first
three as before AllSides was drawn; ECB+ dev and GVC dev: judged by their events alone): the hand-judged link
precision, the judged links RUN parts (out) and newly joins (in) by verdict (R, P, W), the same-event report pairs found
(DATA/sets/SET/events.json), the links across events and the discrepancy lines judged right (`dev_sets.set_figures`).
Run in session 68 (bar68) on main be01fc0e's runs at bars .17 and up.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dev_sets  # noqa: E402
import quality  # noqa: E402

SOURCES = {**dev_sets.SOURCES, "dev": "ECB+ dev", "gvcdev": "GVC dev"}  # the news sources, then the public dev sets


def source_of(name: str) -> str:
    """The label of the source a set was drawn from (`dev_sets.source_of`); "other" for the sets not in SOURCES."""
    return SOURCES.get(dev_sets.source_of(name), "other")


def pair_counts(export: dict, events: dict) -> Counter:
    """Same-event report pairs joined by a link and in all, links, and links across events."""
    documents = events["documents"]
    names = sorted(Path(d["source"]["path"]).name for d in export["documents"])
    links = quality._links(export)
    joined = {frozenset((a[0], b[0])) for a, b in links if documents[a[0]]["event"] == documents[b[0]]["event"]}
    same = [frozenset(p) for p in itertools.combinations(names, 2) if documents[p[0]]["event"] == documents[p[1]]["event"]]
    return Counter(pairs_found=sum(p in joined for p in same), same_event=len(same), links=len(links),
                   across=sum(documents[a[0]]["event"] != documents[b[0]]["event"] for a, b in links))


def moved(before: dict, after: dict, verdicts: dict) -> Counter:
    """The judged links ``after`` no longer holds ("out R" …) and newly holds ("in R" …), by hand verdict."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in before["documents"]}
    old, new = set(quality._links(before)), set(quality._links(after))
    out = Counter()
    for label, links in (("out", old - new), ("in", new - old)):
        for a, b in links:
            verdict = quality.verdict_of(verdicts, (a[0], texts[a[0]][a[1]:a[2]], *a[1:]),
                                         (b[0], texts[b[0]][b[1]:b[2]], *b[1:]))
            if verdict in ("R", "P", "W"):
                out[f"{label} {verdict}"] += 1
    return out


def set_counts(data: Path, name: str, base: dict, run: dict, verdicts: dict, classes: dict, lines: dict) -> Counter:
    """One set's figures in ``run`` and the links it moved from ``base``."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))
    return (dev_sets.set_figures(run, name, verdicts, classes, lines) + pair_counts(run, events)
            + moved(base, run, verdicts))


def source_line(label: str, c: Counter) -> str:
    judged = c["right"] + c["wrong"]
    precision = f"{c['right'] / judged:.3f} ({c['right']}/{c['wrong']})" if judged else "-"
    return (f"  {label:9} precision {precision}; out R {c['out R']} P {c['out P']} W {c['out W']}; in R {c['in R']} "
            f"P {c['in P']} W {c['in W']}; pairs found {c['pairs_found'] / max(1, c['same_event']):.3f} "
            f"({c['pairs_found']}/{c['same_event']}); across {c['across'] / max(1, c['links']):.3f} ({c['across']}); "
            f"lines {c['lines R']}/{c['lines R'] + c['lines W']}")


def report(data: Path, base: Path, runs: list[Path], sets: list[str]) -> list[str]:
    files = dev_sets.dev_files("links*.tsv")
    files += quality.rejudged_beside(files)
    verdicts, classes = quality.read_verdicts(files), dev_sets.classes(files)
    lines = dev_sets.line_verdicts([str(p) for p in dev_sets.dev_files("discrepancies*.tsv")])
    out = []
    for run in [base, *runs]:
        by_source: dict[str, Counter] = {}
        for name in sets:
            if not (run / f"{name}.json").exists() or not (base / f"{name}.json").exists():
                continue
            read = [json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for folder in (base, run)]
            found = set_counts(data, name, *read, verdicts, classes, lines)
            by_source[source_of(name)] = by_source.get(source_of(name), Counter()) + found
        news = sum((by_source.get(s, Counter()) for s in ("GVA", "BASIL", "WCEP")), Counter())
        out.append(f"{run}:")
        out += [source_line(label, by_source[label]) for label in SOURCES.values() if label in by_source]
        out.append(source_line("news", news))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("base", type=Path)
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--sets", help="comma-separated (default: every set kept in BASE)")
    ns = parser.parse_args(argv)
    sets = ns.sets.split(",") if ns.sets else sorted(p.stem for p in ns.base.glob("*.json"))
    for line in report(ns.data, ns.base, ns.runs, sets):
        print(line, flush=True)


if __name__ == "__main__":
    main()
