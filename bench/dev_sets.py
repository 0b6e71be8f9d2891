"""Analyse every hand-judged set with this checkout, and print the figures a session reports from the kept exports.

    python bench/dev_sets.py run DATA OUT [--sets A,B,...] [--heldout] [--shards 2] [--story-threshold T] [--best-pair-floor F]
        [--best-pair-bar B] [--pair-model JSON]
    python bench/dev_sets.py figures OUT [--against OLD] [--sets A,B,...]

``run`` analyses each set of DATA/sets the judged files in training/judged/ name (but the blind draws',
`background_acts.BLIND`), and the public dev sets judged by their own annotations (ECB+, GVC, NewsWCL50, round58dev,
gvaM; their held-out splits only with ``--heldout``: the lead's, run once per release, never to tune on), by `bench/quality.py --links-only --keep OUT`, in SHARDS processes at once; each shard's printout is kept as
OUT/quality-N.txt (pairs found, links across events, noted misses linked). ``figures`` reads the kept exports
(OUT/SET.json) and prints per set the hand-judged link precision, the judged wrong links by their class and the
discrepancy lines judged right, then the figures pooled; with ``--against`` the same sets of an older run beside them.
Kept in the repository because the machines are wiped between sessions and every session reports these figures.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import discrepancy_lines  # noqa: E402
import quality  # noqa: E402
from background_acts import BLIND  # noqa: E402
from discrepancy_signs import verdicts as line_verdicts  # noqa: E402

JUDGED = HERE.parent / "training" / "judged"
PUBLIC = ["dev", "gvcdev", "newswcl50dev", "round58dev", "gvaM"]
HELDOUT = ["heldout", "gvcheldout", "newswcl50heldout"]
SOURCES = {"gva": "GVA", "basil": "BASIL", "wcep": "WCEP", "allsides": "AllSides", "roundup": "NeuS roundups"}
POLITICAL = frozenset({"basil", "wcep", "allsides", "roundup"})  # US politics and world events, not GVA's local crime
DRAWN_BLIND = ("allsides", "roundup")  # drawn blind by bench/allsides.py and bench/allsides_probe.py


def source_of(name: str) -> str:
    """The news source a set was drawn from, read from its name's prefix in SOURCES (gvaC, basilB, wcepA, allsidesA,
    roundupA); another set is its own. Every count by source reads it here, so a new source's draws join them all."""
    return next((s for s in SOURCES if name.startswith(s)), name)


def source_label(name: str) -> str | None:
    """The printed name of the set's news source ("AllSides"), or None for a set of no news source (ECB+ dev)."""
    return SOURCES.get(source_of(name))


def political(name: str) -> bool:
    """A set of political or world news (BASIL, WCEP, AllSides, the NeuS roundups), not of GVA's local crime."""
    return source_of(name) in POLITICAL


def dev_files(pattern: str, judged: Path = JUDGED) -> list[Path]:
    """The judged files of ``pattern`` a session may read: all but the blind draws' (`background_acts.BLIND`) and the
    SHA-256 lists."""
    return [p for p in sorted(judged.glob(pattern)) if BLIND not in p.name and not p.name.endswith(".documents.tsv")]


def judged_sets() -> list[str]:
    """The sets the readable judged link files hold, in the order first judged."""
    names: dict[str, None] = {}
    for path in dev_files("links*.tsv"):
        with path.open(encoding="utf-8", newline="") as f:
            names.update(dict.fromkeys(r["set"] for r in csv.DictReader(f, delimiter="\t")))
    return list(names)


def readable(name: str) -> bool:
    """A set a session may read: not a held-out split, and not a draw of the AllSides crawl or the NeuS probe files
    (`DRAWN_BLIND`) that no readable judged file names (the session's blind draws, whatever their letters: a fixed list
    goes stale when the draws move on)."""
    return name not in HELDOUT and (not name.startswith(DRAWN_BLIND) or name in _judged_set_names())


@functools.cache
def _judged_set_names() -> frozenset[str]:
    return frozenset(judged_sets())


def run(data: Path, out: Path, sets: list[str], shards: int, story_threshold: float | None = None,
        best_pair_floor: float | None = None, pair_model: Path | None = None, best_pair_bar: float | None = None) -> None:
    """Analyse ``sets`` in ``shards`` processes of bench/quality.py, each keeping its exports in ``out``; with
    ``story_threshold``, the story gate at that threshold (`quality.with_story_threshold`), with ``best_pair_floor``,
    `best_pairs`' floor at that score (`quality.with_best_pair_floor`), with ``best_pair_bar``, its bar at that gate
    probability (`quality.with_best_pair_bar`), with ``pair_model``, that pair section (`quality.with_section`)."""
    out.mkdir(parents=True, exist_ok=True)
    misses = [a for p in dev_files("misses*.tsv") for a in ("--misses", str(p))]
    judged = [a for p in dev_files("links*.tsv") for a in ("--judged", str(p))]
    probe = ["--story-threshold", str(story_threshold)] if story_threshold is not None else []
    probe += ["--best-pair-floor", str(best_pair_floor)] if best_pair_floor is not None else []
    probe += ["--best-pair-bar", str(best_pair_bar)] if best_pair_bar is not None else []
    probe += ["--pair-model", str(pair_model)] if pair_model is not None else []
    jobs = []
    for n in range(shards):
        names = ",".join(sets[n::shards])
        log = (out / f"quality-{n}.txt").open("w", encoding="utf-8")
        jobs.append(subprocess.Popen([sys.executable, str(HERE / "quality.py"), str(data), "--links-only",
                                      "--sets", names, "--keep", str(out), *judged, *misses, *probe],
                                     stdout=log, stderr=subprocess.STDOUT))
    failed = [n for n, job in enumerate(jobs) if job.wait()]
    if failed:
        sys.exit(f"shards {failed} failed: see {out}/quality-N.txt")


