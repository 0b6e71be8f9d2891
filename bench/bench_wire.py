"""Relinking time where claims grow with the corpus: generated articles, a share of which run the same wire lines.

bench_linking's stories keep their size whatever the corpus's, so no claim there grows with it. A wire line that
every report runs does: one claim takes in a mention from each, and average linkage weighs it against every group a
ranked pair brings it (issue 11: the relink must still grow x2.2 or less per doubling of articles). Here the
articles are bench/articles.py's, analysed for real (parsed, attributed, embedded) once at the largest size: each
quotes "Nobody warned us," and one in WIRE_EVERY also runs WIRE_LINES word for word before its sign-off. Each
smaller corpus is the first articles of that one. Each size is relinked in a fresh interpreter, as bench_linking
does (its clock, stages and report: CPU seconds by stage, growth per doubling), with the largest claim's documents.

Arguments: --sizes (default 1000,2000,4000); --keep DIR keeps the analysed corpus there for the next run (analysing
4,000 articles is most of this bench's time); --corpus FILE relinks the first articles of an analysed corpus of
generated articles instead (one kept by --keep, or any other made of bench/articles.py's).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import article, fill  # noqa: E402
from bench_linking import Measured, relinked, report  # noqa: E402
from run import load, machine  # noqa: E402

from viewer.analysis import pipeline, store  # noqa: E402
from viewer.analysis.corrections import overlay  # noqa: E402
from viewer.analysis.workers import InProcess  # noqa: E402
from viewer.corpus.removal import remove_documents  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.jobs import quiet  # noqa: E402

SIZES = (1000, 2000, 4000)
WIRE_EVERY = 3
WIRE_LINES = ("Officials urged people in the area to follow the advice of the emergency services.",
              "More information is expected to be released later in the day.")


def wire_article(seed: int) -> str:
    """The generated article, with the wire lines before its sign-off in one of WIRE_EVERY."""
    text = article(seed)
    if seed % WIRE_EVERY:
        return text
    body, sign_off = text.rstrip("\n").rsplit("\n\n", 1)
    return f"{body}\n\n{' '.join(WIRE_LINES)}\n\n{sign_off}\n"


def analysed(path: Path, count: int) -> None:
    """``count`` generated articles analysed document by document, not linked: the relink is what is timed."""
    with fill(path, count, wire_article) as corpus:
        pending = pipeline.pending_documents(corpus)
        pipeline.analyse_documents(corpus, pending, overlay(store.corrections(corpus)), InProcess(), quiet(None),
                                   pipeline.steps(len(pending)))


def first_articles(source: Path, size: int, path: Path) -> None:
    """A copy of the analysed corpus keeping its first ``size`` articles and what was found in them."""
    shutil.copy(source, path)
    with Corpus(path, create=False) as corpus:
        remove_documents(corpus, [r[0] for r in corpus.db.execute("SELECT id FROM documents WHERE id > ?", (size,))])
        corpus.db.execute("DELETE FROM removals")


def largest_claim(path: Path) -> int:
    """The documents of the claim stated in the most."""
    with Corpus(path, create=False) as corpus:
        return corpus.db.execute("SELECT coalesce(max(n), 0) FROM (SELECT count(DISTINCT document_id) AS n"
                                 " FROM claim_mentions GROUP BY claim_id)").fetchone()[0]


def measure(size: int, source: Path, folder: Path) -> tuple[Measured, int]:
    """One relink of the first ``size`` articles, and its largest claim."""
    path = folder / f"wire-{size}.corpus"
    first_articles(source, size, path)
    try:
        run = relinked(path, size, None)
        return run, largest_claim(path)
    finally:
        path.unlink()


def in_fresh_interpreter(size: int, source: Path, folder: Path) -> tuple[Measured, int]:
    """One size measured in its own process, as `provenance analyze` relinks (bench_linking.in_fresh_interpreter)."""
    command = [sys.executable, __file__, "--one", str(size), "--corpus", str(source), "--folder", str(folder)]
    out = json.loads(subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout.strip().splitlines()[-1])
    return Measured(**out["run"]), out["largest"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--keep", type=Path, help="folder keeping the analysed corpus for the next run")
    parser.add_argument("--corpus", type=Path, help="an analysed corpus of generated articles to relink the first of")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in a fresh interpreter
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        run, largest = measure(args.one, args.corpus, args.folder)
        print(json.dumps({"run": dataclasses.asdict(run), "largest": largest}))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"relinking generated articles with wire lines on {machine()} ({load()})", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        source = args.corpus or (args.keep or Path(scratch)) / f"wire-{max(sizes)}-analysed.corpus"
        if not source.exists():
            source.parent.mkdir(parents=True, exist_ok=True)
            print(f"analysing {max(sizes):,} generated articles into {source} ...", flush=True)
            analysed(source.with_suffix(".building"), max(sizes))
            source.with_suffix(".building").rename(source)
        print(f"{'articles':>8} {'units':>7} {'claims':>7} {'largest':>7} {'CPU s':>8} {'wall s':>8} {'µs CPU/unit':>11}"
              f" {'peak MB':>8}", flush=True)
        runs = []
        for size in sizes:
            run, largest = in_fresh_interpreter(size, source, Path(scratch))
            runs.append(run)
            peak = "?" if run.peak_mb is None else f"{run.peak_mb:.0f}"
            print(f"{run.size:>8} {run.units:>7} {run.claims:>7} {largest:>7} {run.cpu:>8.2f} {run.wall:>8.2f}"
                  f" {1e6 * run.cpu / max(run.units, 1):>11.0f} {peak:>8}  ({load()})", flush=True)
    report(runs)


if __name__ == "__main__":
    main()
