"""Reports whose content is the noun a relative clause hangs on: "a deal she once supported", "the
plan, which the governor proposed, …".

A relative clause whose verb lacks its object reports its subject's stance toward the noun the
clause modifies: PolNeAR's annotators mark the noun phrase (or the "which" or "that" standing for it)
as the content of the clause's verb when that verb is a cue ("supported", "proposed", "denies",
"described… as"), as their guidelines count support, proposals and denials of a thing. Whether the
verb is a cue is the cue model's call, as for every other verb.
"""
from __future__ import annotations

HEADS = ("NOUN", "PROPN", "PRON")
RELATIVE_TAGS = ("WDT", "WP")
# what a verb has when its object is not the noun before it: an object, a clause, a complement
OWN_OBJECTS = frozenset("dobj ccomp xcomp attr oprd dative acomp".split())
TIMES = frozenset({"DATE", "TIME"})  # "the day Sanders had proposed": when, not what


def antecedent(verb) -> list | None:
    """The words a relative clause's missing object stands for ("a deal" in "a deal she once supported",
    "the plan, which" in "the plan, which the governor proposed"), or None when the verb is not in
    such a clause, has an object of its own, or its clause says when, where or how ("the day he
    proposed", "in which she called", "which, as Chait noted, …")."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.i > verb.i or noun.pos_ not in HEADS or noun.ent_type_ in TIMES:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS), None)
    if subject is None or any(t.tag_ == "WP$" for t in subject.subtree):
        return None  # "a group that backs him", "Ryan, whose book boasts": the relative word is (in) the subject
    if any(_not_the_object(c, verb) for c in verb.children):
        return None
    start = verb.left_edge.i
    head_words = [t for t in noun.subtree if t.i < start and not t.is_space]
    relative = [t for t in verb.doc[start:subject.left_edge.i] if not t.is_space and not t.is_punct]
    words = head_words + relative
    return words or None


def _not_the_object(child, verb) -> bool:
    """A dependent showing the noun is not what the verb is about: its own object or clause after it,
    a relative word that is not its object ("when he proposed", "in which she called"), a
    conjunction other than "that" ("which, as Chait noted")."""
    if child.dep_ in OWN_OBJECTS and child.i > verb.i:
        return True
    if child.tag_ in RELATIVE_TAGS or child.tag_ == "WRB":
        return child.dep_ != "dobj"
    if child.dep_ == "dobj":
        return True  # "whose war heroism Trump belittled": the object is a phrase of its own
    if child.dep_ == "mark":
        return child.lower_ != "that"
    return child.dep_ == "prep" and any(c.tag_ in RELATIVE_TAGS for c in child.children)