def classes(files: list[Path]) -> dict[tuple, str]:
    """The class of every judged wrong link by its two mentions (either order), a later file's class standing."""
    out = {}
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if "start_a" not in r:
                    continue
                a, b = ((r[f"file_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"])) for s in "ab")
                out[a + b] = out[b + a] = r.get("class") or "unclassed"
    return out


def set_figures(export: dict, name: str, verdicts: dict, wrong_class: dict, lines: dict) -> dict:
    """One set's judged links (right, wrong, not judged), wrong links by class and judged lines (right, wrong, not
    judged)."""
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    found = Counter()
    for a, b in quality._links(export):
        verdict = quality.verdict_of(verdicts, (a[0], texts[a[0]][a[1]:a[2]], *a[1:]),
                                     (b[0], texts[b[0]][b[1]:b[2]], *b[1:]))
        found["right" if verdict in ("R", "P") else "wrong" if verdict == "W" else "other"] += 1
        if verdict == "W":
            found["W: " + wrong_class.get(a + b, "unclassed")] += 1
    by_kind, _wrong, _shown = discrepancy_lines.score(discrepancy_lines.export_lines(export), lines, name)
    for (_kind, verdict), n in by_kind.items():
        found[f"lines {verdict}"] += n
    return found


def read_run(folder: Path, sets: list[str], judged: Path = JUDGED) -> dict[str, Counter]:
    """Per set of ``sets`` kept in ``folder``, its figures (`set_figures`) under the verdicts in ``judged``."""
    files = dev_files("links*.tsv", judged)
    files += quality.rejudged_beside(files)
    verdicts, wrong_class = quality.read_verdicts(files), classes(files)
    lines = line_verdicts([str(p) for p in dev_files("discrepancies*.tsv", judged)])
    out = {}
    for name in sets:
        path = folder / f"{name}.json"
        if path.exists():
            out[name] = set_figures(json.loads(path.read_text(encoding="utf-8")), name, verdicts, wrong_class, lines)
    return out


def _precision(c: Counter) -> str:
    judged = c["right"] + c["wrong"]
    return f"{c['right'] / judged:.3f} ({c['right']}/{c['wrong']})" if judged else "-"


def _lines(c: Counter) -> str:
    return f"{c['lines R']}/{c['lines R'] + c['lines W']} (+{c['lines unjudged']} unjudged)"


def figures(folder: Path, sets: list[str], against: Path | None, judged: Path = JUDGED) -> None:
    """Print each set's precision and lines, beside an older run's when given, then the pooled figures."""
    new = read_run(folder, sets, judged)
    old = read_run(against, sets, judged) if against else {}
    for name, c in new.items():
        if not (c["right"] + c["wrong"] or c["lines R"] + c["lines W"]):
            continue
        before = f"{_precision(old[name])} lines {_lines(old[name])}  ->  " if name in old else ""
        print(f"{name:16} {before}{_precision(c)} lines {_lines(c)}")
    for label, run_ in (("before", old), ("now", new)):
        if not run_:
            continue
        pooled = sum(run_.values(), Counter())
        print(f"pooled {label}: precision {_precision(pooled)}, lines {_lines(pooled)}")
        print("  W by class: " + ", ".join(f"{k[3:]} {n}" for k, n in pooled.most_common() if k.startswith("W: ")))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    running = sub.add_parser("run")
    running.add_argument("data", type=Path)
    running.add_argument("out", type=Path)
    running.add_argument("--shards", type=int, default=2)
    running.add_argument("--heldout", action="store_true", help="run the held-out splits of ECB+, GVC and NewsWCL50 too")
    running.add_argument("--story-threshold", type=float, metavar="T", help="the story gate at T for this run (a probe)")
    running.add_argument("--best-pair-floor", type=float, metavar="F", help="best_pairs' floor at F for this run (a probe)")
    running.add_argument("--best-pair-bar", type=float, metavar="B", help="best_pairs' bar at B for this run (a probe)")
    running.add_argument("--pair-model", type=Path, metavar="JSON", help="this pair section for this run (a probe)")
    reading = sub.add_parser("figures")
    reading.add_argument("out", type=Path)
    reading.add_argument("--against", type=Path)
    for p in (running, reading):
        p.add_argument("--sets", help="comma-separated set names (default: every judged set, then the public ones)")
    ns = parser.parse_args(argv)
    # a public set some judged file also holds links of (ECB+ dev's, links_dated_acts.tsv) is run and read once
    sets = ns.sets.split(",") if ns.sets else list(dict.fromkeys(judged_sets() + PUBLIC + HELDOUT * getattr(ns, "heldout", False)))
    if ns.command == "run":
        run(ns.data, ns.out, sets, ns.shards, ns.story_threshold, ns.best_pair_floor, ns.pair_model, ns.best_pair_bar)
    else:
        figures(ns.out, sets, ns.against)


if __name__ == "__main__":
    main()
