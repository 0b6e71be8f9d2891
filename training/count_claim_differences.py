"""Count, in the linked claims of analysed corpora, differences between sources that no discrepancy kind may write.

Four classes, each counted over the pairs of mentions of one claim in two documents:

- ``spelling``: a name with one word spelt two ways, a letter or two apart, beside a word both write alike
  ("Emarjae Bailey" / "Emarje Bailey"): one person's name spelt two ways, or two people;
- ``block``: a place given as two different blocks of one street ("the 2800 block" / "the 2900 block");
- ``age``: one surname given two ages, each written beside it (", 24", "the 25-year-old ... Hardmon"), where the
  claim has no discrepancy line of that person's age;
- ``non``: a condition denied by a "non-" prefix on one side and stated plainly on the other
  ("non-life-threatening injuries" / "life-threatening injuries").

python training/count_claim_differences.py CORPUS [CORPUS ...] [--show N]
Prints each class's count (claims, pairs) and up to N examples each, with both wordings, to read by hand.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.analysis import store  # noqa: E402
from viewer.corpus.store import Corpus  # noqa: E402

_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
_BLOCK = re.compile(r"\b(\d{2,5})\s+block\s+of\s+((?:[A-Z][\w.]*\s*)+)")
_AGED = re.compile(r"\b([A-Z][a-z'’-]{2,}),\s+(?:aged\s+)?(\d{1,3})\b(?![\d,]*\s*(?:%|percent|people|years\b))"
                   r"|\b(\d{1,3})-year-old\b((?:\W+\w+){0,5})")
_NON = re.compile(r"\bnon-?\s*([a-z][\w-]+)", re.IGNORECASE)


def edits(a: str, b: str) -> int:
    """Levenshtein distance: letters changed, added or dropped."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def spellings(a: str, b: str) -> Iterator[tuple[str, str, str]]:
    """(word in a, word in b, the word both write beside it) for a name of a spelt two ways in b."""
    for na in _NAME.finditer(a):
        wa = na.group().split()
        for nb in _NAME.finditer(b):
            wb = nb.group().split()
            for i, x in enumerate(wa):
                for j, y in enumerate(wb):
                    if x == y or not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < 4 or edits(x, y) > 2:
                        continue
                    beside = {wa[k] for k in (i - 1, i + 1) if 0 <= k < len(wa)} & \
                        {wb[k] for k in (j - 1, j + 1) if 0 <= k < len(wb)}
                    if beside and x not in wb and y not in wa:
                        yield x, y, sorted(beside)[0]


def blocks(a: str, b: str) -> Iterator[tuple[str, str]]:
    for ha in _BLOCK.finditer(a):
        for hb in _BLOCK.finditer(b):
            if ha.group(1) != hb.group(1) and ha.group(2).split()[0] == hb.group(2).split()[0]:
                yield ha.group(0).strip(), hb.group(0).strip()


def aged(text: str) -> dict[str, set[int]]:
    """The ages the text writes beside each capitalised word: "Hardmon, 24" and the surname closing the five words
    after "the 25-year-old" ("the 25-year-old as Antian Hardmon")."""
    out: dict[str, set[int]] = {}
    for hit in _AGED.finditer(text):
        if hit.group(1):
            out.setdefault(hit.group(1), set()).add(int(hit.group(2)))
        else:
            words = re.findall(r"[A-Z][a-z'’-]{2,}", hit.group(4))
            if words:
                out.setdefault(words[-1], set()).add(int(hit.group(3)))
    return out


def ages(a: str, b: str) -> Iterator[tuple[str, int, int]]:
    """(surname, age in a, age in b) for a surname each gives one age, the two different."""
    ours, theirs = aged(a), aged(b)
    for name in sorted(ours.keys() & theirs.keys()):
        if len(ours[name]) == len(theirs[name]) == 1 and ours[name] != theirs[name] and 0 < min(ours[name]) <= 110:
            yield name, min(ours[name]), min(theirs[name])


def nons(a: str, b: str) -> Iterator[tuple[str, str]]:
    for hit in _NON.finditer(a):
        word = hit.group(1).lower()
        plain = [m for m in re.finditer(re.escape(word), b, re.IGNORECASE)
                 if not re.search(r"non-?\s*$", b[:m.start()], re.IGNORECASE)]
        if plain:
            yield hit.group(0), b[max(0, plain[0].start() - 30):plain[0].end()]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("corpora", nargs="+")
    p.add_argument("--show", type=int, default=40)
    ns = p.parse_args()
    found: dict[str, list[str]] = {"spelling": [], "block": [], "age": [], "non": []}
    claims_with: dict[str, set] = {k: set() for k in found}
    for path in ns.corpora:
        with Corpus(Path(path)) as corpus:
            for claim in store.claims(corpus):
                for m, n in combinations(claim.mentions, 2):
                    if m.document == n.document:
                        continue
                    where = f"{Path(path).stem}:c{claim.id}"
                    for a, b in ((m, n), (n, m)):
                        for x, y, beside in spellings(a.text, b.text) if a is m else ():
                            ratio = SequenceMatcher(a=x.lower(), b=y.lower()).ratio()
                            found["spelling"].append(f"{where}\t{x} / {y} (beside {beside}, ratio {ratio:.2f})"
                                                     f"\n    A: {a.text[:200]}\n    B: {b.text[:200]}")
                            claims_with["spelling"].add(where)
                        for x, y in blocks(a.text, b.text) if a is m else ():
                            found["block"].append(f"{where}\t{x} / {y}")
                            claims_with["block"].add(where)
                        for name, x, y in ages(a.text, b.text) if a is m else ():
                            if not any(d.explanation.startswith("age of") and name in d.explanation
                                       for d in claim.discrepancies):
                                found["age"].append(f"{where}\t{name}: {x} / {y}\n    A: {a.text[:200]}\n    B: {b.text[:200]}")
                                claims_with["age"].add(where)
                        for x, y in nons(a.text, b.text):
                            found["non"].append(f"{where}\t{x} / …{y}")
                            claims_with["non"].add(where)
    for kind, rows in found.items():
        print(f"== {kind}: {len(claims_with[kind])} claims, {len(rows)} mention pairs")
        for row in rows[:ns.show]:
            print(row)


if __name__ == "__main__":
    main()
