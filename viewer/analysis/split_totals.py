"""Counts of different wholes: one report's total of people hit against another's dead and wounded told apart.

"Five people were shot" and "four people were wounded and one was killed" agree: the first counts everyone hit, the
second the living and the dead apart, and five is four and one. Compared as two counts of people they read as a
conflict ("people: 'five' vs 'four'"), which no researcher wants. training/count_split_totals.py counted the GVA crawl:
of the 61 incidents whose articles give one total of people shot and one pair of dead and wounded, 41 totals are the
sum of the parts, 8 the wounded alone and 12 neither (disc53); so a total that is the sum of the other report's two
parts, the three counts of people each told of something else (shot / wounded / killed), is one toll, not two.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.model import Mention
from viewer.analysis.person_names import person_nouns
from viewer.analysis.same_count import singular
from viewer.analysis.sourcing import content_word, stem

_CLAUSE = re.compile(r"[^,;:.!?]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REACH = 4  # words after the count (its noun, auxiliaries) in which the word said of it stands: "people were shot"

_Given = tuple[CountedFigure, Mention]  # a figure with the mention giving it
_Sided = Sequence[_Given]


def one_toll(a: _Given, b: _Given, every_a: _Sided, every_b: _Sided) -> bool:
    """Whether one of the two figures is a total the other and a count beside it in its mention add up to, the three
    counting people, each told of a different fate (see the module)."""
    return _sum_of_parts(a, b, every_b) or _sum_of_parts(b, a, every_a)


def _sum_of_parts(total: _Given, part: _Given, side: _Sided) -> bool:
    (f, m), (g, n) = total, part
    if f.value is None or g.value is None or not (_of_people(f) and _of_people(g)):
        return False
    fates = {_fate(f, m), _fate(g, n)}
    for h, k in side:
        if k is n and h is not g and h.count and not h.corrected and h.value is not None and _of_people(h) \
                and f.value == g.value + h.value and len(fates | {_fate(h, k)} - {""}) == 3:
            return True
    return False


def _of_people(f: CountedFigure) -> bool:
    """A count of people: of whoever a verb is said of ("one was killed"), or of a noun for people."""
    return not f.noun or singular(f.counts) == "person" or f.counts in person_nouns()


def _fate(f: CountedFigure, m: Mention) -> str:
    """What the count is said to have befallen, stemmed: the verb the reader recorded ("kill" of "one was killed"),
    else the first content word after the count in its clause ("wound" of "four people were wounded"), else the
    last before it ("hurt" of "hurt 15 people"); "" when none."""
    if f.counts and not f.noun:
        return stem(f.counts)
    after = [w for w in _WORD.findall(_CLAUSE.match(m.text, f.end).group())[:_REACH] if w != f.thing]
    before = _WORD.findall(m.text[:f.start].rsplit(",", 1)[-1])[-2:]
    said = [w for w in after if content_word(w)] or [w for w in before[::-1] if content_word(w)]
    return stem(said[0]) if said else ""
