"""Whether one unit tells of one more person than the people the other counts: "A fifth person, also with non-life
threatening gunshot wounds, was later located at a local hospital" beside "The four victims were transported to local
hospitals with non-life threatening wounds"; "A third person has now been charged …" beside "Two Minneapolis men are
being charged …".

An ordinal with "a" before a person ("a fourth suspect") brings in someone the report had not told of: the fifth person
is none of the four, the third man charged neither of the two. The two sentences share the act, the wounds, the charge
and the place, and the pair model takes them for one claim; the rank is what says they are about different people. A
group counted as many as the rank or more ("Five people have been arrested", beside "took a fifth person into
custody") may hold the newcomer, and one person alone ("One man was taken to Stroger") may be the other report's
second: neither is held apart.

Counted before it was built (`bench/newcomer_links.py`, session 66; docs/linking.md "One more person"): on the judged
dev links it parts W 4 and no R or P; of the 17 distinct sentence pairs it parts across two reports of a GVA incident
that share their clause's verb, 14 are a newcomer beside people it is none of.
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.quantities import figures
from viewer.analysis.person_names import names_people

_RANKS = {word: rank for rank, words in enumerate(
    (("second", "2nd"), ("third", "3rd"), ("fourth", "4th"), ("fifth", "5th"), ("sixth", "6th"), ("seventh", "7th"),
     ("eighth", "8th"), ("ninth", "9th"), ("tenth", "10th")), 2) for word in words}
_ANOTHER = "another"
_NEW = frozenset({"a", "an", _ANOTHER})
_TOLD_OF = frozenset({"nsubj", "nsubjpass", "dobj"})  # the person the main act is told of, or done to
_BOTH = "both"


def newcomer_rank(verbs: list) -> int:
    """The rank of the one more person the unit's main acts (``verbs``: its `acts.main_verbs`) are told of ("A fourth
    suspect has been arrested" gives 4), 0 when none: a singular person noun, subject or object of a main verb, with an
    ordinal and "a", "an", "another" or no article before it, and no one joined to it ("Another male and a second female
    occupant" are two people, the second female one of them). "Another person" is one more of an untold rank: 1."""
    for noun in _told_of(verbs):
        if noun.tag_ != "NN" or not _person(noun) or any(c.dep_ == "conj" for c in noun.children):
            continue
        before = [c for c in noun.children if c.i < noun.i]
        ranks = [_RANKS[c.lower_] for c in before if c.dep_ == "amod" and c.lower_ in _RANKS]
        articles = {c.lower_ for c in before if c.dep_ == "det"}
        if articles <= _NEW and (ranks or _ANOTHER in articles):
            return ranks[0] if ranks else 1
    return 0


def group_size(verbs: list) -> int:
    """How many people the unit's main acts (``verbs``) are told of, 0 when they count none or not exactly: "both" ("Both
    men", "McAllister and Marquise Frederick, both 19,"), else the people joined by "and", each a plural person noun
    with its number ("The four victims", "Two Minneapolis men"; not "At least three people"), a singular one or a
    person's name ("The man and woman", "Police charged Jackson and Strong", "two men and a woman")."""
    for noun in _told_of(verbs):
        if _BOTH in {c.lower_ for c in _beside(noun)}:
            return 2
        joined = _joined(noun)
        named = any(t.ent_type_ == "PERSON" for word in joined for t in (word, *word.children))
        people = [_people(p, named) for p in joined]
        if people and all(people) and (len(people) > 1 or noun.tag_ == "NNS"):
            return sum(people)
    return 0


def _told_of(verbs: list):
    return (c for verb in verbs for c in verb.children if c.dep_ in _TOLD_OF)


def _beside(noun):
    """The words set before the noun and before a description beside it: "Both men", "McAllister …, both 19,"."""
    for word in (noun, *(c for c in noun.children if c.dep_ == "appos")):
        yield from (c for c in word.children if c.dep_ in ("det", "preconj", "predet"))


def _joined(head) -> list:
    """The head and the words joined to it by "and" ("The man and woman"); the head alone when no "and" joins them."""
    joined, todo = [], [head]
    while todo:
        token = todo.pop()
        joined.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    if any(c.dep_ == "cc" and c.lower_ == "and" for t in joined for c in t.children):
        return sorted(joined, key=lambda t: t.i)
    return [head]


def _people(word, named: bool) -> int:
    """How many people one word of a group stands for: a plural person noun its exact number, a singular one one, and
    a name one when the parse reads a name of the group as a person's (``named``: "Jackson and Strong"); 0 when it does
    not say (the names of two cars, "At least three people")."""
    if word.pos_ == "PROPN":
        return int(named)
    if not _person(word):
        return 0
    if word.tag_ != "NNS":
        return 1
    counts = [c for w in (word, *(c for c in word.children if c.dep_ == "compound")) for c in w.children
              if c.dep_ == "nummod"]
    read = [f for c in counts for f in figures(c.doc[c.left_edge.i:c.i + 1].text)]
    return int(read[0].value) if read and read[0].qualifier == "exact" and read[0].value == int(read[0].value) else 0


def _person(noun) -> bool:
    return names_people(noun.lower_) or names_people(noun.lemma_.lower())


def newcomer_beside_fewer(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells of one more person (`UnitFeatures.newcomer`) than the two or more people the other counts
    (`UnitFeatures.group`), so of someone else (module docstring); not when the other tells of one more person too
    ("Two men were charged, and a third man was arrested" holds the third man)."""
    return _beyond(a, b) or _beyond(b, a)


def _beyond(new: UnitFeatures, other: UnitFeatures) -> bool:
    """``new``'s newcomer is none of the people ``other`` counts, ``new`` counts none of its own ("The four victims were
    transported …, and a fifth person … was later located" tells the four too), and ``other`` tells of no newcomer ("Four
    people were found dead and another person was taken to the hospital" holds "A fifth victim")."""
    return bool(new.newcomer) and not new.group and not other.newcomer and 1 < other.group < new.newcomer
