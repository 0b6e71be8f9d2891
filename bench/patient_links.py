"""Where two sentences tell one act done to different people they name ("Rucker is charged with assault …" / "Police
charged Jackson and Strong with assault …"): how the judges read links whose two units name the people one kind of act
is done to with no name shared (`patients.patients_apart`), and how often two reports of one GVA incident, and of two
incidents, hold such a pair of sentences.

    python bench/patient_links.py DATA [--judged TSV ...] [--base EXPORTS] [--show]
    python bench/patient_links.py DATA --gva CORPUS [--incidents N] [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts; each document parsed whole and cut into
units as the pipeline does (`segment.parse_many`, `units.found_units`), a judged side read as the unit of its span (or
the unit overlapping it most). ``--base``: a folder of exports (`bench/quality.py --keep`), whose links are counted
apart as "made". ``--gva``: the crawl's first N incidents with two usable reports (`gva.incidents_with_two`); of each
of the first two reports, the sentences holding a court, custody or violence word and a capitalised word not opening
the sentence, each parsed alone; every pair of such sentences naming people for one kind of act, one from each report
of one incident, and one from the first report of an incident and one from the second report of the next: parted or
not, the incidents filed by whether a report of them names people for one kind of act that share no name (several
people charged, or shot). Session 62, docs/linking.md "One act done to different people".
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, made_links  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.patients import named_patients, patients_apart  # noqa: E402
from viewer.analysis.claims.units import found_units  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
_ACT_WORD = re.compile(r"\b(?:arrest|charg|book|indict|plead|arraign|detain|accus|sentenc|shot|shoot|kill|murder|slain|"
                       r"wound|injur|found|identif)", re.IGNORECASE)
_INNER_CAPITAL = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+")


def document_units(paths: list[Path]) -> dict[Path, list]:
    """Each document's claim units as the pipeline finds them."""
    docs = [Unparsed(k, p.read_text(encoding="utf-8"), []) for k, p in enumerate(paths)]
    return {paths[parsed.id]: found_units(parsed) for parsed in parse_many(docs, batch_size=16)}


def unit_of_span(units: list, start: int, end: int):
    """The unit of a judged span, or the one overlapping it most."""
    exact = next((u for u in units if (u.span.start, u.span.end) == (start, end)), None)
    return exact or max(units, key=lambda u: min(end, u.span.end) - max(start, u.span.start))


def judged_counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged links the veto parts, and of those the exports in ``base`` make."""
    rows = judged_rows(files)
    paths = sorted({data / "sets" / r["set"] / "docs" / r[f"file_{s}"] for r in rows.values() for s in "ab"})
    units = document_units(paths)
    made = made_links(base) if base else set()
    counts, shown = Counter(), []
    for key, row in rows.items():
        a, b = (unit_of_span(units[data / "sets" / row["set"] / "docs" / row[f"file_{s}"]], int(row[f"start_{s}"]),
                             int(row[f"end_{s}"])) for s in "ab")
        counts[("named both", row["verdict"])] += bool({p[0] for p in a.features.patients} &
                                                      {p[0] for p in b.features.patients})
        if not patients_apart(a.features.patients, b.features.patients):
            continue
        counts[("parted", row["verdict"])] += 1
        counts[("parted, made", row["verdict"])] += key in made
        if show:
            shown.append(f"{row['verdict']} {row['set']} {row.get('class', '')} {a.features.patients} "
                         f"{b.features.patients}\n  A {row['file_a']} {row['start_a']}"
                         f"\n  B {row['file_b']} {row['start_b']}")
    kinds = ["named both", "parted"] + (["parted, made"] if base else [])
    return shown + [f"judged links: {len(rows)}"] + \
        [f"  {k}: " + " ".join(f"{v} {counts[(k, v)]}" for v in "RPWU" if counts[(k, v)]) for k in kinds]


def report_sentences(item: dict, nlp) -> list[tuple[str, list]]:
    """The report's sentences that may name who an act is done to, each with its `named_patients`."""
    text = f"{item['title']}\n\n{item['text'][:6000]}"
    sentences = [s.strip() for s in _SPLIT.split(text) if _ACT_WORD.search(s) and _INNER_CAPITAL.search(s)]
    return [(doc.text, named_patients(doc[:], main_verbs(doc[:]))) for doc in nlp.pipe(sentences)]


def several(sentences: list[tuple[str, list]]) -> bool:
    """Whether a report names people for one kind of act in two sentences that share no name: several men charged,
    several victims shot."""
    named = [p for _t, found in sentences for p in found]
    return any(patients_apart([x], [y]) for k, x in enumerate(named) for y in named[k + 1:])


def gva_counts(corpus: Path, incidents: int, show: bool) -> list[str]:
    """Sentence pairs naming people for one kind of act, of one incident and of two, parted or not."""
    nlp, reports = english(), []
    for items in gva.incidents_with_two(corpus, incidents):
        reports.append([report_sentences(item, nlp) for _n, item in items[:2]])
    counts, shown = Counter(), []
    for k, (first, second) in enumerate(reports):
        kind = "several named" if several(first) or several(second) else "one named"
        counts[f"incidents, {kind}"] += 1
        pairs = [("one incident, " + kind, first, second)]
        if k + 1 < len(reports):
            pairs.append(("two incidents", first, reports[k + 1][1]))
        for label, x, y in pairs:
            for text_a, a in x:
                for text_b, b in y:
                    if not {p[0] for p in a} & {p[0] for p in b}:
                        continue
                    parted = patients_apart(a, b)
                    counts[f"{label}: pairs naming people for one kind of act"] += 1
                    counts[f"{label}: parted"] += parted
                    if show and parted and label.startswith("one"):
                        shown.append(f"{k} {kind} {a} {b}\n  A {text_a[:150]!r}\n  B {text_b[:150]!r}")
    return shown + [f"{key}: {value}" for key, value in sorted(counts.items())]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    if args.gva:
        lines = gva_counts(args.gva, args.incidents, args.show)
    else:
        lines = judged_counts(args.data, dev_link_files(args.judged), args.base, args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
