"""How much the AllSides crawl bench/allsides.py draws from still holds, read from the roundups' metadata and word
counts only, never their wording: what a session checks before it plans blind draws on it.

    python bench/allsides_pool.py GIT_DIR [--exclude EARLIER_SET ...]

Prints the stories, those with two or more usable reports (and with three), the outlets, the quoted reports' words
(median, least, most) and how many end cut with "...", the roundups' first and last date, and the stories and draws
of 20 left outside the ``--exclude`` sets. Run in session 67 on HLTCHKUST/framing-bias-metric at 1586f55a, no set
drawn: 506 stories, 505 usable (469 with three), 145 outlets, words 91 (38 to 125), 1,322 of 1,479 cut,
2021-04-22 to 2021-10-18, 505 left, 25 draws.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides import read_stories, usable_reports  # noqa: E402
from event_set import drawn_before  # noqa: E402

DRAW = 20


def pool(git_dir: Path, exclude: Sequence[Path] = ()) -> dict:
    """The crawl's counts, as the module docstring lists them."""
    stories = list(read_stories(git_dir))
    usable = {str(story["id"]): usable_reports(story) for story in stories}
    usable = {key: reports for key, reports in usable.items() if len(reports) >= 2}
    reports = [report for story in stories for report in story.get("news", {}).values()]
    words = [len(" ".join(report.get("newBody") or []).split()) for report in reports]
    return {"stories": len(stories), "usable": len(usable), "three": sum(len(r) == 3 for r in usable.values()),
            "outlets": len({report["newsSource"] for report in reports}),
            "words": (statistics.median(words), min(words), max(words)), "reports": len(reports),
            "cut": sum(bool(r.get("newBody")) and r["newBody"][-1].rstrip().endswith(("...", "…")) for r in reports),
            "dates": (min(s["date"][:10] for s in stories), max(s["date"][:10] for s in stories)),
            **left_after(usable, exclude)}


def left_after(usable: Iterable[str], exclude: Sequence[Path]) -> dict:
    """The usable stories no ``exclude`` set drew and the whole draws of ``DRAW`` they still make: the last counts of
    every pool (this crawl's and bench/allsides_probe_pool.py's), which a session plans its blind draws by."""
    left = set(usable) - drawn_before(exclude)
    return {"left": len(left), "draws": len(left) // DRAW}


def main(pool_of: Callable[[Path, Sequence[Path]], dict], doc: str, argv: list[str] | None = None) -> None:
    """The command line of a pool count: the source's git directory and the sets drawn earlier, each count printed on
    its line."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="a set drawn earlier")
    ns = parser.parse_args(argv)
    for name, value in pool_of(ns.git_dir, ns.exclude).items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main(pool, __doc__)
