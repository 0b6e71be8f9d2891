"""First lines that ask and that session 76's reading of an asking headline (`headlines.asks`) does not reach, counted
in session 77 (headline77) before building anything on them.

    python bench/unreached_questions.py DATA [--crawl CORPUS] --prose
    python bench/unreached_questions.py DATA [--crawl CORPUS] --adverbs

Reads the first line of every document of every set under DATA/sets but the blind draws and held-out splits, and with
``--crawl`` every usable GVA crawl report's title (`capital_first_words.first_lines`, `crawl_titles`), each distinct
line once.

- ``--prose``: lines in sentence case ending in "?" ("Will new CDC moratorium keep tenants housed?"). A line that ends as
  a sentence and is not title-cased is read as the article's first prose sentence (`units._heading`,
  `units._titled_line`), so `asks` never reads it; each is printed with the units the analysis keeps from it (the
  document parsed as the pipeline parses it) and whether `asks` would take the line parsed as a headline.
- ``--adverbs``: headlines whose words (after a label ending in a colon) open with "how", "where", "when" or "why",
  with whether the analysis keeps a unit of them and the complements of the wh-word's verb: the shape of the "100
  Days: How Biden Has Fared So Far On His Promises" label beside "Biden's first 100 days: Where he stands on key
  promises" (allsidesR, W).

Run in session 77 on main bbed7c15: docs/linking.md, the paragraph after "A first word in capitals".
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from capital_first_words import crawl_titles, first_lines  # noqa: E402

from viewer.analysis.claims import headlines, units  # noqa: E402
from viewer.analysis.title_lines import title_cased  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

_WH_ADVERB = re.compile(r"(?i)(how|where|when|why)\b")
_COMPLEMENTS = {"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative", "nsubjpass"}


def _distinct(lines: list[tuple[str, str, str]]):
    seen = set()
    for source, line, body in lines:
        if line not in seen:
            seen.add(line)
            yield source, line, body


def prose_questions(lines: list[tuple[str, str, str]]) -> list[str]:
    """Each sentence-case first line ending in "?", the units the analysis keeps from it, and what `asks` says."""
    from viewer.analysis.segment import parse

    out = []
    for source, line, body in _distinct(lines):
        if not line.rstrip().endswith("?") or title_cased(line):
            continue
        text = f"{line}{body}"
        kept = [text[u.span.start:u.span.end] for u in units.claim_units(parse(1, text[:3000], []))
                if u.span.start < len(line)]
        asked = headlines.asks(headlines.parsed_headline(line, body)[:], line)
        out.append(f"  {source}: {line}\n    units {kept}\n    asks as a headline: {asked}")
    return out + [f"{len(out)} sentence-case question lines"]


def adverb_headlines(lines: list[tuple[str, str, str]]) -> list[str]:
    """Each headline opening (after its label) with a wh-adverb, its unit, and its verb's complements."""
    out = []
    for source, line, body in _distinct(lines):
        after = units._after_label(line)
        words = line[after:].strip()
        if not _WH_ADVERB.match(words):
            continue
        kept = bool(units._headline_units(Span(0, len(line)), f"{line}{body}"))
        wh = headlines.parsed_headline(words, body)[0]
        complements = sorted({c.dep_ for c in wh.head.children if c.dep_ in _COMPLEMENTS})
        out.append(f"  {source}: unit {kept}, label {bool(after)}, verb {wh.head.lemma_} {complements} | {line}")
    return out + [f"{len(out)} headlines opening with a wh-adverb"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--crawl", type=Path)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--prose", action="store_true")
    which.add_argument("--adverbs", action="store_true")
    args = parser.parse_args(argv)
    lines = first_lines(args.data) + (crawl_titles(args.crawl) if args.crawl else [])
    print("\n".join(prose_questions(lines) if args.prose else adverb_headlines(lines)))


if __name__ == "__main__":
    main()
