"""Two reports of one GVA crawl incident naming different days: do their sentences state one act?

A time line ("day: 'Tuesday' vs 'Thursday'") says two sources give one event two days. Linking joins mentions through
others, so the two sentences may tell two events of one story ("expected to be arraigned Tuesday" / "a father was
arraigned Thursday"; "shot Saturday" / "died Monday"). This counts, over the first two usable reports of every crawl
incident that has two, every pair of sentences (one from each report, each naming one day, a weekday or a date, as
`claims.times` reads them) whose days cannot be one (`times.meet`);
and that share at least ``--shared`` content words besides the day (the pairs linking might join), and whether their
main clauses state one act (`acts.stated_acts`, as units record them), two, or a side states none read. ``--show`` prints pairs of each group to read
by hand whether they tell one event on two days or two events.

    python bench/day_acts.py CORPUS_DIR [--incidents N] [--show N]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gva import incidents_with_two, pair_count_arguments  # noqa: E402

from viewer.analysis.claims.acts import stated_acts  # noqa: E402
from viewer.analysis.claims.times import DAY_KINDS, WEEKDAYS, StatedTime, meet, times_in  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

_SENTENCE = re.compile(r"[^.!?\n]{20,}[.!?]?")


def day_sentences(item: dict) -> list[tuple[str, StatedTime]]:
    """The report's sentences (title too) naming exactly one day, with that day."""
    out = []
    for sentence in _SENTENCE.findall(f"{item['title']}\n{item['text'][:6000]}"):
        days = [t for t in times_in(sentence.strip()) if t.kind in DAY_KINDS]
        if len(days) == 1:
            out.append((sentence.strip(), days[0]))
    return out


def content(sentence: str) -> set[str]:
    """Its lower-cased words of five letters or more, the weekdays left out: a crude reading of what it is about."""
    return {w for w in re.findall(r"[a-z]{5,}", sentence.lower()) if w not in WEEKDAYS}


def pairs(corpus: Path, incidents: int, shared: int) -> list[tuple[tuple[str, StatedTime], tuple[str, StatedTime]]]:
    """Sentence pairs across the first two reports of each incident with two, whose one weekday differs and that
    share ``shared`` content words."""
    out = []
    for items in incidents_with_two(corpus, incidents):
        (_a, first), (_b, second) = items[:2]
        for s, d in day_sentences(first):
            out += [((s, d), (t, e)) for t, e in day_sentences(second)
                    if not (meet(d, e) or meet(e, d)) and len(content(s) & content(t)) >= shared]
    return out


def main(argv: list[str] | None = None) -> None:
    ns = pair_count_arguments(__doc__, argv)
    found = pairs(ns.corpus, ns.incidents, ns.shared)
    texts = sorted({s for pair in found for s, _d in pair})
    acts = {t: set(stated_acts(doc[:])) for t, doc in zip(texts, english().pipe(texts, batch_size=64))}
    tally, shown = Counter(), {}
    for (s, d), (t, e) in found:
        key = "one act" if acts[s] & acts[t] else "two acts" if acts[s] and acts[t] else "no act read on a side"
        tally[key] += 1
        shown.setdefault(key, []).append(f"{d.text} / {e.text}: {s[:110]} || {t[:110]}")
    print(f"sentence pairs with differing days sharing {ns.shared}+ content words: {len(found)}")
    for key, n in sorted(tally.items()):
        print(f"  {key}: {n}")
        for line in shown[key][::max(1, n // ns.show)][:ns.show] if ns.show else ():
            print("    " + line)


if __name__ == "__main__":
    sys.exit(main())
