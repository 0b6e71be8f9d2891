"""Write the words that say a figure moved as they stand before "by" and the amount it moved ("fell by 92,000",
"soared by nearly a million", "rose by about 1 million to 9.3 million"): such a figure is a change, which a report
giving the level it reached ("498,000", "9.3 million") does not contradict.

    python training/count_change_by.py GVA_CRAWL [--also DIR ...] [--msrp MSRP_DIR] [--out viewer/analysis/claims/change_by_words.json]

Every readable page of the GVA crawl, every ``.txt`` under each ``--also`` folder and both sentences of every MSRP pair
are read by the figure reader (`quantities.figures`, years and ordinals left out), and the word right before "by"
before a figure (its hedge part of the figure: "by about 1 million") is counted with one passage it was seen in; a
figure "by" follows after "to" ("by 2030") is no figure the reader keeps. The script prints every word counted, with
how many of its passages hold a hedge after "by" and a second figure after "to" ("by about 1 million to 9.3
million", the shape a change and its level read as a range before session 73). The table keeps the words of
``CHANGES``, chosen by reading every word counted: verbs and adverbs that say a figure moved. Agents ("signed by 90
faculty", "shot by two men"), margins of a vote or a race ("won by 10 points", "leads by 5") and other uses are left
out.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_folder_and_msrp_texts, write_kept_words  # noqa: E402
from viewer.analysis.claims.quantities import QUALIFIERS, figures  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "change_by_words.json"
_HEDGE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
# the word, "by", and a hedge the reader left out of the figure where it read a range after it ("by about 1 million to
# 9.3 million" before session 73)
_BEFORE_BY = re.compile(rf"\b([a-z]+)\s+by\s+(?P<hedge>(?:{_HEDGE})\s+)?$", re.IGNORECASE)
_REACH = 40  # characters read back from a figure for its word and "by"
_LEVEL_AFTER = re.compile(r"\s+to\s+[$€£]?\d")  # "… by about 1 million to 9.3 million": the level it reached
# Read among every word the count printed: the words that say a figure moved (a verb in any of its forms).
CHANGES = frozenset({
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased", "increase",
    "increases", "increasing", "decreased", "decrease", "declined", "decline", "declines", "declining", "grew", "grow",
    "grows", "growing", "grown", "dropped", "drop", "drops", "soared", "jumped", "jump", "climbed", "slipped", "plunged",
    "plummeted", "surged", "tumbled", "slid", "gained", "shrank", "shrunk", "expanded", "reduced", "cut", "raised",
    "boosted", "lowered", "dipped", "sank", "spiked", "swelled", "contracted", "widened", "narrowed",
})  # not "down"/"up": before "by" they end a phrasal verb ("taken down by two other patrons", "picked up by"), 2 of 6
# "down by" and none of 1 "up by" counted a change (the rest agents, a lead: "up by four touchdowns")


def count(texts: Iterable[str]) -> tuple[Counter, Counter, dict[str, str]]:
    """How often each word stands before "by" and a figure, how often so with a hedge and a level after ("by about 1
    million to 9.3 million"), and the first passage each word was seen in."""
    seen: Counter = Counter()
    hedged_pairs: Counter = Counter()
    example: dict[str, str] = {}
    for text in texts:
        for figure in figures(text):
            hit = _BEFORE_BY.search(text, max(0, figure.start - _REACH), figure.start)
            if hit is None:
                continue
            word = hit.group(1).lower()
            seen[word] += 1
            if (hit.group("hedge") and figure.qualifier == "range") or \
                    (figure.qualifier not in ("exact", "range") and _LEVEL_AFTER.match(text, figure.end)):
                hedged_pairs[word] += 1
            example.setdefault(word, " ".join(text[max(0, hit.start() - 80):figure.end + 40].split()))
    return seen, hedged_pairs, example


def main(argv: list[str] | None = None) -> None:
    ns, texts, data = crawl_folder_and_msrp_texts(__doc__.splitlines()[0], OUT, argv)
    seen, hedged_pairs, example = count(texts)
    write_kept_words(ns.out, "count_change_by.py", data,
                     "the word right before 'by' and a figure the figure reader keeps (its hedge part of the figure); "
                     "kept: the words that say a figure moved, read by hand among all those counted "
                     "(training/count_change_by.py CHANGES)", seen, example, CHANGES)
    for word, n in seen.most_common():
        print(n, hedged_pairs[word], word, "KEPT" if word in CHANGES else "-", example[word][:160])


if __name__ == "__main__":
    main()
