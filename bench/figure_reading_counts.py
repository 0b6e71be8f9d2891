"""The counts of one reading of two units' figures (shares in bench/share_links.py, sums in bench/sum_links.py) on the
judged links, the unjudged sets, the GVA crawl and MSRP: what each such script prints, written once, so that a reading
brings only what is its own (how it relates two units, what it parts, which words a report must write to hold it).
"""
from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files, judged_arguments  # noqa: E402
from dev_sets import political  # noqa: E402
from stage_wrongs import _shown, parted_without, read  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims.features import UnitFeatures  # noqa: E402

if TYPE_CHECKING:
    from spacy.tokens import Doc


Parts = Callable[[UnitFeatures, UnitFeatures], bool]


@dataclass(frozen=True)
class FigureReading:
    """One reading's own parts: ``noun`` ("share", "sum") names it in the printout, ``veto`` is its function's name in
    `claims.verifier` (left out to ask whether another veto parts a pair), ``relation`` files a judged link in the
    table ("" where it is not counted there) in a column ``width`` wide, ``gives`` says whether two sentences both hold
    what it reads, ``parts`` whether it newly parts them and ``words`` whether a report's text can hold it at all."""

    noun: str
    veto: str
    relation: Callable[[UnitFeatures, UnitFeatures], str]
    width: int
    gives: Parts
    parts: Parts
    words: re.Pattern

    def judged_counts(self, data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
        """The relation table of the judged links the reading files, then the links it parts."""
        table, parted, shown = Counter(), Counter(), []
        for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
            group = "political/world" if political(row["set"]) else "GVA"
            found = self.relation(a, b)
            if found:
                table[(group, found, row["verdict"])] += 1
            if not self.parts(a, b):
                continue
            shape = f"{group}, {'made' if made else 'not made'}"
            shape += ", already parted" if parted_without(self.veto, a, b) else ""
            parted[(shape, row["verdict"])] += 1
            if show:
                shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
        return ([f"{g:16} {r:{self.width}} {v} {n}" for (g, r, v), n in sorted(table.items())]
                + [f"parted by the {self.noun}s:"]
                + [f"{shape:48} {verdict} {n}" for (shape, verdict), n in sorted(parted.items())] + shown)

    def set_pairs(self, data: Path, names: list[str]) -> list[str]:
        """Each unjudged set's close sentence pairs of two reports of one event that the reading parts."""
        from viewer.analysis.nlp import english

        nlp, lines, count = english(), [], Counter()
        for name in names:
            for reports in reports_by_event(data, name).values():
                lines += self._parted_pairs([sentences(nlp(p.read_text(encoding="utf-8"))) for p in reports], name,
                                            count)
        return lines + [f"{key}: {n}" for key, n in sorted(count.items())]

    def gva_pairs(self, corpus: Path) -> list[str]:
        """The same on the crawl: the first two usable reports of each incident with two, when both write the words."""
        from viewer.analysis.nlp import english

        nlp, lines, count = english(), [], Counter()
        for items in gva.incidents_with_two(corpus, 100000):
            texts = [gva.report_text(item) for _name, item in items[:2]]
            count["incidents"] += 1
            if all(self.words.search(t) for t in texts):
                count[f"incidents whose two reports write a {self.noun}"] += 1
                lines += self._parted_pairs([sentences(nlp(t)) for t in texts], "gva", count)
        return lines + [f"{key}: {n}" for key, n in sorted(count.items())]

    def _parted_pairs(self, reports: list[list[tuple[UnitFeatures, str]]], name: str, count: Counter) -> list[str]:
        lines = []
        for one, two in itertools.combinations(reports, 2):
            for (a, text_a), (b, text_b) in itertools.product(one, two):
                if not self.gives(a, b):
                    continue
                count[f"{name}: sentence pairs giving {self.noun}s"] += 1
                if not self.parts(a, b):
                    continue
                close = len(set(a.terms) & set(b.terms)) >= 2
                already = parted_without(self.veto, a, b)
                count[f"{name}: parted, {'close' if close else 'not close'}"
                      f"{', already parted' if already else ''}"] += 1
                if close and not already:
                    lines.append(f"  {name}: {shortened(text_a)!r} | {shortened(text_b)!r}")
        return lines

    def main(self, description: str, argv: list[str] | None = None) -> None:
        """The script's command line (its module docstring): one of the four counts, printed."""
        parser = judged_arguments(description)
        parser.add_argument("--sets", help="comma-separated unjudged sets under DATA/sets")
        parser.add_argument("--gva", type=Path, help="the crawl's folder")
        parser.add_argument("--msrp", type=Path, help="the folder of msr_paraphrase_train.txt and _test.txt")
        args = parser.parse_args(argv)
        if args.sets:
            lines = self.set_pairs(args.data, args.sets.split(","))
        elif args.gva:
            lines = self.gva_pairs(args.gva)
        elif args.msrp:
            lines = msrp_parted(args.msrp, self.parts, self.words.search)
        else:
            lines = self.judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)
        print("\n".join(lines))


def sentences(doc: Doc) -> list[tuple[UnitFeatures, str]]:
    """Each sentence of a parsed report longer than three tokens, with its features read alone."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    return [(unit_features(doc, Span(s.start_char, s.end_char)), s.text) for s in doc.sents if len(s) > 3]
