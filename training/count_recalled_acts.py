"""Count, on one-story report pairs of public sets and on the GVA crawl, what the earlier-act veto measured and refused
in session 76 (`bench/recalled_acts.veto_kind`) does with a deep sentence that recalls an act from before the news ("Edwards
vetoed Senate Bill 156 last month", "Stone has previously admitted …") beside a close sentence of the other report's
headline or lede: parts it (the news tells another act) or keeps it, and why (one act told again, which must stay
linked; an "after" clause sharing a word, read as stating the earlier act; the news recalling too; the news stating no
act).

Stories are the sets' own (a document's name up to its first "_": AllSides' story, BASIL's triple, WCEP's event); pairs
of two outlets' reports of one story. Close pairs share ``--close`` of their content words, as the crawl counters'
(`count_street_sections.close_pairs`). ``--show`` prints every parted pair to be read by hand.

    python training/count_recalled_acts.py DATA --sets basil,basilB,... [--close 0.2] [--show]
    python training/count_recalled_acts.py DATA --gva CORPUS [--close 0.2] [--show]
"""
from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "bench"))

from count_street_sections import _STOP  # noqa: E402

from recalled_acts import earlier_acts, veto_kind  # noqa: E402

from viewer.analysis.claims.units import unit_features  # noqa: E402
from viewer.analysis.nlp import english  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402


def stories(data: Path, sets: list[str]) -> dict[tuple[str, str], list[Path]]:
    """Each story's reports, by (set, story)."""
    out: dict[tuple[str, str], list[Path]] = {}
    for name in sets:
        for path in sorted((data / "sets" / name / "docs").glob("*.txt")):
            out.setdefault((name, path.name.split("_")[0]), []).append(path)
    return out


def _words(span) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", span.text.lower())) - _STOP


def close_pairs(a, b, close: float):
    """Each sentence of doc ``a`` with each of doc ``b`` sharing ``close`` of their content words."""
    told_b = [(s, _words(s)) for s in b.sents]
    for sa in a.sents:
        wa = _words(sa)
        if len(wa) < 4:
            continue
        for sb, wb in told_b:
            if len(wb) >= 4 and len(wa & wb) / len(wa | wb) >= close:
                yield sa, sb


def readings(data: Path, sets: list[str], close: float):
    """(story, kind, recall's sentence, news's sentence) for each close pair of a deep sentence that recalls an act
    (`recalled_acts.earlier_acts`) and a headline or lede sentence of the other report (a paragraph of at most 1: the
    sets' documents give the headline, then the lede, each its own paragraph), each read in its document's parse."""
    nlp = english()
    for (name, story), paths in stories(data, sets).items():
        docs = {p: nlp(p.read_text(encoding="utf-8")) for p in paths}
        for pa, pb in itertools.permutations(paths, 2):
            for sa, sb in close_pairs(docs[pa], docs[pb], close):
                if _paragraph(docs[pa], sa) <= 1 or _paragraph(docs[pb], sb) > 1:
                    continue
                found = _read(docs[pa], sa, docs[pb], sb)
                if found:
                    yield f"{name}/{story}", found, sa.text, sb.text


def _paragraph(doc, sentence) -> int:
    """The sentence's paragraph in its report (0 the headline, 1 the lede): the sets' documents part them by a blank
    line."""
    return doc.text[:sentence.start_char].count("\n\n")


def _read(recall_doc, recall, news_doc, news) -> str:
    """`recalled_acts.veto_kind` of a deep sentence and a headline or lede one, "" where the first recalls nothing."""
    recalled = earlier_acts(recall_doc, recall)
    if not recalled:
        return ""
    return veto_kind(unit_features(recall_doc, Span(recall.start_char, recall.end_char)), recalled,
                     unit_features(news_doc, Span(news.start_char, news.end_char)), earlier_acts(news_doc, news))


_MARKED = re.compile(r"\b(?:previously|already|formerly|ago|last\s+\w+|earlier\s+this|in\s+(?:19|20)\d\d)\b",
                     re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def crawl_readings(corpus: Path, close: float):
    """As `readings`, over the GVA crawl's one-incident report pairs: a sentence past the report's second is deep,
    its first two the lede (the crawl keeps no paragraphs); only sentences `_MARKED` finds a mark in and their close
    sentences of the other report are parsed, each alone."""
    from count_bare_sentences import reports

    by_incident: dict[str, list[list[str]]] = {}
    for incident, _host, text in reports(corpus):
        by_incident.setdefault(incident, []).append([s.strip() for s in _SENTENCE_END.split(text) if s.strip()])
    pairs = []
    for incident, told in by_incident.items():
        for a, b in itertools.permutations(told, 2):
            ledes = [(s, _words_of(s)) for s in b[:2]]
            for sa in a[2:]:
                wa = _words_of(sa)
                if len(wa) < 4 or not _MARKED.search(sa):
                    continue
                pairs += [(incident, sa, sb) for sb, wb in ledes if len(wb) >= 4 and len(wa & wb) / len(wa | wb) >= close]
    texts = sorted({p[1] for p in pairs} | {p[2] for p in pairs})
    parsed = dict(zip(texts, english().pipe(texts)))
    for incident, sa, sb in pairs:
        found = _read(parsed[sa], parsed[sa][:], parsed[sb], parsed[sb][:])
        if found:
            yield f"gva/{incident}", found, sa, sb


def _words_of(sentence: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", sentence.lower())) - _STOP


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--gva", type=Path, help="count the GVA crawl's one-incident report pairs instead")
    parser.add_argument("--close", type=float, default=0.2)
    parser.add_argument("--show", action="store_true", help="print every parted pair, to be read by hand")
    ns = parser.parse_args()
    found = crawl_readings(ns.gva, ns.close) if ns.gva else readings(ns.data, ns.sets.split(","), ns.close)
    table, stories_of, parted = Counter(), {}, []
    for story, why, recall, news in found:
        table[why] += 1
        stories_of.setdefault(why, set()).add(story)
        if why == "parted":
            parted.append(f"[{story}]\n  recall: {' '.join(recall.split())}\n  news:   {' '.join(news.split())}")
    for why, n in sorted(table.items()):
        print(f"{why:40} {n:5} ({len(stories_of[why])} stories)")
    if ns.show:
        print("\n".join(parted))


if __name__ == "__main__":
    main()
