"""Speakers written as a force's members in the plural ("Deputies said", "investigators say"), with the one force their
article names, on the GVA crawl: what `attribution.forces.members_force` reads them as, printed to read by hand.

    python bench/member_speakers.py GVA_CRAWL [--first N] [--incidents N] [--show N]

Reads the first usable report of incidents ``--first`` to ``--first + --incidents`` (in the crawl's order), counts the
speakers `forces.bare_members` holds by noun and by whether the article names one police force or sheriff's office,
and prints ``--show`` of those with one, drawn at random (seed 69): the force, the article and the sentence.

Run in session 69 (sources69) on incidents 300-700, apart from the 300 `training/count_unread_sources.py` counted.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gva import usable_reports  # noqa: E402
from viewer.analysis.attribution.forces import bare_members, members_force, named_forces  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402


def member_speakers(name: str, text: str) -> list[tuple[str, str, str, str]]:
    """(noun, force or "-", article, sentence) for each speaker of the text written as a force's members."""
    parsed = parse(1, text, [])
    forces = named_forces(parsed.doc)
    out = []
    for a in find_attributions(parsed):
        tokens = [t for t in parsed.doc if a.speaker and a.speaker.start <= t.idx < a.speaker.end]
        if tokens and bare_members(tokens):
            force = members_force(tokens, forces)
            out.append((tokens[-1].lower_, force.name if force else "-", name,
                        " ".join(tokens[0].sent.text.split())[:240]))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("--first", type=int, default=300)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--show", type=int, default=0)
    ns = parser.parse_args(argv)
    rows = []
    for seen, (name, items) in enumerate(usable_reports(ns.crawl)):
        if seen >= ns.first + ns.incidents:
            break
        if seen >= ns.first and items:
            rows += member_speakers(name, f"{items[0][1]['title']}\n\n{items[0][1]['text'][:6000]}")
    counts = Counter((noun, force != "-") for noun, force, _n, _s in rows)
    for (noun, named), count in sorted(counts.items()):
        print(f"{noun}\t{'one force named' if named else 'none or several'}\t{count}")
    named = [row for row in rows if row[1] != "-"]
    for row in random.Random(69).sample(named, min(ns.show, len(named))):
        print("\t".join(row))


if __name__ == "__main__":
    sys.exit(main())
