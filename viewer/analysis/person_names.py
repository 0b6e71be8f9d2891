"""People's names that the small English pipeline tags as organisations or places, tagged PERSON.

en_core_web_sm reads many names in crime news as bodies ("Marcus Delaney" ORG, "Norris Greenhouse Jr."
ORG), and whatever reads PERSON entities (speakers, who did what, the names two reports share) then
misses them. A span tagged a body or a place becomes a person when its shape says so: title-case
words, at most four, none a word that heads a body's or a place's name or a company's legal form,
and one of: a person's title just before it ("Mr.", "Sgt."), a suffix only people carry ("Jr.",
"III"), a description of a person it stands beside ("his brother, X"), a first word that is a given
name and no English word, or the name of a person the document names elsewhere ("Delaney" after
"Marcus Delaney"). The tables are ``resources/attribution/person_names.json``, built from public
counts by ``training/count_person_names.py``; how often each cue is right was read on CoNLL-2003.
"""
from __future__ import annotations

import json
import unicodedata
from difflib import SequenceMatcher
from functools import cache

from viewer.corpus.titles import counted_titles
from viewer.resources import resources_dir

# The pronouns that stand for a person or people as a subject or object: a closed class of the grammar.
PERSONAL_PRONOUNS = frozenset("he she i we you they him her me us them".split())

RELABELLED = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PERSONAL_SUFFIXES = frozenset({"jr", "sr"})  # "World War II", "Vatican II": a numeral also ends other names
# honorifics and abbreviated ranks written before a person's name, never a body's
PERSON_TITLES = counted_titles() | frozenset("""mr mrs ms miss dr sir dame madam lt sgt cpl capt col gen adm maj prof
rev det supt insp gov sen rep""".split())
# those ranks written short, with a stop the tokenizer would cut off ("Det.", "Sgt."); "Miss", "Sir", "Dame" and
# "Madam" are whole words, which may end a sentence
SHORT_TITLES = PERSON_TITLES - {"miss", "sir", "dame", "madam"}
MAX_WORDS = 4
SURNAME_SIMILARITY = 0.8  # two spellings of one surname ("Adesha", "Adeseha"): their letters' SequenceMatcher ratio
# "San Diego": a given name ("San") leads many places' names; "Forrest Gump" the title of a film
NOT_GIVEN = frozenset({"GPE", "LOC", "WORK_OF_ART"})


def person_names(doc):
    """Relabel the document's body and place entities whose shape and context say they name a person."""
    ents = list(doc.ents)
    if not ents:
        return doc
    out, relabel = [], False
    for e, cue in zip(ents, cues(doc, ents)):
        if cue:
            from spacy.tokens import Span  # here, so importing the module never imports spaCy
            e = Span(doc, e.start, e.end, label="PERSON")
            relabel = True
        out.append(e)
    if relabel:
        doc.ents = out
    return doc


def cues(doc, ents) -> list[str | None]:
    """For each entity, the cue that makes it a person's name ("title", "suffix", "apposition",
    "given", "named"), or None when it stays as tagged."""
    found = [_cue(doc, e) for e in ents]
    bodies = {e.text for e in ents if _body_beside(e)}  # "banks Merrill Lynch" once: a body all through
    found = [None if cue == "given" and e.text in bodies else cue for e, cue in zip(ents, found)]
    people = _people([e for e, cue in zip(ents, found) if cue or e.label_ == "PERSON"])
    for i, e in enumerate(ents):
        words = None if found[i] or e.label_ not in RELABELLED else _words(e)
        if words and " ".join(t.text for t in words) in people:
            found[i] = "named"
    return found


def _cue(doc, ent) -> str | None:
    if ent.label_ not in RELABELLED:
        return None
    if _suffixed(ent):
        return "suffix"
    words = _words(ent)
    if not words:
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in PERSON_TITLES:
        return "title"
    if _describes_person(ent):
        return "apposition"
    if len(words) >= 2 and words[0].lower_ in _tables()["given"] and ent.label_ not in NOT_GIVEN:
        return "given"
    return None


def _body_beside(ent) -> bool:
    """"Les Echos newspaper", "banks Merrill Lynch", "Eli Lilly & Co": a word for a body just before or after."""
    doc, body = ent.doc, _tables()["bodies"]
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    return after is not None and (after.lower_.rstrip(".") in body or after.text in ("&", "Co", "Co.")) or \
        before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in body


def _words(ent, bodies: bool = True):
    """The name's words without a suffix, if every word is shaped like part of a person's name and,
    when ``bodies``, none is a word for a body, a place or a company's legal form; else []."""
    tokens = _without_suffix(ent)
    if not 1 <= len(tokens) <= MAX_WORDS:
        return []
    tables = _tables()
    for i, t in enumerate(tokens):
        if bodies and (t.lower_.rstrip(".") in tables["org_words"] or t.lower_.rstrip(".") in tables["designators"]):
            return []
        initial = len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "." and 0 < i < len(tokens) - 1
        if not (initial or _title_word(t.text) and t.pos_ == "PROPN"):
            return []
    return tokens


