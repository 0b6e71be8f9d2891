"""A second multi-outlet set for judging claim links, from a source other than ECB+.

The LongTailQATask pilot (CLTL, VU Amsterdam; github cltl/LongTailQATask) crawled, for each
incident of the Gun Violence Archive, the news articles the registry cites as its sources, from
many local outlets, with their publication dates. The registry, not anyone here, says which
articles report one incident, and the incidents are alike (shootings in US towns), so a linker
that joins stories by topic alone shows it.

    python bench/gva.py CORPUS_DIR OUT [--events 10] [--articles 5] [--exclude EARLIER_OUT ...]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (one folder per incident, one pickled
news item per article). OUT receives ``docs/*.txt`` (title, blank line, text) and
``events.json``: each document's incident, date and address. Incidents are chosen with a fixed
seed among those with enough distinct, long articles, never by reading the texts. ``--exclude``
draws a fresh blind set from the incidents an earlier draw did not take, so a set that has already
steered a change can be replaced by one nothing has seen; without it the draw is the first one.
"""
from __future__ import annotations

import argparse
import datetime
import pickle
import random
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402

SEED = 2018
MIN_WORDS = 150


class _NewsItem:
    """Stands in for the crawler's ``classes.NewsItem`` when its pickles are read."""


class _Reader(pickle.Unpickler):
    """Reads only the crawl's news items and dates: a pickle can name any callable."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("classes", "NewsItem"):
            return _NewsItem
        if (module, name) in {("datetime", "date"), ("datetime", "datetime")}:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a news item")


def read_item(path: Path) -> dict | None:
    """Title, text, date and address of one crawled article; None when it cannot be read."""
    try:
        with open(path, "rb") as f:
            item = _Reader(f, encoding="latin1").load()
    except (pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        return None
    text = re.sub(r"\n{3,}", "\n\n", str(getattr(item, "content", "") or "")).strip()
    dct = getattr(item, "dct", None)
    return {"title": " ".join(str(getattr(item, "title", "") or "").split()), "text": text,
            "date": dct.isoformat() if hasattr(dct, "isoformat") else None, "uri": str(getattr(item, "uri", ""))}


def usable(items: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Long articles with a title, one per text (a syndicated copy counts once), by name."""
    seen, out = set(), []
    for name, item in sorted(items, key=lambda x: x[0]):
        key = " ".join(item["text"].split()[:60])
        if item["title"] and len(item["text"].split()) >= MIN_WORDS and key not in seen:
            seen.add(key)
            out.append((name, item))
    return out


def usable_reports(corpus_dir: Path) -> Iterator[tuple[str, list[tuple[str, dict]]]]:
    """Each incident folder of the crawl, in name order, with its usable articles (`usable`) by file name: what the
    counters in training/ read."""
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        yield folder.name, usable([(p.name, item) for p in sorted(folder.iterdir()) if (item := read_item(p)) is not None])


def report_text(item: dict) -> str:
    """A crawl report as the counters read it: its title, a blank line and the text's first 6,000 characters."""
    return f"{item['title']}\n\n{item['text'][:6000]}"


def parsed_report_pairs(corpus_dir: Path, incidents: int, nlp) -> Iterator[tuple]:
    """The first two usable reports of each of the crawl's first ``incidents`` incidents that have two, each parsed
    (`report_text`): what the counters of a shape across two reports of one incident read
    (bench/identification_links.py, bench/doer_deaths.py)."""
    for items in incidents_with_two(corpus_dir, incidents):
        yield tuple(nlp(report_text(item)) for _n, item in items[:2])


def pair_count_arguments(doc: str, argv: list[str] | None = None, flags: tuple[str, ...] = ()) -> argparse.Namespace:
    """The arguments of a count over two reports' sentences across the crawl (bench/day_acts.py,
    bench/named_source_crawl.py): the crawl's folder, how many incidents, the content words a pair shares, and how
    many pairs of each group to print; ``flags``, a script's own switches ("after": ``--after``)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--shared", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    for flag in flags:
        parser.add_argument(f"--{flag}", action="store_true")
    return parser.parse_args(argv)


def incidents_with_two(corpus_dir: Path, incidents: int) -> Iterator[list[tuple[str, dict]]]:
    """The usable reports of each of the crawl's first ``incidents`` incidents that have two or more: the incidents
    every counter of a shape across reports of one incident reads."""
    seen = 0
    for _name, items in usable_reports(corpus_dir):
        if len(items) < 2:
            continue
        seen += 1
        if seen > incidents:
            return
        yield items


def print_counts(counts: Mapping[str, int]) -> None:
    """A crawl counter's counts by key, one a line: what the counters of a shape across two reports print
    (bench/stage_links.py, bench/stage_shapes.py)."""
    for key, count in sorted(counts.items()):
        print(f"{count:6}  {key}")


def prepare(corpus_dir: Path, out: Path, events: int, per_event: int, exclude: Sequence[Path] = ()) -> None:
    candidates = {}
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        items = [(p.stem, item) for p in folder.glob("*.json") if (item := read_item(p)) is not None]
        kept = usable(items)
        if len(kept) >= per_event:
            candidates[folder.name] = kept
    taken = drawn_before(exclude, "incidents")
    chosen = sorted(random.Random(SEED).sample(sorted(set(candidates) - taken), events))
    index = {"source": "cltl/LongTailQATask, EventRegistries/GunViolenceArchive/the_violent_corpus (Gun Violence Archive incidents)",
             "seed": SEED, **({"excluded": sorted(taken)} if exclude else {}), "incidents": chosen}
    write_event_set(out, index, (
        (f"{incident}_{name[:8]}.txt", f"{item['title']}\n\n{item['text']}\n",
         {"event": incident, "date": item["date"], "uri": item["uri"]})
        for incident in chosen for name, item in random.Random(f"{SEED}-{incident}").sample(candidates[incident], per_event)))
    print(f"{len(candidates)} incidents with {per_event}+ usable articles, {len(set(candidates) - taken)} not excluded; chose {chosen}")


if __name__ == "__main__":
    parser = draw_arguments(__doc__, "corpus_dir", 10, "incidents")
    parser.add_argument("--articles", type=int, default=5)
    ns = parser.parse_args()
    prepare(ns.corpus_dir, ns.out, ns.events, ns.articles, ns.exclude)
