"""Whether a unit's times read the same events in the parse the analysis read it in as in a parse of the unit alone.

    python bench/unit_events_parse.py FOLDER [FOLDER ...] [--limit N] [--show K]

Comparing two sources' times (`time_differences`) needs the event each time is of (`claims.timed_events`). Until
session 71 a relink parsed each such mention alone for it, which loaded spaCy's pipeline for every hand link; now
each unit reads its events at analysis, cut out of its document's parse (`timed_events.unit_events`, as
`alignment.cut` cuts it). Each FOLDER's ``.txt`` reports (its ``docs`` if it has one; the first ``--limit``) are
imported and parsed as the analysis does (`segment.parse_many`, the lines above the prose alone); each unit stating a
clock time or a day is then parsed alone as well. Printed: the times of those sorts read, how many read the same
event both ways, how many differ where either read is a moment two sources compare (`a_moment`, not a report's
time), and ``--show`` of those with both events. Run in session 71 (speed71) on judged and unjudged news sets.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.analysis import segment  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.claims.timed_events import a_moment, timed_events  # noqa: E402
from viewer.analysis.claims.times import DAY_KINDS, REPORTING, times_in  # noqa: E402
from viewer.analysis.claims.units import found_units, parse_headlines  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

COMPARED = ("time", *DAY_KINDS)  # the sorts of time `time_differences` compares


def analysed_units(folder: Path, limit: int) -> Iterator[tuple[str, UnitFeatures]]:
    """Each unit of the folder's first ``limit`` reports as the analysis reads it: its text and features."""
    docs = folder / "docs" if (folder / "docs").is_dir() else folder
    paths = sorted(docs.glob("*.txt"))[:limit]
    parsed = list(segment.parse_many(imported(paths)))
    parse_headlines(parsed)
    for document in parsed:
        for unit in found_units(document):
            yield document.text[unit.span.start:unit.span.end], unit.features


def unit_reads(folder: Path, limit: int) -> list[tuple[str, list[str]]]:
    """Each unit of the folder's reports that states a compared time: its text and the events it recorded."""
    return [(text, features.events) for text, features in analysed_units(folder, limit)
            if any(t.kind in COMPARED for t in times_in(text))]


def compared(reads: list[tuple[str, list[str]]]) -> tuple[Counter[str], list[tuple[str, str, str, str]]]:
    """Counts of the compared times read the same and otherwise alone, and the differing ones that matter."""
    counts: Counter[str] = Counter()
    differing = []
    texts = [text for text, _ in reads]
    for (text, stored), doc in zip(reads, english().pipe(texts, batch_size=64)):
        found = times_in(text)
        for t, inside, alone in zip(found, stored, timed_events(doc, found)):
            if t.kind not in COMPARED:
                continue
            counts["times"] += 1
            if inside == alone:
                counts["same event"] += 1
            elif any(e not in REPORTING and a_moment(e) for e in (inside, alone)):
                counts["other event, a moment either way"] += 1
                differing.append((text, t.text, inside, alone))
            else:
                counts["other event, no moment either way"] += 1
    return counts, differing


def arguments(argv: list[str] | None, description: str) -> argparse.Namespace:
    """The folders, ``--limit`` and ``--show`` of this bench and of `bench/unit_denials_parse.py`."""
    parser = argparse.ArgumentParser(description=description.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="reports read per folder, in name order")
    parser.add_argument("--show", type=int, default=20)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__)
    total: Counter[str] = Counter()
    shown = []
    for folder in args.folders:
        counts, differing = compared(unit_reads(folder, args.limit))
        print(f"{folder.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        total += counts
        shown += differing
    print("all: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    for text, time, inside, alone in shown[:args.show]:
        print(f"  {time!r}: in its document {inside!r}, alone {alone!r} | {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
