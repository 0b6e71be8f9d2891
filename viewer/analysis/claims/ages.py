"""The ages a passage gives people, so two sources of one claim can be seen to differ on them.

Crime and court reports name nearly everyone with an age ("Norris Greenhouse Jr., 32,", "the
22-year-old Jesse Dobbs"), and outlets copying one another get them wrong or swap them. An age is
not a count: the figure comparison leaves it out, so it is read here, with who it belongs to.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from viewer.analysis.claims.vocabulary import fold
from viewer.analysis.generations import is_generation
from viewer.analysis.nlp import text_of
from viewer.analysis.person_names import SURNAME_SIMILARITY
from viewer.corpus.spans import Span

OLDEST = 110
_CAPITALISED = r"[A-Z][\w'’.-]*"
# A nickname in quotation marks between the given name and the surname ('Javarrie "JoJo" Robertson', 'Joe “Joe Duke”
# Robertson'): without it the name read began after the nickname, with no given name, and a son and his father of one
# surname were one person given two ages (discrep51, gvaI).
_NAME_WORD = rf"(?:{_CAPITALISED}|[\"“]{_CAPITALISED}(?:\s+{_CAPITALISED})?[\"”])"
_BEFORE_NICKNAME = re.compile(r"^([A-Z][\w'’-]*)\s+[\"“]")  # the given name a quoted nickname follows
# "Norris Greenhouse Jr., 32," / "Breanne Leigh, 31, told" / "Smith, aged 45."
_APPOSITIVE = re.compile(
    rf"\b({_CAPITALISED}(?:\s+{_NAME_WORD}){{0,4}}?)(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?,\s+(?:aged\s+)?(\d{{1,3}})"
    r"(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:of|and|from|who|was|were|is|has|had)\b))"
)
_YEAR_OLD = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b")


@dataclass(frozen=True)
class StatedAge:
    """An age given to someone named. ``start``/``end``: the figure, in the passage. Unnamed people
    are not read: "a 30-year-old man" and "a 23-year-old man" in two reports of one shooting are
    two defendants as often as one man (9 of 20 such pairs on the GVA crawl were one person)."""

    who: str  # as written, for the explanation
    surname: str  # folded
    given: str  # folded; "" when not written
    age: int
    start: int
    end: int

    def same_person(self, other: "StatedAge") -> bool:
        """Same surname, and given names that agree when both are written ("Ronald Wilkson" and
        "Valerie Wilkson" are two people). A given name written among the other's names agrees: the parser may leave
        the first name out of a person ("Armando Rodrigo Garcia-Ramires" read with the given name "Rodrigo", beside
        "Armando Garcia-Ramires": gvaG, one man given 36 and 35 years)."""
        return self._named_alike(other, str.__eq__)

    def may_be(self, other: "StatedAge") -> bool:
        """Whether the two could be one person written apart: `same_person` with names spelt a letter or two
        apart or one inside the other ("Joanne Sinclaire"/"Jo Sinclair", "Devante Akins"/"Devante Adkins").
        Across two reports of one incident of the GVA crawl, 11 of 12 surnames so alike were one person, and all
        32 given names so alike beside one surname (`training/count_named_people.py`)."""
        return self._named_alike(other, spelt_alike)

    def _named_alike(self, other: "StatedAge", alike) -> bool:
        return alike(self.surname, other.surname) and (
            not self.given or not other.given or alike(self.given, other.given)
            or self.given in _words(other.who) or other.given in _words(self.who))


def spelt_alike(x: str, y: str) -> bool:
    """Two folded names a letter or two apart (at the likeness the speakers take for one surname), or one inside
    the other."""
    return x in y or y in x or SequenceMatcher(None, x, y).ratio() >= SURNAME_SIMILARITY


def _words(written: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[\w'’]+", written)}


def ages_in(doc, span: Span) -> list[StatedAge]:
    """Ages given to people in ``span`` of a parsed text, offsets in the text: "Name, N," by
    pattern, "N-year-old Name" by the parse; who is named is what the parser calls a person, so a
    title ("Lt.", "Officer") is not a given name and "the 32-year-old Smith" is Smith, while "a
    26-year-old Chicago man" and "the 17-year-old was shot" name no one."""
    text = text_of(doc)
    found = []
    for hit in _APPOSITIVE.finditer(text, span.start, span.end):
        written = re.sub(r"[,\s]+(?:aged\s+)?$", "", text[hit.start(1):hit.start(2)])
        found.append(_person(doc.char_span(hit.start(1), hit.start(2), alignment_mode="expand"), written, hit.start(2), hit.end(2)))
    for hit in _YEAR_OLD.finditer(text, span.start, span.end):
        old = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        head = old[-1].head if old is not None and old[-1].dep_ == "amod" and old[-1].head.i > old[-1].i else None
        if head is not None and head.pos_ == "PROPN":
            names = doc[old[-1].i + 1:head.i + 1]
            found.append(_person(names, names.text, hit.start(1), hit.end(1)))
    return sorted((a for a in found if a is not None and 0 < a.age <= OLDEST), key=lambda a: a.start)


