"""Write the words that end US street names ("Street", "Ave", "Court"), read from police blocks in news prose.

    python training/count_street_types.py GVA_CRAWL [--out viewer/analysis/street_types.json]

US police give a place as a block ("the 4000 block of West Oak Street"), and news prose repeats it: the
words after "block of" are a street's name by construction. Here the Gun Violence Archive crawl
(bench/gva.py `read_item`) is read for those names (up to five capitalised words, ordinals, or short
abbreviations with their full stop; a weekday or month after the name, or a word opening the next
sentence, is no part of it), and each name's last word is counted once per distinct street. Words that
end at least ``MIN_STREETS`` distinct streets are kept with their counts, bar the compass points that
follow a street's name ("15th Street SE"): `claims.quantities` reads a
number written before a street name that ends in one ("at 4500 W. Oak St.") as an address, not a count.
"""
from __future__ import annotations

import argparse
import calendar
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402

MIN_STREETS = 5
# A compass point after a street's name ("15th Street SE", "Fremont Avenue North") is part of the address,
# not what makes a name a street's: it ends too many other phrases ("3 South Koreans").
COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West",
                     "Northeast", "Northwest", "Southeast", "Southwest"})
_TOKEN = r"(?:[A-Z][A-Za-z'-]{0,3}\.|[A-Z0-9][\w'-]*)"
_BLOCK = re.compile(rf"\b\d[\d,]*\s+(?:block|blk\.?)\s+of\s+((?:{_TOKEN}[ ]){{0,4}}{_TOKEN})")
_CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])


def street_names(texts: Iterable[str]) -> set[str]:
    """The distinct street names written after "block of"."""
    names = set()
    for text in texts:
        for match in _BLOCK.finditer(text):
            words = match.group(1).split()
            while words and (words[-1].rstrip(".") in _CALENDAR or words[-1][:1].isdigit()):
                words.pop()  # "Oak Street Friday", "Redbud Way. January 19"
            if len(words) > 1 and words[-2].endswith(".") and not words[-1].endswith("."):
                words.pop()  # "Benning Road. The": the next sentence
            if words:
                names.add(" ".join(words))
    return names


def street_types(names: set[str]) -> dict[str, dict]:
    """Last words (full stop dropped) of at least ``MIN_STREETS`` distinct streets, with how many: the streets
    themselves are places in crime reports, and stay out of the table."""
    by_word: defaultdict[str, set[str]] = defaultdict(set)
    for name in names:
        by_word[name.split()[-1].rstrip(".")].add(name)
    return {word: {"streets": len(found)}
            for word, found in sorted(by_word.items()) if len(found) >= MIN_STREETS and not word.isdigit() and word not in COMPASS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path, help="GunViolenceArchive/the_violent_corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "analysis" / "street_types.json")
    args = parser.parse_args()
    names = street_names(crawl_texts(args.crawl))
    words = street_types(names)
    write_table(args.out, "count_street_types.py", {
        "data": GVA_CRAWL,
        "rule": f"street names after 'N block of' (capitalised words, ordinals, short abbreviations), counted by their "
                f"last word once per distinct street; words ending at least {MIN_STREETS} distinct streets, compass points left out",
        "counts": "word: distinct streets it ends"}, "words", words)
    print(f"{len(words)} words from {len(names)} streets -> {args.out}")


if __name__ == "__main__":
    main()
