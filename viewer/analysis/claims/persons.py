"""The ages of the people a claim unit describes without naming them: "a 20-year-old man", "the
19-year-old", "Another man, 32,".

A city's round-up of a weekend's shootings tells each victim in a sentence of one shape ("A 15-year-old
boy was shot in the chest.", "A 17-year-old boy was shot in the back."), and every other round-up tells
its own victims in the same words. To the vectors, the shared rare words and the figures two such
sentences are one claim; the age is what says they are two people. Named people's ages are read
apart (`ages`); with them, two units that name no one in common are held to the same test (`ages_apart`).
"""
from __future__ import annotations

import re

from viewer.analysis.claims.ages import StatedAge
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import REPORTING, term
from viewer.analysis.nlp import text_of
from viewer.analysis.person_names import person_nouns

OLDEST = 110
# "20-year-old", "20 year old"; "20-year-olds" counts several people of one age
_YEAR_OLD = re.compile(r"\b(\d{1,3})[- ]years?[- ]olds?\b")
# "Another man, 32," / "The man, 34, was" / "a woman, 19." (the noun is checked against the parse)
_APPOSITIVE = re.compile(r"\b([a-z]+),\s+(\d{1,3})(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:and|of|from|who|was|were|is)\b))")
# Words the parser takes for nouns that describe a person by sex alone: WordNet's first sense of
# "male" and "female" is the animal, so the person-noun table leaves them out.
_SEXES = frozenset({"male", "males", "female", "females"})
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = frozenset({"he", "she", "they"})
_BACK = frozenset({"both", "each"})  # "Both were taken to Stroger Hospital"
_POSSESSIVE = frozenset({"his", "her", "their"})
# "the younger girl", "the oldest victim": one of people whose ages the text gave just before, the least or the most
_COMPARED = {"younger": "least", "youngest": "least", "older": "most", "oldest": "most", "elder": "most",
             "eldest": "most"}
_TWO_ONLY = frozenset({"younger", "older", "elder"})  # a comparative picks one of two; a superlative one of several
_COMPARED_REACH = 2  # sentences back the people compared may have been given their ages
# A unit's own unnamed ages, its subject's, whether it refers back, its sentence index and its `compared`
AgeRow = tuple[list[int], list[int], bool, int, str]


def unnamed_ages(tokens) -> list[int]:
    """The ages the unit's tokens give people they do not name, each once, in order: "N-year-old"
    before a noun that names a kind of person (`person_names.person_nouns`: "man", "teen", "victim",
    not "house" or "case") or standing for one ("the 19-year-old was shot"), and a person noun with
    the age after a comma ("Another man, 32,"). A person the parser names ("the 22-year-old Jesse
    Dobbs") is left to `ages`."""
    if not len(tokens):
        return []
    doc, text = tokens.doc, text_of(tokens.doc)
    start, end = tokens.start_char, tokens.end_char
    found = []
    for hit in _YEAR_OLD.finditer(text, start, end):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None and _describes_unnamed(span[-1]):
            found.append(int(hit.group(1)))
    for hit in _APPOSITIVE.finditer(text, start, end):
        noun = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
        if noun is not None and len(noun) == 1 and noun[0].pos_ == "NOUN" and _person(noun[0]):
            found.append(int(hit.group(2)))
    return sorted({age for age in found if 0 < age <= OLDEST}, key=found.index)


def _describes_unnamed(old) -> bool:
    """Whether the last token of "N-year-old" describes an unnamed person: it modifies a person
    noun, or it stands for the person itself ("a 19-year-old was shot"). The parser also hangs a
    standing "N-year-old" on the word after it ("killed an 11-year-old last Friday", "saw a
    17-year-old approach"): only a common noun that is no person ("a 100-year-old house") or a
    name ("the 22-year-old Jesse Dobbs") says it is not one; nor is a description set beside a
    name ("Anthony LaCalamita III, a 38-year-old Troy resident"). An age a copula gives its subject describes the
    subject: a person noun ("The second man was 21 years old"), not a thing ("The house is 100 years old") nor a
    name, which `ages` reads."""
    if old.dep_ in ("amod", "compound") and old.head.i > old.i:
        head = old.head
        if head.pos_ == "NOUN":
            return _person(head) and not (head.dep_ == "appos" and head.head.pos_ == "PROPN")
        return head.pos_ != "PROPN" or head.ent_type_ in ("DATE", "TIME")
    if old.dep_ == "acomp":  # one age: "between 5 and 7 years old" gives a range
        return _person_subject(old.head) and sum(t.like_num for t in old.subtree) == 1
    return old.pos_ in ("NOUN", "ADJ")


