"""A count one report says is not known beside the count another gives: the reading built, measured end to end and
refused in session 80 (detail80), kept here so it can be counted again.

    python bench/unknown_count_links.py DATA --base DIR [--judged TSV ...] [--show]
    python bench/unknown_count_links.py DATA --sets basil,basilB,basilD,wcepA [--sample N]
    python bench/unknown_count_links.py DATA --crawl CORPUS [--sample N]

The reading (`unknown_counts`, `unknown_beside_count`): one unit says how many of a thing there were is not known, "how
many N" or "the number of N" hanging from a word of not knowing (viewer/analysis/open_questions.json's, counted opening
a sentence on the GVA crawl: "unclear", "not clear", "not known", "unknown", "no word") or from a denied verb of
reporting ("would not say how many", "declined to say how many"), or "an unknown number of N"; it counts none of those
things itself, and the other unit counts one of them (a counted figure whose thing it is): "It is unclear at this stage
whether or how many Americans were on board the Qatar Airways flight" / "150 Americans to board Qatar commercial flight
out of Kabul: officials" (links79y, allsidesX, W "another detail of the incident").

The judged count reads every judged dev link one of whose sides holds "how many" or "number of" (each side's document
parsed whole, re-judged verdicts over the first ones) and prints R/P/W (the detail class's W apart) by whether
``--base``'s exports make the link and whether a shipped veto (`verifier.never_one_claim`) parts it already;
``--sets`` and ``--crawl`` print the close sentence pairs of two reports of one event it parts, ``--sample`` of them
drawn at random (seed 80), to be read by hand.

Run in session 80 on main's exports of analyser 116 (/work/data/final79/final with /work/data/final79/blind's allsidesW/X):
judged W 1 (the Qatar flight), R 0, P 0; the crawl 1 close pair (two claims), the unjudged political sets 0. Built as
a veto and run end to end, it parted that W and cost three P on allsidesX: the parted claim had supported the merge
that joins a headline to its story's claim (`average_link.supported_merges`). docs/linking.md "A count not known
beside the count given".
"""
from __future__ import annotations

import itertools
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detail_wrongs import DETAIL_CLASS  # noqa: E402
from intended_acts import _as_laid_out  # noqa: E402
from stage_wrongs import parted_counts, read  # noqa: E402
from veto_counts import count_one_reading, incident_pairs, story_pairs  # noqa: E402

from viewer.analysis.claims.denials import negating_verb_stems  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING, term  # noqa: E402

_OPEN_QUESTIONS = ROOT / "viewer" / "analysis" / "open_questions.json"
_COUNTED = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE)  # what a unit not knowing a count must hold
_NOUNS = frozenset({"NOUN", "PROPN"})
_CLAUSES = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def not_knowing_words() -> tuple[frozenset[str], frozenset[str]]:
    """open_questions.json's words of not knowing split by whether they say so alone ("unclear", "unknown") or only
    denied ("not clear", "not known", "no word"): each entry's last word, "known" read as the verb "know"."""
    alone, denied = set(), set()
    for entry in json.loads(_OPEN_QUESTIONS.read_text(encoding="utf-8"))["entries"]:
        words = entry.split()
        (denied if words[0] in ("not", "no") else alone).add("know" if words[-1] == "known" else words[-1])
    return frozenset(alone), frozenset(denied)


def unknown_counts(tokens) -> list[str]:
    """The keys (`vocabulary.term`) of the things whose number the tokens say is not known."""
    out = set()
    for token in tokens:
        noun = _counted_noun(token)
        if noun is not None and (_unknown_number(token) or _not_known(token)):
            out.add(term(noun.lemma_.lower()))
    return sorted(out)


def _counted_noun(token):
    """The noun "how many" or "number of" counts ("how many Americans", "the number of people injured"), else None."""
    if token.lower_ == "many" and any(c.lower_ == "how" for c in token.children):
        return token.head if token.dep_ == "amod" and token.head.pos_ in _NOUNS else None
    if token.lemma_.lower() == "number":
        return next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj" and g.pos_ in _NOUNS), None)
    return None


