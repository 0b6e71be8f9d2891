"""A sixth multi-outlet set for judging claim links, drawn once the AllSides crawl of bench/allsides.py is spent: the
AllSides stories the NeuS authors trained on, three reports of one story each, with no outlet, leaning, date or address.

HLTCHKUST/framing-bias-metric (NeuS, NAACL 2022; the repository MIT, the texts the outlets') commits as
``data/naacl2022_lrc_roundup_random_order_probe/{train,val,test}.source`` 3,066 AllSides roundups, one a line, each
the left, centre and right report shuffled into a random order and joined by the makers' ``create_source_target_with_
processing_probe_format`` (``data_preprocessing.ipynb``) as ``TITLE=> headline. ARTICLE=> text [SEP] TITLE=> ...``.
A report's text is the paragraphs AllSides quotes of it, joined into one, with every sentence holding "..." left out
(their ``remove_dotdotdot``), so no report ends cut as the crawl's do, and none keeps its paragraph breaks. Line N of
``SPLIT.target`` is that story's roundup (``TITLE=> AllSides' headline. ARTICLE=> its summary``); only the headline is
kept, as the story's ``main_event``.

A story is left out when the crawl bench/allsides.py draws from holds it (388 do: a report whose headline is a crawl
report's, or whose text's five-word runs are at least ``CRAWL_SHARE`` one crawl report's), when a report of it,
headline or text, is also another probe story's (one article in two stories would be one text in two events), and
when fewer than two of its reports hold ``MIN_WORDS`` words. A story's id is its split and line (``train17``, line 17
of train.source, from 1); its reports are ``ID_1.txt`` to ``ID_3.txt`` in the line's order, which the makers shuffled,
so the number says nothing of the report's leaning.

    python bench/allsides_probe.py GIT_DIR OUT [--events 20] [--exclude EARLIER_OUT ...]

GIT_DIR is a fetched snapshot of that repository (read with ``git --git-dir``). OUT receives ``docs/*.txt`` (headline,
blank line, text) and ``events.json``: each document's story and AllSides' headline of it; outlet, leaning, date and
address are null, since the probe has none. Stories are drawn with a fixed seed, never by reading the texts;
``--exclude`` draws a fresh blind set from the stories an earlier draw did not take.
"""
from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import allsides  # noqa: E402
from event_set import draw_arguments, drawn_before, write_event_set  # noqa: E402

SEED = 220404902  # the NeuS paper's arXiv number
MIN_WORDS = allsides.MIN_WORDS
PROBE = "data/naacl2022_lrc_roundup_random_order_probe"
SPLITS = ("train", "val", "test")
SEPARATOR = "[SEP]"
CRAWL_SHARE = 0.8
RUN = 5


def _show(git_dir: Path, path: str) -> list[str]:
    """A file of the snapshot's HEAD, line by line: split at newlines only, as the makers wrote them (``splitlines``
    would also split at a form feed or a Unicode line separator inside a text)."""
    text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    return text.removesuffix("\n").split("\n") if text else []


def _plain(text: str) -> str:
    return " ".join(text.split())


def titled(part: str) -> tuple[str, str]:
    """One ``TITLE=> headline. ARTICLE=> text`` of a line as (headline, text), spaces made plain: the format's own
    period after the headline dropped, a headline's own stop kept."""
    head, marker, text = part.partition("ARTICLE=>")
    head = _plain(head)
    if not marker or not head.startswith("TITLE=>") or not head.endswith("."):
        raise ValueError(f"not a probe report: {part[:40]!r}")
    return head.removeprefix("TITLE=>").removesuffix(".").strip(), _plain(text)


def read_stories(git_dir: Path) -> dict[str, dict]:
    """Every story of the probe's splits by its id: AllSides' headline (``issue``) and its reports, (headline, text)
    each. A split whose source and target lines differ in number is refused: line N of each must be one story."""
    stories = {}
    for split in SPLITS:
        sources, targets = (_show(git_dir, f"{PROBE}/{split}.{kind}") for kind in ("source", "target"))
        if len(sources) != len(targets):
            raise ValueError(f"{split}: {len(sources)} source lines but {len(targets)} target lines")
        for n, (source, target) in enumerate(zip(sources, targets), 1):
            stories[f"{split}{n}"] = {"issue": titled(target)[0],
                                      "reports": [titled(part) for part in source.split(SEPARATOR)]}
    return stories


