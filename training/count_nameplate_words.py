"""Write the words that end a news outlet's name ("Tribune", "Post", "Press"), read from news prose.

    python training/count_nameplate_words.py GVA_CRAWL POLNEAR_PREPARED [--out viewer/corpus/nameplate_words.json]

Reporters name the paper or agency they spoke to in one fixed phrase: "told the Pittsburgh
Tribune-Review", "told The Associated Press". The names after "told the" in the Gun Violence Archive
crawl (bench/gva.py `read_item`) and in the ``fit`` part of PolNeAR's train split
(training/polnear_parts.py) are counted here by their last word (the last part of a hyphenated one,
"Tribune-Review": "Review"), once per distinct name (spellings folded: "Times-Union", "Times Union"); a
weekday after the name ("told the Chicago Tribune Saturday") is no part of it. Words that end at least
``MIN_NAMES`` distinct names are kept with their counts: `corpus.nameplates` reads a short line under a
headline that ends in one as the outlet's name. Three names keep out what "told the" names now and then
besides a paper ("told the Sheriff's Office", two names).
"""
from __future__ import annotations

import argparse
import calendar
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402

MIN_NAMES = 3
_WORD = r"[A-Z][\w'’&]*(?:-[A-Z][\w'’&]*)*"
_TOLD = re.compile(rf"\btold [Tt]he ((?:{_WORD}[ ]){{0,4}}{_WORD})")
_WEEKDAYS = frozenset(calendar.day_name)


def told_names(texts: Iterable[str]) -> Counter:
    """Each name after "told the", with how often it is written so."""
    names = Counter()
    for text in texts:
        for match in _TOLD.finditer(text):
            words = match.group(1).split()
            if words[-1] in _WEEKDAYS:
                words = words[:-1]
            if words:  # "told the Washington Post's editorial board": the paper is the Washington Post
                names[re.sub(r"'s$", "", " ".join(words).replace("’", "'"))] += 1
    return names


def last_word(name: str) -> str:
    """The word a name ends in: "Pittsburgh Tribune-Review" ends in "Review", "Sheriff's Office" in "Office"."""
    return name.split()[-1].split("-")[-1]


def nameplate_words(names: Counter) -> dict[str, dict]:
    """Last words of at least ``MIN_NAMES`` distinct names, with those names and their counts."""
    by_word: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for name, count in names.items():
        word = last_word(name)
        if len(word) > 1:
            by_word[word][name] = count
    return {word: {"names": len(distinct), "told": sum(found.values()), "spellings": sorted(found, key=lambda n: (-found[n], n))}
            for word, found in sorted(by_word.items())
            if len(distinct := {_spelling(name) for name in found}) >= MIN_NAMES}


def _spelling(name: str) -> str:
    """One form for a name's spellings: "Times-Union" and "Times Union" are one paper."""
    return " ".join(name.replace("-", " ").casefold().split())


def _polnear_fit_texts(prepared: Path) -> Iterable[str]:
    for path in sorted((prepared / "docs").glob("*.txt")):
        if part_of(path.name) == "fit":
            yield path.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path, help="GunViolenceArchive/the_violent_corpus")
    parser.add_argument("polnear", type=Path, help="PolNeAR train as ../shared/eval/polnear.py prepare writes it")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "corpus" / "nameplate_words.json")
    args = parser.parse_args()
    names = told_names(crawl_texts(args.crawl))
    names.update(told_names(_polnear_fit_texts(args.polnear)))
    words = nameplate_words(names)
    write_table(args.out, "count_nameplate_words.py", {
        "data": f"{GVA_CRAWL} and PolNeAR v1.0.0 train split, articles of the 'fit' part",
        "rule": f"names after 'told the' (capitalised words, a trailing weekday dropped), counted by their last word "
                f"(last part of a hyphenated word); words ending at least {MIN_NAMES} distinct names",
        "counts": "word: distinct names it ends, times those names follow 'told the', their spellings, commonest first"},
        "words", words)
    print(f"{len(words)} words from {len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
