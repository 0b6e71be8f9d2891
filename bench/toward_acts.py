"""What reading the gerund after "toward" as an intended act ("House Democrats clear path toward passing …", read by
`intentions.intended_acts` in session 69 and taken out in session 70) finds and what it parts: on the GVA crawl, on
unjudged political news and on every judged dev link (session 70, frame70).

    python bench/toward_acts.py DATA --crawl CORPUS [--incidents N]
    python bench/toward_acts.py DATA --sets basil,basilB,basilD,wcepA
    python bench/toward_acts.py DATA --judged-links

Each count reads the sentences that hold "toward" or "towards" before a word in -ing, parsed whole in their report
(headline first, as the sets lay them out), and prints those whose intended acts hold an act found only by the toward
reading (the intended acts read again with the toward words emptied), and how many of them face a sentence of another
report of the event that tells the same act done, so that `intended_beside_done` parts the two through that reading
alone. ``--crawl`` reads the first two usable reports of each incident that has two (`gva.incidents_with_two`),
``--sets`` every pair of reports of one event in the named sets, ``--judged-links`` every judged dev link
(`background_acts.dev_link_files`) with the verdict of each link the reading alone parts.

Run in session 70 on the 914 crawl incidents, basil, basilB, basilD, wcepA and the judged dev links: docs/linking.md
"An act intended beside the act done", the toward reading's counts.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from veto_counts import reports_by_event, shortened  # noqa: E402

from viewer.analysis.claims.acts import main_verbs, verb_act  # noqa: E402
from viewer.analysis.claims.intentions import intended_beside_done  # noqa: E402

TOWARD_GERUND = re.compile(r"\btowards?\s+[a-z]+ing\b", re.IGNORECASE)
CLIMB = 3  # at most this many words from "toward" up to the main verb it hangs from ("clear [path] toward")


def toward_acts(tokens) -> list[str]:
    """The acts of the gerunds after "toward" or "towards" that hang from one of the unit's main verbs."""
    main = {v.i for v in main_verbs(tokens)}
    return [verb_act(c) for t in tokens if t.lower_ in ("toward", "towards") and _under(t, main)
            for c in t.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"]


def _under(token, main: set[int]) -> bool:
    for _ in range(CLIMB):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i in main:
            return True
    return False


def sentences(nlp, text: str) -> list:
    """`read_side` of each sentence of more than three tokens, the first line read as the headline."""
    doc, first = nlp(text), text.find("\n")
    return [read_side(doc, s.start_char, s.end_char, s.start_char < first) for s in doc.sents if len(s) > 3]


def read_side(doc, start: int, end: int, headline: bool) -> tuple:
    """(features with the toward reading's acts among the intended ones, features as the linker reads them, text)."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    alone = replace(unit_features(doc, Span(start, end)), headline=headline)
    tokens = doc.char_span(start, end, alignment_mode="expand")
    added = [act for act in toward_acts(tokens) if act not in alone.intended]
    return replace(alone, intended=alone.intended + added), alone, doc.text[start:end]


def toward_only(pair) -> list[str]:
    """The acts a sentence's toward reading alone finds."""
    with_toward, alone, _text = pair
    return [act for act in with_toward.intended if act not in alone.intended]


def parted_by_toward(one, other) -> bool:
    """Whether `intended_beside_done` parts the two sentences with the toward reading and not without it."""
    return intended_beside_done(one[0], other[0]) and not intended_beside_done(one[1], other[1])


def report_pairs(nlp, texts: list[str]) -> tuple[list[str], int, int]:
    """Lines for each toward-only sentence of the reports, how many there are and how many are parted from a sentence
    of another report by the toward reading alone."""
    read = [sentences(nlp, t) if TOWARD_GERUND.search(t) else None for t in texts]
    lines, found, parted = [], 0, 0
    for i, report in enumerate(read):
        for pair in (p for p in report or [] if toward_only(p)):
            found += 1
            others = [o for j, r in enumerate(read) if j != i
                      for o in (r if r is not None else sentences(nlp, texts[j]))]
            hits = [o for o in others if parted_by_toward(pair, o)]
            parted += bool(hits)
            lines.append(f"  {toward_only(pair)} {shortened(pair[2], 220)!r}"
                         + "".join(f"\n    parted from {shortened(o[2], 220)!r}" for o in hits))
    return lines, found, parted



def crawl_counts(corpus: Path, incidents: int) -> list[str]:
    from gva import incidents_with_two, report_text

    from viewer.analysis.nlp import english

    nlp, lines, found, parted, matched = english(), [], 0, 0, 0
    for items in incidents_with_two(corpus, incidents):
        texts = [report_text(item) for _n, item in items[:2]]
        if not any(TOWARD_GERUND.search(t) for t in texts):
            continue
        matched += 1
        more, f, p = report_pairs(nlp, texts)
        lines, found, parted = lines + more, found + f, parted + p
    return lines + [f"report pairs with toward + -ing: {matched}", f"toward-only intended acts: {found}",
                    f"parted from the other report by the toward reading alone: {parted}"]


def set_counts(data: Path, names: list[str]) -> list[str]:
    from viewer.analysis.nlp import english

    nlp, lines = english(), []
    for name in names:
        found = parted = 0
        for event, paths in reports_by_event(data, name).items():
            texts = [p.read_text(encoding="utf-8") for p in paths]
            if any(TOWARD_GERUND.search(t) for t in texts):
                more, f, p = report_pairs(nlp, texts)
                lines, found, parted = lines + ([f"  {name} {event}:"] + more if more else []), found + f, parted + p
        lines.append(f"{name}: toward-only intended acts {found}, parted by the toward reading alone {parted}")
    return lines


def judged_counts(data: Path) -> list[str]:
    """Each judged dev link with toward + -ing on a side, its verdict and whether the toward reading alone parts it."""
    from background_acts import dev_link_files, judged_links

    from viewer.analysis.nlp import english

    nlp, docs, lines = english(), {}, []
    for key, row in judged_links(dev_link_files(None)).items():
        paths = [data / "sets" / key[0] / "docs" / name for name, _s, _e in key[1:]]
        texts = [p.read_text(encoding="utf-8")[s:e] for p, (_n, s, e) in zip(paths, key[1:])]
        if not any(TOWARD_GERUND.search(t) for t in texts):
            continue
        sides = [_side(nlp, docs, path, start, end) for path, (_n, start, end) in zip(paths, key[1:])]
        parted = parted_by_toward(*sides) or parted_by_toward(*sides[::-1])
        lines.append(f"  {row['verdict']} {'parted by toward' if parted else 'not parted'} {key[0]} "
                     f"{shortened(texts[0], 220)!r} | {shortened(texts[1], 220)!r}")
    return lines


def _side(nlp, docs: dict, path: Path, start: int, end: int) -> tuple:
    """`read_side` of a judged side, its document parsed whole once."""
    if path not in docs:
        docs[path] = nlp(path.read_text(encoding="utf-8"))
    return read_side(docs[path], start, end, start < docs[path].text.find("\n"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--incidents", type=int, default=100000)
    parser.add_argument("--sets")
    parser.add_argument("--judged-links", action="store_true")
    args = parser.parse_args(argv)
    if args.crawl:
        print("\n".join(crawl_counts(args.crawl, args.incidents)))
    if args.sets:
        print("\n".join(set_counts(args.data, args.sets.split(","))))
    if args.judged_links:
        print("\n".join(judged_counts(args.data)))


if __name__ == "__main__":
    main()
