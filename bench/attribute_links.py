"""Where one sentence tells an attribute of a thing of the shooting ("Cops: Gun in accidental shooting of boy, 9, was
legal", "The motive for the shooting remains unclear") beside one telling the shooting: how the judges read such links,
and how often two reports of one GVA incident hold such a pair (the sentences `attributes.attribute_beside_act` parts).

    python bench/attribute_links.py DATA [--judged TSV ...] [--show]
    python bench/attribute_links.py DATA --gva CORPUS [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts; each side parsed alone and read by
`units.unit_features`. Printed: R/P/W of the links with a side stating an attribute, parted or kept by the veto.
``--gva``: every incident of the crawl whose first two usable reports (`gva.usable_reports`) name a thing of
`incident_things.json` near an incident word; both reports parsed (title, a blank line, the text's first 6,000
characters), each sentence read as a unit: the attribute sentences found, and the sentences of the other report the
veto parts from each (those naming the thing too counted apart). Session 61, docs/linking.md "A fourth is a
rule".
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
from background_acts import dev_link_files  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.attributes import attribute_beside_act, incident_things  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

_INCIDENT = r"(?:shooting|killing|slaying|death|murder|homicide)"


def reader():
    """A sentence's unit features, each text parsed alone once."""
    nlp, seen = english(), {}

    def read(text: str):
        if text not in seen:
            seen[text] = unit_features(nlp(text), Span(0, len(text)))
        return seen[text]
    return read


def judged_texts(data: Path, files: list[Path]):
    """(row, its two sides' texts) for each judged link (`wound_links.judged_rows`), each article read once."""
    texts = {}
    for row in judged_rows(files).values():
        sides = []
        for s in "ab":
            path = data / "sets" / row["set"] / "docs" / row[f"file_{s}"]
            texts.setdefault(path, path.read_text(encoding="utf-8"))
            sides.append(texts[path][int(row[f"start_{s}"]):int(row[f"end_{s}"])])
        yield row, sides


def judged_counts(data: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged links with an attribute side, parted or kept."""
    read, counts, shown = reader(), Counter(), []
    for row, sides in judged_texts(data, files):
        a, b = read(sides[0]), read(sides[1])
        if not (a.attribute or b.attribute):
            continue
        parted = attribute_beside_act(a, b)
        counts[("parted" if parted else "kept", row["verdict"])] += 1
        if show:
            shown.append(f"{'parted' if parted else 'kept'} {row['verdict']} {row['set']} {a.attribute} {b.attribute}"
                         f"\n  A {sides[0][:160]!r}\n  B {sides[1][:160]!r}")
    return shown + [f"judged links with an attribute side: {sum(counts.values())}"] + \
        [f"  {k}: " + " ".join(f"{v} {counts[(k, v)]}" for v in "RPWU" if counts[(k, v)]) for k in ("parted", "kept")]


def gva_counts(corpus: Path, show: bool) -> list[str]:
    """The crawl's attribute sentences and the sentences of the other report the veto parts from them."""
    near = re.compile(rf"\b(?:{'|'.join(sorted(incident_things()))})s?\b[^.!?\n]{{0,100}}\b{_INCIDENT}", re.IGNORECASE)
    counts, shown = Counter(), []
    for name, units in sentence_units(corpus, near, counts):
        for k in (0, 1):
            for text, unit in units[k]:
                if not unit.attribute:
                    continue
                counts[f"attribute sentences ({unit.attribute[0]})"] += 1
                parted = [(t, u) for t, u in units[1 - k] if attribute_beside_act(unit, u)]
                counts["other report's sentences parted"] += len(parted)
                counts["  of them naming the thing"] += sum(unit.attribute[0] in u.terms for _t, u in parted)
                counts["attribute sentences facing one parted"] += bool(parted)
                if show:
                    shown.append(f"{name} {unit.attribute} {text[:140]!r}" +
                                 "".join(f"\n   | {t[:140]!r}" for t, _u in parted[:3]))
    return shown + [f"{k}: {v}" for k, v in sorted(counts.items())]


def sentence_units(corpus: Path, near: re.Pattern, counts: Counter):
    """(incident, each report's sentences as (text, unit features)) for every incident of the crawl with two usable
    reports, where ``near`` finds a match in either of the first two (each read as its title, a blank line and the
    text's first 6,000 characters); counts the incidents with two reports in ``counts``."""
    nlp = english()
    for name, items in gva.usable_reports(corpus):
        if len(items) < 2:
            continue
        counts["incidents with two reports"] += 1
        pair = [f"{item['title']}\n\n{item['text'][:6000]}" for _n, item in items[:2]]
        if any(near.search(text) for text in pair):
            yield name, [[(s.text, unit_features(doc, Span(s.start_char, s.end_char))) for s in doc.sents]
                         for doc in (nlp(text) for text in pair)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--gva", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    lines = gva_counts(args.gva, args.show) if args.gva else judged_counts(args.data, dev_link_files(args.judged), args.show)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
