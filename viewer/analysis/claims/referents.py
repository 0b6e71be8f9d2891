"""Whom a subject or object pronoun of a unit stands for: the nearest person the report named before it, of the
pronoun's sex, when nobody else could be meant.

Reports tell each person's act in turn and then go on with "he" and "she" ("Lamont Wilkerson was charged …" in one
report; "… Ronald Smith … He is charged with murder" in the other), and two such sentences read as one claim when
nothing in them names the person. A pronoun is read as the nearest person entity before it in its report, within a few
sentences, the sex taken from the given name (`person_names.given_name_sex`) or, for a surname alone, from the full
name written earlier. The reading gives up, leaving the pronoun nobody's, where someone else might be meant: a pronoun
inside a quotation (the speaker's "him" is anyone), the nearest name of the other sex or of no known sex, a name in an
earlier sentence that only says something ("said Solicitor David Pascoe", "according to …"), or a person told by a
common noun nearer than any name ("Police are looking for a possible suspect. He is described as …", "the father,
27-year-old Ashton Salvato", whose name the recogniser missed).

Counted before it was built (`bench/pronoun_patients.py`, session 67; docs/linking.md "Whom he or she stands for").
"""
from __future__ import annotations

from viewer.analysis.claims.vocabulary import REPORTING
from viewer.analysis.person_names import given_name_sex, person_nouns

_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
_MENTIONS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
_LOOK_BACK = 6  # sentences: a report's "he" seldom reaches further back than its paragraph
_OPENING, _CLOSING = "“", "”"


def pronoun_person(pronoun) -> list | None:
    """The tokens of the name the personal pronoun ``pronoun`` stands for (module docstring), or None."""
    sex = _SEX.get(pronoun.lower_)
    if sex is None or _quoted(pronoun):
        return None
    doc = pronoun.doc
    first = _first_sentence_start(pronoun)
    for token in reversed(doc[first:pronoun.i]):
        if token.ent_type_ == "PERSON":
            name = next(e for e in doc.ents if e.start <= token.i < e.end)
            said = _says_only(name) and name.sent.start != pronoun.sent.start
            return list(name) if not said and _sex_of(name, doc) == sex else None
        if _described(token):
            return None
    return None


def _first_sentence_start(pronoun) -> int:
    """Where the look-back starts: the start of the sentence `_LOOK_BACK` sentences before the pronoun's."""
    start, sentence = pronoun.sent.start, pronoun.sent
    for _ in range(_LOOK_BACK):
        if start == 0:
            break
        sentence = pronoun.doc[start - 1].sent
        start = sentence.start
    return start


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
