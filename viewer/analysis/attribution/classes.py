"""Cues that report a belief or an intention, checked on PolNeAR train.

"X thinks", "X wants to", "X is worried that", "X's support for" report a state of mind rather than
words. The lists and the counts that keep each entry are in ``viewer/resources/attribution/classes.json``
(``training/count_classes.py``); the documents of the same table are ``speakers.kinds``'.
"""
from __future__ import annotations

from viewer.analysis.speakers.kinds import word_classes as _table


def reports_belief(verb) -> bool:
    """Whether the cue reports a belief or an intention: "believes", "wants", "is worried that",
    "her support for"."""
    table = _table()
    if verb.pos_ == "NOUN":
        return verb.lemma_.lower() in table["belief_nouns"]
    if verb.lemma_.lower() in table["belief_verbs"]:
        return True
    states = table["belief_adjectives"]
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and (c.lower_ in states or c.lemma_.lower() in states)
                                       for c in verb.children)
