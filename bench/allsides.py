"""A fifth multi-outlet set for judging claim links, and the first since BASIL, WCEP and the GVA crawl ran out:
one story told by two or three US outlets of different leanings, from AllSides' headline roundups of 2021.

AllSides (allsides.com) sets beside each news story it rounds up one report from a left, a centre and a right
outlet. The NeuS authors (HLTCHKUST/framing-bias-metric, "NeuS: Neutral Multi-News Summarization for Mitigating
Framing Bias", NAACL 2022) commit one crawl of those roundups as
``data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl``: 506 stories of 2021-04-22 to 2021-10-18, 145
outlets, each report with its outlet, headline, address and the paragraphs AllSides quotes of it. AllSides, not anyone
here, says which reports tell one story, and every story comes from newsrooms of opposed leanings, so the same facts
arrive in different words and framings, as in BASIL.

The texts are what AllSides quotes, not whole articles: the opening one to four paragraphs of each report (median 91
words, 38 to 125), most cut off mid-sentence with "..."; they are kept as quoted, since the cut is part of what a
researcher pasting the roundup would import. So a draw measures links between ledes, where most shared claims sit,
and says nothing of later paragraphs. Its date is the roundup's, not each report's.

    python bench/allsides.py GIT_DIR OUT [--events 20] [--exclude EARLIER_OUT ...]

GIT_DIR is a fetched snapshot of that repository (read with ``git --git-dir``). OUT receives ``docs/*.txt``
(headline, blank line, paragraphs separated by blank lines) and ``events.json``: each document's story (AllSides'
story id), the roundup's headline, outlet, leaning, date and address. Stories are drawn with a fixed seed among
those with two or more reports of ``MIN_WORDS`` words, never by reading the texts; ``--exclude`` draws a fresh blind
set from the stories an earlier draw did not take.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402

SEED = 20211019
MIN_WORDS = 30
CRAWL = "data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
SIDES = ("left", "center", "right")


def read_stories(git_dir: Path) -> Iterator[dict]:
    """Every roundup of the crawl as the snapshot's HEAD holds it, one JSON object a line."""
    crawl = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{CRAWL}"], check=True,
                           capture_output=True, text=True, encoding="utf-8").stdout
    return (json.loads(line) for line in crawl.splitlines() if line.strip())


def report_text(report: dict) -> str:
    """Headline, then each quoted paragraph as one block, spaces (non-breaking ones too) made plain."""
    paragraphs = [" ".join(p.split()) for p in report.get("newBody") or []]
    return "\n\n".join([" ".join(report["newsTitle"].split()), *(p for p in paragraphs if p)]) + "\n"


def usable_reports(story: dict) -> dict[str, dict]:
    """The story's reports by leaning, those whose quoted paragraphs hold ``MIN_WORDS`` words or more."""
    return {side: report for side, report in sorted(story.get("news", {}).items(), key=lambda s: SIDES.index(s[0]))
            if len(" ".join(report.get("newBody") or []).split()) >= MIN_WORDS}


def prepare(git_dir: Path, out: Path, events: int, exclude: Sequence[Path] = ()) -> None:
    stories = {str(story["id"]): story for story in read_stories(git_dir) if len(usable_reports(story)) >= 2}
    taken = drawn_before(exclude)
    chosen = random.Random(SEED).sample(sorted(set(stories) - taken), events)
    index = {"source": f"HLTCHKUST/framing-bias-metric {CRAWL} (AllSides roundups: left, center, right report of one "
                       "story; quoted opening paragraphs)",
             "seed": SEED, "min_words": MIN_WORDS, "excluded": sorted(taken), "events": chosen}
    written = write_event_set(out, index, (
        (f"{key}_{side}.txt", report_text(report),
         {"event": key, "main_event": " ".join(stories[key]["issue"].split()), "outlet": report["newsSource"],
          "leaning": side, "date": stories[key]["date"][:10], "uri": report["newsLink"]})
        for key in chosen for side, report in usable_reports(stories[key]).items()))
    print(f"{len(stories)} stories with two or more reports; drew {len(chosen)}: {written} reports in {out / 'docs'}")


if __name__ == "__main__":
    ns = draw_arguments(__doc__, "git_dir", 20).parse_args()
    prepare(ns.git_dir, ns.out, ns.events, ns.exclude)
