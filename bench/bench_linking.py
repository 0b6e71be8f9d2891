"""Relinking time as the corpus grows, 1k to 16k articles: issue 11 asks x2.2 or less per doubling.

What is timed is what a researcher waits for after an analysis or a correction: the whole
`pipeline.relink` on a corpus file (speakers, claim linking, discrepancies, claim ids, threads,
and the writes), with each stage's share, and inside linking its steps (nearest articles, cutting
and verifying blocks, grouping, labels). Every stage
is timed once: a step inside linking is shown under it and never added again. CPU seconds are the
figure (this process's, so a busy machine slows them less than wall time); wall seconds and the
machine's load are printed beside. Each size is relinked in a fresh interpreter, as `provenance
analyze` would (so no block is kept for a later relink, nor digested: the window's hand links keep them,
bench_hand_link), and the relink's peak memory (VmHWM, on Linux) is printed beside its time.

Claim units and attributions come from analysing 400 generated articles once; larger corpora are
made by copying those records into new articles with their names, figures and speakers redrawn
per story from large vocabularies, so the index and the speaker resolution see realistic key
frequencies without parsing 16,000 articles. Each story is STORY copies of one base article,
their vectors a little noisy; stories made from the same base article in different rounds are
turned by a random rotation of the embedding space, so they read as unrelated and a story keeps
its size whatever the size of the corpus.

Arguments: --sizes 1000,2000,... (default 1k to 16k); --repeat N relinks every size N times, in
rounds over all sizes (1k, 2k, 4k, then 1k, 2k, 4k again) from the same files, and keeps each
size's run with the least CPU (default 1): a spell of load on the machine then slows one run of
several sizes rather than every run of one size, which would read as growth. --profile FOLDER
writes a cProfile of each size's first relink there (relink-<size>.prof).
"""
from __future__ import annotations

import argparse
import copy
import cProfile
import dataclasses
import json
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import PEOPLE, article, fill  # noqa: E402
from run import load, machine  # noqa: E402

from viewer.analysis import pipeline, store  # noqa: E402
from viewer.analysis.claims import blocks, linking  # noqa: E402
from viewer.analysis.claims.features import ClaimUnit  # noqa: E402
from viewer.analysis.corrections import Corrections  # noqa: E402
from viewer.analysis.documents import PARTITION, DocumentAnalysis, analyse_partition, partitions  # noqa: E402
from viewer.analysis.model import Attribution  # noqa: E402
from viewer.analysis.segment import Unparsed  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

BASE = 400
STORY = 4
SIZES = (1000, 2000, 4000, 8000, 16000)
TARGET = 2.2  # time per doubling of articles, at most
VOCABULARY = [f"name{i}" for i in range(20000)]
_SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vor", "bel", "dun", "sha", "pri", "gor", "lin", "mek", "zan", "tul",
              "ova", "ers", "ich", "enko", "ski", "har", "pel", "quin", "dor", "was", "nek", "rio", "ber", "sol", "mah"]
SURNAMES = sorted({"".join(random.Random(i).choices(_SYLLABLES, k=random.Random(-i).randint(2, 3))).capitalize()
                   for i in range(40000)})
GIVEN_NAMES = sorted({"".join(random.Random(i).choices(_SYLLABLES, k=2)).capitalize() for i in range(3000)})

# What relink calls, by stage, in the order it calls them: (module, name, shown under).
STAGES = (
    (pipeline, "_resolve_speakers", None),
    (store, "claim_units", None),
    (pipeline, "neighbouring_documents", None),
    (pipeline, "link_claims", None),
    (linking, "candidate_blocks", "link_claims"),
    (blocks, "verify_block", "link_claims"),
    (linking, "average_link", "link_claims"),
    (linking, "_claim", "link_claims"),
    (pipeline, "annotate_discrepancies", None),
    (store, "claim_members", None),
    (pipeline, "carry_ids", None),
    (store, "write_claims", None),
    (pipeline, "claim_threads", None),
    (store, "write_claim_threads", None),
)


