"""Write the abbreviated titles news writes before a speaker's full name ("Ald. Raymond Lopez said"), counted.

    python training/count_titles.py GVA_CRAWL [--also FOLDER] [--out viewer/resources/attribution/titles.json]

A title says the office, not who holds it, and its full stop ends no sentence ("according to Ald. Raymond Lopez
(15th)." was cut at "Ald."). The hand-written ``corpus.titles.TITLES`` misses local ones. Here the crawl is read for a
short capitalised word and its full stop set before a given name (``speakers.given_names``) and a capitalised surname
that speaks: "said", "says", "told" or "according to" within a few words after, or before it ("said Ald. X Y").
An abbreviation written so at least ``MIN_TIMES`` times is kept when it stands before ``MIN_NAMES`` distinct names or
shortens a WordNet person noun (``attribution/person_nouns.json``: its letters in order, the first the noun's, a
prefix first: "Ald" alderman, "Cmdr" commander: a local office one council's reporters write before few names);
bar the words that end street names (``analysis/street_types.json``: "St. Louis") and the ones the crawl writes as
a state after "Town, " ("Chicago, Ill., police"), which are places before a name, not offices.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402
from viewer.analysis.speakers.given_names import is_given_name  # noqa: E402
from viewer.corpus.titles import TITLES, counted_titles  # noqa: E402

WRITTEN_TITLES = TITLES - counted_titles()  # the hand-written ones, not this table's own

MIN_NAMES = 3
MIN_TIMES = 3
_NAME = r"([A-Z][a-z]{1,4})\. ([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][a-z'-]+)"
_SPEAKS = re.compile(rf"\b{_NAME}(?=[^.\n]{{0,40}}?\b(?:said|says|told)\b)|"
                     rf"(?:\b[Ss]aid|\b[Ss]ays|\b[Aa]ccording to) {_NAME}")
_AFTER_TOWN = re.compile(r"\b[A-Z][a-z]+, ([A-Z][a-z]{1,4})\.(?:,| [a-z])")


def titled_names(texts: Iterable[str]) -> tuple[dict[str, list[str]], set[str]]:
    """Per abbreviation, the full names it stands before where they speak, once per time; and the abbreviations
    written as a state after "Town, "."""
    names: defaultdict[str, list[str]] = defaultdict(list)
    places: set[str] = set()
    for text in texts:
        for match in _SPEAKS.finditer(text):
            title, given, surname = match.groups()[:3] if match.group(1) else match.groups()[3:]
            if is_given_name(given):
                names[title].append(f"{given} {surname}")
        places.update(m.group(1) for m in _AFTER_TOWN.finditer(text))
    return names, places


def titles(names: dict[str, list[str]], places: set[str], streets: set[str], people: list[str]) -> dict[str, dict]:
    """Abbreviations written before speaking names often enough, before several names or shortening a person noun,
    not yet in TITLES, no street or state word."""
    out = {}
    for title, found in sorted(names.items()):
        if len(found) < MIN_TIMES or title.lower() in WRITTEN_TITLES or title in places | streets:
            continue
        shortened = min((noun for noun in people if shortens(title.lower(), noun)), default=None,
                        key=lambda noun: (not noun.startswith(title.lower()), len(noun)))
        if len(set(found)) >= MIN_NAMES or shortened:
            out[title] = {"times": len(found), "names": len(set(found)), "example": sorted(found)[0],
                          "shortens": shortened}
    return out


def shortens(abbreviation: str, noun: str) -> bool:
    """Whether the abbreviation's letters are the noun's, in order, from its first ("cmdr": commander)."""
    if len(abbreviation) < 3 or not noun.startswith(abbreviation[0]):
        return False
    rest = iter(noun)
    return all(letter in rest for letter in abbreviation)


def main() -> None:
    args = crawl_arguments(__doc__, ROOT / "viewer" / "resources" / "attribution" / "titles.json").parse_args()
    texts, data = crawl_and_folder_texts(args)
    streets = set(json.loads((ROOT / "viewer" / "analysis" / "street_types.json").read_text())["words"])
    names, places = titled_names(texts)
    people = json.loads((ROOT / "viewer" / "resources" / "attribution" / "person_nouns.json").read_text())["nouns"]
    found = titles(names, places, streets, people)
    write_table(args.out, "count_titles.py", {
        "data": data,
        "rule": f"a capitalised word of 2-5 letters and its full stop before a given name and a capitalised "
                f"surname that speak (said/says/told after, or said/says/according to before); kept when written so "
                f"at least {MIN_TIMES} times and before at least {MIN_NAMES} distinct names or shortening a WordNet "
                f"person noun (attribution/person_nouns.json, letters in order from its first), not in "
                f"speakers.names.TITLES, not a street-name word (analysis/street_types.json) nor written after "
                f"'Town, ' (a state)",
        "counts": "title: times and distinct speaking names it stands before, one of them, the person noun it "
                  "shortens"}, "titles", found)
    print(f"{len(found)} titles -> {args.out}: {found}")


if __name__ == "__main__":
    main()