def _unknown_number(token) -> bool:
    alone, _denied = not_knowing_words()
    return token.lemma_.lower() == "number" and any(c.dep_ == "amod" and c.lemma_.lower() in alone
                                                    for c in token.children)


def _not_known(token) -> bool:
    """The clause the phrase is in hangs from a word of not knowing or a denied verb of reporting."""
    alone, denied = not_knowing_words()
    for head in _governors(token):
        lemma = head.lemma_.lower()
        if lemma in alone or (lemma in denied and _denied(head)):
            return True
        if lemma in REPORTING and (_denied(head) or head.head.lemma_.lower().startswith(negating_verb_stems())):
            return True
    return False


def _governors(token) -> list:
    """The words above the phrase up to the word its clause hangs from, with the complements of each verb met."""
    out, node = [], token
    while node.head.i != node.i:
        node = node.head
        out.append(node)
        if node.pos_ in _CLAUSES and node.dep_ not in ("relcl", "acl", "amod"):
            out.extend(c for c in node.children if c.dep_ in ("acomp", "attr"))
            if node.dep_ in ("ccomp", "xcomp", "csubj", "advcl", "pcomp", "pobj", "dobj"):
                out.append(node.head)
                out.extend(c for c in node.head.children if c.dep_ in ("acomp", "attr"))
                if node.head.dep_ == "prep":
                    out.append(node.head.head)
            break
    return out


def _denied(head) -> bool:
    around = list(head.children) + (list(head.head.children) if head.dep_ in ("acomp", "attr", "dobj") else [])
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in around)


def unknown_beside_count(a: tuple, b: tuple) -> bool:
    """Whether one side (its tokens and features) says the number of a thing is not known, counting none of it, and
    the other counts that thing."""
    return _unknown_beside(a, b) or _unknown_beside(b, a)


def _unknown_beside(unknowing: tuple, counting: tuple) -> bool:
    (tokens, unit), (_tokens, other) = unknowing, counting
    things = set(unknown_counts(tokens))
    if not things or any(f.count and f.thing in things for f in unit.figures):
        return False
    return any(f.count and f.thing in things for f in other.figures)


def judged_counts(data: Path, base: Path, files: list[Path], show: bool) -> list[str]:
    """R/P/W (the detail class's W apart) of the judged dev links the reading parts, by made and already parted."""
    from viewer.analysis.claims.verifier import never_one_claim

    def parted():
        for row, made, units, tokens, texts in read(data, base, files, made_only=False, worth=_COUNTED.search):
            a, b = (_as_laid_out(data, row, side, unit) for side, unit in zip("ab", units))
            if unknown_beside_count((tokens[0], a), (tokens[1], b)):
                yield row, made, never_one_claim(a, b), texts
    return parted_counts(parted(), DETAIL_CLASS, "detail", show)


def set_pairs(data: Path, names: list[str]) -> list[tuple[str, str, str]]:
    """The close sentence pairs (two content terms shared) of two reports of one event the reading parts."""
    return story_pairs(data, names, _COUNTED.search, lambda docs: close_pairs(docs, 2))


def crawl_pairs(corpus: Path) -> list[tuple[str, str, str]]:
    """`close_pairs` of the first two usable reports of each crawl incident that has two, sharing two content terms."""
    return incident_pairs(corpus, _COUNTED.search, lambda docs: close_pairs(docs, 2))


def close_pairs(docs: list, shared: int) -> list[tuple[str, str]]:
    """The sentence pairs of two parsed reports or more, sharing ``shared`` content terms or more, the reading parts
    and no shipped veto parts already."""
    from failed_steps import _headline_marked

    from viewer.analysis.claims.verifier import never_one_claim

    sides = [[(s, _headline_marked(d, s)) for s in d.sents if len(s) > 3] for d in docs]
    return [(x.text, y.text) for one, two in itertools.combinations(sides, 2) for (x, a), (y, b) in itertools.product(one, two)
            if len(set(a.terms) & set(b.terms)) >= shared and unknown_beside_count((x, a), (y, b))
            and not never_one_claim(a, b)]


def main(argv: list[str] | None = None) -> None:
    count_one_reading(argv, __doc__, judged_counts, set_pairs, crawl_pairs, 80)


if __name__ == "__main__":
    main()
