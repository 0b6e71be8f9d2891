"""Where one sentence tells where someone lives as its main act ("Luke lived at the house on Amesti Road with his
father and uncle, both of whom were stabbed …") beside one telling another detail of the incident: how the judges read
such links, and how often two reports of one GVA incident hold such a pair (the sentences
`residences.residence_beside_other` parts).

    python bench/residence_links.py DATA [--judged TSV ...] [--base DIR] [--show]
    python bench/residence_links.py DATA --gva CORPUS [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), a later file's
verdict over an earlier one's, then the *_rejudged.tsv files' new verdicts; each side parsed alone and read by
`units.unit_features`. Printed: R/P/W of the links with a side stating a residence, parted or kept by the veto, and
(with ``--base``, kept exports of `bench/quality.py --keep`) of those the exports make. ``--gva``: every incident of the
crawl whose first two usable reports (`gva.usable_reports`) hold a word of living somewhere; both reports parsed
(title, a blank line, the text's first 6,000 characters), each sentence read as a unit: the residence sentences
found, and the sentences of the other report the veto parts from each that share a name or two content words with it
(the pairs a linker could take for one claim). Session 65, docs/linking.md "Where someone lives".
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from attribute_links import judged_texts, reader, sentence_units  # noqa: E402
from background_acts import judged_or_crawl, made_links  # noqa: E402
from wound_links import _key  # noqa: E402

from viewer.analysis.claims.residences import residence_beside_other, states_residence  # noqa: E402

_LIVING = re.compile(r"\b(?:live[sd]?|living|resid(?:es?|ed|ing))\b", re.IGNORECASE)


def judged_counts(data: Path, files: list[Path], base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged links with a residence side, parted or kept, all and (with ``base``) those made."""
    read, counts, shown = reader(), Counter(), []
    made = made_links(base) if base else set()
    for row, sides in judged_texts(data, files):
        if not any(_LIVING.search(side) for side in sides):
            continue
        a, b = read(sides[0]), read(sides[1])
        if not (states_residence(a) or states_residence(b)):
            continue
        fate = "parted" if residence_beside_other(a, b) else "kept"
        counts[(fate, row["verdict"])] += 1
        if _key(row) in made:
            counts[(f"{fate}, made", row["verdict"])] += 1
        if show:
            shown.append(f"{fate} {row['verdict']} {row['set']} {'made' if _key(row) in made else ''} {a.acts} {b.acts}"
                         f"\n  A {' '.join(sides[0].split())[:160]!r}\n  B {' '.join(sides[1].split())[:160]!r}")
    keys = ("parted", "kept", "parted, made", "kept, made") if base else ("parted", "kept")
    return shown + [f"judged links with a residence side: {sum(counts[(k, v)] for k in keys[:2] for v in 'RPWU')}"] + \
        [f"  {k}: " + " ".join(f"{v} {counts[(k, v)]}" for v in "RPWU" if counts[(k, v)]) for k in keys]


def gva_counts(corpus: Path, show: bool) -> list[str]:
    """The crawl's residence sentences and the alike sentences of the other report the veto parts from them."""
    counts, shown = Counter(), []
    for name, units in sentence_units(corpus, _LIVING, counts):
        for k in (0, 1):
            for text, unit in units[k]:
                if not states_residence(unit):
                    continue
                counts["residence sentences"] += 1
                parted = [(t, u) for t, u in units[1 - k] if residence_beside_other(unit, u) and _alike(unit, u)]
                counts["alike sentences of the other report parted"] += len(parted)
                counts["residence sentences facing one parted"] += bool(parted)
                if show:
                    shown.append(f"{name} {unit.acts} {' '.join(text.split())[:160]!r}" +
                                 "".join(f"\n   | {' '.join(t.split())[:160]!r}" for t, _u in parted[:3]))
    return shown + [f"{k}: {v}" for k, v in sorted(counts.items())]


def _alike(a, b) -> bool:
    """Whether two sentences share a name or two content words: a pair a linker could take for one claim."""
    return bool(set(a.names) & set(b.names)) or len(set(a.terms) & set(b.terms)) >= 2


def main(argv: list[str] | None = None) -> None:
    judged_or_crawl(__doc__, judged_counts, gva_counts, argv, limit=None)


if __name__ == "__main__":
    main()
