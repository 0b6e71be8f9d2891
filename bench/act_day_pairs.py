"""How often two mentions that both date their main acts to a day of the month (`act_days.stated_act_days`) give the
same day, one day apart, or days further apart: on every judged dev link (by verdict) and on the close sentence pairs
of the GVA crawl's two reports of one incident (two content terms shared or more). The count that says whether two
wordings of one fact carry different days (a report's day against the incident's, a night around midnight, a slip)
and so whether `act_days.act_days_apart` needs a tolerance.

    python bench/act_day_pairs.py DATA --base DIR [--judged TSV ...] [--gva CORPUS --incidents N] [--show]

Session 67 (dates67; main fe57df7e's exports in /work/data/final67/base, the crawl's 914 incidents): docs/linking.md.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from stage_wrongs import _shown, read  # noqa: E402

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402


def day_gap(a: UnitFeatures, b: UnitFeatures) -> str:
    """"same day", "a day apart" (the nearest days of the two, the month's end ignored) or "further apart"."""
    if set(a.act_days) & set(b.act_days):
        return "same day"
    near = any(x // 100 == y // 100 and abs(x - y) == 1 for x in a.act_days for y in b.act_days)
    return "a day apart" if near else "further apart"


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """Verdicts of the judged links whose two sides both date a main act, by `day_gap` and whether ``base`` makes them."""
    by, shown = Counter(), []
    for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
        if a.act_days and b.act_days:
            gap = day_gap(a, b)
            by[(gap, "made" if made else "not made", row["verdict"])] += 1
            if show and gap != "same day":
                shown.append(f"  {row['verdict']} [{gap}] {_shown(row, texts)}")
    return [f"{gap:14} {made:9} {verdict} {n}" for (gap, made, verdict), n in sorted(by.items())] + shown


def gva_counts(corpus: Path, incidents: int, show: bool) -> Counter:
    """The close sentence pairs of two reports of one incident that both date a main act, by `day_gap`."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        sides = [[(u, s.text) for s in d.sents if len(s) > 3
                  if (u := unit_features(d, Span(s.start_char, s.end_char))).act_days] for d in docs]
        for one, one_text in sides[0]:
            for other, other_text in sides[1]:
                if len(set(one.terms) & set(other.terms)) >= 2:
                    gap = day_gap(one, other)
                    out[f"close pairs dated, {gap}"] += 1
                    if show and gap != "same day":
                        print(f"  [{gap}] {' '.join(one_text.split())[:200]!r} | {' '.join(other_text.split())[:200]!r}")
    return out


def main(argv: list[str] | None = None) -> None:
    from background_acts import dev_link_files
    from stage_wrongs import stage_arguments

    args = stage_arguments(__doc__, 914).parse_args(argv)
    if args.gva:
        gva.print_counts(gva_counts(args.gva, args.incidents, args.show))
        return
    print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
