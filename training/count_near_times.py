"""Count, on the GVA crawl, two articles of one incident giving one event clock times written to the minute that
differ in the minute though each may be the other (`times.meet`: a time at a multiple of five minutes is read as
rounded, and "around" widens it), to see whether the discrepancy lines should show them.

`time_differences` writes a line only for a time the other source's time cannot be, so "around 11:20 p.m." /
"11:23 p.m." and "12:45 p.m." / "12:47 p.m." for one shooting gave none; judges of sessions 56-58 noted nine such
pairs as lines a researcher wants. Each pair of clock times of one event (the events `claims.timed_events` reads,
one where `one_event` says so) in two articles of one incident, both written with minutes, is put in one class:

- ``same minute``: the two give one minute (the hedge aside);
- ``near, meet``: the minutes differ and the times meet (the pairs such a line would show), by minutes apart;
- ``apart``: they cannot be one moment (lines `time_differences` writes already).

``--show N`` prints N pairs of the ``near, meet`` class at random (seed 59) with both sentences, to read by hand.

    python training/count_near_times.py GVA_CRAWL [--incidents N] [--show N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import read_item, usable  # noqa: E402
from viewer.analysis.claims.timed_events import a_moment, one_event, timed_events  # noqa: E402
from viewer.analysis.claims.times import meet, times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
_MINUTES = re.compile(r"\d{1,2}[:.](\d\d)")


def minute_written(text: str) -> int | None:
    """The minute a clock time is written with ("11:23 p.m." 23), None for a time on the hour ("11 p.m.")."""
    hit = _MINUTES.search(text)
    return int(hit.group(1)) if hit else None


def timed(articles: list[str]) -> list[list[tuple[object, str, str]]]:
    """Each article's clock times written with minutes: (time, event, sentence)."""
    sentences = [(i, s) for i, text in enumerate(articles) for s in _SENTENCE.split(text)
                 if any(t.kind == "time" and minute_written(t.text) is not None for t in times_in(s))]
    out: list[list] = [[] for _ in articles]
    for (i, s), doc in zip(sentences, english().pipe([s for _, s in sentences], batch_size=64)):
        found = times_in(s)
        for t, event in zip(found, timed_events(doc, found)):
            if t.kind == "time" and minute_written(t.text) is not None and event and a_moment(event):
                out[i].append((t, event, s))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args()
    tally: Counter = Counter()
    near: list[tuple] = []
    for folder in sorted(p for p in ns.crawl.iterdir() if p.is_dir())[:ns.incidents]:
        items = [(p.stem, item) for p in folder.glob("*.json") if (item := read_item(p)) is not None]
        kept = [item["text"] for _, item in usable(items)]
        if len(kept) < 2:
            continue
        seen = set()
        for a, b in combinations(timed(kept), 2):
            for t, e, s in a:
                for u, f, r in b:
                    if not one_event(e, f) or (key := (t.text, u.text, e, f)) in seen:
                        continue
                    seen.add(key)
                    if not meet(t, u):
                        tally["apart"] += 1
                    elif minute_written(t.text) == minute_written(u.text):
                        tally["same minute"] += 1
                    else:
                        gap = min(abs(sum(x) - sum(y)) / 2 % 1440 for x in t.spans for y in u.spans)
                        tally[f"near, meet ({'1-2' if gap <= 2 else '3-5' if gap <= 5 else '6+'} minutes apart)"] += 1
                        near.append((folder.name, t.text, u.text, s.strip(), r.strip()))
    for kind, n in sorted(tally.items()):
        print(f"{n:6d}  {kind}")
    for row in random.Random(59).sample(near, min(ns.show, len(near))):
        print("\t".join(row))


if __name__ == "__main__":
    main()
