"""What the veto `framing.framed_beside_stated` (the words two units share lie in one's framing phrase, "despite",
"amid", "in response to" …, and in the other's main clause) parts: on every judged dev link, on close sentence pairs of
unjudged news and of the GVA crawl, and on MSRP (session 70, frame70).

    python bench/framed_shares.py DATA [--phrases] [--add WORDS [--fronted]] [--clauses temporal|relative|both] [--show]
    python bench/framed_shares.py DATA --sets basil,basilB,basilD,wcepA [--sample N]
    python bench/framed_shares.py DATA --crawl CORPUS [--sample N]
    python bench/framed_shares.py DATA --msrp MSRP_DIR

The judged count reads every judged dev link (`background_acts.dev_link_files`, the blind draws' files left out), each
side's features from its document parsed whole, and prints R/P/W by source group (AllSides, BASIL and WCEP apart from
GVA and the rest), apart for the links another veto parts already. ``--sets`` reads every sentence pair of two reports
of one event in the named sets sharing two content terms or more; ``--crawl`` the same over the first two usable reports
of each crawl incident that has two (only those holding a framing word are parsed), sharing three; ``--sample N``
prints N of the pairs parted, drawn at random (seed 70), to be read by hand. ``--msrp`` counts MSRP's train and test
pairs, each sentence parsed alone, by label. ``--phrases`` adds the prepositions of time and topic ("after",
"following", "before", "ahead", "since", "over", "against") to the framing words for the count, as their leaving out
was measured. ``--clauses`` counts the reading widened to subordinate clauses (session 71, detail71): a temporal
adverbial clause ("when", "while", "since", "as", "once", "until") or a relative clause, or both, frames the words under
it as a framing phrase does; the counts then hold the built reading's too (judged R 0, P 1, W 6).

``--add WORDS`` counts the veto with more prepositions among the framing words (comma-separated), with ``--fronted``
only where their phrase opens the clause, before the verb it hangs from (session 75, detail75: "--add during" and
"--add during --fronted", the second built; the built veto's own pairs are then counted too).

Run in session 70 on the judged dev links, basil, basilB, basilD, wcepA, the crawl's 914 incidents and MSRP:
docs/linking.md "Where the shared words lie"; in session 71 with ``--clauses`` on the judged dev links, basil, basilB,
basilD and wcepA: docs/linking.md "One statement's several items".
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from viewer.analysis.claims import framing  # noqa: E402
from viewer.analysis.claims.framing import framed_beside_stated  # noqa: E402
from dev_sets import political  # noqa: E402
from veto_counts import msrp_parted, reports_by_event, sampled_pairs, shortened  # noqa: E402

TOPIC_AND_TIME = frozenset({"after", "following", "before", "ahead", "since", "over", "against"})
TEMPORAL_MARKS = frozenset({"when", "whenever", "while", "since", "as", "once", "until", "till"})
_CRAWL_WORDS = ("despite", "notwithstanding", "amid", "response", "reaction", "retaliation", "wake", "protest")


def clause_framing(kinds: str):
    """`framing._framing` widened to the subordinate clauses ``kinds`` names ("temporal", "relative" or "both"): the
    reading counted and refused in session 71."""
    built = framing._framing

    def framing_or_clause(token) -> bool:
        temporal = token.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in token.children)
        relative = token.dep_ == "relcl"
        return built(token) or (kinds != "relative" and temporal) or (kinds != "temporal" and relative)
    return framing_or_clause


def judged_counts(data: Path, show: bool) -> list[str]:
    """R/P/W of the judged dev links the veto parts, by source group and by whether another veto parts them."""
    from background_acts import dev_link_files, judged_links
    from stage_wrongs import parted_without

    from viewer.analysis.nlp import english

    nlp, docs, by, shown = english(), {}, Counter(), []
    for key, row in judged_links(dev_link_files(None)).items():
        a, b = (_features(nlp, docs, data / "sets" / key[0] / "docs" / name, start, end)
                for name, start, end in key[1:])
        if not framed_beside_stated(a, b):
            continue
        group = "political/world" if political(key[0]) else "GVA and the rest"
        group += ", already parted" if parted_without("framed_beside_stated", a, b) else ""
        by[(group, row["verdict"])] += 1
        if show:
            texts = [docs[data / "sets" / key[0] / "docs" / n].text[s:e] for n, s, e in key[1:]]
            shown.append(f"  {row['verdict']} {key[0]} {shortened(texts[0], 220)!r} | {shortened(texts[1], 220)!r}")
    return [f"{group:36} {verdict} {n}" for (group, verdict), n in sorted(by.items())] + shown


def _features(nlp, docs: dict, path: Path, start: int, end: int):
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    if path not in docs:
        docs[path] = nlp(path.read_text(encoding="utf-8"))
    return unit_features(docs[path], Span(start, end))



def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports sharing ``shared`` content terms or more that the veto parts."""
    from viewer.analysis.claims.units import unit_features
    from viewer.corpus.spans import Span

    read = [[(unit_features(doc, Span(s.start_char, s.end_char)), s.text) for s in doc.sents if len(s) > 3]
            for doc in docs]
    out = []
    for one, two in itertools.combinations(read, 2):
        for (a, text_a), (b, text_b) in itertools.product(one, two):
            if len(set(a.terms) & set(b.terms)) >= shared and framed_beside_stated(a, b):
                out.append((text_a, text_b))
    return out


