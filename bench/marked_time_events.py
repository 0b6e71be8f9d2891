"""The compared times whose climb to their event passes a mark with no letter or digit, a round-up's bullet above all.

    python bench/marked_time_events.py (--gva CRAWL [--first N] | FOLDER [FOLDER ...]) [--show K]

A time's event is the word its phrase hangs from (`claims.timed_events`); the parse of a whole round-up hangs "• At
11:30 p.m., a 17-year-old boy was shot" from the bullet, and until session 73 the bullet was the event, so two items
of two shootings were one event and their times were compared. Each page of the GVA crawl (its first ``--first``, 800
unless told, and every page holding a bullet) or each ``.txt`` of every FOLDER (its ``docs`` if it has one) is parsed
whole, as the analysis parses a report, and every time of the sorts `time_differences` compares is read: printed are
how many, how many climb through such a mark, and ``--show`` of those with the event read now. Run in session 73
(lines73) on the crawl (842 pages: 4,075 times, 39 through a mark: 28 past a bullet, 10 past the "@" of "UPDATE @ 7
a.m.", which the parse tags so that it was climbed before, 1 past a full stop) and on round58dev (692 times, 17).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.unit_events_parse import COMPARED  # noqa: E402
from training.count_tables import crawl_texts  # noqa: E402
from viewer.analysis.claims.timed_events import _CLIMB, _places_in_time, timed_events  # noqa: E402
from viewer.analysis.claims.times import times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

BULLETS = ("•", "\n* ", "\n· ")


def crawl_pages(crawl: Path, first: int) -> list[str]:
    """The crawl's first ``first`` pages in path order, and every later page holding a bullet."""
    return [t for k, t in enumerate(crawl_texts(crawl)) if k < first or any(b in t for b in BULLETS)]


def folder_pages(folders: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for folder in folders
            for p in sorted(((folder / "docs") if (folder / "docs").is_dir() else folder).glob("*.txt"))]


def climbs_a_mark(doc, start: int, end: int) -> bool:
    """Whether the climb from the time at ``start``-``end`` of ``doc`` toward its event passes a word with no letter
    or digit outside the time before it reaches the event."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first, last = span[0].i, span[-1].i + 1
    word = next(w for w in span if not first <= w.head.i < last or w.head.i == w.i)
    for _ in range(_CLIMB):
        if word.head.i == word.i:
            return False
        word = word.head
        if not first <= word.i < last and not any(c.isalnum() for c in word.text):
            return True
        if not (first <= word.i < last or _places_in_time(word)):
            return False
    return False


def marked_times(texts: list[str]) -> Iterator[tuple[bool, str, str]]:
    """For each compared time of the texts, parsed whole: whether its climb passes a mark, its event, its sentence."""
    for doc in english().pipe(texts, batch_size=16):
        for sentence in doc.sents:
            found = times_in(sentence.text)
            placed = tuple(replace(t, start=t.start + sentence.start_char, end=t.end + sentence.start_char) for t in found)
            for t, event in zip(placed, timed_events(doc, placed)):
                if t.kind in COMPARED:
                    yield climbs_a_mark(doc, t.start, t.end), event, " ".join(sentence.text.split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*")
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--first", type=int, default=800)
    parser.add_argument("--show", type=int, default=40)
    ns = parser.parse_args(argv)
    texts = crawl_pages(ns.gva, ns.first) if ns.gva else folder_pages(ns.folders)
    counts, shown = Counter(), 0
    for marked, event, sentence in marked_times(texts):
        counts["times"] += 1
        counts["through a mark"] += marked
        if marked and shown < ns.show:
            shown += 1
            print(f"{event or '(none)':10} | {sentence[:150]}")
    print(f"{len(texts)} pages: {counts['times']} compared times, {counts['through a mark']} climb through a mark")


if __name__ == "__main__":
    main()
