"""Whether two units share only a person's name, one telling something that person did or that was done to them and the
other no act at all.

"McKay Hutton and his baby daughter, Teagan, died in a murder-suicide …" and "McDonald and McKay Hutton were married and
were both parents to Teagan" name the same people and read alike to the encoder, but the second states who they were to
each other, not the deaths; "Sienna was in 6th grade" beside "Sienna Dusk Owens was shot in the back" likewise. The
judges read such links W ("another detail of the incident": the name is the whole overlap). Counted before this was
built (session 66, docs/linking.md "Only a name in common"; each side parsed alone): of the judged dev links main's
exports of session 66 make, those whose shared names are all persons' and which share no other content word, no word
of one meaning (`synonyms`) and no act are R 19, P 37, W 46; where both state an act (the same person taken into
custody and arrested, identified and killed) right links are half of them, but where one states an act and the other
none, neither a headline, they are R 1, P 7, W 15 ("The dead are Tammy Lynette Pearce, 54, …" beside "… have been
identified as …" is one of the P).
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.synonyms import meanings


def name_alone_beside_act(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether the units share a person's name and nothing else, and only one of them states an act (module
    docstring). Headlines are not read: their verbs are dropped ("Teen Shot Inside Arnold Home") and a headline's act
    stands in for the story."""
    if a.headline or b.headline or bool(a.acts) == bool(b.acts):
        return False
    names = set(a.names) | set(b.names)
    shared_names = set(a.names) & set(b.names)
    if not shared_names or not shared_names <= set(a.persons) | set(b.persons):
        return False
    if (set(a.terms) & set(b.terms)) - names - set(a.frame) - set(b.frame):
        return False
    return not meanings(t for t in a.terms if t not in names) & meanings(t for t in b.terms if t not in names)
