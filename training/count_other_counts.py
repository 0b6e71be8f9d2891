"""Count, on the GVA crawl, counts of people qualified as a remainder ("three other people", "two more") or as
taking in or leaving out the gunman ("five dead, including the gunman", "not including the shooter").

    python training/count_other_counts.py CORPUS_DIR [--show 5]

CORPUS_DIR is the crawl's ``the_violent_corpus`` (read as `bench/gva.py` reads it: usable articles only). A count of
others whose sentence names the same outcome before it ("one man was wounded and three others were wounded") counts
a remainder: beside a count of all the wounded it is a count of another whole. "The other N" (definite) is
counted apart: it names the rest of a group told before it ("the other two victims were taken to …"), by whether
an outcome word follows it. One whose sentence names only another
outcome before it ("one man was killed and three others were wounded") counts every one of its outcome, the whole
another source's count of that outcome counts too. The number line's guard against "counts of different wholes" is
worth building only where the first reading is common.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gva import usable_reports  # noqa: E402
from viewer.analysis.claims.outcomes import OUTCOME_KINDS  # noqa: E402

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)"
_OTHERS = re.compile(rf"\b{_NUMBER}\s+(?:others\b|(?:other|more|additional|remaining)\s+(?:[a-z]+\s+){{0,2}}?"
                     r"(?:people|persons|men|women|victims|others|teens|children|officers|adults|boys|girls)\b|more\b)",
                     re.IGNORECASE)
_GUNMAN = re.compile(r"\b(including|not including|excluding|besides|plus|in addition to)\s+(?:the\s+)?(?:suspected\s+)?"
                     r"(gunman|shooter|suspect|attacker|killer|assailant)\b", re.IGNORECASE)
_THE_OTHER = re.compile(rf"\bthe other\s+{_NUMBER}\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_WORD = re.compile(r"[A-Za-z]+")
_REACH = 8  # words after the count read for its outcome


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", type=int, default=5)
    ns = parser.parse_args(argv)
    counted, shown, articles = Counter(), Counter(), 0
    for _incident, items in usable_reports(ns.corpus):
        for _name, item in items:
            articles += 1
            for sentence in _SENTENCE.split(f"{item['title']}.\n{item['text']}"):
                for kind in read(sentence):
                    counted[kind] += 1
                    if shown[kind] < ns.show:
                        shown[kind] += 1
                        print(f"[{kind}] {' '.join(sentence.split())[:240]}")
    print(f"{articles} articles")
    for kind, n in sorted(counted.items()):
        print(f"{kind}: {n}")


def read(sentence: str) -> list[str]:
    """What each qualified count in the sentence is read as."""
    found = []
    for hit in _OTHERS.finditer(sentence):
        own = outcome(_WORD.findall(sentence[hit.end():])[:_REACH])
        before = [OUTCOME_KINDS.get(w.lower()) for w in _WORD.findall(sentence[:hit.start()])]
        before = [k for k in before if k]
        if not own:
            found.append("others, no outcome after")
        elif not before:
            found.append("others, no outcome before in its sentence")
        elif own in before or "gunshot" in (own, *before):
            found.append("others, same outcome before (a remainder)")
        else:
            found.append("others, only another outcome before (the whole of its outcome)")
    found += [f"gunman: {hit.group(1).lower()}" for hit in _GUNMAN.finditer(sentence)]
    for hit in _THE_OTHER.finditer(sentence):  # "the other eight people in the group": the rest of a group told before
        found.append("the other N, " + ("an outcome after" if outcome(_WORD.findall(sentence[hit.end():])[:_REACH])
                                        else "no outcome after (the rest of a group)"))
    return found


def outcome(words: list[str]) -> str:
    return next((OUTCOME_KINDS[w.lower()] for w in words if w.lower() in OUTCOME_KINDS), "")


if __name__ == "__main__":
    main()
