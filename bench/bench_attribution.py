"""What the fitted cue model costs: its share of analysis time, and what it adds to the bundle.

Issue 12's limits: the trained component takes at most 20 % of analysis throughput and adds less
than 30 MB to the installed bundle. The whole analysis of generated articles (argv: how many,
default 200) is timed, and so is every call into the cue model (scoring a verb, choosing the
dependents that hold the content), which runs inside it.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article  # noqa: E402
from bench_analysis import fill  # noqa: E402

from viewer.analysis.attribution.cues import CueModel  # noqa: E402
from viewer.analysis.pipeline import analyse  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.resources import resources_dir  # noqa: E402


class CueClock:
    """Times every call the analysis makes into the cue model."""

    def __init__(self) -> None:
        self.seconds, self.calls = 0.0, 0
        self._originals = {name: getattr(CueModel, name) for name in ("probability", "content_parts")}

    def __enter__(self) -> "CueClock":
        for name, original in self._originals.items():
            setattr(CueModel, name, self._timed(original))
        return self

    def __exit__(self, *exc) -> None:
        for name, original in self._originals.items():
            setattr(CueModel, name, original)

    def _timed(self, original):
        clock = self

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                clock.seconds += time.perf_counter() - start
                clock.calls += 1

        return timed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    texts = [article(i) for i in range(count)]
    with tempfile.TemporaryDirectory() as tmp, Corpus(Path(tmp) / "bench.corpus") as corpus:
        fill(corpus, texts)
        with CueClock() as clock:
            start = time.perf_counter()
            analyse(corpus)
            total = time.perf_counter() - start
    size = sum(p.stat().st_size for p in (resources_dir() / "attribution").iterdir())
    print(f"cue model: {clock.seconds:.2f} s of {total:.1f} s analysing {count} articles "
          f"({clock.seconds / total:.1%} of analysis time, {clock.calls} calls; limit 20 %)")
    print(f"cue model and word classes in the bundle: {size / 2**20:.2f} MB (limit 30 MB)")


if __name__ == "__main__":
    main()
