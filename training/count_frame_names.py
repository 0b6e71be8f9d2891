"""Count the hand-judged links whose two units share a name only through who reports one of them or both.

    python training/count_frame_names.py DATA [DATA ...] --judged TSV [--judged TSV ...] [--kind KIND --examples N]

"…, said Miami police spokeswoman Frederica Burden" ends two quotations of hers on two subjects, and "In a news
conference on Wednesday, the Illinois State Police said police responded to …" names a source a headline about
that source ("Illinois State Police Release New Details …") states something of. Each judged link (a
`training/judged/links*.tsv` row: set, two files and spans, verdict R/P/W/U) is read as linking reads it: both units'
features by `units.unit_features` on their article's parse, where the reporting frame's own terms (`frame`: "the
ministry said", "according to AFP") are told apart. A link is counted by what its units share of names
(`shared_kind`): one person both frames cite (which `verifier.one_source` leaves out of the pair's signs); else none;
a name that states content in both; only names both frames give (an agency cited twice); or names one unit's frame
gives and the other states.
The counts are given by verdict, and ``--examples`` prints that many links of the ``--kind``s asked to read. DATA
folders hold ``sets/NAME/docs/FILE``; a set is looked for in each in turn.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402
from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.segment import parse  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402

KINDS = ("none", "content", "both sources", "one's source", "one person")
Link = tuple[str, str, Span, str, Span, str]  # set, file a, span a, file b, span b, verdict


def judged_links(paths: list[Path]) -> list[Link]:
    """The rows of the judged TSVs, spans as read."""
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                out.append((row["set"], row["file_a"], Span(int(row["start_a"]), int(row["end_a"])),
                            row["file_b"], Span(int(row["start_b"]), int(row["end_b"])), row["verdict"]))
    return out


def shared_kind(a: UnitFeatures, b: UnitFeatures) -> str:
    """"one person" (both units' frames cite one person, whatever else they share: `verifier.one_source` leaves
    that source out of the pair's signs); else "none" (no name shared); "content" (a name both units state content
    by); "both sources" (every shared name is one both units give only in their reporting frames: an agency cited by
    two sentences); "one's source" (a shared name only one unit's frame gives, and no name content in both: a
    sentence about the other's source)."""
    if set(a.cited_people) & set(b.cited_people):
        return "one person"
    shared = set(a.names) & set(b.names)
    if not shared:
        return "none"
    frame_a, frame_b = set(a.frame), set(b.frame)
    if shared - frame_a - frame_b:
        return "content"
    return "both sources" if shared <= frame_a & frame_b else "one's source"


class Articles:
    """Each article parsed once, found under the DATA folders by its set."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders, self.parsed = folders, {}

    def features(self, name: str, file: str, span: Span) -> UnitFeatures | None:
        key = (name, file)
        if key not in self.parsed:
            path = next((p for f in self.folders if (p := f / "sets" / name / "docs" / file).exists()), None)
            self.parsed[key] = None if path is None else parse(len(self.parsed), path.read_text(encoding="utf-8"), []).doc
        doc = self.parsed[key]
        return None if doc is None else unit_features(doc, span)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="+")
    parser.add_argument("--judged", type=Path, action="append", required=True)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--kind", action="append", default=[], choices=KINDS, help="the kinds to print examples of")
    args = parser.parse_args()
    found = Articles(args.data)
    counts: dict[str, Counter] = defaultdict(Counter)
    examples = []
    missing = 0
    for name, file_a, span_a, file_b, span_b, verdict in judged_links(args.judged):
        a, b = found.features(name, file_a, span_a), found.features(name, file_b, span_b)
        if a is None or b is None:
            missing += 1
            continue
        kind = shared_kind(a, b)
        counts[kind][verdict] += 1
        if kind in args.kind:
            examples.append((name, kind, verdict, sorted(set(a.names) & set(b.names)), file_a, span_a, file_b, span_b))
    verdicts = sorted({v for c in counts.values() for v in c})
    print("names shared\tlinks\t" + "\t".join(verdicts))
    for kind in KINDS:
        print(f"{kind}\t{sum(counts[kind].values())}\t" + "\t".join(str(counts[kind][v]) for v in verdicts))
    print(f"(articles not found: {missing} links)")
    for name, kind, verdict, names, file_a, span_a, file_b, span_b in examples[:args.examples]:
        text_a = found.parsed[(name, file_a)].text[span_a.start:span_a.end]
        text_b = found.parsed[(name, file_b)].text[span_b.start:span_b.end]
        print(f"\n{name} {kind}: {verdict} {names}\n  {file_a}: {text_a[:200]}\n  {file_b}: {text_b[:200]}")


if __name__ == "__main__":
    main()