def _runs(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + RUN]) for i in range(max(1, len(words) - RUN + 1))} if words else set()


def crawl_issues(stories: dict[str, dict], git_dir: Path) -> dict[str, set[str]]:
    """The stories one of whose reports the AllSides crawl holds, each with AllSides' headlines of the crawl stories
    holding them: a report is held when its headline is a crawl report's, or its text is one crawl report's quoted
    paragraphs (``CRAWL_SHARE`` of its five-word runs in that report's), as the makers' cut of "..." sentences leaves
    it. The headlines check the pairing of source and target lines where the crawl can: a story's own is among them."""
    crawl = list(allsides.read_stories(git_dir))
    reports = [(_plain(story["issue"]), report) for story in crawl for report in story.get("news", {}).values()]
    headlines: dict[str, set[str]] = {}
    owners: dict[tuple[str, ...], set[int]] = {}
    for k, (issue, report) in enumerate(reports):
        headlines.setdefault(_plain(report["newsTitle"].replace("\n", "")), set()).add(issue)
        for run in _runs(" ".join(report.get("newBody") or [])):
            owners.setdefault(run, set()).add(k)

    def holders(headline: str, text: str) -> set[str]:
        runs = _runs(text)
        shares = Counter(k for run in runs for k in owners.get(run, ()))
        quoted = {reports[k][0] for k, n in shares.items() if n >= CRAWL_SHARE * len(runs)}
        return headlines.get(headline, set()) | quoted
    held = {key: set().union(*(holders(*report) for report in story["reports"])) for key, story in stories.items()}
    return {key: issues for key, issues in held.items() if issues}


def shared(stories: dict[str, dict]) -> set[str]:
    """The stories a report of which, by its headline or its text, another story of the probe also holds."""
    seen = Counter(piece for story in stories.values() for piece in {p for report in story["reports"] for p in report
                                                                    if p})
    return {key for key, story in stories.items()
            if any(seen[piece] > 1 for report in story["reports"] for piece in report if piece)}


def usable_reports(story: dict) -> list[tuple[int, tuple[str, str]]]:
    """The story's reports of ``MIN_WORDS`` words or more, each with its place (1 to 3) in the line."""
    return [(k, report) for k, report in enumerate(story["reports"], 1) if len(report[1].split()) >= MIN_WORDS]


def drawable(stories: dict[str, dict], git_dir: Path) -> set[str]:
    """The stories a draw may take: not the crawl's, sharing no report, with two or more usable reports."""
    kept = set(stories) - crawl_issues(stories, git_dir).keys() - shared(stories)
    return {key for key in kept if len(usable_reports(stories[key])) >= 2}


def prepare(git_dir: Path, out: Path, events: int, exclude: Sequence[Path] = ()) -> None:
    stories = read_stories(git_dir)
    pool = drawable(stories, git_dir)
    taken = drawn_before(exclude)
    chosen = random.Random(SEED).sample(sorted(pool - taken), events)
    index = {"source": f"HLTCHKUST/framing-bias-metric {PROBE}/{{train,val,test}}.source (AllSides stories, three "
                       "reports each in random order; quoted paragraphs joined, sentences with '...' left out; no "
                       "outlet, leaning, date or address)",
             "seed": SEED, "min_words": MIN_WORDS, "excluded": sorted(taken), "events": chosen}
    written = write_event_set(out, index, (
        (f"{key}_{k}.txt", f"{headline}\n\n{text}\n",
         {"event": key, "main_event": stories[key]["issue"], "outlet": None, "leaning": None, "date": None,
          "uri": None})
        for key in chosen for k, (headline, text) in usable_reports(stories[key])))
    print(f"{len(pool)} stories drawable; drew {len(chosen)} of the {len(pool - taken)} left: {written} reports in "
          f"{out / 'docs'}")


if __name__ == "__main__":
    ns = draw_arguments(__doc__, "git_dir", 20).parse_args()
    prepare(ns.git_dir, ns.out, ns.events, ns.exclude)
