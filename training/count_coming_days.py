"""Count the days the date reader's lead reads as to come, and write every day it reads with its sentence to judge.

    python training/count_coming_days.py FOLDER ... [--out DAYS.tsv]

Each FOLDER holds .txt articles (a set's docs/). Every day written in an article's lead (its headline and the three
paragraphs under it, as `dating._lead` takes them) is read by `dating._to_come`; the counts say how many are to come,
and ``--out`` writes one row per day (to come 1/0, article, the day's words, its sentence) to read by hand. Session 49
read the 54 days main's reader took as to come on gva500, ECB+ train and BASIL: 12 were past, 11 of them after a past
verb that follows the sentence's "will" (`dating._PAST_VERB`).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.corpus import dating  # noqa: E402
from viewer.corpus.dates import date_phrases, weekday_phrases  # noqa: E402


def lead_days(text: str) -> list[tuple[bool, str, str]]:
    """(to come, words, sentence) of every day the lead writes, a date or a weekday."""
    start, end = dating._lead(text, 0, 3)
    found = {(p.start, p.end) for p in date_phrases(text, start, end) if p.day is not None}
    found |= {(w.start, w.end) for w in weekday_phrases(text, start, end)}
    out = []
    for s, e in sorted(found):
        ends = [m.end() for m in dating._SENTENCE_END.finditer(text, start, s)]
        opening = max(ends[-1] if ends else start, text.rfind("\n", start, s))
        closing = dating._SENTENCE_END.search(text, e)
        sentence = " ".join(text[opening:closing.end() if closing else e + 80].split())
        out.append((dating._to_come(text, start, s), text[s:e], sentence))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rows = []
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            rows += [(come, f"{folder.parent.name}/{path.name}", words, sentence)
                     for come, words, sentence in lead_days(text)]
    print(dict(Counter("to come" if row[0] else "not" for row in rows)))
    if args.out:
        args.out.write_text("".join(f"{int(c)}\t{n}\t{w}\t{s}\n" for c, n, w, s in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
