"""Figures the quantity reader (`claims.quantities.figures`) may misread, by form: how often each form is written and
how often the reader misreads it, on news nobody here wrote (session 71, figures71).

    python bench/figure_misreads.py DATA --sets basil,basilB,basilD,wcepA [--show N]
    python bench/figure_misreads.py DATA --gva CORPUS [--show N]
    python bench/figure_misreads.py DATA --msrp MSRP_DIR [--show N]
    python bench/figure_misreads.py DATA --judged-links [--judged TSV ...] [--base DIR]

Each form is a pattern on the text (a number written onto a name, "Twenty-five", "two dozen", "a third", a change
before a level, ...) and a test of what the reader makes of it (``misread``: "Twenty-five" read as 20 and 5). For each
text source the count prints, per form, how many times it is written and how many of those the reader misreads, with
the first ``show`` misread ones quoted. ``--sets`` reads the documents of unjudged sets under DATA/sets, ``--gva`` the
first two usable reports of every crawl incident with two (`gva.incidents_with_two`), ``--msrp`` both sentences of every
MSRP pair; ``--judged-links`` the two sides of every judged dev link (`background_acts.dev_link_files`), R/P/W by form
for the links with the misread form on one side and on both, split by whether ``base``'s exports make the link.

Session 71 (main eab783ab; /work/data/quality; the crawl's 914 incidents): docs/linking.md "Figures the reader
misread".
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, judged_links, made_links  # noqa: E402
from dev_sets import political  # noqa: E402

from training.count_tables import msrp_sentences  # noqa: E402
from viewer.analysis.claims.quantities import Figure, figures  # noqa: E402

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = f"{_ONES}|ten|eleven|twelve|a|an"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHANGE = (r"rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|increases|increasing|decreased?|"
           r"decreases|decreasing|climbed|climbs?|climbing|dropped|drops?|dropping|jumped|jumps?|jumping|declined?|"
           r"declines|declining|grew|grow|grows|growing|gained|gains?|slipped|slips?|edged|surged|surges?|plunged|"
           r"soared|tumbled|cut|raised?|lowered|up|down|by")


class Form(NamedTuple):
    """A way of writing a number the reader may misread: where it is written, and whether the figures the reader
    finds over the match misread it."""

    name: str
    pattern: re.Pattern
    misread: Callable[[re.Match, list[Figure]], bool]


def _split_compound(m: re.Match, found: list[Figure]) -> bool:
    """"Twenty-five": anything but one figure of 25."""
    return len(found) != 1 or found[0].low != found[0].high or found[0].value % 10 == 0


def _any_figure(m: re.Match, found: list[Figure]) -> bool:
    """A number that is no count ("COVID-19", "Title 42", the "two" of "two-thirds of"): misread when read as a figure."""
    return bool(found)


def _not_one_scaled(m: re.Match, found: list[Figure]) -> bool:
    """"two dozen" (24), "a half-dozen" (6), "one hundred and twelve" (112): misread unless one figure, a multiple of
    six for dozens, above a hundred for "hundred and"."""
    if len(found) != 1 or found[0].value is None:
        return True
    value = found[0].value
    return value % 6 != 0 if "dozen" in m.group().lower() else value <= 100


def _change_as_range(m: re.Match, found: list[Figure]) -> bool:
    """A change and a level ("by 37,000 to 412,000") read as one range."""
    return any(f.qualifier == "range" for f in found)


def _units_range(m: re.Match, found: list[Figure]) -> bool:
    """"5 percent to 300": a range whose first end is a share and whose second is not."""
    return any(f.qualifier == "range" and f.unit != "%" for f in found)


def _old_year(m: re.Match, found: list[Figure]) -> bool:
    return any(f.value == float(m.group(1)) for f in found)


FORMS = (
    # a number written onto letters before it, one word: "COVID-19", "F-22", "I-95", "AK-47", "K-9"
    Form("number on a name", re.compile(r"\b[A-Z][A-Za-z]{0,5}-(\d+)\b(?!-\d)"), _any_figure),
    # a number after a capitalised word that labels it: "Title 42", "Section 230", "H.R. 1", "Route 66"
    Form("number after a label", re.compile(r"\b(?:Title|Section|Article|Amendment|Chapter|Route|Highway|Interstate|"
                                            r"Flight|H\.R\.|S\.|Proposition|Prop\.|Measure|Rule|Phase|Level)\s(\d+)\b"),
         _any_figure),
    Form("spelled tens and ones", re.compile(rf"\b(?:{_TENS})(?:-|\s)(?:{_ONES})\b", re.IGNORECASE), _split_compound),
    Form("dozens of a count", re.compile(rf"\b(?:(?:{_SMALL}|half a|a half|half)[- ])dozen\b", re.IGNORECASE),
         _not_one_scaled),
    Form("hundred and", re.compile(rf"\b(?:{_SMALL})\s+hundred\s+and\s+(?:{_TENS}|{_ONES}|ten|eleven|twelve|"
                                   rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b", re.IGNORECASE),
         _not_one_scaled),
    Form("fraction", re.compile(r"\b(?:a|one|two|three)[- ](?:third|thirds|quarter|quarters|fifth|fifths)\b"
                                         r"(?=\s+of\b)", re.IGNORECASE), _any_figure),
    Form("change before a level", re.compile(rf"\b(?:{_CHANGE})\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?"
                                             rf"[$€£]?(?:{_NUMBER})(?:\s+(?:million|billion|trillion|thousand))?"
                                             rf"(?:\s*%|\s+percent|\s+per cent|\s+points?|\s+percentage points?)?"
                                             rf"\s+to\s+[$€£]?(?:{_NUMBER})", re.IGNORECASE), _change_as_range),
    Form("change from a level to a level", re.compile(rf"\b(?:{_CHANGE})\s+from\s+[$€£]?(?:{_NUMBER})\S*"
                                                      rf"(?:\s+\w+)?\s+to\s+[$€£]?(?:{_NUMBER})", re.IGNORECASE),
         _change_as_range),
    Form("share to a plain number", re.compile(rf"(?:{_NUMBER})(?:\s*%|\s+percent|\s+per cent)\s+to\s+[$€£]?"
                                               rf"(?:{_NUMBER})(?!\s*%|\s+percent|\s+per cent|\d)", re.IGNORECASE),
         _units_range),
    Form("score or vote", re.compile(r"\b(\d{1,3})-(\d{1,3})\b(?!-)"), _any_figure),
    Form("year before 1900", re.compile(r"(?<![\d,.$])\b(1[5-8]\d\d)\b(?![\d,.%])"), _old_year),
    Form("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b"), _any_figure),
    Form("No. n", re.compile(r"\bNo\.\s?\d+"), _any_figure),
)


def form_counts(texts: Iterable[str], name: str, show: int) -> list[str]:
    """Per form, how many times ``texts`` write it and how many the reader misreads, the first ``show`` quoted."""
    written, misread, quoted = Counter(), Counter(), []
    for text in texts:
        read = figures(text)
        for form in FORMS:
            for m in form.pattern.finditer(text):
                written[form.name] += 1
                found = [f for f in read if f.start < m.end() and m.start() < f.end]
                if form.misread(m, found):
                    misread[form.name] += 1
                    if sum(q.startswith(f"  {form.name}:") for q in quoted) < show:
                        quoted.append(f"  {form.name}: {_around(text, m)!r} -> {[f.text for f in found]}")
    return ([f"{name}: {form.name:32} written {written[form.name]:5}  misread {misread[form.name]:5}" for form in FORMS]
            + quoted)


def _around(text: str, m: re.Match, width: int = 60) -> str:
    return " ".join(text[max(0, m.start() - width):m.end() + width].split())


def set_texts(data: Path, names: list[str]) -> Iterable[str]:
    for name in names:
        for path in sorted((data / "sets" / name / "docs").glob("*.txt")):
            yield path.read_text(encoding="utf-8")


def gva_texts(corpus: Path) -> Iterable[str]:
    for items in gva.incidents_with_two(corpus, 100000):
        for _name, item in items[:2]:
            yield gva.report_text(item)


def link_counts(data: Path, files: list[Path], base: Path | None) -> list[str]:
    """R/P/W of the judged links with a misread form on one side or both, by form and whether ``base`` makes them."""
    made = made_links(base) if base else set()
    docs: dict[Path, str] = {}
    by = Counter()
    for key, row in judged_links(files).items():
        sides = []
        for name, start, end in key[1:]:
            path = data / "sets" / key[0] / "docs" / name
            docs.setdefault(path, path.read_text(encoding="utf-8"))
            sides.append(docs[path][start:end])
        for form in FORMS:
            hit = [_misreads(form, text) for text in sides]
            if any(hit):
                group = "political" if political(key[0]) else "other"
                shape = f"{form.name}, {group}, {'both' if all(hit) else 'one side'}, {'made' if key in made else 'not made'}"
                by[(shape, row["verdict"])] += 1
    return [f"{shape:72} {verdict} {n}" for (shape, verdict), n in sorted(by.items())]


def _misreads(form: Form, text: str) -> bool:
    found = figures(text)
    return any(form.misread(m, [f for f in found if f.start < m.end() and m.start() < f.end])
               for m in form.pattern.finditer(text))


_KEY = ("set", "file_a", "start_a", "end_a", "file_b", "start_b", "end_b")


def relations(data: Path, files: list[Path]) -> list[str]:
    """One line per judged link whose sides give figures: the verdict, the figures'
    relation as the pair model reads it (`index.figure_relation`, figures of 10 and more), whether `counts_conflict`
    parts it, and each side's counted figures: what ``--compare`` sets against the same lines read by another branch."""
    from stage_wrongs import read

    from viewer.analysis.claims.index import figure_relation
    from viewer.analysis.claims.verifier import counts_conflict

    lines = []
    for row, _made, (a, b), _tokens, _texts in read(data, Path("/nonexistent"), files, made_only=False):
        if a.figures or b.figures:
            relation = figure_relation(a.figures, b.figures) if a.figures and b.figures else ""
            key = "\t".join(row[k] for k in _KEY)
            lines.append(f"{key}\t{row['verdict']}\t{relation or '-'}\t"
                         f"{'parted' if counts_conflict(a, b) else '-'}\t{_shown(a)}\t{_shown(b)}")
    return lines


