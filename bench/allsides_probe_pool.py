"""How much the NeuS probe files bench/allsides_probe.py draws from still hold, from word counts and matches only,
never the wording: what a session checks before it plans blind draws on them.

    python bench/allsides_probe_pool.py GIT_DIR [--exclude EARLIER_SET ...]

Prints the stories and reports of the three splits, those the AllSides crawl holds (drawn out by bench/allsides.py)
and of them those whose target line gives the headline AllSides gave the crawl's story (the check that line N of
``SPLIT.target`` is line N of ``SPLIT.source``'s story), those sharing a report with another probe story, the usable
ones (two or more reports of ``MIN_WORDS`` words, not the crawl's, sharing none) and of them with three, the words of
the usable stories' reports (median, least, most), and the stories and draws of 20 left outside the ``--exclude``
sets. Run in session 80 on HLTCHKUST/framing-bias-metric at 1586f55a, no set drawn: 3,066 stories, 9,198 reports, 388
in the crawl (388 paired), 4 sharing a report, 2,223 usable (1,749 with three), 6,195 usable reports of 70 words (30
to 93), 2,223 left, 111 draws.
"""
from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides_probe import crawl_issues, drawable, read_stories, shared, usable_reports  # noqa: E402
from allsides_pool import left_after, main  # noqa: E402


def pool(git_dir: Path, exclude: Sequence[Path] = ()) -> dict:
    """The probe's counts, as the module docstring lists them."""
    stories = read_stories(git_dir)
    usable = drawable(stories, git_dir)
    words = [len(text.split()) for key in usable for _k, (_headline, text) in usable_reports(stories[key])]
    held = crawl_issues(stories, git_dir)
    return {"stories": len(stories), "reports": sum(len(s["reports"]) for s in stories.values()),
            "in_crawl": len(held), "paired": sum(stories[key]["issue"] in issues for key, issues in held.items()),
            "sharing": len(shared(stories)), "usable": len(usable),
            "three": sum(len(usable_reports(stories[key])) == 3 for key in usable),
            "usable_reports": len(words), "words": (statistics.median(words), min(words), max(words)) if words else (),
            **left_after(usable, exclude)}


if __name__ == "__main__":
    main(pool, __doc__)
