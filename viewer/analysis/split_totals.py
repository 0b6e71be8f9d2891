"""Counts of different wholes: one report's total of people hit against another's dead and wounded told apart.

"Five people were shot" and "four people were wounded and one was killed" agree: the first counts everyone hit, the
second the living and the dead apart, and five is four and one. Compared as two counts of people they read as a
conflict ("people: 'five' vs 'four'"), which no researcher wants. training/count_split_totals.py counted the GVA crawl:
of the 61 incidents whose articles give one total of people shot and one pair of dead and wounded, 41 totals are the
sum of the parts, 8 the wounded alone and 12 neither (disc53); so a count of the shot that is the sum of the other
report's killed and wounded is one toll, not two. Both the fates and the sum are the toll reader's (`outcomes.toll`,
`outcomes.summed`), the one that tells linking which counts are of one outcome.

A headline's parts are often a count and its outcome word alone ("1 Dead, 3 Injured in Shooting"), which the parser
reads as a noun counted ("the dead"); such a count counts people as "one was killed" does (`_outcome_noun`). Counted
on the crawl (training/count_split_totals.py --single --bare): in 54 of the 61 incidents above a part is so written,
and 37 of the 54 totals are the parts' sum, as with the parts written otherwise.
"""
from __future__ import annotations

from collections.abc import Sequence

from viewer.analysis.claims.features import CountedFigure
from viewer.analysis.claims.outcomes import DEATH, GUNSHOT, OUTCOME_KINDS, WOUND, summed, toll
from viewer.analysis.model import Mention
from viewer.analysis.person_names import person_nouns
from viewer.analysis.same_count import singular

_Given = tuple[CountedFigure, Mention]  # a figure with the mention giving it
_Sided = Sequence[_Given]


def one_toll(a: _Given, b: _Given, every_a: _Sided, every_b: _Sided) -> bool:
    """Whether one of the two figures counts the shot and the other, with a count beside it in its mention, the
    killed and the wounded that add up to it (see the module)."""
    return _sum_of_parts(a, b, every_b) or _sum_of_parts(b, a, every_a)


def _sum_of_parts(total: _Given, part: _Given, side: _Sided) -> bool:
    (f, m), (g, n) = total, part
    if not (_counted(f, m.text) and _counted(g, n.text)) or [counted.fate for counted in toll(m.text, [f])] != [GUNSHOT]:
        return False
    parts = toll(n.text, [g] + [h for h, k in side if k is n and h is not g and _counted(h, n.text)])
    fates = [(counted.fate, counted.figure.value, counted.figure.value) for counted in parts]
    return any(kind == GUNSHOT and low == f.value and any(parts[k].figure is g for k in (i, j))
               for (kind, low, _high), i, j in summed(fates))


def _counted(f: CountedFigure, text: str) -> bool:
    """A count of people the text states: of whoever a verb is said of ("one was killed"), of a noun for people, or of
    the outcome word read as a noun ("1 Dead")."""
    return f.count and not f.corrected and f.value is not None \
        and (not f.noun or singular(f.counts) == "person" or f.counts in person_nouns() or _outcome_noun(f, text))


def _outcome_noun(f: CountedFigure, text: str) -> bool:
    """Whether the word right after the count is a toll's outcome word ("1 Dead, 3 Injured"): the noun the parser
    reads the count to count is then those killed, wounded or shot, people, not a thing."""
    word = text[f.end:].split(maxsplit=1)[:1]
    return bool(word) and OUTCOME_KINDS.get(word[0].strip(",.;:").lower()) in (DEATH, WOUND, GUNSHOT)
