"""Write the one-word names news uses often and almost never as a person's surname: "Twitter",
"Politico", "Gallup".

    python training/count_name_kinds.py GVA_CRAWL POLNEAR_PREPARED [--out viewer/resources/attribution/name_kinds.json]

The recogniser reads one sentence at a time and takes many a one-word company or outlet for a person:
in PolNeAR train it marks "Twitter" a person in 95 of 158 mentions ("Twitter said in a statement…"). Its
labels do not tell them apart; how the news writes the word does. A person is named in full somewhere
("Jack Dorsey", "Sen. Sanders", "Mr. Trump"): their surname follows a given name or a title. A body's
one-word name does not. So across the GVA crawl and PolNeAR train's fit part (training/polnear_parts.py)
every capitalised word written inside a sentence (after a word in lower case or a comma) is counted, and
so is every time it follows a given name (``given_names.json``, the table the speakers read) or a title
written before names (``speakers.names.TITLES``). A word is kept when seen at least LEAST times inside
sentences and after a given name or a title in at most SHARE of them, is no given name itself ("Amanda
said" names a person), and opens a longer capitalised name in at most OPENING of its sightings (a given
name the table lacks, "Melania Trump"): the counts stay with the entry.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.speakers.given_names import is_given_name  # noqa: E402
from viewer.analysis.speakers.names import TITLES  # noqa: E402

LEAST, SHARE = 10, 0.01
OPENING = 0.3  # at most this share of its sightings inside sentences followed by a capitalised word
# a capitalised word of letters, with what may close it ("Twitter," "Twitter’s")
WORD = re.compile(r"([A-Z][A-Za-z]*[a-z][A-Za-z]*)(?:['’]s)?[,.;:!?’'”\"]*")


def count_words(texts: Iterable[str]) -> tuple[Counter, Counter, Counter]:
    """How often each capitalised word stands inside a sentence, how often after a given name or a title,
    and how often, inside a sentence, a capitalised word follows it (as a surname follows a given name)."""
    inside, named, opening = Counter(), Counter(), Counter()
    for text in texts:
        words = text.split()
        for before, word, after in zip(words, words[1:], words[2:] + [""]):
            found = WORD.fullmatch(word)
            if not found:
                continue
            bare = before.rstrip(".").lower()
            if bare in TITLES or before[:1].isupper() and is_given_name(before):
                named[found.group(1)] += 1
            elif before[:1].islower() and before[-1] not in ".!?:\"”" or before.endswith(","):
                inside[found.group(1)] += 1
                opening[found.group(1)] += word == found.group(1) and bool(WORD.fullmatch(after))
    return inside, named, opening


def bodies(inside: Counter, named: Counter, opening: Counter) -> dict[str, dict[str, int]]:
    """The words seen often inside sentences, hardly ever after a given name or a title, and seldom opening a
    longer name ("Melania Trump", "Tyshawn Brooks": a given name the table of given names lacks)."""
    return {word: {"inside": inside[word], "after_name_or_title": named[word], "before_capitalised": opening[word]}
            for word in sorted(inside)
            if inside[word] >= LEAST and named[word] <= SHARE * (inside[word] + named[word]) and not is_given_name(word)
            and opening[word] <= OPENING * inside[word]}


def texts(crawl: Path, polnear: Path) -> Iterable[str]:
    yield from crawl_texts(crawl)
    gold = json.loads((polnear / "gold.json").read_text(encoding="utf-8"))
    for document in gold["documents"]:
        if part_of(document["name"]) == "fit":
            yield (polnear / "docs" / document["name"]).read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path)
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "name_kinds.json")
    args = parser.parse_args()
    inside, named, opening = count_words(texts(args.crawl, args.polnear))
    write_table(args.out, "count_name_kinds.py", {
        "data": f"{GVA_CRAWL}; PolNeAR train, fit part (training/polnear_parts.py)",
        "rule": f"a capitalised word seen at least {LEAST} times inside a sentence (after a lower-case word or a comma) "
                f"and after a given name (given_names.json) or a title (speakers.names.TITLES) in at most {SHARE:.0%} "
                "of its sightings",
        "counts": "inside: after a lower-case word or a comma; after_name_or_title: after a given name or a title; "
                  "before_capitalised: inside and followed by a capitalised word",
    }, "names", bodies(inside, named, opening))


if __name__ == "__main__":
    main()
