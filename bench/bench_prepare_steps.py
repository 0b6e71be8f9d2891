"""How long one long text's preparation (its boilerplate, then its dates) takes, and how long the import's bar stands
still inside it.

    python bench/bench_prepare_steps.py [--megabytes 1] [--runs 3]

One text of generated articles (`bench_import.article`, as bench_import_cancel.py builds its long.txt) is prepared as
an import prepares it (`importing._prepare`), its steps timed: the CPU time it takes, how many steps it said, and the
longest wall-clock stretch between two of them (the bar standing still, and a cancel unheard). The median of
``--runs`` is printed. Not a timed test: the figures move with the machine's load.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_import import article  # noqa: E402

from viewer.corpus.formats import Extracted  # noqa: E402
from viewer.corpus.importing import _prepare  # noqa: E402


def long_text(megabytes: float) -> str:
    out, size, number = [], 0, 0
    while size < megabytes * 1_000_000:
        out.append(article(number))
        size += len(out[-1])
        number += 1
    return "\n".join(out)


def timed(text: str) -> tuple[float, int, float]:
    """(CPU seconds in all, steps said, longest wall-clock stretch between steps): CPU time, as the machine's load
    moves wall-clock times twofold."""
    walls: list[float] = [time.perf_counter()]
    cpu = time.process_time()
    _prepare(Extracted(text), Path("long.txt"), "txt", "0" * 64, lambda *_part: walls.append(time.perf_counter()))
    cpu = time.process_time() - cpu
    walls.append(time.perf_counter())
    return cpu, len(walls) - 2, max(b - a for a, b in zip(walls, walls[1:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = long_text(args.megabytes)
    runs = [timed(text) for _ in range(args.runs)]
    cpu, steps, still = (statistics.median(run[k] for run in runs) for k in range(3))
    print(f"{len(text):,} characters, median of {args.runs}: {cpu:.2f} s CPU; {steps:.0f} steps said; longest still"
          f" {still:.2f} s wall")


if __name__ == "__main__":
    main()
