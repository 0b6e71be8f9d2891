"""What the publication veto (`claims.publications.publication_beside_act`) parts, on every judged dev link and on the
GVA crawl's report pairs, counted before it was built (session 65).

    python bench/publication_links.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/publication_links.py DATA --base DIR --gva CORPUS [--incidents N] [--lines N]

Every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over the first ones) is read as
`bench/stage_wrongs.py` reads it (each side's features from its document parsed whole), and the links the veto parts
are counted by verdict, apart for the links ``--base``'s exports make and those they do not, and for those another
veto of `verifier.never_one_claim` parts already. ``--gva`` reads the first two usable reports of the crawl's first
incidents (`gva.parsed_report_pairs`): the sentences that publish (`publications.published`), those beside a sentence
of the other report that the veto parts from them, the report pairs holding one, and the sentence pairs sharing two
content terms or more that the veto newly parts (``--lines N`` prints the first N of them, to be read by hand).

Session 65 (main b8628394's exports in /work/data/final65/base; the crawl's 914 incidents): judged W 3, R 0, P 0 newly
parted, all made (2 W more parted already); 117 publishing sentences, 116 beside a shooting sentence, 90 report pairs,
121 close sentence pairs newly parted; of the 45 publishing sentences in the first 107 of those pairs, read by hand, 40
tell a release, statement, update or call beside the shooting, 4 the published content as a clause the other report
tells in part, 1 is a misparse (see docs/linking.md).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import gva  # noqa: E402
from background_acts import dev_link_files  # noqa: E402
from stage_wrongs import _shown, parted_without, read, stage_arguments  # noqa: E402

from viewer.analysis.claims import publications  # noqa: E402
from viewer.analysis.claims.features import UnitFeatures  # noqa: E402


def parted_by_others(a: UnitFeatures, b: UnitFeatures) -> bool:
    """`verifier.never_one_claim` with the publication veto left out."""
    return parted_without("publication_beside_act", a, b)


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W of the judged links the veto parts, by whether ``base`` makes them and whether another veto parts them."""
    by, shown = Counter(), []
    for row, made, (a, b), _tokens, texts in read(data, base, files, made_only=False):
        if not publications.publication_beside_act(a, b):
            continue
        shape = f"{'made' if made else 'not made'}{', already parted' if parted_by_others(a, b) else ''}"
        by[(shape, row["verdict"])] += 1
        if show:
            shown.append(f"  {row['verdict']} [{shape}] {_shown(row, texts)}")
    return [f"{shape:32} {verdict} {n}" for (shape, verdict), n in sorted(by.items())] + shown


def gva_counts(corpus: Path, incidents: int, show: int) -> Counter:
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    out = Counter()
    for docs in gva.parsed_report_pairs(corpus, incidents, english()):
        sides = [[(unit_features(d, Span(s.start_char, s.end_char)), s.text) for s in d.sents if len(s) > 3]
                 for d in docs]
        held = False
        for one, two in ((sides[0], sides[1]), (sides[1], sides[0])):
            for unit, text in one:
                if not publications.published(unit):
                    continue
                out["sentences publishing"] += 1
                parted = [(other, other_text) for other, other_text in two
                          if publications.publication_beside_act(unit, other)]
                out["sentences publishing, beside a shooting sentence"] += bool(parted)
                held |= bool(parted)
                for other, other_text in parted:
                    if len(set(unit.terms) & set(other.terms)) < 2 or parted_by_others(unit, other):
                        continue
                    out["close sentence pairs newly parted"] += 1
                    if out["close sentence pairs newly parted"] <= show:
                        print(f"  {' '.join(text.split())[:200]!r} | {' '.join(other_text.split())[:200]!r}")
        out["report pairs"] += 1
        out["report pairs holding one"] += held
    return out


def main(argv: list[str] | None = None) -> None:
    parser = stage_arguments(__doc__, 914)
    parser.set_defaults(show=0)
    parser.add_argument("--lines", type=int, default=0, help="with --gva, how many close pairs to print")
    args = parser.parse_args(argv)
    if args.gva:
        gva.print_counts(gva_counts(args.gva, args.incidents, args.lines))
        return
    print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
