"""A body the article describes and never names: "An influential federal advisory panel … rejected the FDA's plan",
"a federal jury found", "the committee said", and the "it" or "they" that goes on for it.

News often tells what a panel, a jury or a board did without naming it. The reader gave such a phrase a speaker
row of its words as if they were a name ("influential federal advisory panel"), or no name and no description
("a federal jury": "unnamed source"), and the "It voted 16 to 2" after it no one. A researcher reads it as an
unnamed source of that description, "unnamed: influential federal advisory panel", as "officials said" already is
(``speakers.nameless``). A body here is a phrase headed by a common noun whose first WordNet sense is a group, or
that PolNeAR's annotators made a source's head and WordNet gives a group sense (``attribution/body_nouns.json``,
``training/count_body_nouns.py``), with no name among its words (no proper noun, no entity the recogniser marks,
no capital inside the sentence): "a Senate panel" or "the Los Angeles school board" name their body and keep it.
A definite one ("the committee") may still be a body named before, and is looked for there first; one qualified by a
noun ("the port authority", "the school board") or by a term WordNet lists ("the federal government",
``body_terms.json``) names its body, as ``references._named`` reads it, where adjectives alone ("the independent
panel") only say how the writer sees a body: a description, looked for among the bodies named before by its noun
(``references``), else unnamed. A quantified phrase ("No country", "each committee") names no one body a later "it"
may go on for: an unnamed source of its words, quantifier kept, of no kind a pronoun takes. A bare plural
("Authorities said") stays the article's own row, as ``speakers.nameless`` decided; a force keeps ``forces``' rules
and a body someone owns ("her office") ``references._owners``'.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.attribution.forces import bare_force
from viewer.analysis.speakers.kinds import names_person
from viewer.analysis.speakers.nameless import NAME_ENTITIES, description, only_opening_capital, opens_sentence
from viewer.analysis.speakers.names import GROUP_WORDS, QUANTIFIERS, SpeakerName
from viewer.corpus.spans import Span
from viewer.resources import resources_dir

_BODY_KINDS = frozenset({"organisation", "group", "unknown"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = {"it": "NN", "they": "NNS"}  # the pronoun a body stands for as a subject, by the head noun's number
# determiners that quantify over bodies and bring in none a later pronoun goes on for ("No country wants a war. It…",
# "Each committee…"): the negative and distributive ones, a closed class of English; "few" and "some" bring in the
# bodies they count ("Few committees agreed, and they…"), and stay bodies
_QUANTIFYING = frozenset({"no", "each", "every", "any", "either", "neither"})


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns for a body or a group of people (``attribution/body_nouns.json``)."""
    table = json.loads((resources_dir() / "attribution" / "body_nouns.json").read_text(encoding="utf-8"))
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def body_terms() -> frozenset[str]:
    """An adjective and a body's noun WordNet lists as one term: "federal government", "grand jury"
    (``attribution/body_terms.json``, ``training/count_body_terms.py``)."""
    table = json.loads((resources_dir() / "attribution" / "body_terms.json").read_text(encoding="utf-8"))
    return frozenset(table["terms"])


def described_body(speaker: list, name: SpeakerName) -> SpeakerName:
    """``name``, as ``speakers.names.describe`` read the speaker phrase ``speaker`` (spaCy tokens), shown as an
    unnamed body of its description where the phrase describes a body and names none; else ``name`` unchanged.
    A person, a document, a country, a pronoun, a written thing or an unnamed source already is left as it is."""
    if name.unnamed or name.kind not in _BODY_KINDS or name.written or len(speaker) == 0:
        return name
    head = _head(speaker)
    if head is None or not _body_noun(head):
        return name
    words = [t for t in speaker if head.left_edge.i <= t.i <= head.i]
    if len(words) < 2 or any(_names(t) or t.dep_ == "poss" for t in speaker + list(head.children)):
        return name  # "Authorities said": the article's own row (``speakers.nameless``); "a newspaper, The Gazette"
    if _quantified(head):  # "No country wants…", "each committee": no one body, which no later "it" or "they" takes
        said = description(words + _after_head(speaker, head))
        return SpeakerName(said, said, "unknown", unnamed=True)
    if words[0].lower_ in _DEFINITE and len(words) > 2 and not _described_only(words, head):
        return name  # "the port authority": a qualified description names its body (``references._named``)
    return _unnamed_body(words + _after_head(speaker, head), head, name.name, reference=name.reference)


def _quantified(head) -> bool:
    """"No country", "each committee": a body's noun under a negative or distributive determiner."""
    return any(c.dep_ in ("det", "amod", "predet") and c.lower_ in _QUANTIFYING and c.i < head.i for c in head.children)


def body_epithets(speaker: list) -> set[str]:
    """The adjectives of a definite body described by them alone ("independent" of "the independent panel"),
    which a second look among the bodies named before drops, as ``references._epithets`` does for an office
    holder: the "Food and Drug Administration advisory panel" named before is "the independent panel"."""
    head = _head(speaker) if speaker else None
    if head is None or not _body_noun(head):
        return set()
    words = [t for t in speaker if head.left_edge.i <= t.i <= head.i]
    if len(words) < 3 or words[0].lower_ not in _DEFINITE or not _described_only(words, head):
        return set()
    return {t.lower_ for t in words[1:] if t.pos_ == "ADJ"}


