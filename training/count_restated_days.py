"""Count, across the articles of one incident of the GVA crawl, one sentence two articles write word for word but for
the day it names ("Grief counselors will be available … on Tuesday" / "… on Wednesday" / "… tomorrow"), to see how
often one statement carried by two reports gives two days, and of which kind the two days are.

    python training/count_restated_days.py CORPUS_DIR [--show N]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles). Kinds: two weekdays, a
weekday against a day told from the report's own date ("tomorrow", "today", "yesterday", "tonight"), two such.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gva import read_item  # noqa: E402

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = ("today", "tomorrow", "yesterday", "tonight")
_DAY = re.compile(rf"\b(?:on\s+)?({'|'.join(_WEEKDAYS + _RELATIVE)})\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]{30,}[.!?]")


def day_slots(text: str) -> dict[str, list[str]]:
    """Each sentence naming one day, with the day taken out (the key), and the days it names."""
    out: dict[str, list[str]] = {}
    for sentence in _SENTENCE.findall(text):
        days = _DAY.findall(sentence)
        if len(days) == 1:
            key = " ".join(_DAY.sub("DAY", sentence).lower().split())
            out.setdefault(key, []).append(days[0].lower())
    return out


def kind(a: str, b: str) -> str:
    relative = (a in _RELATIVE) + (b in _RELATIVE)
    return ("two weekdays", "a weekday and a relative day", "two relative days")[relative]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=10)
    ns = parser.parse_args()
    tally, shown = Counter(), {}
    for incident in sorted(p for p in ns.corpus_dir.iterdir() if p.is_dir()):
        slots = [day_slots(item["title"] + "\n" + item["text"]) for p in sorted(incident.iterdir())
                 if (item := read_item(p)) is not None]
        seen = set()
        for i, a in enumerate(slots):
            for b in slots[i + 1:]:
                for key in a.keys() & b.keys():
                    days = (a[key][0], b[key][0])
                    tally["restated, one day"] += 1 if days[0] == days[1] and key not in seen else 0
                    if days[0] != days[1] and key not in seen:
                        tally[kind(*days)] += 1
                        shown.setdefault(kind(*days), []).append(f"{incident.name}: {days[0]} / {days[1]}: {key[:110]}")
                    seen.add(key)
    for k, n in tally.most_common():
        print(f"{k}: {n}")
        for line in shown.get(k, [])[:ns.show]:
            print("  " + line)


if __name__ == "__main__":
    main()