def set_pairs(data: Path, names: list[str]) -> list[tuple[str, str, str]]:
    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for name in names:
        for paths in reports_by_event(data, name).values():
            out += [(name, a, b) for a, b in close_pairs([nlp(p.read_text(encoding="utf-8")) for p in paths], 2)]
    return out


def crawl_pairs(corpus: Path) -> list[tuple[str, str, str]]:
    from gva import incidents_with_two, report_text

    from viewer.analysis.nlp import english

    nlp, out = english(), []
    for items in incidents_with_two(corpus, 100000):
        texts = [report_text(item) for _n, item in items[:2]]
        if any(word in text.lower() for text in texts for word in _CRAWL_WORDS):
            out += [("gva", a, b) for a, b in close_pairs([nlp(t) for t in texts], 3)]
    return out


def _add_words(words: list[str], fronted: bool) -> None:
    """Count the veto with ``words`` among the framing prepositions, only where they open the clause when
    ``fronted`` ("During the interview, Rogan …", not "was shot during a party"): session 75's count (detail75)."""
    global _CRAWL_WORDS
    built, added = framing._framing, frozenset(words)
    _CRAWL_WORDS = _CRAWL_WORDS + tuple(words)

    def framing_or_added(token) -> bool:
        opening = token.head.pos_ in ("VERB", "AUX") and token.i < token.head.i
        return built(token) or (token.dep_ == "prep" and token.lower_ in added and (opening or not fronted))
    framing._framing = framing_or_added


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--phrases", action="store_true")
    parser.add_argument("--add", help="prepositions added to the framing words for the count, comma-separated")
    parser.add_argument("--fronted", action="store_true",
                        help="the --add prepositions frame only as an opening phrase, before the verb they hang from")
    parser.add_argument("--clauses", choices=("temporal", "relative", "both"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--sets")
    parser.add_argument("--crawl", type=Path)
    parser.add_argument("--msrp", type=Path)
    parser.add_argument("--sample", type=int, default=1000)
    args = parser.parse_args(argv)
    if args.phrases:
        framing.FRAMING = framing.FRAMING | TOPIC_AND_TIME
    if args.add:
        _add_words(args.add.split(","), args.fronted)
    if args.clauses and args.crawl:
        parser.error("--crawl parses only the incidents holding a framing word: not with --clauses")
    if args.clauses:
        framing._framing = clause_framing(args.clauses)
    if args.sets:
        print("\n".join(sampled_pairs(set_pairs(args.data, args.sets.split(",")), args.sample, 70)))
    elif args.crawl:
        print("\n".join(sampled_pairs(crawl_pairs(args.crawl), args.sample, 70)))
    elif args.msrp:
        print("\n".join(msrp_parted(args.msrp, framed_beside_stated)))
    else:
        print("\n".join(judged_counts(args.data, args.show)))


if __name__ == "__main__":
    main()
