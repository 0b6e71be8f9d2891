"""What the veto `studies.method_beside_finding` (one unit tells what a study did, the other no study act: "researchers
… analyzed data to investigate risk of hospital admission" / "Delta variant doubles risk of COVID hospitalisation -
Scottish study") parts: on every judged dev link, on close sentence pairs of the unjudged news, and on MSRP (session
76, detail76).

    python bench/study_methods.py DATA [--base DIR] [--show]
    python bench/study_methods.py DATA --sets allsidesA,…,wcepD
    python bench/study_methods.py DATA --msrp MSRP_DIR

Only texts naming a study's doer can be parted, so only those are parsed. The judged count reads every judged dev link
(`background_acts.dev_link_files`) whose texts name a doer, each side's features from its document parsed whole, and
files the links the veto parts by verdict, apart for those ``--base``'s exports make and those another veto parts
already. ``--sets`` reads every sentence pair of two reports of one story in the named sets sharing two content terms
or more; ``--msrp`` MSRP's train and test pairs, each sentence parsed alone, by label.

Run in session 76 on main 474724c1's exports (/work/data/final76/base), the AllSides, BASIL and WCEP sets and MSRP:
docs/linking.md "A study's method beside its finding".
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import veto_counts  # noqa: E402
from veto_counts import shortened  # noqa: E402
from viewer.analysis.claims.studies import method_beside_finding  # noqa: E402

VETO = "method_beside_finding"
_DOER = re.compile(r"\b(?:researchers?|scientists?|stud(?:y|ies)|analys[ie]s|surveys?|polls?|pollsters?)\b", re.I)


def judged_counts(data: Path, base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged dev links the veto parts, by whether ``base`` makes them and another veto parts them."""
    from background_acts import dev_link_files, judged_links, made_links
    from stage_wrongs import parted_without

    from viewer.analysis.nlp import english

    made = made_links(base) if base else set()
    nlp, docs, by, shown = english(), {}, Counter(), []
    for key, row in judged_links(dev_link_files(None)).items():
        paths = [(data / "sets" / key[0] / "docs" / name, start, end) for name, start, end in key[1:]]
        texts = [p.read_text(encoding="utf-8")[s:e] for p, s, e in paths]
        if not any(_DOER.search(t) for t in texts):
            continue
        a, b = (_features(nlp, docs, p, s, e) for p, s, e in paths)
        if not method_beside_finding(a, b):
            continue
        shape = ("made" if key in made else "not made") if base else "judged"
        shape += ", already parted" if parted_without(VETO, a, b) else ""
        by[(shape, row["verdict"])] += 1
        shown.append(f"  {row['verdict']} [{shape}] {key[0]} {shortened(texts[0])!r} | {shortened(texts[1])!r}")
    return [f"{shape:28} {verdict} {n}" for (shape, verdict), n in sorted(by.items())] + (shown if show else [])


def _features(nlp, docs: dict, path: Path, start: int, end: int):
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    if path not in docs:
        docs[path] = nlp(path.read_text(encoding="utf-8"))
    return unit_features(docs[path], Span(start, end))


def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports sharing ``shared`` content terms or more that the veto parts."""
    return veto_counts.close_pairs(docs, shared, method_beside_finding)


def main(argv: list[str] | None = None) -> None:
    veto_counts.count_one_veto(argv, __doc__, method_beside_finding, _DOER.search, judged_counts, _DOER.search)


if __name__ == "__main__":
    main()
