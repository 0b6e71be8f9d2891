"""Count, over the GVA crawl, the counts of people with an aside between them and the outcome said of them ("At least
17 people, including a teen, were killed"), which the toll reader (`outcomes.stated_outcomes`) read as no toll before
it skipped the aside (`outcomes.aside_end`).

Every sentence of every usable report is read for its counts (`quantities.numbers_read`, counts of no unit); a count
followed by its group words and an aside the auxiliary follows is classed by the aside's first word ("including",
"ages", …) and by whether an outcome is said after it (the count then reads as a toll), and by whether the sentence is
a round-up's lede (`clock.is_roundup`, told before its first time), where two nights' tolls are compared
(`clock.ledes_apart`). For scale, the sentences giving any toll are counted too.

    python training/count_outcome_asides.py CORPUS_DIR [--show N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from count_bare_sentences import reports  # noqa: E402
from count_clock_sections import sections  # noqa: E402

from viewer.analysis.claims.clock import UNTIMED, is_roundup  # noqa: E402
from viewer.analysis.claims.outcomes import aside_end, counted_outcomes, group_end, stated_outcomes  # noqa: E402
from viewer.analysis.claims.quantities import numbers_read  # noqa: E402

_ASIDE_MARK = re.compile(r",|\(|\u2014|--")


def asides(sentence: str) -> list[tuple[str, bool]]:
    """Each count of people in ``sentence`` with an aside after it (`outcomes.aside_end`): the aside's text and
    whether an outcome is said of the count past it."""
    found = []
    read = numbers_read(sentence)
    for f in read.figures:
        if f.unit or any(s < f.end and f.start < e for s, e in read.identifiers):
            continue
        position = group_end(sentence, f.end)
        end = aside_end(sentence, position)
        if end > position:
            found.append((sentence[position:end], bool(counted_outcomes(sentence, f.start, f.end))))
    return found


def aside_kind(aside: str) -> str:
    """The aside by its first word ("including", "ages", "all", …), the rarer ones as "other"."""
    first = (re.findall(r"[a-z]+", aside.lower()) or [""])[0]
    return first if first in ("including", "among", "ages", "all", "both", "aged", "most", "one", "two") else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args()
    found = reports(ns.corpus_dir)
    counted, shown = Counter(), {}
    tolls = Counter()
    for incident, _host, text in found:
        told = sections(text)
        roundup = is_roundup(section for _s, _w, section in told)
        for sentence, _words, section in told:
            where = "round-up lede" if roundup and section == UNTIMED else "round-up, timed" if roundup else "other"
            if stated_outcomes(sentence):
                tolls[where] += 1
            if not _ASIDE_MARK.search(sentence):
                continue
            for aside, outcome in asides(sentence):
                key = (where, "outcome after" if outcome else "no outcome after", aside_kind(aside))
                counted[key] += 1
                shown.setdefault(key[:2], []).append((incident, sentence))
    print(f"{len(found)} reports; sentences giving a toll: " + ", ".join(f"{w} {n}" for w, n in sorted(tolls.items())))
    print("counts with an aside before their auxiliary, by where, outcome said past it, aside's first word:")
    for key in sorted(counted):
        print(f"{counted[key]:7d}  {', '.join(key)}")
    for key in sorted(shown):
        for incident, sentence in random.Random(0).sample(shown[key], min(ns.show, len(shown[key]))):
            print(f"  {', '.join(key)}: {incident} {sentence[:160]!r}")


if __name__ == "__main__":
    main()
