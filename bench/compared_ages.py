"""The ages two readings give people the text does not name (session 65): a subject told apart by age ("The younger
girl was the most seriously injured", after "An 11-year-old girl and a 15-year-old girl were taken to Stroger") and an
age a copula gives a person noun ("The second man was 21 years old"). How often each reads a unit of the GVA crawl, each
unit printed with the two sentences before it to be read by hand; and how the judges read the dev links whose units'
ages the two readings change, with `persons.ages_apart` before and after.

    python bench/compared_ages.py --gva CORPUS [--incidents N] [--show N]
    python bench/compared_ages.py --judged-units BEFORE.pkl AFTER.pkl [--base EXPORTS]

``--gva``: of the crawl's first N incidents with two usable reports, the first two reports that hold "younger",
"older", "youngest", "oldest", "elder", "eldest" or "N years old", each cut into units as the pipeline does
(`segment.parse_many`, `units.found_units`); a unit counts as read by a comparison when its subject is one
(`persons.compared`), its own words give no age and it was given one, by a predicate when its own words give an age
after a copula.
``--judged-units``: two pickles written by `judged_units` (below) from a checkout before and one after the change, each
holding, per judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first), the features of
the pipeline's unit over each side; prints R/P/W of the links whose two units `ages_apart` parts after and not before
(or before and not after), apart for the links the exports of ``--base`` make.

    python bench/compared_ages.py --write-units OUT.pkl DATA   (from the checkout to read)
"""
from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, made_links  # noqa: E402
from patient_links import document_units, unit_of_span  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.persons import ages_apart, compared, unnamed_ages  # noqa: E402
from viewer.analysis.segment import Unparsed, parse_many  # noqa: E402

_READ = re.compile(r"\b(?:younger|older|youngest|oldest|elder|eldest)\b|\b\d{1,3} years? old\b", re.IGNORECASE)
_PREDICATE = re.compile(r"\b(?:is|was|are|were) \d{1,3} years? old\b")


def gva_readings(corpus: Path, incidents: int, show: int) -> list[str]:
    """Units each reading gives an age, counted and the first ``show`` of each printed with their context."""
    texts = [f"{item['title']}\n\n{item['text'][:6000]}" for items in gva.incidents_with_two(corpus, incidents)
             for _n, item in items[:2]]
    chosen = [t for t in texts if _READ.search(t)]
    counts, shown = Counter({"reports": len(texts), "reports holding a word read": len(chosen)}), []
    for parsed in parse_many([Unparsed(k, t, []) for k, t in enumerate(chosen)]):
        from viewer.analysis.claims.units import found_units

        for unit in found_units(parsed):
            tokens = parsed.doc.char_span(unit.span.start, unit.span.end, alignment_mode="expand")
            if tokens is None or unit.features.headline:
                continue
            text = parsed.text[unit.span.start:unit.span.end]
            own = unnamed_ages(tokens)
            kind = "comparison" if compared(tokens) and not own else "predicate" if _PREDICATE.search(text) else ""
            if not kind:
                continue
            counts[f"{kind}: units"] += 1
            counts[f"{kind}: given an age"] += bool(unit.features.unnamed_ages)
            if unit.features.unnamed_ages and counts[f"{kind}: shown"] < show:
                counts[f"{kind}: shown"] += 1
                before = parsed.text[max(0, unit.span.start - 400):unit.span.start]
                shown.append(f"{kind} {unit.features.unnamed_ages}\n  … {before[-400:]!r}\n  >> {text!r}")
    return shown + [f"{k}: {n}" for k, n in counts.items()]


def judged_units(data: Path, files: list[Path]) -> list[tuple]:
    """(key, row, features of side a, of side b) of every link ``files`` judge, from this checkout's pipeline units."""
    rows = judged_rows(files)
    paths = sorted({data / "sets" / r["set"] / "docs" / r[f"file_{s}"] for r in rows.values() for s in "ab"})
    units = document_units(paths)
    out = []
    for key, row in rows.items():
        sides = [unit_of_span(units[data / "sets" / row["set"] / "docs" / row[f"file_{s}"]], int(row[f"start_{s}"]),
                              int(row[f"end_{s}"])).features for s in "ab"]
        out.append((key, row, *sides))
    return out


def judged_changes(before: list[tuple], after: list[tuple], base: Path | None) -> list[str]:
    """R/P/W of the judged links `ages_apart` parts in one run and not the other, made by ``base`` or not."""
    made = made_links(base) if base else set()
    old = {key: ages_apart(a, b) for key, _row, a, b in before}
    counts, shown = Counter(), []
    for key, row, a, b in after:
        now = ages_apart(a, b)
        if now == old.get(key, now):
            continue
        label = ("newly parted" if now else "no longer parted") + (", made" if key in made else "")
        counts[(label, row["verdict"])] += 1
        shown.append(f"{label}: {row['verdict']} {row['set']} {row.get('class', '')} {a.unnamed_ages} {b.unnamed_ages}"
                     f" {row['file_a']}:{row['start_a']} {row['file_b']}:{row['start_b']}")
    labels = sorted({label for label, _v in counts})
    return shown + [f"{label}: " + " ".join(f"{v} {counts[(label, v)]}" for v in "RPWU" if counts[(label, v)])
                    for label in labels]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--write-units", nargs=2, type=Path, metavar=("OUT", "DATA"))
    parser.add_argument("--judged-units", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--base", type=Path)
    ns = parser.parse_args(argv)
    if ns.gva:
        print("\n".join(gva_readings(ns.gva, ns.incidents, ns.show)))
    if ns.write_units:
        ns.write_units[0].write_bytes(pickle.dumps(judged_units(ns.write_units[1], dev_link_files(None))))
    if ns.judged_units:
        before, after = (pickle.loads(p.read_bytes()) for p in ns.judged_units)
        print("\n".join(judged_changes(before, after, ns.base)))


if __name__ == "__main__":
    main()
