"""Whom a subject or object pronoun of a unit stands for: the person the report told of just before it, of the
pronoun's sex, when nobody else could be meant.

Reports tell each person's act in turn and then go on with "he" and "she" ("Lamont Wilkerson was charged …" in one
report; "… Ronald Smith … He is charged with murder" in the other), and two such sentences read as one claim when
nothing in them names the person. A pronoun is read within a few sentences before it in its report, the sex taken from
the given name (`person_names.given_name_sex`) or, for a surname alone, from the full name written earlier. In the
pronoun's own sentence it is the nearest name before it; in an earlier sentence, the person highest in that sentence's
parse, its subject before its objects ("Allen drove to a location owned by his former boss, Marvin Pritchett. He shot
…" is Allen's act, not Pritchett's), names that only say something passed over; a proper-noun subject the recogniser
read as no person ("Marrero was arraigned …") is the person of that surname named before, or nobody known. The reading
gives up, leaving the pronoun nobody's, where someone else might be meant: a pronoun inside a quotation (the speaker's
"him" is anyone), a person of the other sex or of no known sex, a sentence naming only someone who says something
("according to Solicitor David Pascoe"), or a person told by a common noun in a sentence that names no one ("Police
are looking for a possible suspect. He is described as …"); beside a name such a noun is most often that person.

Counted before it was built (`bench/pronoun_patients.py`, session 67; docs/linking.md "Whom he or she stands for"); the
subject-first reading of earlier sentences counted by `bench/pronoun_readings.py` (session 68, "Whom he or she stands
for, by the sentence's subject").
"""
from __future__ import annotations

from viewer.analysis.claims.vocabulary import REPORTING
from viewer.analysis.person_names import given_name_sex, person_nouns

_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
_MENTIONS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
_LOOK_BACK = 6  # sentences: a report's "he" seldom reaches further back than its paragraph
_OPENING, _CLOSING = "“", "”"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_PEOPLE = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})


def pronoun_person(pronoun) -> list | None:
    """The tokens of the name the personal pronoun ``pronoun`` stands for (module docstring), or None."""
    sex = _SEX.get(pronoun.lower_)
    if sex is None or _quoted(pronoun):
        return None
    doc = pronoun.doc
    for token in reversed(doc[pronoun.sent.start:pronoun.i]):
        if token.ent_type_ == "PERSON":
            return _of_sex(_entity(token), sex)
        if _described(token):
            return None
    for sentence in _earlier_sentences(pronoun):
        unread = _unread_name_subject(sentence)
        if unread is not None:
            named = _named_before(unread)
            return _of_sex(named, sex) if named is not None else None
        mentions = _mentions(sentence)
        if mentions:
            first = mentions[0]
            return _of_sex(first, sex) if first.label_ == "PERSON" else None
        if any(name.label_ == "PERSON" for name in doc.ents if sentence.start <= name.start < sentence.end):
            return None  # only people who say something: the pronoun may go on for them or for anyone
    return None


def _mentions(sentence) -> list:
    """The people an earlier sentence tells of, highest in its parse first (its subject before its objects: "Allen
    drove to a location owned by his former boss, Marvin Pritchett"), leaving out names that only say something. A
    person told by a common noun counts only in a sentence that names no one (as a span of one token, with no label):
    beside a name it is most often that person ("The woman was identified as Maria Aguiar", "Another neighbor,
    Patricia Stark,")."""
    doc = sentence.doc
    names = [name for name in doc.ents if name.label_ == "PERSON" and sentence.start <= name.start < sentence.end
             and not _says_only(name)]
    mentions = names or [doc[t.i:t.i + 1] for t in sentence if _described(t)]
    return sorted(mentions, key=lambda span: (_depth(span.root), span.start))


def _unread_name_subject(sentence):
    """The sentence's subject when it is a proper noun the recogniser did not read as a person, a place or a people
    ("Marrero was arraigned …", "Marrero" read as a product; "Byrson" as a body), else None: it may be whom the
    pronoun goes on for, and the look-back would pass it for a person named further back."""
    return next((c for c in sentence.root.children if c.dep_ in _SUBJECTS and c.pos_ == "PROPN"
                 and c.ent_type_ not in _NOT_PEOPLE and not (c.ent_type_ == "ORG" and len(_entity(c)) > 1)), None)


def _named_before(surname):
    """The last person named in full before the token whose surname it is ("Griffith" after "Troy Griffith")."""
    return next((name for name in reversed(surname.doc.ents) if name.end <= surname.i and name.label_ == "PERSON"
                 and name[-1].lower_ == surname.lower_), None)


def _depth(token) -> int:
    """How many heads lie between the token and its sentence's root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _entity(token):
    """The entity span the token is part of."""
    return next(e for e in token.doc.ents if e.start <= token.i < e.end)


def _of_sex(name, sex: str) -> list | None:
    """The name's tokens when its person is of ``sex``."""
    return list(name) if _sex_of(name, name.doc) == sex else None


def _earlier_sentences(pronoun) -> list:
    """The `_LOOK_BACK` sentences before the pronoun's, nearest first."""
    sentences, start = [], pronoun.sent.start
    while start > 0 and len(sentences) < _LOOK_BACK:
        sentences.append(pronoun.doc[start - 1].sent)
        start = sentences[-1].start
    return sentences


def _quoted(pronoun) -> bool:
    """Whether the pronoun stands inside a quotation opened earlier in its paragraph and not closed before it."""
    text = pronoun.doc.text
    paragraph = text[text.rfind("\n", 0, pronoun.idx) + 1:pronoun.idx]
    straight = paragraph.count('"') % 2 == 1
    return straight or paragraph.count(_OPENING) > paragraph.count(_CLOSING)


def _says_only(name) -> bool:
    """Whether the name is who says something ("said Solicitor David Pascoe", "according to Pascoe")."""
    head = name.root.head
    return name.root.dep_ == "nsubj" and head.lemma_.lower() in REPORTING or \
        name.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _sex_of(name, doc) -> str | None:
    """The sex of a named person: its given name's, or for a surname alone the given name's of the full name written
    before it with that surname."""
    if len(name) > 1:
        return given_name_sex(name[0].text)
    for earlier in doc.ents:
        if earlier.start >= name.start:
            break
        if earlier.label_ == "PERSON" and len(earlier) > 1 and earlier[-1].lower_ == name[0].lower_:
            return given_name_sex(earlier[0].text)
    return None


def _described(token) -> bool:
    """Whether the token tells one person by a common noun ("the suspect", "a 26-year-old woman"), not beside a name
    ("Cassandra Anderson, Darin's mother,"): people in the plural ("detectives") are not whom "he" stands for."""
    beside_name = token.dep_ == "appos" and token.head.ent_type_ == "PERSON"
    return token.tag_ == "NN" and token.dep_ in _MENTIONS and not beside_name and token.lemma_.lower() in person_nouns()
