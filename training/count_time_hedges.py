"""Count the words news prose writes before a clock time to say how near the time is, and how finely reporters write
its minutes, on the GVA crawl: the table `claims.times` reads (``time_hedges.json``).

Session 33 (discrep33) counted this with a scratch script that was never committed; this script writes the same
entries again (session 81, tables81). The hedges are a closed class of English, grouped by what they allow around the
time as written: ``about`` (the time give or take the precision it is written to), ``shortly_before`` and
``shortly_after`` (the half hour on one side), ``before`` and ``after`` (three hours on one side). Every candidate is
kept, as a closed class is (`hedge_words.json`), and the table says how often the crawl writes each right before a
time with a.m./p.m., o'clock, noon or midnight (the longest candidate ending there; "none" where no word of the
time-setting sort is), so a reader sees which carry the weight. ``minute_steps`` is the largest step of ``STEPS`` whose
multiples hold at least half the minutes written with a.m./p.m.: on the crawl multiples of 5 hold 70 % (chance 20 %),
of 10 and of 15 47 % each, so reporters round to five minutes and a time at :30 allows 5 minutes, not 15.

    python training/count_time_hedges.py GVA_CORPUS_DIR --out viewer/analysis/claims/time_hedges.json
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402

HEDGES = {
    "about": ("around", "about", "approximately", "approx.", "roughly", "near", "nearly"),
    "shortly_before": ("just before", "shortly before", "a little before", "little before"),
    "shortly_after": ("just after", "shortly after", "a little after", "little after"),
    "before": ("before", "sometime before", "by", "until", "prior to"),
    "after": ("after", "sometime after", "since", "between", "from"),
}
STEPS = (30, 15, 10, 5)
TIME = re.compile(r"\b\d{1,2}(?:[:.](?P<minute>[0-5]\d))?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}\s+o['’]clock\b|\b(?:noon|midnight)\b",
                  re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z.]+")


def hedge_before(text: str, start: int) -> str:
    """The longest candidate hedge ending right before ``start`` (a time's first character), or "none"."""
    words = [w.lower() for w in _WORDS.findall(text[max(0, start - 40):start])]
    found = [h for hedges in HEDGES.values() for h in hedges if words[-len(h.split()):] == h.split()]
    return max(found, key=lambda h: len(h.split()), default="none")


def counted(texts: Iterable[str]) -> tuple[Counter, Counter]:
    """The hedges before each time written with a.m./p.m., o'clock, noon or midnight, and those times' minutes."""
    hedges, minutes = Counter(), Counter()
    for text in texts:
        for m in TIME.finditer(text):
            hedges[hedge_before(text, m.start())] += 1
            if m.group("minute"):
                minutes[int(m.group("minute"))] += 1
    return hedges, minutes


def minute_step(minutes: Counter) -> int:
    """The largest of STEPS whose multiples hold at least half the written minutes; 1 if none does."""
    total = sum(minutes.values())
    return next((s for s in STEPS if 2 * sum(n for m, n in minutes.items() if m % s == 0) >= total), 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    ns = parser.parse_args(argv)
    hedges, minutes = counted(crawl_texts(ns.crawl))
    step = minute_step(minutes)
    provenance = {
        "data": GVA_CRAWL + ", every readable page's text",
        "rule": "a closed class of hedges grouped by what they allow (about: as written give or take its precision; "
                "shortly before/after: the half hour on that side; before/after: three hours on that side), all kept; "
                "minute_steps: the largest of 30, 15, 10, 5 whose multiples hold at least half the minutes written",
        "counts": "times written with a.m./p.m., o'clock, noon or midnight by the longest hedge right before them; "
                  "minutes: how many times were written with minutes, and how many at a multiple of each step",
    }
    more = {name: list(words) for name, words in HEDGES.items() if name != "about"}
    more |= {"minute_steps": step, "counts": {h: hedges[h] for h in [*(h for hs in HEDGES.values() for h in hs), "none"]},
             "minutes": {"written": sum(minutes.values()),
                         **{f"multiple of {s}": sum(n for m, n in minutes.items() if m % s == 0) for s in STEPS}}}
    write_table(ns.out, "count_time_hedges.py", provenance, "about", list(HEDGES["about"]), more)
    print(dict(hedges.most_common()), f"minute_steps {step}")


if __name__ == "__main__":
    main()
