"""What the veto `judgements.verdict_beside_other` (one unit passes the outlet's own verdict, "Texas' repugnant abortion
law is pure Republican hypocrisy", the other does not pass it, "Supreme Court Gets It Right on Texas Abortion Law")
parts: on every judged dev link, on close sentence pairs of the unjudged news, and on MSRP (session 77, detail77).

    python bench/verdict_links.py DATA [--base DIR] [--show]
    python bench/verdict_links.py DATA --sets allsidesA,…,wcepD
    python bench/verdict_links.py DATA --msrp MSRP_DIR

Only texts holding a copula and a word of `judgement_words.json` can pass a verdict, so only documents holding one
are parsed. The judged count reads every judged dev link (`background_acts.dev_link_files`, re-judged verdicts over
the first ones), a side in its document's first line parsed as the analysis parses headlines
(`headlines.parsed_headline`) and any other side in its document parsed whole, and files the links the veto parts by
verdict (the class of a W beside it), apart for those ``--base``'s exports make and those another veto parts already.
``--sets`` reads every sentence pair of two reports of one story in the named sets sharing two content terms or more;
``--msrp`` MSRP's train and test pairs, each sentence parsed alone, by label.
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
from viewer.analysis.claims.judgements import judging_words, verdict_beside_other  # noqa: E402

VETO = "verdict_beside_other"
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\b|'s\b|’s\b", re.I)
_WORD = re.compile(r"[a-z]+")


def may_judge(text: str) -> bool:
    """Whether the text holds a copula and a word of the table: what a verdict needs, read without a parse."""
    return bool(_COPULA.search(text)) and any(w in judging_words() for w in _WORD.findall(text.lower()))


def judged_counts(data: Path, base: Path | None, show: bool) -> list[str]:
    """R/P/W of the judged dev links the veto parts, by whether ``base`` makes them and another veto parts them."""
    from background_acts import dev_link_files, made_links
    from stage_wrongs import _classes, _key, parted_without
    from wound_links import judged_rows

    made = made_links(base) if base else set()
    docs, by, shown, classes = {}, Counter(), [], _classes()
    for key, row in judged_rows(dev_link_files(None)).items():
        paths = [(data / "sets" / key[0] / "docs" / name, start, end) for name, start, end in key[1:]]
        texts = [p.read_text(encoding="utf-8")[s:e] for p, s, e in paths]
        if not any(may_judge(t) for t in texts):
            continue
        a, b = (_features(docs, p, s, e) for p, s, e in paths)
        if not verdict_beside_other(a, b):
            continue
        shape = ("made" if key in made else "not made") if base else "judged"
        shape += ", already parted" if parted_without(VETO, a, b) else ""
        verdict = row["verdict"]
        if verdict == "W":
            verdict += f" ({classes.get(_key(row)) or row.get('class') or ''})"
        by[(shape, verdict)] += 1
        shown.append(f"  {verdict} [{shape}] {key[0]} {shortened(texts[0])!r} | {shortened(texts[1])!r}")
    return [f"{shape:28} {verdict} {n}" for (shape, verdict), n in sorted(by.items())] + (shown if show else [])


def _features(docs: dict, path: Path, start: int, end: int):
    """The unit's features as the analysis reads them: a headline parsed as a headline, prose in its document."""
    from viewer.analysis.claims.headlines import parsed_headline
    from viewer.analysis.claims.units import unit_features
    from viewer.analysis.nlp import english
    from viewer.corpus.spans import Span

    text = path.read_text(encoding="utf-8")
    first = text.find("\n")
    head = 0 <= start < first
    if (path, head) not in docs:
        docs[(path, head)] = parsed_headline(text[:first], text[first:]) if head else english()(text)
    return unit_features(docs[(path, head)], Span(start, end))


def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports sharing ``shared`` content terms or more that the veto parts."""
    return veto_counts.close_pairs(docs, shared, verdict_beside_other)


def main(argv: list[str] | None = None) -> None:
    # on MSRP one side alone may pass the verdict, so every pair is parsed
    veto_counts.count_one_veto(argv, __doc__, verdict_beside_other, may_judge, judged_counts)


if __name__ == "__main__":
    main()
