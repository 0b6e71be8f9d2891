"""Headlines whose parse has no finite verb, and what `claims/headline_verbs.restore_verb` reads back in them (session
78, casing78).

    python bench/verbless_headlines.py DATA [--crawl CORPUS] [--show] [--whole]

Reads the first line of every document of every set under DATA/sets but the blind draws and held-out splits (and with
``--crawl`` every usable GVA crawl report's title), parses each distinct line as `headlines` does (in sentence case
when title-cased) without the reading and with it, and counts, title-cased and other lines apart: lines of four words
or more, those with no finite verb outside the body's names (a capitalised word past the first, as the recased line
keeps them), and those the reading gives a verb, by the form read (VBZ after "it", VBP after "they"). ``--show``
lists the lines read back (form, word, line) for reading by hand.

Run in session 78 on the sets and the crawl (docs/linking.md "A headline's verb read as a noun"): 1,391 distinct
title-cased lines, 500 with no finite verb (at least 32 plainly have one: "Texas Governor Issues Executive Order …",
"Jan. 6 Panel Subpoenas Jeffrey Clark …", "Trump Slams Facebook …" with "Facebook" the verb); other lines 4,737 and
1,644; the reading gives 82 lines a verb (54 VBZ, 28 VBP), read by hand 72 right and 10 wrong ("Pelosi firm on …",
"Bezos and Blue Origin crew land …" read at "crew", "Social Security benefits to increase …", "police officer" ×3).
``--whole`` keeps each line whole, a label before a colon and all, as `units._headline_units` parses a line first:
session 79 (headline79) ran it before and after the reading stopped at a colon and left compounds' nouns alone
(docs/linking.md "Where a headline's verb reading stops"): 6,378 distinct lines, read back 84 → 84 (VBP 28 → 26, VBZ
56 → 58), 5 lines gained, all right ("Liberal media blast DeSantis' … bill: 'This is disgusting'", "Manhattan DA
convenes grand jury …: report"), 5 lost, all wrong ("police officer" ×3, "Two life sentences for …", "Three women,
one man injured …"); without ``--whole`` the same 5 are lost and none gained (the colon's lines lose their label).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from capital_first_words import crawl_titles, first_lines  # noqa: E402
from viewer.analysis.claims import units  # noqa: E402
from viewer.analysis.claims.headline_verbs import _FINITE, _name, restore_verb  # noqa: E402
from viewer.analysis.claims.headlines import _as_parsed  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.title_lines import title_cased  # noqa: E402


def distinct_lines(lines: list[tuple[str, str, str]], whole: bool = False) -> list[tuple[str, str]]:
    """(line after any label, or whole with ``whole``, body) of each distinct line of four words or more."""
    seen: dict[str, str] = {}
    for _source, line, body in lines:
        words = line[0 if whole else units._after_label(line):].strip()
        if len(words.split()) >= 4:
            seen.setdefault(words, body)
    return list(seen.items())


def counted(lines: list[tuple[str, str]]) -> tuple[Counter, list[str]]:
    """The counts, and each line read back as "form word line"."""
    nlp, counts, shown = english(), Counter(), []
    for (line, body), doc in zip(lines, nlp.pipe([_as_parsed(line, body) for line, body in lines])):
        kind = "title-cased" if title_cased(line) else "other"
        counts[kind] += 1
        before = [t.tag_ for t in doc]
        counts[kind + ", no finite verb"] += not any(t.tag_ in _FINITE and not _name(t) for t in doc)
        restore_verb(doc, nlp)
        read = [t for t, tag in zip(doc, before) if t.tag_ in _FINITE and tag != t.tag_]
        if read:
            counts[f"read back {read[0].tag_}"] += 1
            shown.append(f"{read[0].tag_}\t{read[0].text}\t{line}")
    return counts, shown


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--whole", action="store_true", help="lines whole, a label before a colon kept (as "
                        "`units._headline_units` parses them first)")
    args = parser.parse_args(argv)
    lines = first_lines(args.data) + (crawl_titles(args.crawl) if args.crawl else [])
    counts, shown = counted(distinct_lines(lines, args.whole))
    if args.show:
        print("\n".join(shown))
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
