"""Count the body parts news writers tell a gunshot wound by ("was shot in the buttocks", "a gunshot wound to his left
arm"), for `claims.wounds`, which reads where each wounded person of a unit was hit.

A wound phrase is a wounding word (shot, struck, hit, wounded, grazed, wound, wounds, injury, injuries) followed by
"in", "to", "into" or "through", an article or a possessive, maybe "left" or "right", maybe "upper" or "lower", and one word: that word is
counted, over every usable report of the GVA crawl (titles and texts). Of the words counted, those of `REGIONS` seen at
least ``--least`` times are written with their count and their regions. The regions are set here by hand, by
anatomy, not counted: the crawl showed (bench/wound_links.py, session 60) that reports of one person's shooting name
neighbouring parts of one region ("shot in the leg", "in the right thigh"; "in the head", "in the face"; "in the
torso", "in the stomach") in 35 of 178 cross-report sentence pairs, and parts of different regions in none but
misreadings and other people; so parts are compared by region. A part of two regions ("shoulder": the top of the
torso and of the arm) shares either.

    python training/count_body_parts.py GVA_CORPUS_DIR --out viewer/analysis/claims/body_parts.json [--least N]
        [--show N]
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

REGIONS = {
    "head": ("head", "face", "eye", "jaw", "cheek", "mouth", "temple", "ear", "nose", "lip", "forehead", "skull", "chin"),
    "neck": ("neck", "throat"),
    "torso": ("chest", "back", "abdomen", "stomach", "belly", "torso", "side", "ribs", "spine", "heart", "lung",
              "midsection", "gut", "shoulder", "collarbone", "body"),  # "body": only "upper body" is read
    "arm": ("arm", "forearm", "elbow", "wrist", "hand", "finger", "thumb", "shoulder", "arms", "hands", "fingers",
            "bicep"),
    "leg": ("leg", "thigh", "knee", "calf", "shin", "ankle", "foot", "feet", "toe", "legs", "thighs", "knees"),
    "hip": ("buttocks", "buttock", "butt", "hip", "groin", "pelvis", "backside", "rear"),
}
_PHRASE = re.compile(r"\b(?:shot|struck|hit|wounded|grazed|wounds?|injur(?:y|ies))\s+(?:in|to|into|through)\s+"
                     r"(?:the|his|her|their|its)\s+(?:(?:left|right)\s+)?(?:(?:upper|lower)\s+)?([a-z]+)\b", re.IGNORECASE)


def table(seen: Counter, least: int) -> list[list]:
    """[part, its regions, count] for each part of `REGIONS` seen at least ``least`` times, commonest first."""
    regions = {}
    for region, parts in REGIONS.items():
        for part in parts:
            regions.setdefault(part, []).append(region)
    return [[part, regions[part], n] for part, n in seen.most_common() if part in regions and n >= least]


def main(argv: list[str] | None = None) -> None:
    args, seen = counted(__doc__.splitlines()[0], _PHRASE, 3, argv)
    parts = table(seen, args.least)
    data = {"what": "Body parts news writers tell a gunshot wound by ('shot in the buttocks', 'a wound to his left arm'), "
                    "with how often, and the regions of the body they lie in: two readings of one person's wound "
                    "name parts of one region.",
            "source": f"Counted by training/count_body_parts.py on the Gun Violence Archive crawl (the_violent_corpus), "
                      f"every usable report: {sum(seen.values())} wound phrases, {len(seen)} words after them; the "
                      f"parts seen at least {args.least} times kept with their count. Regions set by hand, by anatomy.",
            "command": f"python training/count_body_parts.py /work/data/src/gva/the_violent_corpus --least {args.least} "
                       f"--out viewer/analysis/claims/body_parts.json",
            "parts": parts}
    write(args.out, data)
    print(f"{len(parts)} parts kept of {len(seen)} words; missing: "
          f"{sorted(p for ps in REGIONS.values() for p in ps if p not in {q for q, _r, _n in parts})}")


if __name__ == "__main__":
    main()
