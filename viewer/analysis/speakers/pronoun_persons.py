"""A name the recogniser took for a body or a place is a person's when its own verb calls it "himself" or "herself".

"Mason Jefferies calls himself a school buddy to McKay Hutton": the recogniser labels the name ORG (Jefferies is a
bank's name too), and read as a body, "Mason Jefferies" neither took the later "he said" nor joined "Jefferies said".
No body is "himself"; a name opening with a given name of that sex whose own verb says so is that person. A subject
pronoun in what the name says is no such evidence: "The Washington Post reported that he had lied" speaks of
someone else.
"""
from __future__ import annotations

from viewer.analysis.person_names import given_name_sex

_REFLEXIVE_SEX = {"himself": "m", "herself": "f"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def called_by_pronoun(run: list) -> bool:
    """Whether the name ``run`` (two words or more, a given name of one sex first, the subject of its verb) is the
    object its own verb, or a second verb of the same subject, calls by a reflexive of that sex ("calls himself",
    "describes herself")."""
    sex = given_name_sex(run[0].text) if len(run) > 1 else None
    root = next((t for t in run if t.head not in run or t.head is t), None)
    if sex is None or root is None or root.dep_ not in _SUBJECTS:
        return False
    verb = root.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and not any(g.dep_ in _SUBJECTS for g in c.children))]
    return any(c.dep_ in ("dobj", "oprd") and _REFLEXIVE_SEX.get(c.lower_) == sex for v in verbs for c in v.children)
