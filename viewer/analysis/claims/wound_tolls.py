"""Whether one unit tells where some of the people were hit and the other how many were shot: "One man was shot in the
chest, one man was shot in the leg" beside "Three men and one woman were shot"; "A 15-year-old boy was shot in the
right foot and three 14-year-old boys were each shot in the left leg" beside "A 13-year-old boy and six other people
were shot".

Both tell the shooting of the incident's victims, share its words and read alike to the encoder; but one is the toll
and the other the wounds of people told one by one, fewer than the toll counts: two facts, which the judges read W
("another detail of the incident"). A unit that tells one wounded person's wound is left alone: beside a toll it is
most often the person the toll names among its count ("… including a D.C. police officer, identified as Scott
Williams, who was shot in the leg", judged P). A unit that counts as many people as the toll, by its own count or by
telling each one's wound ("a 28-year-old man with a gunshot wound in his leg and a 51-year-old woman with a gunshot
wound to her abdomen" beside "two people shot"), may state the toll and is not held apart.

Counted before it was built (session 67; docs/linking.md "Wounds of some beside the toll"): of the judged dev links
with wounds on one side only and a toll on the other, W 4 and P 5, it parts W 3 and no R or P (sides parsed alone); on
gvaU, gvaW, gvaJ and gvaZ11 it parts W 5 and no R or P. `bench/veto_counts.py --veto wounds_beside_toll` counts it on
the judged links and on the GVA crawl's report pairs.
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.outcomes import DEATH, GUNSHOT, WOUND
from viewer.analysis.person_names import names_people

_SEVERAL = 2


def wounds_beside_toll(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether either unit tells the wounds of several people, no more than it counts, and the other no wound but a toll
    of more people (module docstring)."""
    return _some_beside_toll(a, b) or _some_beside_toll(b, a)


def tells_several_wounds(unit: UnitFeatures) -> bool:
    """Whether the unit tells where each of two or more wounded people was hit: the side the veto reads."""
    return len(unit.wounds) >= _SEVERAL


def _some_beside_toll(wounded: UnitFeatures, other: UnitFeatures) -> bool:
    if not tells_several_wounds(wounded) or other.wounds:
        return False
    return _people_told(wounded) < _toll(other)


def _shot(unit: UnitFeatures) -> float:
    """The fewest people the unit's counts say were shot: those counted shot, or the killed and the wounded together."""
    least = {DEATH: 0.0, WOUND: 0.0, GUNSHOT: 0.0}
    for kind, low, _high in unit.outcomes:
        if kind in least:
            least[kind] = max(least[kind], low)
    return max(least[GUNSHOT], least[DEATH] + least[WOUND])


def _toll(unit: UnitFeatures) -> float:
    """How many people the unit says were shot, hurt or killed, its counted group among them ("Three men and one woman
    were shot" counts four); 0 where it counts none."""
    shot = _shot(unit)
    return max(shot, unit.group) if shot else 0.0


def _people_told(unit: UnitFeatures) -> float:
    """The most people the unit tells of: the wounded it tells one by one, its group, its own toll, or the people its
    figures count with each other wounded one ("three 14-year-old boys were each shot in the left leg" and "a 15-year-old
    boy … in the right foot" are four, whom two wound phrases tell)."""
    counted = sum(f.low for f in unit.figures if f.count and f.noun and names_people(f.counts))
    return max(len(unit.wounds), unit.group, _shot(unit), counted + len(unit.wounds) - 1)
