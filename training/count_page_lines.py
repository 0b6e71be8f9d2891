"""Count what each entry of the page-line table (viewer/corpus/page_lines.json) marks: in how many articles of the
Gun Violence Archive crawl, and which lines of news text without page furniture (ECB+, BASIL, PolNeAR) it would take.

    python training/count_page_lines.py GVA_CRAWL [--prose DIR ...] [--basil BASIL_GIT_DIR] [--look REGEX] [--show N]

GVA_CRAWL is cltl/LongTailQATask's ``the_violent_corpus`` folder (one pickled news item per article: the text a
crawler kept of each page, furniture and all). An entry's "seen" in the table is its count of crawl articles here.
``--prose`` folders of .txt articles and ``--basil`` (launchnlp/BASIL's git directory) hold edited news text: every
line an entry marks there is printed, to be read, and an entry that marks article prose is no entry.
``--look`` lists the crawl's short lines matching REGEX that no entry marks, with how many articles hold each: where
a new entry's wording comes from (the players', paywalls' and comment widgets' own words, read off the lines).
``--related`` prints instead every line the reader's related-headlines rule marks, on the crawl (title, blank line,
text, as bench/gva.py writes an article) and in the ``--prose`` folders and BASIL.
``--show N`` prints, for every entry, N of the crawl lines it marks (spread over the crawl), the marked words in
[[ ]], to be read: what an entry takes from the crawl, and whether any of it is a sentence of the report.
A 'span' entry marks only the words it matches, in a line of any length; the others mark a short line whole.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from basil import article_text, read_articles  # noqa: E402
from gva import read_item  # noqa: E402
from viewer.corpus.boilerplate import RULES, Page  # noqa: E402

TABLE = json.loads((ROOT / "viewer/corpus/page_lines.json").read_text(encoding="utf-8"))
ENTRIES = [(e["what"], re.compile(e["pattern"], re.IGNORECASE), e["match"]) for e in TABLE["entries"]]


def marks(line: str) -> list[tuple[str, str]]:
    """The entries that mark this line, each with the words it marks, as `boilerplate._page_lines` marks them."""
    found = []
    short = len(line.split()) <= TABLE["max_words"]
    for what, pattern, match in ENTRIES:
        if match == "span":
            found += [(what, m.group()) for m in pattern.finditer(line)]
        elif short and (pattern.fullmatch(line) if match == "whole" else pattern.search(line)):
            found.append((what, line))
    return found


def shown(line: str, marked: str) -> str:
    """The words an entry marks in [[ ]], with up to 150 characters of their line either side."""
    at = line.find(marked)
    return line[:300] if at < 0 else f"{line[max(0, at - 150):at]}[[{marked}]]{line[at + len(marked):][:150]}"


def lines(text: str) -> Iterator[str]:
    """A text's non-blank lines, as boilerplate's `Page` splits it."""
    return (line.strip() for line in text.split("\n") if line.strip())


def crawl_texts(crawl: Path, titled: bool = False) -> Iterator[str]:
    """Every readable article's text of the crawl, incident by incident (after its title when ``titled``)."""
    for incident in sorted(crawl.iterdir()):
        for path in sorted(incident.iterdir()):
            item = read_item(path)
            if item:
                yield f"{item['title']}\n\n{item['text']}" if titled else item["text"]


def related_lines(text: str) -> list[str]:
    """The lines the related-headlines rule marks, after the rules before it, as import runs them."""
    page = Page(text)
    for name, rule in RULES:
        before = len(page.marks)
        rule(page)
        if name == "related headlines":
            return [text[span.start:span.end] for span, _kind in page.marks[before:]]
    return []


def count_related(crawl: Path, prose: list[tuple[str, Iterable[str]]]) -> None:
    """Print every line the related-headlines rule marks on the crawl and on edited news text."""
    for name, texts in [("GVA crawl", crawl_texts(crawl, titled=True)), *prose]:
        articles = marked = 0
        for text in texts:
            found = related_lines(text)
            articles += bool(found)
            for block in found:
                marked += 1
                print(f"  {name}: {block[:300]!r}")
        print(f"{name}: related headlines in {articles} articles, {marked} blocks")


def prose_texts(folders: list[Path], basil: Path | None) -> list[tuple[str, Iterable[str]]]:
    """Edited news text without page furniture, by set: the .txt articles of each folder, and BASIL's."""
    prose: list[tuple[str, Iterable[str]]] = [
        (str(folder), (p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))))
        for folder in folders]
    if basil:
        prose.append(("BASIL", (article_text(a) for triplet in read_articles(basil).values() for a in triplet)))
    return prose


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--prose", type=Path, nargs="*", default=[])
    parser.add_argument("--basil", type=Path)
    parser.add_argument("--look")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--related", action="store_true")
    args = parser.parse_args()
    if args.related:
        count_related(args.crawl, prose_texts(args.prose, args.basil))
        return
    look = re.compile(args.look, re.IGNORECASE) if args.look else None
    seen: Counter[str] = Counter()
    marked_lines: dict[str, list[str]] = {what: [] for what, _pattern, _match in ENTRIES}
    unmarked: Counter[str] = Counter()
    articles = 0
    for text in crawl_texts(args.crawl):
        articles += 1
        found: set[str] = set()
        left: set[str] = set()
        for line in lines(text):
            entries = marks(line)
            found.update(what for what, _marked in entries)
            for what, marked in entries:
                marked_lines[what].append(shown(line, marked))
            if look and not entries and len(line.split()) <= TABLE["max_words"] and look.search(line):
                left.add(re.sub(r"\d+", "#", line.casefold())[:140])
        seen.update(found)
        unmarked.update(left)
    print(f"GVA crawl: {articles:,} readable articles")
    for what, _pattern, _match in ENTRIES:
        taken = marked_lines[what]
        print(f"  {seen[what]:5d} of {articles:,}  {what} ({len(taken):,} marks)")
        step = max(1, len(taken) // args.show) if args.show else 0
        for line in taken[::step][:args.show] if step else ():
            print(f"      {line}")
    for name, texts in prose_texts(args.prose, args.basil):
        count = taken = 0
        for text in texts:
            for line in lines(text):
                count += 1
                for what, marked in marks(line):
                    taken += 1
                    print(f"  {name}: [{what}] {shown(line, marked)}")
        print(f"{name}: {taken} of {count:,} lines marked")
    if look:
        print(f"Lines matching {args.look!r} no entry marks (articles holding each):")
        for line, n in unmarked.most_common(80):
            print(f"  {n:4d}  {line}")


if __name__ == "__main__":
    main()
