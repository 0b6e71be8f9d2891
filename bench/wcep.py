"""A fourth multi-outlet set for judging claim links: world events from the Wikipedia Current
Events Portal, outside the US-politics, shootings and twin-event sets.

WCEP (Gholipour Ghalandari et al., "A Large-Scale Multi-Document Summarization Dataset from the
Wikipedia Current Events Portal", ACL 2020) pairs each WCEP event summary with the news articles
editors cited for it, extended from Common Crawl News. The full dataset is only offered as a
download; the one copy with article text inside a public repository is the 1,100-line sample
that chrishokamp/dynamic-transformer-ensembles (by a WCEP author) commits as
``data/test_dataset/{train,val}.{source,target}``: line N of ``.source`` is one article
(``headline [SEP] text``), line N of ``.target`` the summary of the event it was cited for. The
summary, not anyone here, says which articles report one event; events range over 2016-2019
and every topic, so different events often share people and places (Brexit, Trump, Khashoggi).
The sample keeps neither addresses nor dates, so ``events.json`` records neither.

    python bench/wcep.py GIT_DIR OUT [--events 16] [--exclude EARLIER_OUT ...]

GIT_DIR is a fetched snapshot of that repository (read with ``git --git-dir``). OUT receives
``docs/*.txt`` (headline, blank line, text) and ``events.json``: each document's event (a short
hash of the summary), the summary and the sample line it came from. Events are drawn with a fixed
seed among those with at least two distinct articles of ``MIN_WORDS`` words, never by reading the
texts; ``--exclude`` draws a fresh blind set from the events an earlier draw did not take.
"""
from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402

SEED = 2020
MIN_WORDS = 100
SPLITS = ("train", "val")
SAMPLE = "data/test_dataset"


def _show(git_dir: Path, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def read_events(git_dir: Path) -> dict[str, dict]:
    """Every event of the sample with its distinct long articles, keyed by a hash of its summary.

    An article cited twice for one event (the same line twice) counts once.
    """
    events: dict[str, dict] = {}
    for split in SPLITS:
        sources = _show(git_dir, f"{SAMPLE}/{split}.source").split("\n")
        targets = _show(git_dir, f"{SAMPLE}/{split}.target").split("\n")
        for line, (source, summary) in enumerate(zip(sources, targets), 1):
            title, _, text = (" ".join(part.split()) for part in source.partition(" [SEP] "))
            if len(text.split()) < MIN_WORDS or not summary.strip():
                continue
            key = hashlib.sha1(summary.strip().encode("utf-8")).hexdigest()[:8]
            event = events.setdefault(key, {"summary": summary.strip(), "articles": {}})
            event["articles"].setdefault((title, text), f"{split}:{line}")
    return events


def prepare(git_dir: Path, out: Path, events: int, exclude: Sequence[Path] = ()) -> None:
    known = {key: event for key, event in read_events(git_dir).items() if len(event["articles"]) >= 2}
    taken = drawn_before(exclude)
    chosen = random.Random(SEED).sample(sorted(set(known) - taken), events)
    index = {"source": f"chrishokamp/dynamic-transformer-ensembles {SAMPLE} (WCEP sample: article -> event summary)",
             "seed": SEED, "min_words": MIN_WORDS, "excluded": sorted(taken), "events": chosen}
    written = write_event_set(out, index, (
        (f"{key}_{n}.txt", f"{title}\n\n{text}\n",
         {"event": key, "main_event": known[key]["summary"], "outlet": None, "date": None, "uri": line})
        for key in chosen
        for n, ((title, text), line) in enumerate(sorted(known[key]["articles"].items(), key=lambda a: a[1]), 1)))
    print(f"{len(known)} events with two or more articles; drew {len(chosen)}: {written} articles in {out / 'docs'}")


if __name__ == "__main__":
    ns = draw_arguments(__doc__, "git_dir", 16).parse_args()
    prepare(ns.git_dir, ns.out, ns.events, ns.exclude)
