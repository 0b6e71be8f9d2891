"""Whether one unit says how many of a thing there were is not known and the other gives that count: two details of one
event, never one claim.

"It is unclear at this stage whether or how many Americans were on board the Qatar Airways flight" and "150 Americans
to board Qatar commercial flight out of Kabul: officials" share the flight, the Americans and the boarding; the pair
model links them, and the judges read the link W, "another detail of the incident" (links79y, allsidesX): the first
says the number is not known, the second gives it. Neither states the other's proposition, whatever the two
sources knew.

Read from the parse (`unknown_counts`, stored as `UnitFeatures.unknown_counts`): "how many N" or "the number of N"
hangs from a word of not knowing, the words counted opening a sentence on the GVA crawl
(viewer/analysis/open_questions.json: "unclear", "not clear", "not known", "unknown", "no word"), or from a denied verb
of reporting ("would not say how many", "declined to say how many"); "an unknown number of N" says so too. The veto:
the other unit gives a count of one of those things, and the unit that does not know counts none of them itself ("did
not know how many men were in the car but think there was more than one" gives a least count, which may be the other's).

Counted before it was built (session 80, detail80; docs/linking.md "A count not known beside the count given"): on
the GVA crawl's usable articles 27 sentences say "how many N" is not known, 18 giving no count of their own, and for
10 of those another report of the incident counts the noun; on every judged dev link main makes it parts W 1, R 0, P 0.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.claims.denials import negating_verb_stems
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import REPORTING, term

_OPEN_QUESTIONS = Path(__file__).resolve().parent.parent / "open_questions.json"
_NOUNS = frozenset({"NOUN", "PROPN"})
_CLAUSES = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def not_knowing_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of not knowing of open_questions.json split by whether they say so alone ("unclear", "unknown") or
    only denied ("not clear", "not known", "no word"): each entry's last word, lemmatised as the parser reads it."""
    entries = json.loads(_OPEN_QUESTIONS.read_text(encoding="utf-8"))["entries"]
    alone, denied = set(), set()
    for entry in entries:
        words = entry.split()
        (denied if words[0] in ("not", "no") else alone).add(_lemma(words[-1]))
    return frozenset(alone), frozenset(denied)


def _lemma(word: str) -> str:
    return "know" if word == "known" else word


def unknown_counts(tokens) -> list[str]:
    """The keys (`vocabulary.term`) of the things whose number the unit says is not known: the noun of "how many N" or
    "the number of N" where that phrase hangs from a word of not knowing or a denied verb of reporting, and the noun of
    "an unknown number of N"."""
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
    """"an unknown number of": the number itself called not known."""
    alone, _denied = not_knowing_words()
    return token.lemma_.lower() == "number" and any(c.dep_ == "amod" and c.lemma_.lower() in alone
                                                    for c in token.children)


def _not_known(token) -> bool:
    """Whether the clause the phrase is in hangs from a word of not knowing: "it is unclear how many …", "the number
    of … is not known", "there is no word on how many …", "police would not say how many …"."""
    alone, denied = not_knowing_words()
    for head in _governors(token):
        lemma = head.lemma_.lower()
        if lemma in alone or (lemma in denied and _denied(head)):
            return True
        if lemma in REPORTING and (_denied(head) or head.head.lemma_.lower().startswith(negating_verb_stems())):
            return True
    return False


def _governors(token) -> list:
    """The words above the phrase up to and including the word its clause hangs from, within the sentence: the
    clause's own verb and what governs that verb, or for a subject ("the number … is not known") its verb's
    complement."""
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
    """A word denied by "not" or "no" on it or on the verb it is the complement of ("is not clear", "no word")."""
    around = list(head.children) + (list(head.head.children) if head.dep_ in ("acomp", "attr", "dobj") else [])
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in around)


def unknown_beside_count(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit says the number of a thing is not known and the other counts that thing (module docstring)."""
    return _unknown_beside(a, b) or _unknown_beside(b, a)


def _unknown_beside(unknowing: UnitFeatures, counting: UnitFeatures) -> bool:
    things = set(unknowing.unknown_counts or ())
    if not things or any(f.count and f.thing in things for f in unknowing.figures):
        return False
    return any(f.count and f.thing in things for f in counting.figures)
