"""Document pairs filed by what two reports' ledes give (the acts they date in bench/dated_act_links.py, the days of the
shooting in bench/incident_day_links.py, the ways a measure moves in bench/trend_links.py): the judged dev links, the
kept exports' linked pairs, one source's report pairs pooled across sets and an ECB+ set's pairs of one topic.
Written once, so that each script brings only its reading of a lede and its class of two.

A lede is read as `training/count_incident_days.py` reads it (the headline and the first sentences of the text, each
parsed alone), to `incident_days.lede`.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "training"))

from background_acts import dev_link_files  # noqa: E402
from count_incident_days import lede_sentences  # noqa: E402
from dev_sets import source_of  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.incident_days import lede  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402

Classify = Callable[[Path, Path], str]


@lru_cache(maxsize=None)
def lede_marks(path: Path, reading: Callable) -> frozenset[str]:
    """What ``reading`` (an analyser function of a parsed sentence and its span) finds in a document's lede (a set's
    file: title, blank line, text), each sentence parsed alone; kept, since every pair reads each document again."""
    title, _blank, text = path.read_text(encoding="utf-8").partition("\n\n")
    marks: set[str] = set()
    for sentence in lede_sentences(title, text, lede()):
        doc = english()(sentence)
        marks.update(reading(doc, doc[:]))
    return frozenset(marks)


def crawl_pairs(corpus: Path, frames: Path, reading: Callable, compare: Callable[[frozenset, frozenset], str],
                noun: str) -> list[str]:
    """The GVA crawl's report pairs of one incident and of two incidents of one city by the class ``compare`` gives
    their ledes' marks (``reading`` of each parsed lede sentence), printed lines."""
    from count_incident_days import city_pairs, incidents
    from gva import usable_reports
    known = incidents(frames)
    reports = []
    for incident, items in usable_reports(corpus):
        for _name, item in items if incident in known else ():
            sentences = lede_sentences(item["title"], item["text"], lede())
            reports.append((incident, frozenset(t for s in sentences for t in reading(None, english()(s)[:]))))
    counted: Counter = Counter()
    for a, b in city_pairs([r[0] for r in reports], known):
        kind = "one incident" if reports[a][0] == reports[b][0] else "two incidents, one city"
        counted[(kind, compare(reports[a][1], reports[b][1]))] += 1
    return [f"GVA crawl ({len(reports)} reports, {noun}) {kind}: " + "  ".join(f"{c} {counted[(kind, c)]}" for c in
                                                                              ("apart", "alike", "not both"))
            for kind in ("one incident", "two incidents, one city")]


def judged_counts(data: Path, files: list[Path], show: bool, classify: Classify, marks: Callable[[Path], frozenset],
                  noun: str) -> list[str]:
    """The judged links' verdicts by ``classify``'s class of their two documents, printed lines; ``show`` prints the
    links apart with each side's ``marks``."""
    by: dict[str, Counter] = {}
    shown = []
    for row in judged_rows(files).values():
        docs = data / "sets" / row["set"] / "docs"
        found = classify(docs / row["file_a"], docs / row["file_b"])
        by.setdefault(found, Counter())[row["verdict"]] += 1
        if show and found == "apart":
            shown.append(f"  {row['verdict']} {row['set']} {row['file_a']} {sorted(marks(docs / row['file_a']))} / "
                         f"{row['file_b']} {sorted(marks(docs / row['file_b']))} class {row.get('class', '')!r}")
    return [f"judged links, lede {noun} {k:9}: " + "  ".join(f"{v} {c[v]}" for v in "RPWU") for k, c in sorted(by.items())] + shown


def pooled_pairs(data: Path, sets: list[str], classify: Classify, marks: Callable[[Path], frozenset],
                 shown: tuple[str, ...] = ()) -> list[str]:
    """Every report pair of one source among ``sets``, by one story or two and by ``classify``'s class, printed lines;
    the pairs apart of the kinds in ``shown`` are listed with each side's ``marks``."""
    reports: dict[str, list[tuple[str, Path]]] = {}
    for name in sets:
        events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
        reports.setdefault(source_of(name), []).extend(
            (d["event"], data / "sets" / name / "docs" / f) for f, d in sorted(events.items()))
    lines = []
    for source, found in reports.items():
        counted: Counter = Counter()
        for (ea, a), (eb, b) in itertools.combinations(found, 2):
            kind = "one story" if ea == eb else "two stories"
            cls = classify(a, b)
            counted[(kind, cls)] += 1
            if cls == "apart" and kind in shown:
                lines.append(f"  apart, {kind}: {a.parent.parent.name}/{a.name} {sorted(marks(a))} / "
                             f"{b.parent.parent.name}/{b.name} {sorted(marks(b))}")
        for kind in ("one story", "two stories"):
            lines.append(f"{source} ({len(found)} reports) {kind}: " + "  ".join(
                f"{c} {counted[(kind, c)]}" for c in ("apart", "alike", "not both")))
    return lines


