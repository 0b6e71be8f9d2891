"""Count the things of a shooting news writers make the subject of a sentence about that thing, not the act ("The gun
used in the shooting was stolen", "The motive for the shooting remains unclear", "Cops: Gun in accidental shooting of
boy, 9, was legal"), for `claims.attributes`, which keeps such a sentence apart from one telling the shooting itself.

A subject phrase is an optional article or "No", up to two words, a noun, then "used", "involved", "believed", "for",
"behind", "in", "of" or "that", up to 80 characters holding an incident word (shooting, killing, slaying, death, murder,
homicide) and up to 60 more before a verb of state ("was", "is", "were", "remains", "had been", "has been",
"belonged", "came"), at a sentence's start: the noun is counted, over every usable report of the GVA crawl (titles
and texts). Of the nouns counted, those of `KINDS` seen at least ``--least`` times are written with their count. The
kinds are set here by hand: the weapon and the reason, things a report tells an attribute of (legal, stolen, unknown);
persons ("victim"), the act's own words, the investigation ("The investigation into the shooting is ongoing", a
stage refused in session 60) and the cause or manner of death ("The cause of death was a gunshot wound": the act
itself) are left out.

    python training/count_incident_things.py GVA_CORPUS_DIR --out viewer/analysis/claims/incident_things.json
        [--least N] [--show N]
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from crawl_words import counted, write  # noqa: E402

KINDS = {
    "weapon": ("gun", "guns", "weapon", "weapons", "firearm", "firearms", "handgun", "handguns", "rifle", "rifles",
               "pistol", "pistols", "revolver", "shotgun", "ammunition", "bullet", "bullets"),
    "reason": ("motive", "motives", "reason"),
}
_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:the|a|an|no)\s+)?(?:[\w.:'-]+\s+){0,2}?([a-z]+)\s+"
                     r"(?:used|involved|believed|for|behind|in|of|that)\b[^.!?\n]{0,80}?"
                     r"\b(?:shootings?|killings?|slayings?|deaths?|murders?|homicides?)\b[^.!?\n]{0,60}?"
                     r"\b(?:was|is|were|remains|remained|had been|has been|belonged|came)\b", re.IGNORECASE)


def table(seen: Counter, least: int) -> list[list]:
    """[noun, its kind, count] for each noun of `KINDS` seen at least ``least`` times, commonest first."""
    kinds = {noun: kind for kind, nouns in KINDS.items() for noun in nouns}
    return [[noun, kinds[noun], n] for noun, n in seen.most_common() if noun in kinds and n >= least]


def main(argv: list[str] | None = None) -> None:
    args, seen = counted(__doc__.splitlines()[0], _PHRASE, 1, argv)
    things = table(seen, args.least)
    data = {"what": "Things of a shooting news writers make the subject of a sentence telling an attribute of that thing "
                    "('The gun used in the shooting was stolen', 'The motive for the shooting remains unclear'), with how "
                    "often: such a sentence is not the act.",
            "source": f"Counted by training/count_incident_things.py on the Gun Violence Archive crawl "
                      f"(the_violent_corpus), every usable report: {sum(seen.values())} subject phrases holding an "
                      f"incident word, {len(seen)} nouns heading them; the nouns of the weapon and reason kinds seen at "
                      f"least {args.least} times kept with their count. Kinds set by hand.",
            "command": f"python training/count_incident_things.py /work/data/src/gva/the_violent_corpus --least "
                       f"{args.least} --out viewer/analysis/claims/incident_things.json",
            "things": things}
    write(args.out, data)
    print(f"{len(things)} things kept of {len(seen)} nouns")


if __name__ == "__main__":
    main()
