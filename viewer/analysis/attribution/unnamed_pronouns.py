"""A he or she that goes on for someone the article never names: "A 13-year-old passenger told police he came
with Booher and the driver, Dane Mathesius. He says they picked up Reddick…".

News quotes passers-by, witnesses and relatives by a description ("a neighbor", "one witness", "an employee at a
gas station") and then by "he" or "she". A pronoun took the nearest person the article names, who was often the
victim or someone the description's own report named: on the GVA crawl "A neighbor told us her daughter and Ciara
had played together. 'Very kind, sweet kid,' she said" gave the neighbour's words to Ciara, and "One witness told
KING 5 he saw…. He said up to 10 shots were fired" to a police officer quoted before. The pronoun is the described
speaker of the report just before it, close by, when the description brings someone in as the subject opening
that report's sentence ("a", "one", "another"), no one named stands between and the description does not say
the other sex ("a
man … She said" is not his). A definite description ("the candidate said…. He added") may be someone named before,
and a predicate ("Mr. Blumenthal is known as a brilliant lawyer who…") is someone named: both are left to the
nearest name, as they were.
"""
from __future__ import annotations

from viewer.analysis.nlp import text_of
from viewer.analysis.speakers.kinds import names_person, sexed_nouns
from viewer.analysis.speakers.nameless import description
from viewer.analysis.speakers.names import SpeakerName
from viewer.corpus.spans import Span

_PARAGRAPHS_APART = 1  # the description's report and the pronoun: the same paragraph or the next
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def introduces(speaker: list) -> bool:
    """Whether a speaker phrase (spaCy tokens) brings in someone new as its report's subject: "A 13-year-old
    passenger told police", "One witness said", "Her mother said" (``_relative``); not "the witness" nor "known as
    a brilliant lawyer"."""
    heads = [t for t in speaker if t.head.i == t.i or t.head not in speaker]
    head = heads[0] if heads else None
    if head is None or head.pos_ != "NOUN" or head.dep_ not in _SUBJECTS:
        return False
    opening = head.doc[head.sent.start:head.left_edge.i]
    if any(not (t.is_punct or t.pos_ == "CCONJ") for t in opening):
        return False  # "Fiorina was a microscopic planner - a former speechwriter said she…":
        # an aside on someone named
    return any(c.lower_ in _INDEFINITE and c.dep_ in ("det", "nummod") for c in head.children if c.i < head.i) or \
        _relative(head)


def _relative(head) -> bool:
    """"Her mother said…", "his wife told police": a relative told only by whose they are, whose noun says the sex.
    Left to the nearest name, the "She said" after it went to the daughter named before ("Ashley Smith said she
    heard shots. Her mother said… She said"); a relative the article names ("Her mother, Dana Smith") is that name."""
    return head.lower_ in sexed_nouns() and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and \
        not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in head.children)


def sex_of(description: str, described_sex) -> str | None:
    """What a description says of the sex: its noun ("a woman then came to the officer's car…. As the officer
    approached, he saw…" is not hers; ``kinds.sexed_nouns``), or a compound of "woman" or "man"
    (``described_sex``)."""
    last = description.lower().split()[-1:] or [""]
    return sexed_nouns().get(last[0]) or described_sex(description)


def described_subject(doc, at: int, gender: str | None, named: list[int], reported: list[Span]) -> SpeakerName | None:
    """"The boy's 8-year-old sister found the shotgun…. She took the stand to testify": a he/she after a sentence
    whose subject is someone described, never named, by a noun of the pronoun's sex or of either sex ("Officer
    Reyes's partner was taken to Mercy Hospital. He said…" is the partner's, not Reyes's), is that person, when no one
    named (``named``: where people and speakers are named) stands between and the description is nobody's
    reported words ("Smith said his wife was home. She…" may still be Smith's wife or anyone)."""
    if gender is None:
        return None
    text = text_of(doc)
    start = text.rfind("\n\n", 0, text.rfind("\n\n", 0, at) if "\n\n" in text[:at] else 0)
    for token in reversed([t for t in doc if max(start, 0) <= t.idx < at]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" and \
                _of_sex(token, gender) and _described(token) and \
                not any(span.start <= token.idx < span.end for span in reported):
            if any(token.idx < position < at for position in named) or _name_as_subject(doc[token.i + 1:], at):
                return None
            words = list(doc[token.left_edge.i:token.i + 1])
            said = description(words) if words[0].pos_ != "PROPN" else \
                text[words[0].idx:words[-1].idx + len(words[-1].text)]  # "Philpot's sister", its capital kept
            return SpeakerName(said, said, "unknown", unnamed=True)
    return None


def _name_as_subject(tokens, at: int) -> bool:
    """Whether a name is the subject of a clause before ``at`` ("Reyes was treated at the scene"), whatever the
    tagger made of it (a proper noun, or a word of a person's name the recogniser found): the pronoun may be theirs."""
    doc = tokens.doc
    named = {w.text for e in doc.ents if e.label_ == "PERSON" for w in e}
    return any(t.idx < at and t.dep_ in _SUBJECTS and (t.pos_ == "PROPN" or t.text in named) for t in tokens)


def _of_sex(token, gender: str) -> bool:
    """Whether a noun for a person may be one of ``gender``: its sex is that one ("sister"), or it has none
    ("partner", "neighbor": a kind of person, ``kinds.names_person``, that ``kinds.sexed_nouns`` does not hold), and
    one person ("the victim's parents" are no "he")."""
    sex = sexed_nouns().get(token.lower_)
    return sex == gender or sex is None and token.tag_ == "NN" and names_person(token.lemma_.lower())


def _described(token) -> bool:
    """Someone brought in ("a woman", "one witness") or told by whose relative they are ("the boy's sister", "Asia's
    son"), with no name set beside them; not "the man", "this mother" nor "his brother", who may be someone named
    before ("Alicia Shannon…. Sadly this is the second time this mother is burying one of her children")."""
    children = list(token.children)
    owner = [c for c in children if c.dep_ == "poss"]
    return (any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children) or
            any(c.pos_ in ("NOUN", "PROPN") for c in owner)) and \
        not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in children) and \
        not any(t.ent_type_ == "PERSON" for t in token.subtree if t.i > token.i)


def continued_description(at: int, history: list[tuple[int, SpeakerName]], people: list[tuple[int, SpeakerName]],
                          gender: str | None, text: str, introducing: set[int], described_sex) -> SpeakerName | None:
    """The unnamed described speaker a he/she at ``at`` goes on for, or None. ``history``: the speakers before
    it in reading order, with their positions; ``people``: the named people a pronoun may take (outside what
    others are reported to say); ``introducing``: the positions of speaker phrases that bring someone in;
    ``described_sex``: what a compound noun of a description says of the sex, or None."""
    before = [(position, name) for position, name in history if position < at]
    if not before:
        return None
    position, last = before[-1]
    if not last.unnamed or last.kind not in ("person", "unknown") or position not in introducing:
        return None
    if text[position:at].count("\n\n") > _PARAGRAPHS_APART:
        return None
    if any(position < start < at for start, _ in people):
        return None  # "A neighbor said the mother was near. Robinson ran up to help. 'I sure hope so,' he said"
    sex = sex_of(last.role or last.name, described_sex)
    return last if gender is None or sex in (None, gender) else None
