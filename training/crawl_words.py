"""The frame of a counter that counts words over the GVA crawl and keeps a table of them (training/count_body_parts.py,
training/count_incident_things.py): the words a phrase catches, its arguments, the commonest words shown, and the table
written. bench/ must be on the path (`gva`), as those scripts put it."""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from gva import usable_reports


def count(corpus: Path, phrase: re.Pattern) -> Counter:
    """The word ``phrase``'s first group catches, lowercased, over every usable report of the crawl (titles and texts)."""
    seen = Counter()
    for _name, items in usable_reports(corpus):
        for _n, item in items:
            seen.update(m.group(1).lower() for m in phrase.finditer(f"{item['title']}\n{item['text']}"))
    return seen


def counted(description: str, phrase: re.Pattern, least: int, argv: list[str] | None = None):
    """The parsed arguments (the crawl's folder, ``--out``, ``--least``, ``--show``) and the words ``phrase`` catches
    over the crawl (`count`), the ``--show`` commonest printed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--least", type=int, default=least)
    parser.add_argument("--show", type=int, default=0, help="print the commonest words counted, kept or not")
    args = parser.parse_args(argv)
    seen = count(args.corpus, phrase)
    for word, n in seen.most_common(args.show):
        print(n, word)
    return args, seen


def write(out: Path | None, data: dict) -> None:
    """The table as the package reads it, where ``--out`` names a file."""
    if out:
        out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
