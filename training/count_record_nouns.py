"""Write the nouns that name a record by its number ("case number 17-83784", "room number 8", "account number 358…"):
the digits after "<noun> number" identify one record, they count nothing.

    python training/count_record_nouns.py GVA_CRAWL [--also DIR ...] [--out viewer/analysis/claims/record_nouns.json]

Every readable page of the GVA crawl and every ``.txt`` file under each ``--also`` folder is searched for a lower-case
word, not a function word ("the number 1 club", "this number 300"), right before "number" and a digit; each such noun is
written with how often it was seen so and one passage it was seen in. Read as counts, two reports' case numbers were
two figures for one thing.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_and_folder_texts, crawl_arguments, write_table  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "record_nouns.json"
RECORD = re.compile(r"\b([a-z]+)\s+number\s+#?\d")


def count(texts: Iterable[str], function_words: frozenset[str]) -> tuple[Counter, dict[str, str]]:
    """How often each noun stands before "number" and a digit, and the first passage it was seen in."""
    seen: Counter = Counter()
    example: dict[str, str] = {}
    for text in texts:
        for hit in RECORD.finditer(text):
            noun = hit.group(1)
            if noun not in function_words:
                seen[noun] += 1
                example.setdefault(noun, " ".join(text[max(0, hit.start() - 80):hit.end() + 40].split()))
    return seen, example


def main(argv: list[str] | None = None) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    ns = crawl_arguments(__doc__.splitlines()[0], OUT).parse_args(argv)
    texts, data = crawl_and_folder_texts(ns)
    seen, example = count(texts, frozenset(STOP_WORDS))
    provenance = {
        "data": data,
        "rule": "a lower-case word, not one of spaCy's English function words, right before 'number' and a digit "
                "('case number 17-83784')",
        "counts": "passages each noun was seen in that shape, with the first of them",
    }
    entries = {noun: {"count": n, "example": example[noun]} for noun, n in sorted(seen.items())}
    write_table(ns.out, "count_record_nouns.py", provenance, "entries", entries)
    for noun, n in seen.most_common():
        print(n, noun, example[noun][:160])


if __name__ == "__main__":
    main()
