"""Count the shapes of news headlines by what makes them state an event, and draw the ones that state none to read.

    python training/count_headline_shapes.py GVA_CRAWL [--also FOLDER] [--draw N --shape SHAPE --seed S --out DRAWN.tsv]

Each distinct headline of the crawl (its ``title``) and the first line of every .txt under each ``--also`` folder (a
set's docs/, written title first) is parsed as ``units._headline_units`` parses a headline (`headlines.parsed_headline`,
the article's text after it deciding which capitals are names) and put in the first shape it has: ``verb`` (a verb
with a subject, a headline passive or infinitive: what `headlines.states_event` read before toll headlines), ``toll``
(a count and what befell it, with no such verb: "1 dead, 3 injured in …", `headlines.counted_toll`), either of those
after a label and a colon (``label+verb``, ``label+toll``: "Police: 2 dead, …"), or ``none``. The counts say how many
headlines each shape makes claims of; ``--draw`` writes N of one shape's (``none`` unless ``--shape`` says), drawn by
the seed, to read whether they are claims and what the rest are.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_texts  # noqa: E402
from bench.gva import read_item  # noqa: E402
from viewer.analysis.claims import headlines  # noqa: E402
from viewer.analysis.claims.units import _after_label  # noqa: E402


def crawl_headlines(crawl: Path) -> list[tuple[str, str]]:
    """(headline, text) of every readable crawled page with a title, each headline once."""
    seen, out = set(), []
    for path in sorted(crawl.glob("*/*.json")):
        item = read_item(path)
        if item and item["title"] and item["title"] not in seen:
            seen.add(item["title"])
            out.append((item["title"], item["text"]))
    return out


def folder_headlines(folder: Path) -> list[tuple[str, str]]:
    """(first line, the rest) of every .txt under the folder."""
    out = []
    for path in sorted(folder.rglob("*.txt")):
        first, _, rest = path.read_text(encoding="utf-8", errors="replace").strip().partition("\n")
        out.append((first.strip(), rest))
    return out


def shape(line: str, body: str) -> str:
    """The first shape the headline has (see the module's docstring)."""
    tokens = headlines.parsed_headline(line, body)[:]
    if headlines.states_event(tokens):
        return "verb" if headlines.stated_by_verb(tokens) else "toll"
    after = _after_label(line)
    labelled = shape(line[after:], body) if after else "none"
    return "none" if labelled == "none" else "label+" + labelled


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--also", type=Path, action="append", default=[])
    parser.add_argument("--draw", type=int, default=0)
    parser.add_argument("--shape", default="none")
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    sources = {"gva": crawl_headlines(args.crawl), **{f.parent.name: folder_headlines(f) for f in args.also}}
    rows = []
    for name, found in sources.items():
        shapes = [(shape(line, body), line) for line, body in found if line]
        print(name, len(shapes), "headlines", dict(sorted(Counter(s for s, _ in shapes).items())), flush=True)
        rows += [(name, s, line) for s, line in shapes]
    if args.draw and args.out:
        shaped = [r for r in rows if r[1] == args.shape]
        with args.out.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter="\t").writerows(random.Random(args.seed).sample(shaped, min(args.draw, len(shaped))))


if __name__ == "__main__":
    main()