def _without_suffix(ent) -> list:
    tokens = list(ent)
    while tokens and (tokens[-1].lower_.rstrip(".") in SUFFIXES or tokens[-1].text in (",", ".")):
        tokens.pop()
    return tokens


def _suffixed(ent) -> bool:
    """"Norris Greenhouse Jr.": two name words or more, then a suffix only people carry."""
    words = _words(ent, bodies=False)
    return len(words) >= 2 and any(t.lower_.rstrip(".") in PERSONAL_SUFFIXES for t in ent[len(words):])


def _title_word(text: str) -> bool:
    """"Delaney", "O'Brien", "Smith-Jones", "McCain": a capital, then letters with a lower-case one."""
    letters = text.replace("-", "").replace("'", "").replace("\u2019", "")
    return letters.isalpha() and text[0].isupper() and any(c.islower() for c in text)


def _describes_person(ent) -> bool:
    """"his brother, X" / "the suspect, X": the name stands in apposition to a word for a person. Not a
    group's word, which describes the person it stands beside ("the chairman, X, Republican of ...")."""
    root, doc = ent.root, ent.doc
    return ent.label_ != "NORP" and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in person_nouns() \
        and root.head.i < ent.start and ent.start > 0 and doc[ent.start - 1].text == ","


def _people(persons) -> frozenset[str]:
    """Names the document gives people of two words or more, whole and by surname."""
    names = set()
    for e in persons:
        words = _without_suffix(e)
        if len(words) >= 2 and _given(words[0].lower_) and \
                all(_title_word(t.text) or len(t.text) == 2 and t.text[1] == "." for t in words):
            names.add(" ".join(t.text for t in words))
            names.add(words[-1].text)
    return frozenset(names)


def _given(word: str) -> bool:
    tables = _tables()
    return word in tables["given"] or word in tables["given_words"]


def given_name(word: str, english: bool = False) -> bool:
    """Whether ``word`` is a given name of the baby-name counts: one that is no English word ("Jaime",
    "Chad"), or with ``english`` any ("Maria", "Will", "June")."""
    word = word.lower()
    return word in _tables()["given"] or english and word in _tables()["given_words"]


@cache
def _tables() -> dict[str, frozenset[str]]:
    """The tables, and "bodies": words for a body or a company's legal form, joined once here (joined
    per entity, the 8,000 words cost a millisecond an entity, 3 % of the analysis)."""
    table = json.loads((resources_dir() / "attribution" / "person_names.json").read_text(encoding="utf-8"))
    tables = {key: frozenset(table[key]) for key in ("given", "given_words", "org_words", "designators")}
    return {**tables, "bodies": tables["org_words"] | tables["designators"]}


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns whose usual sense is a kind of person (WordNet noun.person first senses), read once;
    the speakers read them too (``speakers.kinds``)."""
    table = json.loads((resources_dir() / "attribution" / "person_nouns.json").read_text(encoding="utf-8"))
    return frozenset(table["nouns"])


# Nouns for anyone that WordNet's first senses do not file as a person: "person" and "individual" are filed as
# entities, "people" as a group, "male" and "female" as animals.
_ANYONE = frozenset({"person", "people", "persons", "individual", "individuals", "male", "males", "female", "females"})


def names_people(word: str) -> bool:
    """Whether the lower-case word is a noun for a person or people: a person noun (`person_nouns`) or a noun for anyone
    ("person", "individual", "male"), which counts of the hurt and the newly found use as often."""
    return word in _ANYONE or word in person_nouns()


def surnames_match(a: str, b: str) -> bool:
    """Whether two name words may be one name spelled two ways: the same, or alike in their letters from the first
    on (``SURNAME_SIMILARITY``), as reports spell a surname they only heard."""
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= SURNAME_SIMILARITY)


def given_name_sex(word: str) -> str | None:
    """"f" or "m" when the table shows the given name as strongly one sex, else None (unknown or mixed): a given name
    says its bearer's sex where the article writes no "Mr." or "Ms." (``attribution/given_names.json``: the names the US
    Social Security Administration's baby-name counts show as strongly one sex, with the counts,
    ``training/count_given_names.py``). Read by the speakers and by the claims (`claims.referents`)."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()  # "José" as "jose"
    counts = _sexes().get("".join(c for c in folded if c.isalpha()))  # "Mary-Kate" as the SSA writes it
    if counts is None:
        return None
    female, male = counts
    return "f" if female > male else "m"


@cache
def _sexes() -> dict[str, list[int]]:
    table = json.loads((resources_dir() / "attribution" / "given_names.json").read_text(encoding="utf-8"))
    return table["names"]
