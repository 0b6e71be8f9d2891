"""Whether a report was made, read from its cue's parse.

PolNeAR's guidelines keep a negated report ("Police did not say whether…", "never said") and a withheld one
("declined to say whether…", "stopped short of saying", "refrained from endorsing") as attributions, with the
negation inside the cue. The speaker stated nothing of the content, so every reader of attributions must know:
the cue's verbs are read from the one that governs outwards to the reporting verb, and each negation ("not",
"never", "no longer": the parser's ``neg``) and each withholding verb (withholding.json, WordNet senses of
refusing, refraining, failing or ending that news uses over a report) turns the report over. An odd number of
turns is a report not made ("did not say"); an even one is made again ("did not hesitate to say", "never stopped
saying"). "Went on to say" governs the report but withholds nothing: it is no entry of the table.
A noun cue withholds as its verb does ("his refusal to comment", "Ryan's reluctance to endorse": the table's nouns),
and so does a withholding verb whose object is the content ("declined comment on the case").
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from viewer.analysis.attribution.reported_speech import Frame
from viewer.resources import resources_dir

NEGATED, WITHHELD = "negated", "withheld"  # model.NEGATIONS
_ADDITIVE = Path(__file__).resolve().parent.parent / "additive_not.json"  # "not only said X but Y" asserts X


def negation_of(frame: Frame) -> str | None:
    """None for a report made; "negated" or "withheld" for one its cue turns over an odd number of times."""
    governing = governing_verbs(frame)
    withholding = [t for t in governing if withheld_by(t)]
    if frame.verb.pos_ == "NOUN" and frame.verb.lemma_.lower() in withholding_nouns():
        withholding.append(frame.verb)
    negations = {t for t in frame.cue if t.dep_ == "neg"}
    negations |= {c for t in governing if t not in frame.cue for c in t.children if c.dep_ == "neg"}
    negations |= _neither_nor(frame.verb)
    negations = {t for t in negations if not _additive(t)}
    if (len(withholding) + len(negations)) % 2 == 0:
        return None
    return WITHHELD if withholding else NEGATED


def governing_verbs(frame: Frame) -> list:
    """The verbs over the report: those of the cue before the reporting verb ("stopped" of "stopped short of
    saying"), the verb the reporting verb completes though words stand between them ("refused on Wednesday to
    say"), and the reporting verb itself when the content is its infinitive or its object ("declined" with "to say
    whether…" or "comment on the case")."""
    verb = frame.verb
    before = [t for t in frame.cue if t.pos_ == "VERB" and t.i < verb.i]
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if _completes(verb) and head.pos_ == "VERB" and head.i < verb.i and head not in before:
        before.insert(0, head)
    content = frame.content
    own = content is not None and any(c.dep_ in ("xcomp", "dobj") and content.start <= c.idx < content.end
                                      for c in verb.children)
    return before + ([verb] if own else [])


def _neither_nor(verb) -> set:
    """"Neither confirmed nor denied", "…, nor did he announce any arrests": "neither" set on the verb and "nor"
    joining it to the verb before deny it as "not" does (the parser makes them ``preconj`` and ``cc``, no ``neg``)."""
    found = {c for c in verb.children if c.dep_ == "preconj" and c.lower_ == "neither"}
    joining = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i] if verb.dep_ == "conj" else []
    if joining and joining[-1].lower_ == "nor":
        found.add(joining[-1])
    return found


def _completes(verb) -> bool:
    """Whether the verb completes the one over it: a complement, or an infinitive the parser hung on it as a clause
    ("declined at first to criticize", GVA and PolNeAR); not a participle ("declined, saying…" says something)."""
    return verb.dep_ in ("xcomp", "pcomp") or verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def withheld_by(verb) -> bool:
    """Whether the verb keeps back what it governs: its lemma, or lemma and particle ("hold back"), is in the table."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    table = withholding_verbs()
    return lemma in table or (particle is not None and f"{lemma} {particle}" in table)


def withholding_verbs() -> frozenset[str]:
    """The verbs of withholding (training/count_withholding.py says where each came from)."""
    return frozenset(_withholding()["verbs"])


def withholding_nouns() -> frozenset[str]:
    """The cue nouns of withholding ("refusal", "reluctance"), from the same table."""
    return frozenset(_withholding()["nouns"])


@lru_cache(maxsize=1)
def _withholding() -> dict:
    return json.loads((resources_dir() / "attribution" / "withholding.json").read_text(encoding="utf-8"))


def _additive(negation) -> bool:
    """"not only", "not just": the negation adds a report rather than denying one."""
    following = negation.doc[negation.i + 1].lower_ if negation.i + 1 < len(negation.doc) else ""
    return following in _additive_words()


@lru_cache(maxsize=1)
def _additive_words() -> frozenset[str]:
    return frozenset(e.lower() for e in json.loads(_ADDITIVE.read_text(encoding="utf-8"))["entries"])
