"""Headlines telling an act to come by an infinitive ("DeSantis to prohibit schools from forcing children to mask up"),
each beside the other report's sentences that tell an act done and share two content terms with it: the pairs a veto
"a headline's act to come beside an act done" would part, printed to be read by hand (session 72, stage72).

    python bench/headline_infinitives.py DATA --sets allsidesA,basil,...
    python bench/headline_infinitives.py DATA --crawl CORPUS [--incidents N]

``--sets`` reads each named set's reports of one event two by two (``DATA/sets/NAME/docs/EVENT_*.txt``, headline
first); ``--crawl`` the first two usable reports of each GVA crawl incident with two (`gva.incidents_with_two`,
`gva.report_text`: title, blank line, text). Each report's first line is parsed alone as its headline and read with
`stage_kinds.to_come_forms`; a headline with the form "headline infinitive" (its own verb after "to", with a
subject) is printed with each sentence of the other report whose main acts are told done (`intentions.done_acts`, a
bare present only in that report's headline) and that shares two content terms or more with it. The last line counts
the headlines read and those read as the form.

Run in session 72 on allsidesA–H (912 headline readings: a headline is read once for each other report of its story),
basil, basilB, basilD and wcepA (404), and the crawl's 914 incidents (1,828):
docs/linking.md "The stage class sorted into kinds".
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from stage_kinds import to_come_forms  # noqa: E402
from veto_counts import reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims import intentions  # noqa: E402
from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402


def set_reports(data: Path, names: list[str]) -> Iterator[tuple[str, str]]:
    """Each two reports of one event of the named sets, as their texts (headline first)."""
    for name in names:
        for paths in reports_by_event(data, name).values():
            for one, two in itertools.combinations(paths, 2):
                yield one.read_text(encoding="utf-8"), two.read_text(encoding="utf-8")


def crawl_reports(corpus: Path, incidents: int) -> Iterator[tuple[str, str]]:
    """The first two usable reports of each crawl incident with two, as the counters read them."""
    for items in gva.incidents_with_two(corpus, incidents):
        yield gva.report_text(items[0][1]), gva.report_text(items[1][1])


def headline_pairs(reports: Iterator[tuple[str, str]]) -> list[str]:
    """Every headline read as an infinitive of an act to come, with the other report's close sentences told done."""
    nlp, lines, read, found = english(), [], 0, 0
    for pair in reports:
        for text, other in (pair, pair[::-1]):
            headline = text.split("\n", 1)[0]
            doc, read = nlp(headline), read + 1
            if "headline infinitive" not in to_come_forms(doc[:], main_verbs(doc[:]), True):
                continue
            found += 1
            terms = set(unit_features(doc, Span(0, len(headline))).terms)
            lines.append(f"## {headline}")
            lines += [f"    {sorted(done)} {shortened(sentence)}" for sentence, done in _done_sentences(nlp(other), terms)]
    return lines + [f"headlines read {read}, read as an infinitive of an act to come {found}"]


def _done_sentences(doc, terms: set[str]) -> Iterator[tuple[str, set[str]]]:
    """The report's sentences telling an act done and sharing two content terms or more with ``terms``."""
    first = doc.text.find("\n")
    for sentence in doc.sents:
        unit = replace(unit_features(doc, Span(sentence.start_char, sentence.end_char)),
                       headline=sentence.start_char < first)
        done = intentions.told_done(unit)
        if done and len(set(unit.terms) & terms) >= 2:
            yield sentence.text, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", help="comma-separated sets under DATA/sets")
    parser.add_argument("--crawl", type=Path, help="the GVA crawl's the_violent_corpus folder")
    parser.add_argument("--incidents", type=int, default=100000)
    ns = parser.parse_args()
    reports = crawl_reports(ns.crawl, ns.incidents) if ns.crawl else set_reports(ns.data, ns.sets.split(","))
    print("\n".join(headline_pairs(reports)))


if __name__ == "__main__":
    main()
