"""Write the words a reaction is told by: one party's answer to another's act ("Netanyahu brushes off Biden call for
'significant de-escalation'", "Aitan Goelman … denounced his client's dismissal") shares the act's words with a report
of the act and states another claim.

    python training/count_reaction_words.py DATA --out TABLE.json

WordNet 3.0 (Princeton University, WordNet licence) gives the candidates: every lemma, one word or a particle verb
("brush_off", "shrug_off", "lash_out"), of a verb synset at or under a root of `ROOTS`: answering, criticizing,
praising, rejecting and dismissing, complaining and protesting, objecting, applauding, and "react, respond" itself
(its hyponyms left out: WordNet files "approve", "ratify" and "authorize" there). Any sense counts, so "blast" and
"rip" come in by their sense of harsh criticism, and so do "return", "kick" and "discount" by senses news seldom uses.

News decides which of them tell a reaction: every sentence of the readable AllSides, BASIL and WCEP sets
(`bench/dev_sets.readable`) is parsed, and each verb use of a candidate is counted, and counted a reaction use when
what it takes is something said or done (its object or the object of an "at", "for", "over", "against", "on", "to" or
"of" phrase whose head noun's first WordNet sense lies in noun.communication or noun.act, "allegations", "call",
"decision", "suspension", or a gerund after "for" or "over"). A verb is kept when news uses it so at least `MIN_USES`
times and in at least `MIN_SHARE` of its uses. The nouns kept are those WordNet derives from a kept verb whose first
sense is itself a communication or an act ("criticism", "rebuke"), as a reaction is as often a headline's noun.

Run in session 79 (reaction79) on the 1,694 documents of the 31 readable sets, the table written to /work/data/reaction79 and read
by `bench/reaction_words.py` only (no analyser module reads it: the sign it gives was measured and refused,
docs/linking.md "A counted lexicon of reactions"): 115 synsets, 271 candidates, 105 used in the news, 63 with a
reaction use, 30 verbs kept ("criticize" 37 of 74 uses, "respond" 51 of 107, "reject" 41 of 69, "condemn" 14 of 27;
"return" 14 of 84 and "report" 10 of 233 fall out) and 16 nouns. What the count cannot give: the news idioms of
rebuke WordNet has in no reaction class or not at all ("slam", "hit back", "push back", which WordNet files under
"repel"), a particle verb used once ("brush off", 1 of 1), a reaction whose object is a person ("blast" 2 of 17:
"blasted Biden"), and a hyponym of "praise" news uses for its own act ("push" 41 of 108, "promote": "Democrats pushed
a $3.5 trillion framework").
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from training.wordnet import Synset, index_entries, synsets  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
REACT = "00717376"  # react, respond: the synset alone
ROOTS = {"00815704": "answer, reply, respond", "00826527": "knock, criticize", "00856842": "praise",
         "00796994": "reject, spurn, turn down", "00800948": "dismiss, brush off, shrug off",
         "00907165": "complain, protest, deplore", "00807479": "object", "00861947": "applaud, acclaim",
         "02237224": "welcome (accept gladly)"}
SAID_OR_DONE = frozenset({"noun.communication", "noun.act"})
PREPOSITIONS = frozenset({"at", "for", "over", "against", "on", "to", "of"})
MIN_USES = 2  # at least two reaction uses in the news counted: one use is an example, not a habit
MIN_SHARE = 1 / 3  # a verb news uses as a reaction at least once in three uses
NOUN_LEXFILES = {4: "noun.act", 10: "noun.communication"}
SOURCE = "WordNet 3.0 (Princeton University, WordNet licence): data.verb, data.noun, index.noun"


def closure() -> tuple[dict[str, tuple[str, ...]], dict]:
    """The verb synsets at or under `ROOTS` (and `REACT` alone), offset -> lemmas, and every verb synset by offset."""
    verbs = {s.offset: s for s in synsets((WORDNET / "data.verb").read_text(encoding="latin-1"))}
    kept, todo = {REACT}, list(ROOTS)
    while todo:
        offset = todo.pop()
        if offset not in kept:
            kept.add(offset)
            todo += [p.offset for p in verbs[offset].pointers if p.symbol == "~"]
    return {o: verbs[o].lemmas for o in kept}, verbs


def first_noun_lexfiles() -> dict[str, str]:
    """Each noun lemma with the lexicographer file of its first sense."""
    entries = index_entries((WORDNET / "index.noun").read_text(encoding="latin-1"))
    return {entry.lemma: NOUN_LEXFILES.get(_nouns()[entry.offsets[0]].lexfile, "other") for entry in entries}


@cache
def _nouns() -> dict[str, Synset]:
    """``data.noun``'s synsets by offset, read once."""
    return {s.offset: s for s in synsets((WORDNET / "data.noun").read_text(encoding="latin-1"))}


