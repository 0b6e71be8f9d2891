"""What a researcher waits for after a hand link in the window: the correction and the whole relink.

Every link or unlink made by hand relinks the corpus (speakers, claims, discrepancies). The window runs
them one after another in one process, so what a relink reads that does not depend on the link is kept
from one to the next; this bench shows how much of a link that saves. It makes LINKS hand links in a
copy of a corpus, one process, and prints each link's CPU time with the kept readings dropped before
every link (as each link was before they were kept) and with them kept, as a ratio, and the share of a
link that reading the events of the mentions' times takes in each; and before them the first link's CPU time and
whether spaCy's pipeline was loaded by then (with ``--corpus`` only the link loads it; analysing the sample does).
CPU seconds of this process are the figure: a busy machine slows them less than wall time.

    python bench/bench_hand_link.py [--corpus FILE] [--links 4]

Without ``--corpus`` the bundled sample corpus is analysed into a temporary folder first.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.analysis import nlp, time_differences  # noqa: E402
from viewer.analysis.claims.blocks import keep_verified_blocks  # noqa: E402
from viewer.analysis.corrections import Link, Passage  # noqa: E402
from viewer.analysis.operations import correction_job  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402
from viewer.jobs import TaskState  # noqa: E402


def passages(corpus: Corpus, count: int) -> list[tuple[Passage, Passage]]:
    """Pairs of 30-character passages, each after a sentence's end, of neighbouring documents."""
    ids = corpus.document_ids()
    pairs = []
    for k in range(count):
        ends = []
        for document in (ids[(2 * k) % len(ids)], ids[(2 * k + 1) % len(ids)]):
            text = corpus.document(document).text
            stops = [i + 2 for i in range(len(text) - 40) if text.startswith(". ", i)]
            start = stops[(k + 2) % len(stops)] if stops else 0
            ends.append((document, start, start + 30))
        pairs.append((ends[0], ends[1]))
    return pairs


def timed_link(corpus: Corpus, pair: tuple[Passage, Passage], forget: bool) -> tuple[float, float]:
    """One hand link's CPU seconds and those of reading its events; ``forget``: nothing kept from the last link."""
    if forget:
        time_differences._READ.clear()
    spent = [0.0]
    read: Callable = time_differences.read_events

    def reading(pairs, recorded=None):
        began = time.process_time()
        try:
            return read(pairs, recorded)
        finally:
            spent[0] += time.process_time() - began

    time_differences.read_events = reading
    import viewer.analysis.discrepancies as discrepancies
    discrepancies.read_events = reading
    try:
        began = time.process_time()
        correction_job([Link(*pair)])(corpus, TaskState())
        return time.process_time() - began, spent[0]
    finally:
        time_differences.read_events = read
        discrepancies.read_events = read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="an analysed corpus (copied; the original is not touched)")
    parser.add_argument("--links", type=int, default=4)
    args = parser.parse_args(argv)
    keep_verified_blocks()  # as the window does
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "links.corpus"
        if args.corpus is None:
            from viewer.sample import ensure_sample_corpus
            ensure_sample_corpus(work)
        else:
            shutil.copy(args.corpus, work)
        with Corpus(work, create=False) as corpus:
            pairs = passages(corpus, args.links)
            first, _ = timed_link(corpus, pairs[0], forget=False)  # the parser and the first readings: a window's first link
            loaded = nlp._pipeline is not None
            rows = {forget: [timed_link(corpus, pair, forget) for pair in pairs] for forget in (True, False)}
    print(f"first hand link: {first:.2f} s CPU; spaCy's pipeline loaded by it: {'yes' if loaded else 'no'}")
    cold, kept = (statistics.median(t for t, _ in rows[f]) for f in (True, False))
    for forget, label in ((True, "events read again each link"), (False, "events kept between links")):
        share = sum(r for _, r in rows[forget]) / sum(t for t, _ in rows[forget])
        print(f"hand link, {label}: median {statistics.median(t for t, _ in rows[forget]):.2f} s CPU;"
              f" reading the events {share:.0%} of it")
    print(f"hand link kept / read again: {kept / cold:.2f} of the time ({args.links} links each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