def _person_subject(verb) -> bool:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.pos_ == "NOUN" and _person(subject)


def _person(noun) -> bool:
    word = noun.lower_
    return word in _SEXES or noun.lemma_.lower() in person_nouns() or word in person_nouns()


def refers_back(tokens) -> bool:
    """Whether the unit tells of someone the text just before it described: its subject is a personal
    pronoun ("He was taken to Stroger Hospital"), a person with "the" and no other word ("The man
    was hit in the back"; not "The shooting happened", nor "The Ukrainian champion", a title of someone
    named), a thing of theirs ("His condition was stabilized"), or it has none, being the second clause
    of a sentence ("…, and was taken to Mount Sinai"). Who says it ("police said") is not the subject."""
    subject = _subject(tokens)
    if subject is None:
        return True
    if subject.lower_ in _BACK or subject.pos_ == "PRON" and subject.lower_ in _PERSONAL:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):  # "The victim, Emma Colmenares,"
        return False
    if subject.pos_ != "NOUN" or unnamed_ages(subject.doc[subject.left_edge.i:subject.right_edge.i + 1]):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in subject.children):
        return True
    modifiers = [c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss")]
    return _person(subject) and modifiers == ["the"]


def subject_ages(tokens) -> list[int]:
    """The unnamed ages the unit gives its subject ("A 20-year-old man was shot", "The second man was 21 years
    old"; not "Prosecutors played a tape of the 12-year-old"): the person a pronoun in the next sentence is most
    likely to be."""
    subject = _subject(tokens)
    if subject is None:
        return []
    described = unnamed_ages(subject.doc[subject.left_edge.i:subject.right_edge.i + 1])
    predicates = (c for c in subject.head.children if c.dep_ == "acomp")
    return described or [age for c in predicates for age in unnamed_ages(c.doc[c.left_edge.i:c.i + 1])]


def compared(tokens) -> str:
    """How the unit's subject is told apart from people just given their ages, when it is so: "least" for "The
    younger girl was the most seriously injured" or "the youngest victim", "most" for "The older man had gunshot
    wounds"; "" otherwise, and for several people ("the youngest children" are two or more). A comparative
    ("younger") picks one of two, a superlative one of any number: "two " before a comparative's answer ("two
    least") has `compared_age` ask for two ages exactly."""
    subject = _subject(tokens)
    if subject is None:
        return ""
    word = subject.lower_ if subject.pos_ == "ADJ" else next(
        (c.lower_ for c in subject.children if c.dep_ == "amod" and c.lower_ in _COMPARED), "")
    if word not in _COMPARED or subject.pos_ == "NOUN" and (subject.tag_ == "NNS" or not _person(subject)):
        return ""
    return ("two " if word in _TWO_ONLY else "") + _COMPARED[word]


def _subject(tokens):
    """The first subject of a verb that is not one of saying ("police said")."""
    return next((t for t in tokens if t.dep_ in _SUBJECTS and t.head.lemma_.lower() not in REPORTING), None)


def carried_ages(units: list[AgeRow]) -> list[list[int]]:
    """Each unit's unnamed ages, or, where it has none and refers back (`refers_back`), the ages the
    unit just before it gives its subject (`subject_ages`), with those the clauses before that one in
    its sentence give theirs, when it lies in the same or the previous sentence: a round-up's "He was
    taken to Stroger Hospital in critical condition" is about the "20-year-old man" the sentence
    before shot, and another round-up's identical line about its own victim. Ages are carried one
    step only: the sentence after next may be about anyone. A subject told apart by age (`compared`: "The
    younger man had been shot in the shoulder") takes the least or the most of the ages given in the nearest
    sentence before it, its own included, that gives several (`compared_age`). ``units``: each unit's `AgeRow`,
    in the document's order."""
    out: list[list[int]] = []
    for k, (ages, _held, back, sentence, how) in enumerate(units):
        before = units[k - 1] if k else None
        if not ages and how:
            ages = compared_age(units[:k], sentence, how)
        elif not ages and back and before is not None and before[1] and before[3] >= sentence - 1:
            earlier = (held for _own, held, _back, at, _how in units[:k] if at == before[3])
            ages = list(dict.fromkeys(age for held in earlier for age in held))
        out.append(list(ages))
    return out


def compared_age(before: list[AgeRow], sentence: int, how: str) -> list[int]:
    """The age of the one `compared` picks ("two least", "most", …) among the people the nearest sentence
    within `_COMPARED_REACH` gives several ages (its own units' unnamed ages, none carried); none when that
    sentence gives a comparative other than two ages ("the older teen" after "cousins, ages 17, 14 and 13" may
    be older than one of them only). Read on the GVA crawl (docs/linking.md, session 65): "An 11-year-old girl
    and a 15-year-old girl were taken to Stroger. The younger girl was the most seriously injured"."""
    for at in range(sentence, sentence - _COMPARED_REACH - 1, -1):
        given = list(dict.fromkeys(age for own, _held, _back, where, _how in before if where == at for age in own))
        if len(given) > 1:
            if how.startswith("two ") and len(given) != 2:
                return []
            return [min(given) if how.endswith("least") else max(given)]
    return []


def ages_apart(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether two units describe different people: both give people they do not name ages
    (``unnamed_ages``), and no age either gives anyone, named or not, is within a year of one the
    other gives. "his 47-year-old estranged wife" is the "47-year-old Zina Bowser" of the other
    report; a year apart is one person as often as two: a birthday between the reports, or one outlet's
    slip ("struck his 11-year-old son in the cheek" / "struck Pizzolato's 10-year-old son in the
    cheek", "7-year-old girl shot during memorial" / "A 8-year-old girl was shot … as people gathered").
    Two units that each name people with ages (`ages.ages_in`) and name no one in common (`ages.StatedAge.may_be`)
    are held to the same test: "45-year-old Prentiss Jackson died" / "37-year-old Derrick Jackson was taken to
    UMMC". A name alone does not say it: across two reports of one GVA incident the same name came with ages more
    than a year apart 21 times in 597, and a name written apart ("Nakeri"/"Nakiel Jackson", 26) with the same
    age; with ages apart as well, none of the 69 such pairs looked at (all 29 of one surname, 40 of 348 of two) was
    one person (`training/count_named_people.py`)."""
    if not (a.unnamed_ages and b.unnamed_ages or _named_apart(a, b)):
        return False
    return all(abs(x - y) > 1 for x in _all_ages(a) for y in _all_ages(b))


def _named_apart(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Both name people with ages, and no one either names with an age is named by the other, with or without
    one ("Malia and Sasha Obama, aged 16 and 13" beside Elizabeth Lauten, the "Elizabeth Lauten, 31" of the other
    report)."""
    left, right = a.ages or (), b.ages or ()
    return bool(left and right) and not any(x.may_be(y) for x in left for y in right) and \
        not any(_names(x, b.names) for x in left) and not any(_names(y, a.names) for y in right)


def _names(person: StatedAge, names: list[str]) -> bool:
    """Whether a unit's names hold the person's surname and given name (when written): "Derrick Jackson" is not
    named by a unit that names Prentiss Jackson."""
    return term(person.surname) in names and (not person.given or term(person.given) in names)


def _all_ages(features: UnitFeatures) -> set[int]:
    return set(features.unnamed_ages) | {age.age for age in features.ages or ()}