def verb_lemma(token) -> str:
    """A verb token's lemma with its particle ("brushes off" -> "brush_off")."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return "_".join([token.lemma_.lower(), *particles])


def reaction_use(token, lexfiles: dict[str, str]) -> bool:
    """Whether a verb takes something said or done: its object, or a phrase's object, a communication or an act, or a
    gerund after "for" or "over"."""
    for child in token.children:
        heads = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in PREPOSITIONS:
            heads = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ in {"for", "over"} and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                return True
        if any(h.pos_ == "NOUN" and lexfiles.get(h.lemma_.lower()) in SAID_OR_DONE for h in heads):
            return True
    return False


def count_uses(data: Path, candidates: frozenset[str], lexfiles: dict[str, str]) -> tuple[Counter, Counter]:
    """Each candidate's verb uses and reaction uses over the readable AllSides, BASIL and WCEP sets' documents."""
    from dev_sets import political, readable

    from viewer.analysis.nlp import english

    nlp, uses, reactions = english(), Counter(), Counter()
    names = sorted(p.name for p in (data / "sets").iterdir()
                   if political(p.name) and readable(p.name))
    texts = [p.read_text(encoding="utf-8") for name in names for p in sorted((data / "sets" / name / "docs").glob("*"))]
    for doc in nlp.pipe(texts, batch_size=16):
        for token in doc:
            if token.pos_ == "VERB" and (lemma := verb_lemma(token)) in candidates:
                uses[lemma] += 1
                reactions[lemma] += reaction_use(token, lexfiles)
    return uses, reactions


def derived_nouns(kept: set[str], synset_lemmas: dict[str, tuple[str, ...]], verbs: dict,
                  lexfiles: dict[str, str]) -> dict[str, str]:
    """The nouns WordNet derives from a kept verb in a synset of the closure, whose first sense is said or done, each
    with the verb it comes from."""
    out = {}
    for offset, lemmas in synset_lemmas.items():
        for pointer in verbs[offset].pointers:
            if pointer.symbol != "+" or pointer.pos != "n" or not pointer.source:
                continue
            verb = lemmas[pointer.source - 1]
            noun = _nouns()[pointer.offset].lemmas[pointer.target - 1] if pointer.target else ""
            if verb in kept and noun and lexfiles.get(noun) in SAID_OR_DONE:
                out.setdefault(noun, verb)
    return dict(sorted(out.items()))


def table(data: Path) -> dict:
    synset_lemmas, verbs = closure()
    candidates = frozenset(w for lemmas in synset_lemmas.values() for w in lemmas)
    lexfiles = first_noun_lexfiles()
    uses, reactions = count_uses(data, candidates, lexfiles)
    kept = {w for w in candidates if reactions[w] >= MIN_USES and reactions[w] >= MIN_SHARE * uses[w]}
    return {
        "source": {"candidates": SOURCE + "; verb synsets at or under " + ", ".join(
                       f"{o} ({n})" for o, n in ROOTS.items()) + f", and {REACT} (react, respond) alone",
                   "counted": "verb uses in the readable AllSides, BASIL and WCEP sets' documents "
                              "(bench/dev_sets.readable), parsed by the analyser's spaCy pipeline; a reaction use "
                              "takes a communication or an act (WordNet's first noun sense) as its object or a "
                              "phrase's, or a gerund after 'for' or 'over'",
                   "script": "training/count_reaction_words.py", "min_uses": MIN_USES, "min_share": round(MIN_SHARE, 3)},
        "verbs": sorted(kept),
        "nouns": derived_nouns(kept, synset_lemmas, verbs, lexfiles),
        "counts": {w: [reactions[w], uses[w]] for w in sorted(candidates) if uses[w]},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="no analyser module reads the table (module docstring)")
    args = parser.parse_args(argv)
    args.out.write_text(json.dumps(table(args.data), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
