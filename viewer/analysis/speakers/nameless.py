"""Descriptions that name no one: "Officials said", "an aide said", "people familiar with the case".

A speaker phrase whose head is a word for a person or people and none of whose words is a name
(no proper noun, no person, body, place or people the recogniser marks) names no person and no
body: the statement comes from an unnamed source, and the phrase's words say what kind of source.
"State Department officials", "a Pentagon spokesman", "U.S. officials" and "Kyiv police" name a
body or a named place's institution, and keep their speaker. One rule for every such phrase: before
it, "officials" and "U.S. officials" were speaker rows while "senior administration officials" and
"an aide" were unnamed, by which branch of the name reader they happened to fall in.

"Authorities said" and a bare "Police said" name a body the article does not name, not people: by
WordNet's first sense "authorities" is a group ("government, authorities, regime", noun.group) and so is
"police" ("police force, constabulary"), where "official" is a person (noun.person). PolNeAR's
annotators mark all three as sources' heads (official 123 of its 268 uses on the fit part, police 18 of
113, authority 8 of 32: resources/attribution/classes.json), so they say nothing on which side each falls.
So both stay bodies, as "the ministry" does: a bare "police" takes the one force the article names
(attribution/forces.py), "authorities" is the article's own row.
"""
from __future__ import annotations

from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import names_person

# Words for people that WordNet files outside noun.person by their first sense ("people": noun.group,
# "person": noun.Tops, "source": noun.artifact), though a report uses them only for people
# (PolNeAR train annotators marked each as a source's head: resources/attribution/classes.json).
PEOPLE_WORDS = frozenset({"people", "person", "persons", "source", "sources"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def describes_unnamed(tokens: list, head) -> bool:
    """Whether the phrase ``tokens`` (spaCy tokens, ``head`` its head) describes people without naming
    anyone or any body: then its speaker is an unnamed source. A head capitalised only where it opens a sentence
    ("Neighbors said…" after "…, neighbors said") is no name, whatever the recogniser marks ("Navy sources": the
    navy the article names speaks)."""
    return people_word(head) and not any(_name(t) for t in tokens if t.i != head.i or not only_opening_capital(t))


def people_word(token) -> bool:
    """"official", "aides", "witnesses", "people": a common noun for a person or people."""
    if token.pos_ not in ("NOUN", "PROPN") or _capitalised_name(token):
        return False
    lemma, word = token.lemma_.lower(), token.lower_
    return any(names_person(w) or w in PEOPLE_WORDS for w in (lemma, word, word.removesuffix("s")))


def _name(token) -> bool:
    """A word naming someone: an entity of the recogniser, a capitalised name, or a proper noun
    (a tagged one opening the sentence is a name only as `_capitalised_name` says)."""
    return token.ent_type_ in NAME_ENTITIES or _capitalised_name(token) or token.pos_ == "PROPN" and not opens_sentence(token)


def _capitalised_name(token) -> bool:
    """"Hicks, his spokeswoman", "Weaver said", "Nance said": a capitalised word is a name inside a
    sentence, and at its start too when it is a proper noun or a bare singular (a common noun in the
    singular takes an article: "An aide said"), unless the article writes it in lower case elsewhere.
    Surnames are often words for people too (weaver, tester, hick, ward); "Officials said" is none."""
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    if not opens_sentence(token):
        return True
    if lower_elsewhere(token):
        return False
    return token.pos_ == "PROPN" or token.tag_ == "NN"


def lower_elsewhere(token) -> bool:
    """Whether the article writes this sentence-opening word in lower case elsewhere: then its capital
    only opens the sentence, whatever the tagger says ("Authorities said…" beside "…, authorities said")."""
    return token.lower_ in lower_case_words(token.doc)


def only_opening_capital(token) -> bool:
    """"Family said…", "Neighbors said…": a word capitalised only where it opens a sentence, which the article
    writes in lower case elsewhere and never capitalised inside a sentence, is a common noun, whatever the tagger
    or the recogniser made of its capital. A surname written so ("Small said") is capitalised inside a sentence
    too ("Chief John Small")."""
    return opens_sentence(token) and lower_elsewhere(token) and not any(
        t.lower_ == token.lower_ and t.text[:1].isupper() and not opens_sentence(t) for t in token.doc)


def lower_case_words(doc) -> frozenset[str]:
    """The words the document writes in lower case, gathered once per document: walked again for every
    capitalised word asked about, they made reading speakers quadratic in the article's length."""
    found = doc.user_data.get(_LOWER)
    if found is None:
        found = doc.user_data[_LOWER] = frozenset(t.text for t in doc if t.is_lower)
    return found


_LOWER = "lower-case words"


def opens_sentence(token) -> bool:
    """The first word of its sentence, after any spaces or quotation marks (a header the import marked
    as boilerplate is parsed as spaces before it, so the parser does not start the sentence there), or of its
    paragraph: after a quotation or a caption the parser may run on into the next paragraph ("…than answers.”
    Neighbors said…"), whose first word read as a name."""
    doc = token.doc
    if all(doc[i].is_space or doc[i].is_punct for i in range(token.sent.start, token.i)):
        return True
    before = text_of(doc)[:token.idx].rstrip(" \t")
    return before.endswith("\n")


def description(words: list) -> str:
    """The phrase as a researcher reads it after "unnamed:": the article's words, the capital that
    only opens the sentence put down ("Officials said" -> "officials")."""
    text = text_of(words[0].doc)[words[0].idx:words[-1].idx + len(words[-1].text)]
    first = words[0]
    if opens_sentence(first) and first.text[:1].isupper() and not (len(first.text) > 1 and first.text.isupper()):
        text = text[:1].lower() + text[1:]
    return " ".join(text.split())
