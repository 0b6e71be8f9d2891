"""Write the words that make a count a part of a group named before it: "17 others were wounded, including eight
shot", "four people were shot, two of whom died", "five men were shot, three of them fatally".

    python training/count_subset_words.py GVA_CRAWL [--also DIR ...] [--out viewer/analysis/subset_counts.json]

Such a count gives how many of the group it picks out: another source's count of the same thing may count more
(the eight shot among the wounded are not every person shot), so a number discrepancy reads it as a lower bound.
The words are a closed class (SUBSET_BEFORE stands right before the count, SUBSET_AFTER right after it); each is
counted in every readable page of the GVA crawl and every ``.txt`` file under each ``--also`` folder, with one
passage it was seen in, and only those seen are written.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402

SUBSET_BEFORE = ("including", "among them", "among whom", "of whom")
SUBSET_AFTER = ("of whom", "of them", "of those")
OUT = ROOT / "viewer" / "analysis" / "subset_counts.json"
_NUMBER = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|hundreds?)")


def patterns() -> dict[tuple[str, str], re.Pattern]:
    """Each word's pattern by (side, word): "including eight", "two of whom"; "all three of them" is the whole group."""
    out = {("before", w): re.compile(rf"\b{w}\s+{_NUMBER}\b", re.IGNORECASE) for w in SUBSET_BEFORE}
    out.update({("after", w): re.compile(rf"(?<!\ball )(?<!\bboth )\b{_NUMBER}\s+{w}\b", re.IGNORECASE)
                for w in SUBSET_AFTER})
    return out


def count(texts: Iterable[str]) -> tuple[Counter, dict[tuple[str, str], str]]:
    """How often each word stands by a count, and the first passage it was seen in."""
    seen: Counter = Counter()
    example: dict[tuple[str, str], str] = {}
    found = patterns()
    for text in texts:
        for key, pattern in found.items():
            for hit in pattern.finditer(text):
                seen[key] += 1
                example.setdefault(key, " ".join(text[max(0, hit.start() - 80):hit.end() + 40].split()))
    return seen, example


def main(argv: list[str] | None = None) -> None:
    ns = crawl_arguments(__doc__.splitlines()[0], OUT).parse_args(argv)
    texts, data = crawl_and_folder_texts(ns)
    seen, example = count(texts)
    provenance = {
        "data": data,
        "rule": "a closed class of words that pick a part out of a group named before: 'before' ones stand right "
                "before a count ('including eight'), 'after' ones right after it ('two of whom'; not 'all three of them')",
        "counts": "passages each word was seen in that shape, with the first of them",
    }
    entries = {side: {w: {"count": seen[side, w], "example": example[side, w]}
                      for w in words if seen[side, w]}
               for side, words in (("before", SUBSET_BEFORE), ("after", SUBSET_AFTER))}
    write_table(ns.out, "count_subset_words.py", provenance, "entries", entries)
    for (side, word), n in seen.most_common():
        print(n, side, word, example[side, word][:160])


if __name__ == "__main__":
    main()
