"""Count how news reports tell that a shooting victim is still alive ("remains in critical condition", "is on life
support", "in intensive care") while another report of the same incident tells the victim died: the pair
`claims.stages.death_beside_condition` reads as two stages of one incident, never one claim (the judges' W "another
stage or action": "has died" beside "is on life support", links60x).

For each incident of the GVA crawl with two usable reports or more (`gva.incidents_with_two`), every sentence of each
report's title and text is read: a sentence tells a death when it says someone died ("died", "has died", "dies",
"succumbed", "pronounced dead"), and a living state when it holds a state phrase of `CANDIDATES` and no death word
(`DEATH`: "died", "killed", "dead", "fatal", ...). For each candidate are counted the sentences holding it, those
facing a death sentence in another report of the incident, and the incidents holding such a pair. Candidates are
chosen by what they mean: a present state of a living person; "hospital", "surgery", "treatment" are left out, as a
death follows them in one account ("rushed to the hospital, where he died"; judged dev links read "died an hour after
arriving at" beside "transported to the hospital" P). Candidates facing a death sentence in at least ``--least``
incidents are written with their counts.

    python training/count_conditions.py GVA_CORPUS_DIR --out viewer/analysis/claims/conditions.json [--incidents N]
        [--least N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from gva import incidents_with_two  # noqa: E402

CANDIDATES = {
    "condition": r"\b(?:critical|serious|stable|fair|grave|guarded|good|poor|unknown|satisfactory)\s+condition\b",
    "life support": r"\blife[- ]support\b",
    "intensive care": r"\bintensive care\b",
}
DIED = re.compile(r"\b(?:died|dies|has died|succumbed|pronounced dead|passed away)\b", re.IGNORECASE)
DEATH_WORDS = ("died", "dies", "die", "dead", "death", "deaths", "killed", "killing", "fatal", "fatally", "murder",
               "murdered", "slain", "homicide", "deceased", "succumbed", "body")
DEATH = re.compile(r"\b(?:" + "|".join(DEATH_WORDS) + r")\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def sentences(item: dict) -> list[str]:
    """The title's and text's sentences."""
    return [s.strip() for s in _SENTENCE.split(f"{item['title']}\n{item['text']}") if s.strip()]


def count(corpus: Path, incidents: int) -> tuple[Counter, int]:
    """Per candidate: living-state sentences, those facing a death sentence in another report, incidents holding one;
    and how many incidents with two reports were read."""
    out, read = Counter(), 0
    found = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in CANDIDATES.items()}
    for items in incidents_with_two(corpus, incidents):
        read += 1
        reports = [sentences(item) for _name, item in items]
        died = [any(DIED.search(s) for s in report) for report in reports]
        held = set()
        for k, report in enumerate(reports):
            facing = any(d for j, d in enumerate(died) if j != k)
            for s in (s for s in report if not DEATH.search(s)):
                for name, pattern in found.items():
                    if pattern.search(s):
                        out[f"{name}: sentences"] += 1
                        out[f"{name}: facing a death"] += facing
                        if facing:
                            held.add(name)
        for name in held:
            out[f"{name}: incidents"] += 1
    return out, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gva", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--least", type=int, default=10, help="keep candidates facing a death in this many incidents")
    parser.add_argument("--out", type=Path, required=True)
    ns = parser.parse_args()
    counts, read = count(ns.gva, ns.incidents)
    for k, v in sorted(counts.items()):
        print(f"{v:6d}  {k}")
    kept = [[name, counts[f"{name}: sentences"], counts[f"{name}: facing a death"], counts[f"{name}: incidents"]]
            for name in CANDIDATES if counts[f"{name}: incidents"] >= ns.least]
    table = {
        "what": "States news reports tell a shooting victim is alive in ('remains in critical condition', 'on life "
                "support'): a unit holding one and no death word tells another stage than a unit saying the victim died.",
        "source": f"Counted by training/count_conditions.py on the Gun Violence Archive crawl ({ns.gva.name}): {read} "
                  "incidents with two usable reports or more; each state: [state, sentences holding it and no death "
                  "word, of those facing a death sentence in another report of the incident, incidents holding such a "
                  f"pair], kept where at least {ns.least} incidents hold one",
        "command": "python training/count_conditions.py " + " ".join(sys.argv[1:]),
    }
    head = json.dumps(table, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in kept)
    words = json.dumps(list(DEATH_WORDS), ensure_ascii=False)
    ns.out.write_text(f'{head},\n "states": [\n{rows}\n ],\n "death_words": {words}\n}}\n', encoding="utf-8")
    print(f"{read} incidents, {len(kept)} states kept -> {ns.out}")


if __name__ == "__main__":
    main()
