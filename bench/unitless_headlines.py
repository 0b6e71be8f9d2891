"""First lines that make no headline unit, sorted by why the reading fails (session 81, headings81).

    python bench/unitless_headlines.py DATA [--crawl CORPUS] [--show CLASS] [--sample N] [--seed S]

Reads the first line of every document of every readable set under DATA/sets (`capital_first_words.first_lines`:
not the blind draws, not the held-out splits) and with ``--crawl`` every usable GVA crawl report's title, keeps each
distinct line of four words or more, and asks `units._headline_units` for its units, as the pipeline reads a line
above the prose. A line with none is put in the first class that fits its parse (`why`):

- question: `headlines.asks`; reader: `reader_address.reader_address` names a shape; label: ends in a colon;
- compound subject: a verb at the root with no subject but a noun or name hung on it as ``compound`` before it
  ("Supreme Court rules against …": "Court" a compound of "rules");
- first word a verb: the line's first word a verb at the root, a noun right after it ("Trump shuts down …" recased);
- verb as name: a capitalised word past the first that is one of WordNet's verbs with an "-s" ("Rand Paul Accuses
  Fauci …", "Senate OKs …");
- no verb: no VERB or AUX at all; other: the rest (a verb that has no subject for another reason).

Prints the counts per class and source (sets, crawl); ``--show CLASS`` prints a random sample of that class's lines
(``--sample``, ``--seed``) for reading by hand.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from capital_first_words import crawl_titles, first_lines  # noqa: E402
from viewer.analysis.claims import units  # noqa: E402
from viewer.analysis.claims.headline_verbs import verbs  # noqa: E402
from viewer.analysis.claims.headlines import asks, parsed_headline  # noqa: E402
from viewer.analysis.claims.reader_address import reader_address  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

CLASSES = ("question", "reader", "label", "compound subject", "first word a verb", "verb as name", "no verb", "other")


def distinct(lines: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(source, line, body) of each distinct line of four words or more, its first source kept."""
    seen: dict[str, tuple[str, str, str]] = {}
    for source, line, body in lines:
        line = line.strip()
        if len(line.split()) >= 4:
            seen.setdefault(line, ("crawl" if source == "crawl" else "sets", line, body))
    return list(seen.values())


def has_unit(line: str, body: str) -> bool:
    return bool(units._headline_units(Span(0, len(line)), line + body))


def why(line: str, body: str) -> str:
    """The first class (`CLASSES`) the line's parse fits."""
    doc = parsed_headline(line, body)
    span = doc[:]
    if asks(span, line):
        return "question"
    if reader_address(span) is not None:
        return "reader"
    if line.rstrip().endswith(":"):
        return "label"
    root = span.root
    if root.pos_ in ("VERB", "AUX") and any(c.dep_ == "compound" and c.i < root.i and c.pos_ in ("NOUN", "PROPN")
                                             for c in root.children):
        return "compound subject"
    if doc[0].pos_ == "VERB" and doc[0].dep_ == "ROOT" and len(doc) > 1 and doc[1].pos_ in ("NOUN", "PROPN", "ADP"):
        return "first word a verb"
    if any(t.i > 0 and t.pos_ == "PROPN" and t.text.endswith("s") and t.text[:-1].lower() in verbs() for t in doc):
        return "verb as name"
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return "no verb"
    return "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--show")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=81)
    args = parser.parse_args(argv)
    lines = distinct(first_lines(args.data) + (crawl_titles(args.crawl) if args.crawl else []))
    counts, by_class = Counter(), defaultdict(list)
    for source, line, body in lines:
        counts[source, "lines"] += 1
        if has_unit(line, body):
            continue
        kind = why(line, body)
        counts[source, kind] += 1
        by_class[kind].append(f"{source}\t{line}")
    for source in ("sets", "crawl"):
        print(source, counts[source, "lines"], "lines,", sum(counts[source, k] for k in CLASSES), "no unit")
        for kind in CLASSES:
            print(f"  {kind}: {counts[source, kind]}")
    if args.show:
        shown = by_class[args.show]
        for line in random.Random(args.seed).sample(shown, min(args.sample, len(shown))):
            print(line)


if __name__ == "__main__":
    main()
