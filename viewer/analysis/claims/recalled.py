"""Whether a unit tells a shooting it dates to a time before its report's own, or calls another, so tells another
incident.

A report of a shooting often recalls an earlier one beside it: "Last year, four men were wounded in a shooting on the
same block", "Also last month, a 4-year-old boy … were shot in separate incidents across the city". Read alike with
the other report's sentence of this shooting ("four other people … were seriously wounded … Monday night"), the
recalled incident's sentence joins its claim: two stories shown as one. The sign read is a time before the report's
("last year", "last month", "last summer", "two years ago", "a year earlier", "earlier this year", "in 2008") whose
phrase hangs from one of the unit's main verbs (`acts.main_verbs`) that is a shooting's own event (shoot, kill,
wound, injure, murder, slay, stab; not "die": a victim may die long after the shooting). A time in an aside is not
read: "on a block that was the scene of a similar mass shooting just over a year earlier" tells this shooting. "Last week" and "last weekend" are not
read: a follow-up days later tells its own incident so. A phrase calling the incident another (`OTHER`: "In a separate
attack, at least four people were shot", "The other shooting … happened in Bronzeville on Aug. 11") is read alike,
hanging from such a main act or the subject of a main "happened" or "occurred".
Counted before the veto was built (`training/count_recalled_incidents.py`, `bench/recalled_links.py`; docs/linking.md
"A shooting a report recalls from before its own time").
"""
from __future__ import annotations

import re

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.identifications import tells_violence
from viewer.analysis.claims.timed_events import stem

_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d+)"
PAST = re.compile(r"\b(?:last\s+(?:year|month|spring|summer|fall|autumn|winter)|earlier\s+this\s+year|"
                  r"(?:" + _NUMBER + r"\s+)?(?:years?|months?)\s+(?:ago|earlier|before)|in\s+(?:19|20)\d\d)\b",
                  re.IGNORECASE)
_INCIDENT = r"(?:shootings?|incidents?|killings?|homicides?|attacks?|murders?)"
OTHER = re.compile(r"\b(?:another|a\s+separate|separate|an\s+unrelated|unrelated|an\s+earlier|a\s+similar|"
                   r"a\s+previous|previous|the\s+other)\s+(?:[\w-]+\s+){0,2}" + _INCIDENT + r"\b", re.IGNORECASE)
_TAKING_PLACE = frozenset({"happen", "occur"})
_CLIMB = 6  # at most this many words from the time to its act, as `timed_events` climbs
_IN_TIME = frozenset({"ADP", "ADV", "NUM", "PART"})  # the words a time's phrase climbs through
# The stems (`timed_events`) of a shooting's own events: closed-class words, set by hand.
_EVENTS = frozenset({"shoot", "kill", "wound", "injure", "murder", "slay", "stab"})


def marked(text: str) -> bool:
    """Whether the text holds a time before its report's (`PAST`) or calls an incident another (`OTHER`): only then
    can `recalls_incident` read it."""
    return bool(PAST.search(text) or OTHER.search(text))


def recalls_incident(doc, tokens, verbs: list) -> bool:
    """Whether the unit (``tokens``: its span of ``doc``; ``verbs``: its `acts.main_verbs`) dates one of its main
    acts, a shooting's own event, to a time before the report's, or calls it another (the module docstring). Stored as
    `UnitFeatures.recalled`."""
    if not len(tokens):
        return False
    phrases = [doc.char_span(tokens.start_char + m.start(), tokens.start_char + m.end(), alignment_mode="expand")
               for pattern in (PAST, OTHER) for m in pattern.finditer(tokens.text)]
    return any(_dates_main_act(phrase, verbs) or _took_place(phrase, verbs) for phrase in phrases
               if phrase is not None and len(phrase))


def _dates_main_act(span, verbs: list) -> bool:
    """Whether the phrase hangs from a main verb that is a shooting's own event, climbing as `timed_events` does
    past the words that only place it in time ("in 2008", "two years ago"). The verb itself, not its lemma: in "A boy
    who was shot last month and a man were shot Friday night" the time is the relative clause's."""
    word = dated_word(span)
    return word is not None and word in verbs and stem(word) in _EVENTS


def dated_word(span, refused: frozenset[str] = frozenset()):
    """The word a time phrase dates: the first above the phrase, climbing past the words that only place it in time
    ("in 2008", "two years ago"), within `_CLIMB` words; None past them, at the root, or on meeting a word of
    ``refused`` (a bench's comparison words, "than", "since")."""
    word = next(w for w in span if not span.start <= w.head.i < span.end or w.head.i == w.i)
    for _ in range(_CLIMB):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.lower_ in refused:
            return None
        if not (span.start <= word.i < span.end or word.pos_ in _IN_TIME or word.ent_type_ in ("DATE", "TIME")):
            return word
    return None


def _took_place(span, verbs: list) -> bool:
    """Whether the phrase holds the subject of a main verb of taking place: "The other shooting … happened in
    Bronzeville on Aug. 11" (the subject's own word may parse as "other")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head in verbs and t.head.lemma_.lower() in _TAKING_PLACE
               for t in span)


def recalled_beside_incident(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a shooting it dates before the report's (`recalls_incident`) and the other tells a
    shooting it does not: the recalled incident is another than the one the other tells. Where both name one person (a
    name one side's parse reads as a person's, `UnitFeatures.persons`), the other tells the recalled incident too
    ("Heaven Sutton was shot and killed in 2012" / "the mother of Heaven Sutton, a 7-year-old girl who was fatally
    shot … in 2012"), and the pair is left to the other checks."""
    return (a.recalled != b.recalled and tells_violence(a) and tells_violence(b)
            and not (set(a.persons) | set(b.persons)) & set(a.names) & set(b.names))
