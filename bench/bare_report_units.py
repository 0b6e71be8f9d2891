"""Units that are a reporting frame alone ("FAMILY MEMBERS OF ANTHONY RAY SAY", "NBC 6's Hank Tester reports."): how
often two reports of one GVA incident hold one, and how the judges read the links made with one
(`bare_reports.reports_nothing`, which `units._is_proposition` now refuses).

    python bench/bare_report_units.py DATA --gva CORPUS [--every N] [--show]
    python bench/bare_report_units.py DATA --base DIR [--judged TSV ...] [--show]

``--gva``: every N-th incident of the crawl (all by default) with two usable reports (`gva.usable_reports`); its first
two reports parsed as the pipeline parses an article (title, a blank line, the text's first 6,000 characters) and cut
into units with the rule off: the units found, and those the rule refuses (``--show`` prints each). ``DATA --base``:
every judged dev link (`background_acts.dev_link_files`, rejudged verdicts over them) that the kept exports of
``--base`` (`bench/quality.py --keep`) make; each document holding a side parsed and cut the same way: R/P/W of the
links with a side the rule refuses. Session 66 (detail66), docs/linking.md "A reporting frame alone": on main's
exports of session 66 (/work/data/final66/base) and on every second incident of the crawl.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import judged_or_crawl, made_links  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims import units  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402


def refused(parsed) -> list[tuple[int, int]]:
    """The spans of the units the rule refuses in one parsed document: those cut with it off and not with it on."""
    kept = {(u.span.start, u.span.end) for u in units.found_units(parsed)}
    rule, units.reports_nothing = units.reports_nothing, lambda tokens: False
    try:
        every = [(u.span.start, u.span.end) for u in units.found_units(parsed)]
    finally:
        units.reports_nothing = rule
    return [span for span in every if span not in kept]


def gva_counts(corpus: Path, every: int, show: bool) -> list[str]:
    """Units found and refused in the first two reports of every ``every``-th incident with two."""
    texts = [f"{item['title']}\n\n{item['text'][:6000]}" for k, (_name, items) in enumerate(gva.usable_reports(corpus))
             if len(items) >= 2 and not k % every for _n, item in items[:2]]
    counts, shown = Counter(), []
    for parsed in parse_many(Unparsed(k, text, []) for k, text in enumerate(texts)):
        counts["reports"] += 1
        counts["units with the rule off"] += len(units.found_units(parsed))
        for start, end in refused(parsed):
            counts["units refused"] += 1
            shown.append(f"{parsed.id} {' '.join(parsed.text[start:end].split())!r}")
    return (shown if show else []) + [f"{k}: {v}" for k, v in sorted(counts.items())]


def judged_counts(data: Path, files: list[Path], base: Path, show: bool) -> list[str]:
    """R/P/W of the judged links ``base`` makes with a side the rule refuses."""
    made = made_links(base)
    rows = {key: row for key, row in judged_rows(files).items() if key in made}
    gone = _refused_spans(data, {(key[0], name) for key in rows for name, _s, _e in key[1:]})
    counts, shown = Counter(), []
    for key, row in rows.items():
        if any((key[0], name, start, end) in gone for name, start, end in key[1:]):
            counts[row["verdict"]] += 1
            shown.append(f"{row['verdict']} {key[0]} {row.get('class', '')} {key[1]} {key[2]}")
    return (shown if show else []) + [f"made judged links with a refused side: {sum(counts.values())} "
                                      + " ".join(f"{v} {counts[v]}" for v in "RPWU" if counts[v])]


def _refused_spans(data: Path, documents: set[tuple[str, str]]) -> set[tuple[str, str, int, int]]:
    """(set, file, start, end) of every unit the rule refuses in the documents given as (set, file)."""
    named = sorted(documents)
    docs = (Unparsed(k, (data / "sets" / group / "docs" / name).read_text(encoding="utf-8"), [])
            for k, (group, name) in enumerate(named))
    return {(*named[parsed.id], start, end) for parsed in parse_many(docs) for start, end in refused(parsed)}


def main(argv: list[str] | None = None) -> None:
    judged_or_crawl(__doc__, judged_counts, gva_counts, argv, limit=("every", 1))


if __name__ == "__main__":
    main()
