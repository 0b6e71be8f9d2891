"""Count, across the articles of one incident of the GVA crawl, a person written with a quoted nickname ('Emarje "EJ"
Watkins') whose given name another article of the incident spells another way a letter or two apart ("Emarjae"),
with the surname or alone, to see how often a name told two ways hides behind a nickname.

    python training/count_nickname_spellings.py CORPUS_DIR [--show N]

CORPUS_DIR is the crawl's ``the_violent_corpus`` folder (bench/gva.py reads its pickles).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from gva import read_item  # noqa: E402

_NICKNAMED = re.compile(r"\b([A-Z][a-z]{2,})\s+[\"“'‘]([A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?)[\"”'’]\s+([A-Z][a-z]{2,})")
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def letters_apart(a: str, b: str) -> int:
    """Letters one word changes, adds or drops against the other, as aligned by SequenceMatcher."""
    ops = SequenceMatcher(None, a.lower(), b.lower()).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--show", type=int, default=10)
    ns = parser.parse_args()
    tally, shown = Counter(), []
    for incident in sorted(p for p in ns.corpus_dir.iterdir() if p.is_dir()):
        texts = [(p.name, item["title"] + "\n" + item["text"]) for p in sorted(incident.iterdir())
                 if (item := read_item(p)) is not None]
        people = {(m[1], m[3]) for _n, t in texts for m in _NICKNAMED.finditer(t)}
        for given, surname in people:
            tally["nicknamed people"] += 1
            others = {w for _n, t in texts for w in _WORD.findall(t)} - {given}
            spelt = sorted(w for w in others if 0 < letters_apart(w, given) <= 2 and w[0] == given[0]
                           and len(w) >= 4 and w != surname)
            if spelt:
                tally["given name spelt another way in the incident"] += 1
                shown.append(f"{incident.name}: {given} “…” {surname} / {', '.join(spelt)}")
    for kind, n in tally.items():
        print(f"{kind}: {n}")
    for line in shown[:ns.show]:
        print("  " + line)


if __name__ == "__main__":
    main()
