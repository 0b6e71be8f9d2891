"""Count speaker phrases whose head is a plural after "a" or "an", to see which a rule may cut to the plural alone.

    python training/count_cut_source_names.py SET_FOLDER [--show]

A discrepancy "stated as fact … vs attributed to SOURCE" names the source the attribution reader read. A speaker
phrase whose head is a plural noun with "a" or "an" and a singular noun before it ("a .380 caliber semi-automatic
handgun police say was reported stolen") was read as "caliber semi-automatic handgun police": the article belongs to
the singular noun whose clause the report interrupts. The set's articles are read as the import reads them; each
phrase found is printed with ``--show`` so it can be read and judged by hand.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.attribution.reported_speech import plural_after_indefinite  # noqa: E402
from viewer.analysis.attribution.statements import find_attributions  # noqa: E402
from viewer.analysis.claims.imported_texts import imported  # noqa: E402
from viewer.analysis.segment import parse_many  # noqa: E402


def indefinite_plurals(folder: Path, show: bool = False) -> Counter:
    """How many speaker phrases the set's articles hold, and how many of them have such a head."""
    counts: Counter = Counter()
    paths = sorted((folder / "docs").glob("*.txt"))
    for parsed in parse_many(imported(paths)):
        for attribution in find_attributions(parsed):
            if attribution.speaker is None:
                continue
            counts["speaker phrases"] += 1
            phrase = parsed.doc.char_span(attribution.speaker.start, attribution.speaker.end, alignment_mode="expand")
            if phrase is not None and plural_after_indefinite(phrase):
                counts["plural after a/an"] += 1
                if show:
                    print(f"{paths[parsed.id].name}\t{attribution.speaker_name}\t{phrase.sent.text.strip()}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a set prepared by bench/gva.py or bench/basil.py (docs/*.txt)")
    parser.add_argument("--show", action="store_true", help="print every phrase found, to read")
    args = parser.parse_args()
    for shape, n in sorted(indefinite_plurals(args.folder, args.show).items()):
        print(f"{shape}: {n}")


if __name__ == "__main__":
    main()
