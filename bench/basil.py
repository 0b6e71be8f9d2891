"""A third multi-outlet set for judging claim links: one event told by three US outlets of
different leanings.

BASIL (launchnlp/BASIL, "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
EMNLP 2019) holds 100 events from 2010-2019, each reported by Fox News, the New York Times and
the HuffPost, grouped by the dataset's own triplet id. The dataset, not anyone here, says which
articles report one event, and the events are mostly US politics, so topic alone does not tell
them apart. The same facts arrive in very different words and framings.

    python bench/basil.py BASIL_GIT_DIR OUT [--events 20] [--exclude EARLIER_OUT ...]

BASIL_GIT_DIR is a fetched snapshot of the repository (read with ``git --git-dir``, no work tree
needed). OUT receives ``docs/*.txt`` (title, blank line, paragraphs separated by blank lines:
an imported article with its headline above the prose) and ``events.json``: each document's
event, outlet, date and address. Events are drawn with a fixed seed, never by reading the texts;
``events.json`` keeps the draw order, and hand gold covers the first events drawn. ``--exclude``
draws a fresh blind set from the events an earlier draw did not take, so a set that has already
steered a change can be replaced by one nothing has seen.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402

SEED = 20261129


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def read_articles(git_dir: Path) -> dict[str, list[dict]]:
    """Every article of the snapshot, grouped by the dataset's triplet id."""
    triplets: dict[str, list[dict]] = {}
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", "articles").split():
        if path.endswith(".json"):
            article = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
            triplets.setdefault(article["triplet-uuid"], []).append(article)
    return triplets


def article_text(article: dict) -> str:
    """Headline, then each paragraph (BASIL stores it as a list of sentences) as one block.

    Some later articles repeat the headline as their first paragraph (a scraping artefact); a
    researcher's import shows it once, so that copy is dropped.
    """
    title = " ".join(article["title"].split())
    paragraphs = [" ".join(" ".join(s.split()) for s in p if s.strip()) for p in article["body-paragraphs"]]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return "\n\n".join([title, *paragraphs]) + "\n"


def prepare(git_dir: Path, out: Path, events: int, exclude: Sequence[Path] = ()) -> None:
    triplets = read_articles(git_dir)
    taken = drawn_before(exclude)
    chosen = random.Random(SEED).sample(sorted(set(triplets) - taken), events)
    index = {"source": "launchnlp/BASIL articles/ (Fox News, New York Times, HuffPost; one triplet per event)",
             "seed": SEED, "excluded": sorted(taken), "events": chosen}
    written = write_event_set(out, index, (
        (f"{triplet[:8]}_{article['source']}.txt", article_text(article),
         {"event": triplet, "main_event": article["main-event"], "outlet": article["source"],
          "date": article["date"], "uri": article["url"]})
        for triplet in chosen for article in sorted(triplets[triplet], key=lambda a: a["source"])))
    print(f"{len(triplets)} events; drew {len(chosen)}: {written} articles in {out / 'docs'}")


if __name__ == "__main__":
    ns = draw_arguments(__doc__, "git_dir", 20).parse_args()
    prepare(ns.git_dir, ns.out, ns.events, ns.exclude)
