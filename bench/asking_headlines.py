"""Headlines that only ask (`headlines.asks`), which the headline reading keeps no unit of, counted before the reading was
built (session 76, headline76).

    python bench/asking_headlines.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/asking_headlines.py DATA --sets [--crawl CORPUS]

The judged count reads every judged dev link (`background_acts.dev_link_files`, re-judged verdicts and classes over the
first ones) with a side in its document's first line, where the sets put the headline, parses that line alone as the
analysis parses headlines (`units._headline_units`, its label read apart) and prints R/P/W (the class "headline beside
another claim" apart) of the links whose headline unit the reading takes away, by whether ``--base``'s exports
(`bench/quality.py --keep`) make them. ``--sets`` reads the first line of every document of every set under DATA/sets
(the blind and held-out ones left out), ``--crawl`` every usable GVA crawl report's title, and lists each distinct
headline the reading takes a unit from, to be read by hand.

Run in session 76 on main 474724c1's exports (/work/data/final76/base): docs/linking.md "A headline that only asks".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from background_acts import dev_link_files, made_links  # noqa: E402
from capital_first_words import crawl_titles, first_lines  # noqa: E402
from stage_wrongs import _classes, _key  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims import units  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

HEADLINE_CLASS = "headline beside another claim"


def taken(line: str, body: str) -> list[str]:
    """The headline units the analysis kept before the reading that it keeps no more (their texts)."""
    text = f"{line}{body}"
    now = {(s.start, s.end) for s, _f in units._headline_units(Span(0, len(line)), text)}
    built = units.asks
    units.asks = lambda _tokens, _line: False
    try:
        before = units._headline_units(Span(0, len(line)), text)
    finally:
        units.asks = built
    return [text[s.start:s.end] for s, _f in before if (s.start, s.end) not in now]


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged dev links whose headline side the reading takes away, by whether ``base`` makes them."""
    made, classes, by, shown, read = made_links(base), _classes(), Counter(), [], {}
    for key, row in judged_rows(files).items():
        for name, start, end in key[1:]:
            text = (data / "sets" / key[0] / "docs" / name).read_text(encoding="utf-8")
            first = text.find("\n")
            if not 0 <= start < first:
                continue
            if (key[0], name) not in read:
                read[(key[0], name)] = taken(text[:first], text[first:])
            if text[start:end] not in read[(key[0], name)]:
                continue
            cls = classes.get(_key(row)) or row.get("class") or ""
            verdict = "W headline" if row["verdict"] == "W" and cls == HEADLINE_CLASS else row["verdict"]
            state = "made" if key in made else "not made"
            by[(state, verdict)] += 1
            if show:
                other = [x for x in key[1:] if x[0] != name][0]
                other_text = (data / "sets" / key[0] / "docs" / other[0]).read_text(encoding="utf-8")
                shown.append(f"  {verdict} [{state}] {row['file']} {key[0]}: {' '.join(text[start:end].split())!r} | "
                             f"{' '.join(other_text[other[1]:other[2]].split())[:150]!r}")
    return [f"{state:9} {verdict:11} {n}" for (state, verdict), n in sorted(by.items())] + shown


def listed(headlines: list[tuple[str, str, str]]) -> list[str]:
    """Each distinct headline the reading takes a unit from, and the count of distinct headlines read."""
    seen, out = set(), []
    for source, line, body in headlines:
        if line in seen:
            continue
        seen.add(line)
        if taken(line, body):
            out.append(f"  {source}: {line}")
    return out + [f"{len(out)} of {len(seen)} distinct headlines lose a unit"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets", action="store_true")
    parser.add_argument("--crawl", type=Path)
    args = parser.parse_args(argv)
    if args.sets or args.crawl:
        print("\n".join(listed((first_lines(args.data) if args.sets else [])
                               + (crawl_titles(args.crawl) if args.crawl else []))))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
