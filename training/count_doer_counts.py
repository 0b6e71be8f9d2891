"""Count, on the GVA crawl, how two reports of one incident count the dead where one counts victims beside the doer
("12 Victims Killed, … Suspected Gunman Killed") and the other counts everyone dead ("At least 13 dead").

    python training/count_doer_counts.py CORPUS_DIR [--show 3]

CORPUS_DIR is the crawl's ``the_violent_corpus`` (usable articles, as `bench/gva.py` reads them). In each report's
title and first sentences (`_LEDE` characters), every count of the dead is read with its noun ("12 victims killed",
"13 dead", "three people killed"), and whether the same sentence names the doer (gunman, shooter, suspect, …). For
every two reports of one incident where one counts victims in a sentence naming the doer and the other counts the
dead with another noun or none, the difference of the two counts is tallied (the other's minus the victims'): a count
of victims leaves the doer out, and where he died too, a count of the dead may take him in (+1). A number line
between the two is then a count of two wholes, not a conflict (judged dev W: "At least 13 dead" / "12 Victims
Killed, … Suspected Gunman"). For comparison the same is tallied for victims counted in a sentence naming no doer.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gva import usable_reports  # noqa: E402
from training.count_tables import tally  # noqa: E402

_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER = r"\d+|" + "|".join(_NUMBERS)
DEATHS = re.compile(rf"\b(?:at least\s+)?({_NUMBER})\s+(?:(\w+)\s+)?(?:(?:were|are|was|have been|had been)\s+)?"
                    r"(?:dead|killed|slain|shot dead|fatally shot|die|died)\b", re.IGNORECASE)
DOER = re.compile(r"\b(?:gunman|shooter|suspect|attacker|killer|assailant|invader|suspected)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_LEDE = 1500


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", type=int, default=3)
    ns = parser.parse_args(argv)
    tallied, shown = Counter(), Counter()
    for _incident, items in usable_reports(ns.corpus):
        read = [counts(f"{item['title']}\n{item['text'][:_LEDE]}") for _name, item in items]
        for k, mine in enumerate(read):
            for other in read[:k] + read[k + 1:]:
                for shape, difference, pair in differences(mine, other):
                    tally(tallied, shown, (shape, difference), ns.show,
                          f"[{shape}, {difference:+d}] {pair[0][:110]} || {pair[1][:110]}")
    for shape in ("victims beside the doer", "victims, no doer named"):
        row = {d: n for (s, d), n in tallied.items() if s == shape}
        total = sum(row.values())
        print(f"{shape}: {total} report pairs; other minus victims: "
              + ", ".join(f"{d:+d}: {n}" for d, n in sorted(row.items(), key=lambda x: (abs(x[0]), x[0]))))


def counts(text: str) -> list[tuple[int, bool, bool, str]]:
    """(count, whether its noun is "victims", whether its sentence names the doer, the sentence) per count of dead."""
    found = []
    for sentence in _SENTENCE.split(text):
        for hit in DEATHS.finditer(sentence):
            value = hit.group(1).lower()
            n = int(value) if value.isdigit() else _NUMBERS[value]
            noun = (hit.group(2) or "").lower()
            found.append((n, noun.startswith("victim"), bool(DOER.search(sentence)), " ".join(sentence.split())))
    return found


def differences(mine, other):
    """(shape, the other's count minus the victims', the two sentences) for a count of victims in ``mine`` and a count
    of the dead by another noun in ``other``: each such pair of reports once, by their first such counts."""
    victims = next(((n, doer, s) for n, is_victims, doer, s in mine if is_victims), None)
    dead = next(((n, s) for n, is_victims, _doer, s in other if not is_victims), None)
    if victims and dead:
        shape = "victims beside the doer" if victims[1] else "victims, no doer named"
        yield shape, dead[0] - victims[0], (victims[2], dead[1])


if __name__ == "__main__":
    main()