def export_counts(data: Path, exports: Path, sets: list[str], classify: Classify,
                  kinds: tuple[str, str]) -> list[str]:
    """Each set's linked document pairs and links by ``kinds`` (one event's, two events') and by class, printed lines."""
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
            for a, b in itertools.combinations(sorted({m["document"] for m in claim["mentions"]}), 2):
                pairs[(files[a], files[b])] += 1
        counted: Counter = Counter()
        for (a, b), links in pairs.items():
            if a in events and b in events:
                kind = kinds[0] if events[a]["event"] == events[b]["event"] else kinds[1]
                found = classify(data / "sets" / name / "docs" / a, data / "sets" / name / "docs" / b)
                counted[(kind, found, "pairs")] += 1
                counted[(kind, found, "links")] += links
        lines.append(f"{name}: " + "; ".join(f"{kind} {found} {counted[(kind, found, 'pairs')]} pairs/"
                                            f"{counted[(kind, found, 'links')]} links" for kind, found, what in sorted(counted)
                                            if what == "pairs"))
    return lines


def topic_pairs(data: Path, name: str, classify: Classify, noun: str) -> list[str]:
    """An ECB+ set's document pairs of one topic (``events.json``'s ``topic``) by one event or two (twin events of one
    kind on different dates) and by class, printed lines."""
    events = json.loads((data / "sets" / name / "events.json").read_text(encoding="utf-8"))["documents"]
    counted: Counter = Counter()
    for a, b in itertools.combinations(sorted(events), 2):
        if events[a]["topic"] != events[b]["topic"]:
            continue
        kind = "one event" if events[a]["event"] == events[b]["event"] else "two events"
        counted[(kind, classify(data / "sets" / name / "docs" / a, data / "sets" / name / "docs" / b))] += 1
    return [f"{name} document pairs of one topic, {kind}, lede {noun} {found}: {n}" for (kind, found), n in sorted(counted.items())]


def parser(doc: str) -> argparse.ArgumentParser:
    """The arguments every lede-sign count takes (``--crawl`` with ``--frames``: the GVA crawl's pairs)."""
    made = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    made.add_argument("data", type=Path)
    made.add_argument("--judged", type=Path, action="append")
    made.add_argument("--pool", default="")
    made.add_argument("--topics", default="")
    made.add_argument("--exports", type=Path)
    made.add_argument("--sets", default="")
    made.add_argument("--crawl", type=Path)
    made.add_argument("--frames", type=Path)
    made.add_argument("--show", action="store_true")
    return made


def print_counts(ns: argparse.Namespace, classify: Classify, marks: Callable[[Path], frozenset], reading: Callable,
                 compare: Callable[[frozenset, frozenset], str], noun: str) -> None:
    """Every count ``parser``'s arguments ask for, of one lede sign: its documents' ``marks`` (``reading`` of each
    parsed lede sentence) and the class ``classify`` (two documents) or ``compare`` (two sets of marks) gives a pair."""
    split = lambda names: [s for s in names.split(",") if s]  # noqa: E731
    if ns.crawl:
        print("\n".join(crawl_pairs(ns.crawl, ns.frames, reading, compare, noun)))
    shown = ("one story", "two stories") if ns.show else ()
    print("\n".join(pooled_pairs(ns.data, split(ns.pool), classify, marks, shown)))
    for name in split(ns.topics):
        print("\n".join(topic_pairs(ns.data, name, classify, noun)))
    print("\n".join(judged_counts(ns.data, dev_link_files(ns.judged), ns.show, classify, marks, noun)))
    if ns.exports:
        print("\n".join(export_counts(ns.data, ns.exports, split(ns.sets), classify=classify,
                                       kinds=("one story", "two stories"))))
