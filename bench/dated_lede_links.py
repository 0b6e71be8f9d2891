"""How the judged links fall where two reports' ledes give their shootings days that, read from each report's own
date, cannot be one: the day sign `incident_days` reads by weekday alone, resolved against the page date.

    python bench/dated_lede_links.py DATA [--judged TSV ...] [--base EXPORTS] [--show]

A lede day counts only where its event is one of `incident_days.json`'s (the shooting's own: "shot Sunday night", not
"arraigned Thursday"), as `training/count_incident_days.py --events` reads it; a weekday is resolved to the last such
day on or before the report's date, which the draws' events.json records from the crawl (the linker's bench import
does not date the documents, so the linker cannot read this today). Two reports' days are apart when none is within a
day of one of the other's. Judged links: every training/judged/links*.tsv but the blind draws', rejudged verdicts;
printed R/P/W of the links between reports apart, alike or not both dated so, and of those ``--base``'s exports make.
Session 64, docs/linking.md "Two incidents' reports filed as one".

On the judged dev links (session 64): apart R 10, P 5, W 31; of those main makes (final64/base) R 10, P 2, W 2. The
right links lost are one incident's follow-ups dated a week or two after their shooting whose lede still names its
weekday ("Saturday" resolved to the Saturday before the page date: gvaC, gvaT, gvaZ4), so the sign is not built, nor
the documents' day of publication carried to the linker for it.
"""
from __future__ import annotations

import datetime
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from background_acts import judged_arguments, made_links  # noqa: E402
from count_incident_days import day_events, lede_days, lede_sentences, resolved, resolved_apart  # noqa: E402
from incident_pairs import judged_sides, title_and_text  # noqa: E402

from viewer.analysis.claims.incident_days import TABLE  # noqa: E402


def shooting_dates(path: Path, published: datetime.date | None, events: set[str]) -> list[datetime.date]:
    """The calendar days the report's lede gives its shooting, each weekday resolved against ``published``."""
    sentences = lede_sentences(*title_and_text(path), int(json.loads(TABLE.read_text(encoding="utf-8"))["lead"]))
    days = [t for t, e in zip(lede_days(sentences), day_events(sentences)) if e in events]
    return [d for t in days if (d := resolved(t, published)) is not None]


def counts(data: Path, files: list[Path] | None, base: Path | None, show: bool) -> list[str]:
    """The printed lines (the module docstring)."""
    events = set(json.loads(TABLE.read_text(encoding="utf-8"))["events"])
    records: dict[Path, dict] = {}
    made = made_links(base) if base else set()

    def dates_of(path: Path) -> list[datetime.date]:
        index = path.parent.parent / "events.json"
        if index not in records:
            records[index] = json.loads(index.read_text(encoding="utf-8"))["documents"]
        when = records[index].get(path.name, {}).get("date")
        return shooting_dates(path, datetime.date.fromisoformat(when[:10]) if when else None, events)

    tally, shown = Counter(), set()
    for key, row, a, b in judged_sides(data, dates_of, files):
        reading = resolved_apart(a, b)
        tally[(reading, row["verdict"])] += 1
        tally[(reading + ", made", row["verdict"])] += key in made
        if show and reading == "apart":
            shown.add(f"  {row['set']} {row['file_a']} {sorted(map(str, a))} / {row['file_b']} {sorted(map(str, b))}")
    kinds = [k + m for k in ("apart", "alike", "unknown") for m in ("", ", made") if base or not m]
    return sorted(shown) + [f"  {k}: " + " ".join(f"{v} {tally[(k, v)]}" for v in "RPWU") for k in kinds]


def main(argv: list[str] | None = None) -> None:
    args = judged_arguments(__doc__.splitlines()[0]).parse_args(argv)
    print("\n".join(counts(args.data, args.judged, args.base, args.show)))


if __name__ == "__main__":
    main()
