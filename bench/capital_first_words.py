"""Title-cased headlines whose first word is written in capitals, read with the first word lowered (main's
`title_lines.sentence_cased`: "WHO Head Says …" parsed as "Who head says …", "U.S. …" as "U.s. …") and with its capitals
kept when the body writes the word in capitals, as later words keep theirs (`kept_first`, measured in session 77 and
refused).

    python bench/capital_first_words.py DATA [--crawl CORPUS] [--all]
    python bench/capital_first_words.py DATA --documents

Reads the first line of every document of every set under DATA/sets but the blind draws and held-out splits
(`dev_sets.readable`), and with ``--crawl`` every usable GVA crawl report's title, and prints, for each distinct title-cased line
whose first word (or the first word after a label ending in a colon, which `units._headline_units` reads apart) the
two casings give differently, the line, its first word's tag and head in each parse, and the headline units each
keeps (`units._headline_units`, `headlines._initials` left as main has it); ``--all`` prints the lines whose units stay
the same too. The counts at the end say how many lines the casings give apart and how many change their units.
``--documents`` instead names the dev sets (`dev_sets.judged_sets` and the public ones) holding such a line above
their prose, the sets an end-to-end run of the casing must read.

Run in session 77 (headline77) on main bbed7c15: docs/linking.md "A first word in capitals".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from dev_sets import readable  # noqa: E402
from viewer.analysis import title_lines  # noqa: E402
from viewer.analysis.claims import headlines, units  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

def kept_first(line: str, body: str) -> str:
    """The casing measured: a first word in capitals keeps them when the body writes it in capitals, as later words
    do (main lowers it whatever the body writes)."""
    cased = title_lines.sentence_cased(line, body)
    match = title_lines._WORD.search(line)
    if match and match.group().isupper() and len(match.group()) > 1 and match.group() in body:
        cased = cased[:match.start()] + match.group() + cased[match.end():]
    return cased


def first_lines(data: Path) -> list[tuple[str, str, str]]:
    """(set, first line, the text after it) of each document of every set but the blind and held-out ones."""
    out = []
    for folder in sorted(p for p in (data / "sets").iterdir() if (p / "docs").is_dir() and readable(p.name)):
        for path in sorted((folder / "docs").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            first = text.find("\n")
            if first > 0:
                out.append((folder.name, text[:first], text[first:]))
    return out


def crawl_titles(corpus: Path) -> list[tuple[str, str, str]]:
    """("crawl", title, text) of every usable GVA crawl report."""
    import gva

    return [("crawl", item["title"], "\n\n" + item["text"][:3000])
            for _name, items in gva.usable_reports(corpus) for _n, item in items if item["title"]]


def _read(line: str, body: str, casing) -> tuple[list[str], str]:
    """The headline units kept and the first word's reading when the parser is given ``casing``'s line."""
    kept = headlines.sentence_cased
    headlines.sentence_cased = casing
    try:
        text = f"{line}{body}"
        found = units._headline_units(Span(0, len(line)), text)
        after = units._after_label(line)
        doc = english()(headlines._as_parsed(line[after:], body))
    finally:
        headlines.sentence_cased = kept
    first = next((t for t in doc if not t.is_punct), None)
    reading = f"{first.text}/{first.tag_}/{first.dep_}" if first is not None else "-"
    return [text[s.start:s.end] for s, _f in found], reading


def differs(line: str, body: str) -> bool:
    """The two casings give the line, or its words after a label, differently."""
    after = units._after_label(line)
    return any(title_lines.title_cased(part) and kept_first(part, body) != title_lines.sentence_cased(part, body)
               for part in {line, line[after:]})


def compared(lines: list[tuple[str, str, str]], show_all: bool) -> list[str]:
    """Each distinct line the casings give apart, read both ways, and the counts."""
    seen, out, counts = set(), [], Counter()
    for source, line, body in lines:
        if line in seen:
            continue
        seen.add(line)
        if not differs(line, body):
            continue
        counts["recased"] += 1
        before, first_before = _read(line, body, title_lines.sentence_cased)
        after, first_after = _read(line, body, kept_first)
        counts["units change"] += before != after
        if show_all or before != after:
            out.append(f"{source}: {line}\n    lowered {first_before} {before}\n    kept    {first_after} {after}")
    return out + [f"{len(seen)} distinct lines, {counts['recased']} cased apart, {counts['units change']} with other units"]


def touched_sets(data: Path) -> list[str]:
    """The dev sets holding a line above their prose (every line until the first of more than 12 words not in title
    case) that the two casings give apart: the only sets whose units the casing can change."""
    from dev_sets import PUBLIC, judged_sets

    out = []
    for name in dict.fromkeys(judged_sets() + PUBLIC):
        for path in sorted((data / "sets" / name / "docs").glob("*.txt")):
            text, start = path.read_text(encoding="utf-8"), 0
            for line in text.split("\n"):
                if len(line.split()) > 12 and not title_lines.title_cased(line):
                    break
                if line.strip() and differs(line, text[start + len(line):]):
                    out.append(name)
                    break
                start += len(line) + 1
            if out and out[-1] == name:
                break
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--documents", action="store_true")
    args = parser.parse_args(argv)
    if args.documents:
        print(",".join(touched_sets(args.data)))
        return
    lines = first_lines(args.data) + (crawl_titles(args.crawl) if args.crawl else [])
    print("\n".join(compared(lines, args.all)))


if __name__ == "__main__":
    main()