def _person(tokens, written: str, start: int, end: int) -> StatedAge | None:
    """The person the tokens name: the parser's PERSON words in them, or else its proper nouns
    outside a place, date or group (it takes "Norris Greenhouse Jr." for a body); the surname is
    the last (before "Jr."), the given name the first before it that is not an initial or a title
    ("L.", "Lt."), or the word a quoted nickname follows ('Javarrie "JoJo" Robertson', which the parser may read as
    "JoJo Robertson" or "Robertson" alone)."""
    if tokens is None:
        return None
    words = [t for t in tokens if t.text[:1].isalpha() and not is_generation(fold(t.text))]
    named = [t for t in words if t.ent_type_ == "PERSON"] or \
        [t for t in words if t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG")]
    if not named:
        return None
    nickname = _BEFORE_NICKNAME.match(written)
    given = [nickname.group(1)] if nickname else [t.text for t in named[:-1] if not _abbreviated(t)]
    return StatedAge(written, fold(named[-1].text), fold(given[0]) if given else "", int(text_of(tokens.doc)[start:end]), start, end)


def _abbreviated(token) -> bool:
    """An initial or a title cut short: "L.", "Lt." (the tokenizer may leave the full stop apart)."""
    text = text_of(token.doc)
    return token.text.endswith(".") or text[token.idx + len(token):token.idx + len(token) + 1] == "."


def differing_ages(left: Iterable[StatedAge], right: Iterable[StatedAge]) -> list[tuple[StatedAge, StatedAge]]:
    """One person given different ages on the two sides, and no age both sides agree on for them:
    each person once, paired with the other side's nearest age. A bare surname the other side
    gives to people of different given names (a father and son) is not compared. Where the other side names no one
    alike, a name spelt a letter or two apart is the person (`StatedAge.may_be`: "Brittney Lynn Luark, 23" /
    "Brittany Luark, 22" in one identification) when each side names only that one person so (`_alike_only`)."""
    left, right = list(left), list(right)
    out, seen = [], set()
    for a in left:
        same, alike = _named(a, right)
        if (a.surname, a.given) in seen or not _surely_theirs(a, same, alike, left) or \
                any(_ambiguous(b, [c for c in left if alike(c, b)]) for b in same):
            continue
        if not any(b.age == c.age for b in same for c in left if alike(c, b)):
            seen.add((a.surname, a.given))
            out.append((a, min(same, key=lambda b: abs(b.age - a.age))))
    return out


def one_person(left: Iterable[StatedAge], right: Iterable[StatedAge]) -> list[tuple[StatedAge, StatedAge]]:
    """Each person both sides give an age, once, as `differing_ages` pairs them whatever the ages: named alike, or
    spelt a letter or two apart where each side names only that one person so. A name written two ways shows here."""
    left, right = list(left), list(right)
    out, seen = [], set()
    for a in left:
        same, alike = _named(a, right)
        if len({(b.surname, b.given) for b in same}) != 1 or (a.surname, a.given) in seen or \
                not _surely_theirs(a, same, alike, left):
            continue
        seen.add((a.surname, a.given))
        out.append((a, same[0]))
    return out


def _named(a: StatedAge, right: list[StatedAge]) -> tuple[list[StatedAge], Callable[[StatedAge, StatedAge], bool]]:
    """The other side's ages of ``a``'s person, and how they were found: named alike (`same_person`), else spelt a
    letter or two apart (`may_be`)."""
    same = [b for b in right if a.same_person(b)]
    return (same, StatedAge.same_person) if same else ([b for b in right if a.may_be(b)], StatedAge.may_be)


def _surely_theirs(a: StatedAge, same: list[StatedAge], alike: Callable[[StatedAge, StatedAge], bool],
                   own: list[StatedAge]) -> bool:
    """Whether the other side's ages `_named` found (``same``, by ``alike``) are surely of ``a``'s person: some, ``a``'s
    bare surname not given to people of different given names there, and, found by a spelling apart, one person each
    side (`_alike_only`)."""
    return bool(same) and not _ambiguous(a, same) and (alike is StatedAge.same_person or _alike_only(a, same, own))


def _alike_only(a: StatedAge, others: list[StatedAge], own: list[StatedAge]) -> bool:
    """Whether the names spelt apart name one person each: the other side's all one name, and no second person of
    ``a``'s side they may be ("Jamie" and "Jaime Smith" both named on one side are two)."""
    names = {(b.surname, b.given) for b in others}
    return len(names) == 1 and {(c.surname, c.given) for c in own if any(c.may_be(b) for b in others)} == \
        {(a.surname, a.given)}


def _ambiguous(age: StatedAge, others: list[StatedAge]) -> bool:
    return not age.given and len({b.given for b in others if b.given}) > 1
