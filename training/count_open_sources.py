"""Count four kinds of source the attribution may lose, on public news, and what the analysis gives each.

    python training/count_open_sources.py [--crawl GVA_CRAWL] [--polnear POLNEAR_PREPARED] [--also SET_DOCS ...]
        [--exclude NAMES_FILE] [--show N]

(a) "told the outlet", "told the publication": a hearer noun for the outlet the words went to, written as none of
the kinds of publisher WordNet knows; (b) "court records show", ", court documents state.": papers as the source,
where the tagger may read "records"/"documents" as a verb; (c) "gave the following account:", "provided this
statement:": a colon lead-in whose cue is a noun of speech after a verb of giving; (d) "“…,” charging documents
state.": a quotation a paper closes, with the same misread tags (session 51); (e) '"…," the statement read.', 'a sign
read: "…"': a thing written on that reads its words; (f) "Court documents say the suspect fired…", "…, court records
show, but he…": papers as the source where the clause goes on past them, given only when the content holds the
clause's words, not a word or two the parse hung on the verb; (g) "told our partners at NOLA.com", "told the show":
a hearer that carried the words on, given when the statement has a relay; (h) "issued a statement Wednesday: “…”":
a written thing put out before a colon its quotation follows on the same line (session 52). Each paragraph holding a pattern
is parsed and analysed as an article of its own; a pattern counts as given its source when an attribution's speaker
holds the pattern's source word and its words lie outside the pattern. ``--exclude`` lists article names (one a
line, as ``bench/gva.py`` writes them) left out, so a blind set drawn from the crawl is not counted.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gva import read_item  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402

PATTERNS = {
    "told a hearer noun": re.compile(r"\btold (?:the|this) (?:[a-z-]+ ){0,2}?(outlet|publication|show|program)\b"),
    "papers show": re.compile(r"\b(?:court|police|public|jail|arrest|charging|federal) (records|documents|papers) "
                              r"(?:show|state|say|said|indicate|allege)\b"),
    "gave an account:": re.compile(r"\b(?:gave|provided|offered|shared|read|made) (?:the following|this|these|a|an|the)"
                                   r" (?:[a-z-]+ ){0,2}?(account|statement|description|comment|remarks)"
                                   r"[^.\n]{0,60}:\s*$", re.MULTILINE),
    "a quotation a paper closes": re.compile(r"[”\"] (?:the |an? )?(?:[\w'-]+ ){0,3}?(affidavit|complaint|documents|records"
                                             r"|papers|report|warrant|motion|indictment|filing|email|release|statement"
                                             r"|letter) (?:states|state|shows|show|says|say|notes|alleges)\."),
    "a thing reads": re.compile(r"[”\"],? (?:[\w'’.-]+ ){0,4}?([a-z]+) reads?\b|\b([a-z]+) (?:that |which )?reads?"
                                r"(?: in part)?[:,]? ?[“\"]"),
    "papers go on": re.compile(r"\b(records|documents|papers) (?:show|showed|say|said|state|stated|indicate|indicated)"
                               r"\b(?!\s*\.)"),
    "told a carrier": re.compile(r"\b(?:told|tells) (?:the|our|its) (?:[\w.-]+ ){0,2}?(show|program|partners?)\b"),
    "a statement: on its line": re.compile(r"\b(?:released|issued|posted|sent|shared|put out)\b[^.\n\"“]{0,60}?\b"
                                          r"(statement|tweet|message|post|letter|note|release)s?\b[^.\n\"“:]{0,60}:"
                                          r"[ \t]*[\"“]"),
}
LEAST_CONTENT = {"papers go on": 20}  # characters: the clause, not "suspect" hung on "say"
BY_CUE = ("a thing reads", "told a carrier", "a statement: on its line")  # given when an attribution's cue is the pattern's verb (with a relay)


def _texts(ns: argparse.Namespace) -> Iterable[str]:
    excluded = set(ns.exclude.read_text(encoding="utf-8").split()) if ns.exclude else set()
    for path in sorted(ns.crawl.glob("*/*.json")) if ns.crawl else ():
        item = read_item(path) if f"{path.parent.name}_{path.stem[:8]}" not in excluded else None
        if item:
            yield item["text"]
    if ns.polnear:
        for path in sorted((ns.polnear / "docs").glob("*.txt")):
            if part_of(path.name) == "fit":
                yield path.read_text(encoding="utf-8")
    for folder in ns.also:
        for path in sorted(folder.glob("*.txt")):
            yield path.read_text(encoding="utf-8")


def _passages(text: str, pattern: re.Pattern) -> Iterable[tuple[str, re.Match]]:
    """The paragraph holding each match, with the paragraph below it (a colon's words are there)."""
    paras = text.split("\n\n")
    for i, para in enumerate(paras):
        for m in pattern.finditer(para):
            yield "\n\n".join(["Town news", para, *paras[i + 1:i + 2]]) + "\n", m


def _given(text: str, m: re.Match, found, name: str) -> bool:
    start = len("Town news\n\n")
    word = next(g for g in m.groups() if g).lower()
    for a in found:
        speaker = text[a.speaker.start:a.speaker.end].lower() if a.speaker else ""
        relays = " ".join(r.name.lower() for r in a.via)
        if name in BY_CUE:
            if a.cue is not None and m.start() <= a.cue.start - start < m.end() and (a.via or name != "told a carrier"):
                return True
            continue
        if len(text[a.content.start:a.content.end] if a.content else "") < LEAST_CONTENT.get(name, 0):
            continue
        if word in speaker or word in relays or word in ("account", "statement", "description", "comment", "remarks") \
                and a.content is not None and a.content.start >= start + m.end():
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--also", type=Path, action="append", default=[], help="a folder of .txt articles")
    parser.add_argument("--exclude", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print up to N passages of each class not given")
    ns = parser.parse_args()
    from viewer.analysis.attribution.statements import find_attributions
    from viewer.analysis.segment import parse
    counts, given, shown = Counter(), Counter(), Counter()
    for text in _texts(ns):
        for name, pattern in PATTERNS.items():
            for passage, m in _passages(text, pattern):
                counts[name] += 1
                if _given(passage, m, find_attributions(parse(1, passage, [])), name):
                    given[name] += 1
                elif shown[name] < ns.show:
                    shown[name] += 1
                    print(f"[{name}] {m.group(0)!r}: {passage[11:300]!r}")
    for name in PATTERNS:
        print(f"{name}: {counts[name]} passages, {given[name]} given their source")


if __name__ == "__main__":
    main()
