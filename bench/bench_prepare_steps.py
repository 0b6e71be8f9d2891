"""How long one long text's preparation (its boilerplate, then its dates) takes, and how long the import's bar stands
still inside it.

    python bench/bench_prepare_steps.py [--megabytes 1] [--runs 3]

One text of generated articles (`bench_import.article`, as bench_import_cancel.py builds its long.txt) is prepared as
an import prepares it (`importing._prepare`), its steps timed: the time to its boilerplate found and to its dates
read, how many steps it said, and the longest wall-clock stretch between two of them (the bar standing still, and a
cancel unheard). The median of ``--runs`` is printed. Not a timed test: the figures move with the machine's load.
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


def timed(text: str) -> tuple[float, float, int, float]:
    """(seconds to the boilerplate, seconds in all, steps said, longest stretch between steps)."""
    moments: list[tuple[float, str]] = []
    start = time.perf_counter()
    _prepare(Extracted(text), Path("long.txt"), "txt", "0" * 64,
             lambda done, total, what: moments.append((time.perf_counter(), what)))
    end = time.perf_counter()
    marks = [(t, what) for t, what in moments if "dates" in what][:1]
    boilerplate = (marks[0][0] if marks else end) - start
    times = [start, *(t for t, _what in moments), end]
    return boilerplate, end - start, len(moments), max(b - a for a, b in zip(times, times[1:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = long_text(args.megabytes)
    runs = [timed(text) for _ in range(args.runs)]
    boilerplate, whole, steps, still = (statistics.median(run[k] for run in runs) for k in range(4))
    print(f"{len(text):,} characters, median of {args.runs}: boilerplate {boilerplate:.2f} s, dates {whole - boilerplate:.2f}"
          f" s, whole {whole:.2f} s; {steps:.0f} steps said; longest still {still:.2f} s")


if __name__ == "__main__":
    main()
