"""Count, over the GVA crawl and the judged dev links, what reading "a second shooting" as another incident would do:
`recalled.OTHER` with "a second" / "the second" beside "another", "a separate" ("A second shooting took place …",
"The second shooting happened …"), everything else as `recalled.recalls_incident` reads it.

Session 63 left it out unread (its one crawl cost seen: "A second shooting took place …" beside another report's "A
separate shooting … occurred", both the second shooting). Run each way and compare with the same counts without it:

    python training/count_second_shootings.py crawl CORPUS_DIR [--close 0.2] [--show N]   # count_recalled_incidents
    python training/count_second_shootings.py judged DATA [--base EXPORTS] [--show]         # bench/recalled_links.py

Session 64 (`--close 0.2`): close story pairs parted on the crawl, without → with it: one incident 7 (7 report pairs)
→ 10 (9), two incidents 28 (22) → 29 (23). The three new one-incident partings are costs: the second shooting of one
incident told in both reports ("The second shooting happened about 8 p.m. at Palacio Park" / "Police responded to
reports of a shooting at Palacio Park"; "The second shooting happened about a mile away in Herkimer" / "Myers then
drove about a mile to Gaffey's Fast Lube in Herkimer and killed two more men"). Judged dev links: 3 more carry a
mark (R 2, W 1), none more is parted (W 9, R 0, P 0 either way). Not built.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from viewer.analysis.claims import recalled  # noqa: E402

SECOND = r"(?:a|the)\s+second"


def read_second() -> None:
    """Make `recalled.OTHER` read "a/the second … shooting" as another incident, for this process only."""
    pattern = recalled.OTHER.pattern.replace(r"\b(?:another|", r"\b(?:" + SECOND + r"|another|", 1)
    assert pattern != recalled.OTHER.pattern
    recalled.OTHER = re.compile(pattern, re.IGNORECASE)


def main() -> None:
    """Patch, then run the crawl counter or the judged links' counter with the remaining arguments."""
    what = sys.argv.pop(1)
    read_second()
    if what == "crawl":
        import count_recalled_incidents
        count_recalled_incidents.main()
    else:
        import recalled_links
        recalled_links.main(sys.argv[1:])


if __name__ == "__main__":
    main()
