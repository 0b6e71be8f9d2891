"""Which sentence pairs of two reports of one event quote one passage, and whether a run links them.

    python bench/shared_quote_links.py DATA RUN --sets allsidesA,basilC [--show]

RUN holds kept exports (`bench/quality.py --keep`, `bench/dev_sets.py run`). For each pair of one event's reports
(DATA/sets/SET/events.json) every sentence (a line cut at ". ") of one and of the other whose quoted passages meet
(`quoted_passages`: four words or more inside double quotation marks, `voices`' bar for a phrase, not in title case;
`quote_one_passage`: one passage, or one inside the other) is a pair; it is linked where a claim of RUN holds a mention overlapping each.
Printed per set: linked and unlinked pairs (``--show``: the unlinked ones' sentences). Session 75, recall75: counted
before a pair quoting one passage was raised to the pair model's threshold and to 1 (built in 74ef6edb and 799b075c, measured
and reverted; docs/linking.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.title_lines import title_cased  # noqa: E402

_SENTENCE = re.compile(r"[^\n]+?(?:\.(?=\s)|\n|$)")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
LEAST_WORDS = 4  # `voices`' bar: fewer shared words are a phrase any two sentences of one quotation may share


def quoted_passages(text: str) -> frozenset[str]:
    """The passages ``text`` puts inside double quotation marks, each as its words in lower case joined by a space,
    where it holds ``LEAST_WORDS`` words or more and is not a title ("State of the Union")."""
    found = set()
    for match in _QUOTED.finditer(text):
        words = [w.lower().replace("’", "'") for w in _WORD.findall(match.group(1))]
        if len(words) >= LEAST_WORDS and not title_cased(match.group(1)):
            found.add(" ".join(words))
    return frozenset(found)


def quote_one_passage(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a passage of one is the other's, or runs word for word inside it."""
    return any(f" {p} " in f" {q} " or f" {q} " in f" {p} " for p in a for q in b)


def sentences(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, quoted passages) of each sentence that quotes a passage."""
    return [(m.start(), m.end(), q) for m in _SENTENCE.finditer(text) if (q := quoted_passages(m.group()))]


def linked_pairs(export: dict) -> set[tuple]:
    """(file, start, end, file, start, end) of every two mentions one claim holds, both orders."""
    names = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
    out = set()
    for claim in export["claims"]:
        mentions = [(names[m["document"]], m["start"], m["end"]) for m in claim["mentions"]]
        out.update(a + b for x, y in combinations(mentions, 2) for a, b in ((x, y), (y, x)))
    return out


def set_pairs(data: Path, run: Path, name: str) -> list[tuple[bool, str, str, str, str]]:
    """(linked, file, sentence, file, sentence) of each sentence pair quoting one passage."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    export = json.loads((run / f"{name}.json").read_text(encoding="utf-8"))
    texts = {Path(d["source"]["path"]).name: d["text"] for d in export["documents"]}
    linked, out = linked_pairs(export), []
    for a, b in combinations(sorted(texts), 2):
        if events[a]["event"] != events[b]["event"]:
            continue
        for sa, ea, qa in sentences(texts[a]):
            for sb, eb, qb in sentences(texts[b]):
                if quote_one_passage(qa, qb):
                    made = any(k[0] == a and k[3] == b and k[1] < ea and sa < k[2] and k[4] < eb and sb < k[5] for k in linked)
                    out.append((made, a, texts[a][sa:ea], b, texts[b][sb:eb]))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("run", type=Path)
    parser.add_argument("--sets", required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    total = Counter()
    for name in args.sets.split(","):
        pairs = set_pairs(args.data, args.run, name)
        counts = Counter("linked" if made else "unlinked" for made, *_ in pairs)
        total.update(counts)
        print(f"{name}: {dict(counts)}")
        for made, a, ta, b, tb in pairs if args.show else ():
            if not made:
                print(f"  {a}: {' '.join(ta.split())[:160]}\n  {b}: {' '.join(tb.split())[:160]}")
    print(f"all: {dict(total)}")


if __name__ == "__main__":
    main()
