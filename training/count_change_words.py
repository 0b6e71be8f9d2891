"""Write the words that say a figure changed, as they stand before a change and the level it reached ("rose by 37,000
to 412,000", "fell 21 percent to $107.6 million", "increased from 30 to 64"): the two numbers are two figures of two
measures, not the ends of one range.

    python training/count_change_words.py GVA_CRAWL [--also DIR ...] [--msrp MSRP_DIR] [--out viewer/analysis/claims/change_words.json]

Every readable page of the GVA crawl, every ``.txt`` under each ``--also`` folder and both sentences of every MSRP pair
are searched for two numbers joined by "to" that the figure reader took for a range before session 71 (a rising pair,
"from", "by" or nothing before the first), and the word right before them (before "by" or "from" when one comes first) is counted with one
passage it was seen in. The table keeps the words of ``CHANGES``, chosen by reading every word counted (the script
prints them all): verbs and adverbs that say a figure moved. Words before true ranges ("sentenced to 20 to 42 years",
"between 9 and 20", "aged 18 to 24", "some 5 to 10 people") are left out; so is any word seen only in an example
nobody here can find again.
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

OUT = ROOT / "viewer" / "analysis" / "claims" / "change_words.json"
_NUMBER = r"[$€£]?(\d[\d,]*(?:\.\d+)?)"
PAIR = re.compile(rf"\b([a-z]+)\s+(?:(?:by|from)\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
                  rf"{_NUMBER}(?:\s+(?:million|billion|trillion))?(?:\s*%|\s+percent|\s+per cent|\s+points?)?"
                  rf"\s+to\s+{_NUMBER}", re.IGNORECASE)
# Read among every word the count printed: the words that say a figure moved (a verb in any of its forms, "up"/"down").
CHANGES = frozenset({
    "rose", "rise", "fell", "falling", "up", "down", "increased", "decreased", "decline", "grow", "grew", "growing",
    "slipped", "advanced", "gained", "added", "jumped", "jumping", "climbed", "dropped", "declined", "plunged", "lost",
    "shed", "spurted",
})


def count(texts: Iterable[str]) -> tuple[Counter, dict[str, str]]:
    """How often each word stands before a pair of numbers joined by "to", and the first passage it was seen in."""
    seen: Counter = Counter()
    example: dict[str, str] = {}
    for text in texts:
        for hit in PAIR.finditer(text):
            if float(hit.group(2).replace(",", "")) >= float(hit.group(3).replace(",", "")):
                continue  # "won 31 to 24": two counts, never read as a range
            word = hit.group(1).lower()
            seen[word] += 1
            example.setdefault(word, " ".join(text[max(0, hit.start() - 80):hit.end() + 40].split()))
    return seen, example


def main(argv: list[str] | None = None) -> None:
    ns, texts, data = crawl_folder_and_msrp_texts(__doc__.splitlines()[0], OUT, argv)
    seen, example = count(texts)
    write_kept_words(ns.out, "count_change_words.py", data,
                     "the word right before two rising numbers joined by 'to', which the figure reader took for a range "
                     "before session 71 (before 'by' or 'from' when one comes first); kept: the words that say a figure "
                     "moved, read by hand among all those counted (training/count_change_words.py CHANGES)",
                     seen, example, CHANGES)
    for word, n in seen.most_common():
        print(n, word, "KEPT" if word in CHANGES else "-", example[word][:160])


if __name__ == "__main__":
    main()
