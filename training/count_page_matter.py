"""Count what session 49's page-matter rules mark (embedded posts' credits without a picture link, later video blurbs,
teasers and carousels printed twice, and the page-line table's developing-story, update-log, station-credit and
contributor entries) on the GVA crawl and on sets of edited news text, and print a sample of each to be read.

    python training/count_page_matter.py GVA_CRAWL [--prose DIR ...] [--basil BASIL_GIT_DIR] [--show N]

GVA_CRAWL is cltl/LongTailQATask's ``the_violent_corpus`` folder; ``--prose`` folders hold .txt articles (a bench
set's ``docs``: gva500, ECB+ train) and ``--basil`` launchnlp/BASIL's git directory. Every mark on edited news text
(ECB+, BASIL) is printed: there a rule should mark nothing.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from count_page_lines import crawl_texts, marks, prose_texts  # noqa: E402
from viewer.corpus.boilerplate import RULES, Page  # noqa: E402

NEW_RULES = ("teasers", "embedded post credit", "later video blurbs")
NEW_ENTRIES = ("developing-story notice: the report will be updated",
               "update log: when the report was updated or first published", "video blurb: reporter credit sentence",
               "contributor credit: who else worked on the report")


def new_marks(text: str) -> list[tuple[str, str]]:
    """(rule or entry, marked text) for every mark the counted rules and entries give ``text`` as import runs them."""
    page = Page(text)
    found: list[tuple[str, str]] = []
    for name, rule in RULES:
        if name == "page lines":
            for i in page.free():
                found += [(what, marked) for what, marked in marks(page.lines[i].text) if what in NEW_ENTRIES]
        before = len(page.marks)
        rule(page)
        if name in NEW_RULES:
            found += [(name, text[span.start:span.end]) for span, _kind in page.marks[before:]
                      if not text.startswith("pic.twitter.com", span.start)]  # a picture link's credit is older
    return found


def count(name: str, texts: Iterable[str], show: int, every: bool) -> None:
    """Print how many articles and marks each rule and entry has in one set, and a sample (or all) of the marks."""
    articles: Counter[str] = Counter()
    taken: dict[str, list[str]] = {}
    total = 0
    for text in texts:
        total += 1
        found = new_marks(text)
        articles.update({what for what, _marked in found})
        for what, marked in found:
            taken.setdefault(what, []).append(" ".join(marked.split())[:300])
    print(f"{name}: {total:,} articles")
    for what in (*NEW_RULES, *NEW_ENTRIES):
        lines = taken.get(what, [])
        print(f"  {articles[what]:5d} articles, {len(lines):5d} marks  {what}")
        sample = lines if every else random.Random(49).sample(lines, min(show, len(lines)))
        for line in sample:
            print(f"      {line!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--prose", type=Path, nargs="*", default=[])
    parser.add_argument("--basil", type=Path)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    count("GVA crawl", crawl_texts(args.crawl, titled=True), args.show, every=False)
    for name, texts in prose_texts(args.prose, args.basil):
        count(name, texts, args.show, every="gva" not in name)


if __name__ == "__main__":
    main()