def _described_only(words: list, head) -> bool:
    """"the independent panel", "the influential federal advisory panel": a definite body's noun qualified by
    adjectives alone (no noun, no name), the adjective next to it and the noun no term WordNet lists ("the federal
    government", ``body_terms``). Those adjectives say how the writer sees the body, not which one it is."""
    between = [t for t in words[1:] if t.i != head.i]
    if not between or not all(t.pos_ in ("ADJ", "ADV", "CCONJ", "PUNCT") and t.is_lower or t.is_punct
                              for t in between):
        return False
    last = next((t for t in reversed(between) if t.pos_ == "ADJ"), None)
    return last is not None and f"{last.lower_} {head.lemma_.lower()}" not in body_terms()


def _after_head(speaker: list, head) -> list:
    """"the families of the deceased", "a committee of outside experts": the words after a body's noun that say
    whose or of whom it is (a preposition the noun governs, inside the speaker phrase and before any comma), which
    the description keeps; a time ("a panel on Friday") says when, not who."""
    inside = {t.i for t in speaker}
    kept = []
    for child in head.children:
        if child.dep_ != "prep" or child.i < head.i:
            continue
        phrase = list(child.subtree)
        if any(t.i not in inside or t.is_punct or t.ent_type_ in ("DATE", "TIME") or _names(t) for t in phrase):
            break
        kept += phrase
    return sorted(kept, key=lambda t: t.i) if kept and kept[0].i == head.i + 1 else []


def body_subject(doc, at: int, pronoun: str, reported: list[Span]) -> SpeakerName | None:
    """"A federal jury convicted him on Monday. It said…": the unnamed body an "it" or "they" speaking at ``at``
    goes on for, when the nearest subject before it, in its sentence or the one before, is a body brought in with
    "a", "an" or "one" ("a federal jury"), of the pronoun's number and named by nothing. Subjects inside what someone
    is reported to say (``reported``) and the same pronoun (a chain of "it said… it added") are passed over; any other
    nearest subject ("the verdict", "Smith", "the board") leaves the pronoun to the speakers before it."""
    number = _PRONOUNS.get(pronoun.lower())
    start = None if number is None else _previous_sentence_start(doc, at)
    if start is None:
        return None
    for token in reversed([t for t in doc[start:] if t.idx < at]):
        if token.dep_ not in _SUBJECTS or any(span.start <= token.idx < span.end for span in reported):
            continue
        if token.lower_ == pronoun.lower() or token.tag_ in ("WDT", "WP"):
            continue
        if token.tag_ != number or not _body_noun(token) or not _brought_in(token):
            return None
        words = list(token.doc[token.left_edge.i:token.i + 1])
        if any(_names(t) for t in words):
            return None
        return _unnamed_body(words + _after_head(list(token.subtree), token), token, "", reference=False)
    return None


def _unnamed_body(words: list, head, name: str, reference: bool) -> SpeakerName:
    """The body as an unnamed source of its description; ``name``, its words as ``describe`` read them, is what a
    definite one is looked for by among the bodies named before."""
    shown = [t for t in words if not (t.i < head.i and t.pos_ == "DET" and t.i == words[0].i)]
    said = description(shown)
    kind = "group" if head.tag_ == "NNS" else "organisation"
    return SpeakerName(name or said, said, kind, reference=reference, unnamed=True)


def _head(speaker: list):
    inside = {t.i for t in speaker}
    heads = [t for t in speaker if t.head.i == t.i or t.head.i not in inside]
    return heads[0] if heads else None


def _body_noun(token) -> bool:
    """A common noun for a body ("panel", "jury", "committees"), not a word for a person, a share, a name or a
    force ("the regional police", "the Indian navy": ``forces`` reads those), nor one of the plurals ``describe``
    gives a row of their own ("the authorities", "intelligence agencies": ``speakers.names.GROUP_WORDS``)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (token.is_lower or opens_sentence(token)) and lemma in body_nouns() \
        and not names_person(lemma) and lemma not in QUANTIFIERS and token.lower_ not in QUANTIFIERS \
        and bare_force(SpeakerName(token.lower_, None, "organisation")) is None and token.lower_ not in GROUP_WORDS


def _names(token) -> bool:
    """A word naming someone or somewhere: an entity of the recogniser, a proper noun, a capital inside the sentence,
    or a noun opening it that the article never writes in lower case ("Sanders’ allies", the name tagged a plural
    noun); not an article, a number or an adjective opening it ("An", "Two", "Federal")."""
    if token.ent_type_ in NAME_ENTITIES or token.pos_ == "PROPN":
        return True
    if not token.text[:1].isupper():
        return False
    return not opens_sentence(token) or token.pos_ == "NOUN" and not only_opening_capital(token)


def _brought_in(token) -> bool:
    """"a federal jury", "one panel": a body brought in as new, which no earlier name may be."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE and c.i < token.i for c in token.children)


def _previous_sentence_start(doc, at: int) -> int | None:
    """The first token of the sentence before the one holding character ``at`` (or of that one, if first)."""
    here = next((t for t in doc if t.idx >= at), None)
    if here is None:
        return None
    sentence = here.sent
    return doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