def _shown(unit) -> str:
    return "; ".join(f"{f.text}{'' if f.count else ' (names)'}" for f in unit.figures) or "-"


def compare(old: Path, new: Path, base: Path | None) -> list[str]:
    """R/P/W of the judged links whose figure relation or parting differs between two ``--relations`` files, by
    change and whether ``base``'s exports make the link, each link printed."""
    before, after = (_relation_rows(path) for path in (old, new))
    made = made_links(base) if base else set()
    by, shown = Counter(), []
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        old_sign, new_sign = (row[1:3] if row else ["-", "-"] for row in (was, now))
        if old_sign == new_sign:
            continue
        row = now or was
        change = f"{'/'.join(old_sign)} -> {'/'.join(new_sign)}, {'made' if _link_key(key) in made else 'not made'}"
        by[(change, row[0])] += 1
        shown.append(f"  {row[0]} {change} {key[0]}: {(was or ['']*5)[3:5]} | {(now or ['']*5)[3:5]}")
    return [f"{change:48} {verdict} {n}" for (change, verdict), n in sorted(by.items())] + shown


def _link_key(key: tuple) -> tuple:
    """``judged_links``' key of a ``--relations`` line's link."""
    name, file_a, start_a, end_a, file_b, start_b, end_b = key
    return (name, *sorted(((file_a, int(start_a), int(end_a)), (file_b, int(start_b), int(end_b)))))


def _relation_rows(path: Path) -> dict[tuple, list[str]]:
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {tuple(r[:len(_KEY)]): r[len(_KEY):] for r in rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets")
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--msrp", type=Path)
    parser.add_argument("--judged-links", action="store_true")
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--relations", action="store_true")
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args(argv)
    if args.compare:
        lines = compare(*args.compare, args.base)
    elif args.relations:
        lines = relations(args.data, dev_link_files(args.judged))
    elif args.judged_links:
        lines = link_counts(args.data, dev_link_files(args.judged), args.base)
    elif args.gva:
        lines = form_counts(gva_texts(args.gva), "gva", args.show)
    elif args.msrp:
        lines = form_counts(msrp_sentences(args.msrp), "msrp", args.show)
    else:
        lines = list(itertools.chain.from_iterable(
            form_counts(set_texts(args.data, [name]), name, args.show) for name in args.sets.split(",")))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
