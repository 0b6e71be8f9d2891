"""Count, across the articles of one incident of the GVA crawl, a total of people shot against the same toll told in
parts (killed and wounded), to see what a total and its parts usually say of each other.

"Five people were shot" in one report and "one was killed and four were wounded" in another count different wholes:
the first counts everyone hit, the second the dead and the living apart. Where the total is the sum of the parts the
reports agree; where it is the wounded alone, the total left the dead out; else they differ. The classes below are
counted per incident, once per distinct (total, dead, wounded) triple, over pairs of two different articles.

    python training/count_split_totals.py CORPUS_DIR [--show N] [--single] [--bare]

``--bare`` keeps only the parts where a count is written with its outcome word right after it and nothing between
("1 Dead, 3 Injured", "two dead, four wounded"): the headline's shape in which the parser reads the outcome word as
the noun counted, which the split-total reader (`viewer.analysis.split_totals`) did not take for a count of people.

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gva import read_item  # noqa: E402

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_NUM = rf"(?:\d{{1,3}}|{'|'.join(_WORDS)}|an?)"
_WHO = r"(?:(?:more\s+|other\s+)?(?:people|persons|men|women|victims|others|teens|teenagers|adults|more)\s+)?"
_WHOLE = re.compile(rf"\b(?P<n>{_NUM})\s+{_WHO}(?:were\s+|have\s+been\s+|had\s+been\s+)?"
                    rf"(?:shot\b(?!\s+(?:and\s+killed|to\s+death|dead))|(?:hurt|injured|wounded)\s+or\s+killed"
                    rf"|killed\s+or\s+(?:hurt|injured|wounded))", re.IGNORECASE)
_DEAD = r"(?:killed|dead|died|slain)"
_HURT = r"(?:wounded|injured|hurt)"
_PARTS = re.compile(rf"\b(?P<a>{_NUM})\s+(?:\w+\s+){{0,2}}?(?:was\s+|were\s+)?(?P<ka>{_DEAD}|{_HURT})\b[,\s]+(?:and\s+)?"
                    rf"(?:\w+\s+){{0,3}}?(?P<b>{_NUM})\s+(?:\w+\s+){{0,2}}?(?:was\s+|were\s+)?(?P<kb>{_DEAD}|{_HURT})\b",
                    re.IGNORECASE)


def value(word: str) -> int:
    word = word.lower()
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else _WORDS.index(word) + 1


def counts(text: str, bare: bool = False) -> tuple[set[int], set[tuple[int, int]]]:
    """The totals of people shot, and the (dead, wounded) pairs of parts, one article gives; with ``bare``, only the
    pairs of parts one of which is a count with its outcome word right after it ("1 Dead, 3 Injured")."""
    wholes = {value(m["n"]) for m in _WHOLE.finditer(text)}
    parts = set()
    for m in _PARTS.finditer(text):
        if bare and not any(text[m.end(n):m.start(k)].isspace() for n, k in (("a", "ka"), ("b", "kb"))):
            continue
        kinds = (m["ka"].lower() in ("wounded", "injured", "hurt"), m["kb"].lower() in ("wounded", "injured", "hurt"))
        if kinds in ((False, True), (True, False)):
            a, b = value(m["a"]), value(m["b"])
            parts.add((a, b) if kinds == (False, True) else (b, a))
    return wholes, parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--single", action="store_true",
                        help="only incidents whose articles give one total and one pair of parts in all")
    parser.add_argument("--bare", action="store_true",
                        help="only parts one of which is a count with its outcome word right after it ('1 Dead')")
    ns = parser.parse_args()
    tally, shown = Counter(), {}
    incidents = sorted(p for p in ns.corpus_dir.iterdir() if p.is_dir())
    for incident in incidents:
        read = [(p.name, counts(item["title"] + "\n" + item["text"], ns.bare)) for p in sorted(incident.iterdir())
                if (item := read_item(p)) is not None]
        all_wholes = {n for _a, (wholes, _p) in read for n in wholes}
        all_parts = {x for _a, (_w, parts) in read for x in parts}
        if ns.single and (len(all_wholes) != 1 or len(all_parts) != 1):
            continue
        seen = set()
        for a, (wholes, _) in read:
            for b, (_, parts) in read:
                for n in wholes if a != b else ():
                    for dead, hurt in parts:
                        if (n, dead, hurt) in seen or n > 200:
                            continue
                        seen.add((n, dead, hurt))
                        kind = "sum" if n == dead + hurt else "wounded only" if n == hurt else "differ"
                        tally[kind] += 1
                        shown.setdefault(kind, []).append(f"{incident.name} {a[:8]} {n} shot / {b[:8]} {dead} dead + {hurt} hurt")
    print(f"incidents {len(incidents)}; total against parts in another article: {sum(tally.values())}")
    for kind, n in tally.most_common():
        print(f"  {kind}: {n}")
        for line in shown[kind][:ns.show]:
            print("    " + line)


if __name__ == "__main__":
    main()
