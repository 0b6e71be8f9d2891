"""A count one report says is not known beside the count another gives, counted before the veto was built (session 80,
detail80).

    python bench/unknown_count_links.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/unknown_count_links.py DATA --sets basil,basilB,basilD,wcepA [--sample N]
    python bench/unknown_count_links.py DATA --crawl CORPUS [--sample N]
    python bench/unknown_count_links.py DATA --msrp FOLDER

The reading is `claims.unknown_counts.unknown_beside_count`: one unit says how many of a thing there were is not known
("It is unclear … how many Americans were on board") and counts none of it, the other counts that thing ("150
Americans to board …"). The judged count reads every judged dev link as `bench/failed_steps.py` does (each side's
document parsed whole, re-judged verdicts over the first ones) and prints R/P/W (the detail class's W apart) by whether
``--base``'s exports make the link and whether a shipped veto parts it already; ``--sets`` and ``--crawl`` the close
sentence pairs of two reports of one event it parts (only reports holding "how many" or "number of" are parsed),
``--sample`` of them drawn at random (seed 80) to be read by hand; ``--msrp`` MSRP's pairs it parts, by label.

Run in session 80 on main 5c3bde95's exports (docs/linking.md "A count not known beside the count given").
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

from background_acts import dev_link_files, made_links  # noqa: E402
from detail_wrongs import DETAIL_CLASS  # noqa: E402
from failed_steps import _headline_marked  # noqa: E402
from intended_acts import _as_laid_out  # noqa: E402
from stage_wrongs import _classes, _key, _shown, parted_without  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, sampled_pairs  # noqa: E402
from wound_links import judged_rows  # noqa: E402

from viewer.analysis.claims.unknown_counts import unknown_beside_count  # noqa: E402

VETO = "unknown_beside_count"
_COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE)  # what a unit not knowing a count must hold


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W (the detail class's W apart) of the judged dev links the reading parts, by made and already parted; only
    links one of whose sides holds "how many" or "number of" are parsed."""
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    classes, by, shown, made, nlp, docs = _classes(), Counter(), [], made_links(base), english(), {}
    for key, row in judged_rows(files).items():
        paths = [data / "sets" / key[0] / "docs" / name for name, _s, _e in key[1:]]
        texts = [path.read_text(encoding="utf-8")[s:e] for path, (_n, s, e) in zip(paths, key[1:])]
        if not any(_COUNTED.search(t) for t in texts):
            continue
        for path in paths:
            if path not in docs:
                docs[path] = nlp(path.read_text(encoding="utf-8"))
        units = [unit_features(docs[path], Span(s, e)) for path, (_n, s, e) in zip(paths, key[1:])]
        a, b = (_as_laid_out(data, row, side, unit) for side, unit in zip("ab", units))
        if not unknown_beside_count(a, b):
            continue
        detail = row["verdict"] == "W" and (classes.get(_key(row)) or row.get("class")) == DETAIL_CLASS
        verdict = "W detail" if detail else row["verdict"]
        shape = f"{'made' if key in made else 'not made'}{', already parted' if parted_without(VETO, a, b) else ''}"
        by[(shape, verdict)] += 1
        if show:
            shown.append(f"  {verdict} [{shape}] {_shown(row, texts)}")
    return [f"{shape:28} {verdict:8} {n}" for (shape, verdict), n in sorted(by.items())] + shown


def set_pairs(data: Path, names: list[str]) -> list[tuple[str, str, str]]:
    """The close sentence pairs (two content terms shared) of two reports of one event the reading parts."""
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            texts = [p.read_text(encoding="utf-8") for p in paths]
            if any(_COUNTED.search(t) for t in texts):
                out += [(name, a, b) for a, b in close_pairs([nlp(t) for t in texts], 2)]
    return out


def crawl_pairs(corpus: Path) -> list[tuple[str, str, str]]:
    """`close_pairs` of the first two usable reports of each crawl incident that has two, sharing two content terms."""
    from gva import incidents_with_two, report_text

    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for items in incidents_with_two(corpus, 100000):
        texts = [report_text(item) for _n, item in items[:2]]
        if any(_COUNTED.search(t) for t in texts):
            out += [("gva", a, b) for a, b in close_pairs([nlp(t) for t in texts], 2)]
    return out


def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports or more, sharing ``shared`` content terms or more, the reading parts
    and no shipped veto parts already."""
    import itertools

    sides = [[(_headline_marked(d, s), s.text) for s in d.sents if len(s) > 3] for d in docs]
    return [(x, y) for one, two in itertools.combinations(sides, 2) for (a, x), (b, y) in itertools.product(one, two)
            if len(set(a.terms) & set(b.terms)) >= shared and unknown_beside_count(a, b)
            and not parted_without(VETO, a, b)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--judged", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--msrp", type=Path, help="MSRP's folder: its pairs the reading parts, by label")
    parser.add_argument("--sample", type=int, default=40)
    args = parser.parse_args(argv)
    if args.msrp:
        print("\n".join(msrp_parted(args.msrp, unknown_beside_count, lambda t: bool(_COUNTED.search(t)))))
    elif args.sets:
        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(",")), args.sample, 80)))
    elif args.crawl:
        print("\n".join(sampled_pairs(crawl_pairs(args.crawl), args.sample, 80)))
    elif args.base is None:
        parser.error("the judged count needs --base")
    else:
        print("\n".join(judged_counts(args.data, args.base, dev_link_files(args.judged), args.show)))


if __name__ == "__main__":
    main()
