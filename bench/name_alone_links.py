"""Two sentences that share a person's name and nothing else, one telling an act and the other none ("McKay Hutton and
his baby daughter, Teagan, died in a murder-suicide …" / "McDonald and McKay Hutton were married …"): how the judges
read such links, and how often two reports of one GVA incident hold such a pair (`names_alone.name_alone_beside_act`).

    python bench/name_alone_links.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/name_alone_links.py DATA --gva CORPUS [--incidents N] [--show]

Judged links: every training/judged/links*.tsv but the blind draws' (`background_acts.dev_link_files`), the rejudged
verdicts over them, that the kept exports of ``--base`` (`bench/quality.py --keep`) make; each side parsed alone and
read by `units.unit_features` (a side in title case is taken for a headline, as the pipeline reads a title line):
R/P/W of the links the veto parts, by class. ``--gva``: the first N incidents of the crawl with two usable reports,
both reports parsed (title, a blank line, the text's first 6,000 characters), each sentence read as a unit: the pairs
of sentences of the two reports the veto parts (``--show`` prints them, to be read by hand). Session 66 (detail66),
docs/linking.md "Only a name in common": on main's exports of session 66 (/work/data/final66/base).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from attribute_links import judged_texts, reader, sentence_units  # noqa: E402
from background_acts import judged_or_crawl, made_links  # noqa: E402
from stage_wrongs import _classes  # noqa: E402
from stage_wrongs import _key as _class_key  # noqa: E402
from wound_links import _key  # noqa: E402

from viewer.analysis.claims.names_alone import name_alone_beside_act  # noqa: E402
from viewer.analysis.title_lines import title_cased  # noqa: E402

_ANY = re.compile("")


def judged_counts(data: Path, files: list[Path], base: Path, show: bool) -> list[str]:
    """R/P/W (and the W's class) of the made judged links the veto parts."""
    read, made, classes, counts, shown = reader(), made_links(base), _classes(), Counter(), []
    for row, sides in judged_texts(data, files):
        if _key(row) not in made:
            continue
        a, b = (replace(read(side), headline=title_cased(side.strip())) for side in sides)
        if name_alone_beside_act(a, b):
            counts[(row["verdict"], classes.get(_class_key(row)) or row.get("class") or "")] += 1
            if show:
                shown.append(f"{row['verdict']} {row['set']}\n  A {' '.join(sides[0].split())[:160]!r}"
                             f"\n  B {' '.join(sides[1].split())[:160]!r}")
    return shown + [f"made judged links parted: {sum(counts.values())}"] + \
        [f"  {v} {c or '-'}: {n}" for (v, c), n in sorted(counts.items())]


def gva_counts(corpus: Path, incidents: int, show: bool) -> list[str]:
    """The pairs of the two reports' sentences the veto parts, over the first ``incidents`` incidents with two."""
    counts, shown = Counter(), []
    for name, units in sentence_units(corpus, _ANY, counts):
        for text_a, a in units[0]:
            for text_b, b in units[1]:
                if name_alone_beside_act(a, b):
                    counts["sentence pairs parted"] += 1
                    if show:
                        shown.append(f"{name}\n  A {' '.join(text_a.split())[:160]!r}"
                                     f"\n  B {' '.join(text_b.split())[:160]!r}")
        if counts["incidents with two reports"] >= incidents:
            break
    return shown + [f"{k}: {v}" for k, v in sorted(counts.items())]


def main(argv: list[str] | None = None) -> None:
    judged_or_crawl(__doc__, judged_counts, gva_counts, argv)


if __name__ == "__main__":
    main()
