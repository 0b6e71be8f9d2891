"""Whether a report makes its source a speaker: someone reported as saying something.

PolNeAR's attribution, which the cue model learnt, also takes beliefs, intentions and deeds with an
object ("Iran will be hoping", "the judge decided to hold them", "Crime Stoppers is offering a reward",
"five men pleaded guilty"). Such a report is kept, but its source speaks only when the verb's commonest
use is speaking or writing (WordNet's ``verb.communication``: ``attribution/speech_verbs.json``,
``training/count_speech_verbs.py``) or what follows is a reported clause ("police confirmed the boy was
shot") or a written thing ("she wrote a letter": ``written_nouns``). A quotation, an "according to", a noun cue
("in a statement") and a document ("the video shows a man running") always speak.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.attribution.cues import CONTENT_PREPOSITIONS
from viewer.analysis.speakers.kinds import written_nouns
from viewer.resources import resources_dir

_SPOKEN = frozenset({"direct", "according-to"})


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs whose commonest sense is communication (``training/count_speech_verbs.py``)."""
    table = json.loads((resources_dir() / "attribution" / "speech_verbs.json").read_text(encoding="utf-8"))
    return frozenset(table["verbs"])


def speaks(kind: str, verb, content, source_kind: str = "unknown") -> bool:
    """Whether a report of this kind, cue ``verb`` (a token), ``content`` (the doc's tokens of what is
    reported, or None) and source kind says its source said something."""
    if kind in _SPOKEN or verb.pos_ != "VERB" or source_kind == "document":
        return kind != "belief"
    if kind == "belief" or _naming_participle(verb):
        return False
    if content is not None and (_reports_clause(content) or _written(content)) or _inside_clause(verb):
        return True
    return verb.lemma_.lower() in speech_verbs() and not _state(verb, content) and not _place(content) \
        and not _may_do(verb)


# what may be done, not what was said: on the GVA crawl a verb of speaking after can/could/may/might with no clause
# reported is an invitation or a prospect ("Tipsters can also call Crime Stoppers", "anyone with information may
# contact police", "could face charges": call 67, contact 23, submit 9 of the 150 such verbs)
_POSSIBLE = frozenset({"can", "could", "may", "might"})


def _may_do(verb) -> bool:
    """"Tipsters can also call Crime Stoppers at…": a verb of speaking under a modal of possibility, no clause
    reported (checked before), tells what someone may do, and names no speaker."""
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children)


def _naming_participle(verb) -> bool:
    """A past participle alone that tells what a thing is called or a condition ("a company called Antiquities of
    Nevada", "a book titled It's About the Money", "If called to testify"): no one it modifies says anything. One
    saying who did it ("a letter reported by Fox") has that one as its speaker."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and \
        not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)


def _reports_clause(content) -> bool:
    """A content whose head is a finite verb: "the suspect fled", "that it would", not "a reward" or "to hold them",
    nor a relative clause, which only tells which thing is meant ("pushed through a law that would have turned
    officers into agents"); a noun's own clause may be what is said ("confirmed the news that the boy was shot")."""
    return any(_finite(t) and t.dep_ != "relcl" for t in _heads(content))


def _heads(content) -> list:
    """The content's tokens whose head lies outside it: what it is, syntactically."""
    return [t for t in content if t.head.i < content.start or t.head.i >= content.end or t.head.i == t.i]


def _written(content) -> bool:
    """A content that is a written thing: "a letter", "a statement on its website"."""
    return any(t.lemma_.lower() in written_nouns() for t in _heads(content))


def _inside_clause(verb) -> bool:
    """A cue the parser hung under the clause it reports ("Police confirm the teenager … was shot": "confirm"
    a complement of "shot")."""
    return verb.dep_ in ("ccomp", "parataxis") and _finite(verb.head)


def _finite(token) -> bool:
    return "Fin" in token.morph.get("VerbForm") or token.tag_ == "MD" or \
        any(c.dep_ in ("aux", "auxpass") and "Fin" in c.morph.get("VerbForm") for c in token.children)


def _state(verb, content) -> bool:
    """A verb reporting a state taken, not words: "pleaded guilty", an adjective the content opens with."""
    return content is not None and len(content) > 0 and content[0].head.i == verb.i and content[0].pos_ == "ADJ"


def _place(content) -> bool:
    """A content that is only where or whence ("Petrequin and Becatoros reported from Paris"): a preposition
    that introduces no words said (``cues.CONTENT_PREPOSITIONS`` do: "spoke about", "called for")."""
    heads = _heads(content) if content is not None else []
    return bool(heads) and all(t.pos_ == "ADP" and t.lower_ not in CONTENT_PREPOSITIONS for t in heads)
