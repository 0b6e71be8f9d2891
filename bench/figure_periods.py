"""How often the two sentences of an MSRP pair that both write a figure name different periods, by label: the count
behind not building a sign of figures over two time spans (session 74, detail74).

    python bench/figure_periods.py MSRP_DIR [--show N]

Each sentence's periods are read two ways: as written ("this year", "the first quarter", "last week", "annually": a
span word with the determiner, ordinal and number before it) and as kinds (year, quarter, month, week, day; an age
"37-year-old", a comparison base "a year ago" and "year-on-year" left out). A pair is "apart" when both sentences name
periods and share none, "overlap" when they share some, "same", "one side" or "none". Printed: pairs by shape and label
(1: a paraphrase), then with ``--show`` the first N pairs apart by kind. docs/linking.md "Two sums no one value
allows" gives the counts of session 74.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.fit_verifier import msrp_rows  # noqa: E402
from viewer.analysis.claims.quantities import figures  # noqa: E402

_ORDINAL = r"first|second|third|fourth|1st|2nd|3rd|4th|fiscal|calendar"
_WRITTEN = re.compile(
    rf"\b(?:(?:this|last|next|the|a|per|each|every|that|its|previous|past|same|coming|{_ORDINAL})\s+)?"
    rf"(?:(?:{_ORDINAL}|full|whole|current|latest)\s+)?(?:\w+[\s-])?(?:years?|quarters?|months?|weeks?|days?|half|"
    r"halves|decades?)\b|\b(?:annually|yearly|quarterly|monthly|weekly|daily|year-on-year|year-over-year)\b",
    re.IGNORECASE)
_KINDS = {"year": "year", "annually": "year", "yearly": "year", "annual": "year", "quarter": "quarter",
          "quarterly": "quarter", "month": "month", "monthly": "month", "week": "week", "weekly": "week", "day": "day",
          "daily": "day"}
_SPAN = re.compile(r"\b(years?|quarters?|months?|weeks?|days?|annually|yearly|annual|quarterly|monthly|weekly|daily)\b"
                   r"(?![- ]old)(?!\s+(?:ago|earlier|before|later|after))(?![- ](?:on|over|to)[- ](?:year|quarter|month|week|day))", re.IGNORECASE)
_ON_BASE = re.compile(r"(?:year|quarter|month|week|day)[- ](?:on|over|to)[- ]$", re.IGNORECASE)
_FRACTION = re.compile(r"\b(?:a|one|three)[- ]$", re.IGNORECASE)
_NAMED_QUARTER = re.compile(r"(?:first|second|third|fourth|the|this|last|next)\s+$", re.IGNORECASE)


def written_periods(text: str) -> set[str]:
    """The periods ``text`` names, as written (lower case, spaces made one)."""
    return {" ".join(m.group().lower().split()) for m in _WRITTEN.finditer(text)}


def period_kinds(text: str) -> set[str]:
    """The kinds of period ``text`` names: year, quarter, month, week, day."""
    kinds = set()
    for m in _SPAN.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        word = m.group(1).lower()
        if _ON_BASE.search(before) or (word == "quarter" and _FRACTION.search(before)
                                       and not _NAMED_QUARTER.search(before)):
            continue
        kinds.add(_KINDS[word[:-1] if word.endswith("s") else word])
    return kinds


def shape(first: set[str], second: set[str]) -> str:
    """How two sentences' periods relate: apart, overlap, same, one side or none."""
    if first and second:
        return "same" if first == second else "overlap" if first & second else "apart"
    return "one side" if first or second else "none"


def counts(folder: Path, show: int = 0) -> list[str]:
    """Pairs both of whose sentences write a figure, by how their periods relate (as written, as kinds) and label."""
    table, shown = Counter(), []
    for path in sorted(folder.glob("msr_paraphrase_*.txt")):
        for label, _id1, _id2, *texts in msrp_rows(path):
            if not all(figures(t) for t in texts):
                continue
            table[("written", shape(*map(written_periods, texts)), label)] += 1
            kinds = shape(*map(period_kinds, texts))
            table[("kinds", kinds, label)] += 1
            if kinds == "apart" and len(shown) < show:
                shown.append(f"  {label} {texts[0][:120]!r} | {texts[1][:120]!r}")
    return [f"{read:8} {how:9} {label} {n}" for (read, how, label), n in sorted(table.items())] + shown


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("msrp", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    print("\n".join(counts(args.msrp, args.show)))


if __name__ == "__main__":
    main()
