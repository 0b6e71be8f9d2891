"""How the lede days of two reports (`incident_days`: the weekdays a report's headline and first sentences give its
shooting) part the judged dev links and the links of kept exports, one event's and two events'.

    python bench/incident_day_links.py DATA [--judged TSV ...] [--exports DIR --sets A,B,...] [--topics train] [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts (`wound_links.judged_rows`), counted R/P/W
(U apart) by whether the two documents' lede days are apart, alike or not both given. Exports (`bench/quality.py
--keep`): each set's linked document pairs and links by whether the two documents are of one event or two
(``events.json``) and by the same class. A lede is read as `training/count_incident_days.py` reads it (the headline
and the first sentences of the text, each parsed alone), with the analyser's own `incident_days.shooting_days`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from background_acts import dev_link_files  # noqa: E402
from count_incident_days import lede_sentences  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.incident_days import lede, ledes_apart, shooting_days  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402


@lru_cache(maxsize=None)
def document_days(path: Path) -> frozenset[str]:
    """The days a document's lede gives its shooting (a set's file: title, blank line, text)."""
    title, _blank, text = path.read_text(encoding="utf-8").partition("\n\n")
    days: set[str] = set()
    for sentence in lede_sentences(title, text, lede()):
        doc = english()(sentence)
        days.update(shooting_days(doc, doc[:]))
    return frozenset(days)


def day_class(a: Path, b: Path) -> str:
    """"apart", "alike" or "not both" for two documents' lede days."""
    da, db = document_days(a), document_days(b)
    if not (da and db):
        return "not both"
    return "apart" if ledes_apart(da, db) else "alike"


def judged_counts(data: Path, files: list[Path], show: bool) -> list[str]:
    """The judged links' verdicts by day class, printed lines."""
    by: dict[str, Counter] = {}
    shown = []
    for row in judged_rows(files).values():
        docs = data / "sets" / row["set"] / "docs"
        found = day_class(docs / row["file_a"], docs / row["file_b"])
        by.setdefault(found, Counter())[row["verdict"]] += 1
        if show and found == "apart":
            shown.append(f"  {row['verdict']} {row['set']} {row['file_a']} {sorted(document_days(docs / row['file_a']))} / "
                         f"{row['file_b']} {sorted(document_days(docs / row['file_b']))} class {row.get('class', '')!r}")
    return [f"judged links, lede days {k:9}: " + "  ".join(f"{v} {c[v]}" for v in "RPWU") for k, c in sorted(by.items())] + shown


def export_counts(data: Path, exports: Path, sets: list[str]) -> list[str]:
    """Each set's linked document pairs and links by one event or two and by day class, printed lines."""
    lines = []
    for name in sets:
        path = exports / f"{name}.json"
        if not path.exists():
            continue
        export = json.loads(path.read_text(encoding="utf-8"))
        events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
        files = {d["id"]: Path(d["source"]["path"]).name for d in export["documents"]}
        pairs: Counter = Counter()
        for claim in export["claims"]:
            ids = sorted({m["document"] for m in claim["mentions"]})
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    pairs[(files[a], files[b])] += 1
        counted: Counter = Counter()
        for (a, b), links in pairs.items():
            if a not in events or b not in events:
                continue
            kind = "one event" if events[a]["event"] == events[b]["event"] else "two events"
            found = day_class(data / "sets" / name / "docs" / a, data / "sets" / name / "docs" / b)
            counted[(kind, found, "pairs")] += 1
            counted[(kind, found, "links")] += links
        lines.append(f"{name}: " + "; ".join(f"{kind} {found} {counted[(kind, found, 'pairs')]} pairs/"
                                            f"{counted[(kind, found, 'links')]} links" for kind, found, what in sorted(counted)
                                            if what == "pairs"))
    return lines


def topic_pairs(data: Path, name: str) -> list[str]:
    """An ECB+ set's document pairs of one topic (``events.json``'s ``topic``) by one event or two (twin events of one
    kind on different dates) and by day class, printed lines."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    counted: Counter = Counter()
    names = sorted(events)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if events[a]["topic"] != events[b]["topic"]:
                continue
            kind = "one event" if events[a]["event"] == events[b]["event"] else "two events"
            counted[(kind, day_class(data / "sets" / name / "docs" / a, data / "sets" / name / "docs" / b))] += 1
    return [f"{name} document pairs of one topic, {kind}, lede days {found}: {n}" for (kind, found), n in sorted(counted.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", type=Path, action="append")
    parser.add_argument("--exports", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--topics", default="", help="ECB+ sets whose pairs of one topic to count (train)")
    ns = parser.parse_args()
    for name in (s for s in ns.topics.split(",") if s):
        print("\n".join(topic_pairs(ns.data, name)))
    print("\n".join(judged_counts(ns.data, dev_link_files(ns.judged), ns.show)))
    if ns.exports:
        print("\n".join(export_counts(ns.data, ns.exports, [s for s in ns.sets.split(",") if s])))


if __name__ == "__main__":
    main()
