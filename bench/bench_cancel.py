"""How long a cancel takes to be heard by the analysis, at each of its stages, on 200 generated articles.

    python bench/bench_cancel.py [--articles 200]

The analysis runs on a thread as the window and the command line run it; the cancel is asked when the progress
first says the stage ("loading the language", "analysed document 60", "embedding their sentences", "linking claims") and
the time until the analysis has stopped (`Cancelled` raised, the transaction rolled back) is printed for each.
Not a timed test: the figures move with the machine's load.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import fill  # noqa: E402

from viewer.analysis.pipeline import analyse  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.jobs import Cancelled, TaskState  # noqa: E402

STAGES = ("loading the language", "analysed document 60;", "embedding their sentences", "linking claims")


def cancel_latency(path: Path, stage: str) -> tuple[float, str]:
    """Seconds from the cancel asked at ``stage`` to the analysis stopped, and what the progress said then."""
    asked: list[float] = []
    said: list[str] = []

    def progress(done: int, total: int, text: str) -> None:
        said.append(text)
        if not asked and stage in text:
            asked.append(time.perf_counter())
            state.cancel()

    state = TaskState(progress)
    with Corpus(path) as corpus:
        try:
            analyse(corpus, state)
        except Cancelled:
            pass
    stopped = time.perf_counter()
    return (stopped - asked[0], said[-1]) if asked else (float("nan"), "stage never reached")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--stage", action="append", help="only these stages (a phrase of their progress)")
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base.corpus"
        fill(base, ns.articles).close()
        for stage in ns.stage or STAGES:
            copy = Path(folder) / "run.corpus"
            shutil.copy(base, copy)
            result: list = []
            thread = threading.Thread(target=lambda: result.append(cancel_latency(copy, stage)))
            thread.start()
            thread.join()
            seconds, last = result[0]
            print(f"cancel at {stage!r:28} heard after {seconds:6.2f} s (last progress: {last[:70]})", flush=True)
            copy.unlink()


if __name__ == "__main__":
    main()