def base_records() -> list[DocumentAnalysis]:
    """The records of the BASE articles, analysed for real (parsed, attributed, embedded)."""
    unparsed = (Unparsed(i, article(i), []) for i in range(BASE))
    return [r for part in partitions(unparsed, PARTITION) for r in analyse_partition(part, Corrections())]


def base_of(document: int) -> int:
    return (document // STORY) % BASE


def rotation(round_: int, width: int) -> np.ndarray:
    q, _r = np.linalg.qr(np.random.default_rng(round_).standard_normal((width, width)))
    return q.astype(np.float32)


def redraw(unit: ClaimUnit, document: int, turn: np.ndarray) -> ClaimUnit:
    """A copy of the unit in ``document``: the names and figures of its story (the articles of one
    story share them), its vector turned with its round and a little noisy."""
    features = copy.deepcopy(unit.features)
    story = random.Random(document // STORY)
    renamed = {n: story.choice(VOCABULARY) for n in sorted(features.names)}
    for key in ("terms", "names", "frame", "setting"):
        setattr(features, key, sorted({renamed.get(t, t) for t in getattr(features, key)}))
    features.figures = [_redrawn(f, float(story.randint(2, 50000))) for f in features.figures]
    noise = np.random.default_rng(document).standard_normal(unit.vector.shape).astype(np.float32) * 0.02
    vector = turn @ (unit.vector + noise)
    return ClaimUnit(document, unit.span, features, vector / np.linalg.norm(vector))


def _redrawn(figure, value: float):
    return dataclasses.replace(figure, value=value, low=value, high=value, qualifier="exact")


def respoken(attribution: Attribution, document: int) -> Attribution:
    """The attribution with its story's people: each person of the generated articles is given a
    name of the story, the same in every article of it, so a story keeps its speakers and the
    corpus gains new ones as it grows (descriptions, bodies and pronouns stay as they are)."""
    story = random.Random(f"speakers {document // STORY}")
    given, surnames = story.sample(GIVEN_NAMES, len(PEOPLE)), story.sample(SURNAMES, len(PEOPLE))
    drawn = {word: (given if position == 0 else surnames)[k]
             for k, person in enumerate(PEOPLE) for position, word in enumerate(person.split())}
    name = " ".join(drawn.get(w, w) for w in attribution.speaker_name.split())
    return dataclasses.replace(attribution, speaker_name=name)


def records_of(size: int, pool: list[DocumentAnalysis]) -> Iterator[DocumentAnalysis]:
    """Documents 1..size, each a redrawn copy of its base article's record."""
    width = len(pool[0].units[0].vector)
    turns: dict[int, np.ndarray] = {}
    for document in range(1, size + 1):
        round_ = document // (STORY * BASE)
        if round_ not in turns:
            turns[round_] = rotation(round_, width) if round_ else np.eye(width, dtype=np.float32)
        base = pool[base_of(document)]
        yield DocumentAnalysis(document, [respoken(a, document) for a in base.attributions],
                               [redraw(u, document, turns[round_]) for u in base.units])


def corpus_of(path: Path, size: int, pool: list[DocumentAnalysis]) -> Corpus:
    """A corpus file of ``size`` analysed articles, not linked yet."""
    corpus = fill(path, size, lambda i: article(base_of(i + 1)))
    with corpus.transaction():
        for records in partitions(records_of(size, pool), 256):
            store.write_documents(corpus, records, pipeline.ANALYSER_VERSION)
    return corpus


class StageClock:
    """CPU and wall seconds spent in each of STAGES while inside (generators timed as consumed)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}

    @contextmanager
    def timing(self) -> Iterator["StageClock"]:
        saved = [(module, name, getattr(module, name)) for module, name, _under in STAGES]
        for module, name, original in saved:
            setattr(module, name, self._timed(name, original))
        try:
            yield self
        finally:
            for module, name, original in saved:
                setattr(module, name, original)

    def _timed(self, name: str, function: Callable) -> Callable:
        def timed(*args, **kwargs):
            with self._clock(name):
                result = function(*args, **kwargs)
            return self._timed_iterator(name, result) if isinstance(result, Iterator) else result
        timed.__name__ = function.__name__  # the workers' map reports blocks by function name
        return timed

    def _timed_iterator(self, name: str, items: Iterator) -> Iterator:
        while True:
            with self._clock(name):
                item = next(items, _END)
            if item is _END:
                return
            yield item

    @contextmanager
    def _clock(self, name: str) -> Iterator[None]:
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            yield
        finally:
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall


_END = object()


@dataclasses.dataclass
class Measured:
    size: int
    units: int
    claims: int
    cpu: float
    wall: float
    stages: dict[str, float]
    peak_mb: float | None = None  # the relink's peak resident memory, where the system tells it


def measure(size: int, pool: Path, folder: Path, profile: Path | None) -> Measured:
    """One relink of a corpus of ``size`` articles, from an unlinked file built on the first call
    and kept in ``folder`` for the next rounds."""
    unlinked = folder / f"{size}.corpus"
    if not unlinked.exists():
        with corpus_of(folder / f"{size}.building", size, pickle.loads(pool.read_bytes())):
            pass
        (folder / f"{size}.building").rename(unlinked)
    copy = folder / f"{size}-relinked.corpus"
    shutil.copy(unlinked, copy)
    try:
        return relinked(copy, size, profile)
    finally:
        copy.unlink()


def relinked(path: Path, size: int, profile: Path | None) -> Measured:
    peak = PeakMemory()
    with Corpus(path, create=False) as corpus:
        units = corpus.db.execute("SELECT count(*) FROM claim_units").fetchone()[0]
        clock = StageClock()
        profiler = cProfile.Profile() if profile else None
        with clock.timing():
            cpu, wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            pipeline.relink(corpus)
            if profiler:
                profiler.disable()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if profiler:
            profiler.dump_stats(profile / f"relink-{size}.prof")
        claims = corpus.db.execute("SELECT count(*) FROM claims").fetchone()[0]
    return Measured(size, units, claims, cpu, wall, clock.cpu, peak.megabytes())


class PeakMemory:
    """The process's peak resident memory from here on: Linux's high-water mark, reset when made (building the
    corpus in the same process came before), read from /proc; None where there is no /proc."""

    STATUS, RESET = Path("/proc/self/status"), Path("/proc/self/clear_refs")

    def __init__(self) -> None:
        if self.RESET.exists():
            self.RESET.write_text("5")

    def megabytes(self) -> float | None:
        if not self.STATUS.exists():
            return None
        line = next(line for line in self.STATUS.read_text().splitlines() if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024


def per_doubling(previous: Measured, now: Measured, seconds: Callable[[Measured], float]) -> float | None:
    """How many times the time grows when the articles double, between two sizes."""
    if seconds(previous) <= 0:
        return None
    return (seconds(now) / seconds(previous)) ** (1 / np.log2(now.size / previous.size))


def growth(previous: Measured | None, now: Measured, seconds: Callable[[Measured], float]) -> str:
    ratio = per_doubling(previous, now, seconds) if previous else None
    return "" if ratio is None else f"x{ratio:.2f}{'' if ratio <= TARGET else ' !'}"


def linking_seconds(run: Measured) -> float:
    """The corpus-wide linking step: nearest articles (found before linking since threads use them too) and linking."""
    return sum(run.stages.get(name, 0.0) for name in ("neighbouring_documents", "link_claims"))


def report(runs: list[Measured]) -> None:
    """Each stage's CPU seconds at each size and its growth per doubling (! above the target)."""
    print(f"\nCPU seconds by stage (growth per doubling of articles; ! above x{TARGET}):")
    names = [(name, under) for _m, name, under in STAGES]
    print(f"{'':>26}" + "".join(f"{r.size:>16}" for r in runs))
    rows = [("relink (whole)", lambda r: r.cpu)]
    for name, under in names:
        rows.append((f"{'of which ' if under else ''}{name}", lambda r, name=name: r.stages.get(name, 0.0)))
    rows.append(("other", lambda r: r.cpu - sum(r.stages.get(n, 0.0) for n, u in names if not u)))
    for title, seconds in rows:
        cells = [f"{seconds(r):8.2f} {growth(p, r, seconds):>7}" for p, r in zip([None, *runs], runs)]
        print(f"{title:>26}" + "".join(f"{c:>16}" for c in cells))
    steps = list(zip(runs, runs[1:]))
    for title, seconds in (("relink", lambda m: m.cpu), ("linking", linking_seconds)):
        print(f"per doubling, {title}: " + ", ".join(f"{p.size:,}->{r.size:,} {growth(p, r, seconds)}" for p, r in steps))
    worst = max((per_doubling(p, r, lambda m: m.cpu) or 0.0 for p, r in steps), default=0.0)
    overall = per_doubling(runs[0], runs[-1], lambda m: m.cpu) if len(runs) > 1 else None
    if overall is not None:  # steadier than one step: a moment of load on the host moves every stage of one size
        print(f"per doubling over {runs[0].size:,}->{runs[-1].size:,}: relink x{overall:.2f}")
    if not steps:
        print(f"target: x{TARGET} or less per doubling of articles; not judged: one size measured, no doubling")
        return
    print(f"target: x{TARGET} or less per doubling of articles; worst step of the whole relink x{worst:.2f}"
          f" -> {'met' if worst <= TARGET else 'NOT met'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds over all sizes; each size's run with the least CPU counts")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in a fresh interpreter
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(dataclasses.asdict(measure(args.one, args.pool, args.folder, args.profile))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"relinking generated corpora on {machine()} ({load()})", flush=True)
    print(f"{'round':>5} {'articles':>8} {'units':>7} {'claims':>7} {'CPU s':>8} {'wall s':>8} {'µs CPU/unit':>11}"
          f" {'peak MB':>8}", flush=True)
    least: dict[int, Measured] = {}
    with tempfile.TemporaryDirectory() as folder:
        pool = Path(folder) / "pool.pickle"
        pool.write_bytes(pickle.dumps(base_records()))
        for round_ in range(1, args.repeat + 1):
            for size in sizes:
                run = in_fresh_interpreter(size, pool, Path(folder), args.profile if round_ == 1 else None)
                print(f"{round_:>5} {run.size:>8} {run.units:>7} {run.claims:>7} {run.cpu:>8.2f} {run.wall:>8.2f}"
                      f" {1e6 * run.cpu / run.units:>11.0f} {_megabytes(run.peak_mb):>8}  ({load()})", flush=True)
                least[size] = min(least.get(size, run), run, key=lambda m: m.cpu)
    if args.repeat > 1:
        print(f"\nthe least CPU of {args.repeat} rounds counts for each size")
    report([least[size] for size in sizes])


def _megabytes(peak: float | None) -> str:
    return "?" if peak is None else f"{peak:.0f}"


def in_fresh_interpreter(size: int, pool: Path, folder: Path, profile: Path | None) -> Measured:
    """One size measured in its own process, as `provenance analyze` relinks: a process that
    relinked the smaller corpora first still holds their heap and caches (spaCy's string store
    keeps every mention it parsed), which is not what relinking this corpus costs."""
    command = [sys.executable, __file__, "--one", str(size), "--pool", str(pool), "--folder", str(folder)]
    if profile:
        command += ["--profile", str(profile)]
    out = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True).stdout
    return Measured(**json.loads(out.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
