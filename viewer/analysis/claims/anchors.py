"""Bare sentences: units that carry nothing saying which event they tell of.

Local outlets write every shooting of their city in the same sentences ("No one was in custody.",
"A man was killed"), so two reports of two incidents can share such a sentence word for word and the
pair model reads them as one claim. A unit is anchored when it names someone or something, gives a
figure that counts or a number written in digits, a year or month, or a person's age; a bare unit does
none of these. Two bare units in one wording say the same thing of any two events, so they are no evidence that
two reports tell one event, and where the reports' anchored claims tell two events (`bare_checked`) they are cut:
`training/count_bare_sentences.py` counts, on the GVA crawl, how often reports of one incident and reports of two
incidents share sentences word for word, bare or anchored. A toll is anchored ("Two people were
killed") yet told of every shooting of a city too; where two reports' addresses name different streets and nothing
rare both name was accepted, their pairs are cut whatever they count (`placed_checked`). Two round-ups of a city's
shootings give many streets and share some, but each tells its shootings under the times they happened; a pair of
their units told under two shootings' times, naming no one rare both give, is cut (`clock_checked`).
"""
from __future__ import annotations

from collections.abc import Callable, Set as AbstractSet

import numpy as np

from viewer.analysis.claims.clock import Section, days_apart, ledes_apart, sections_apart
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.verifier import VETOED


def anchored(features: UnitFeatures) -> bool:
    """Whether the unit says something only some events have: a name, a counted figure or one written in digits
    (a house number), a year or month, an age. "No one" is a figure that counts nothing; a time of day or a weekday
    is a setting, not a figure, and shared by many events."""
    return bool(features.names or features.years or features.months or features.ages or features.unnamed_ages
                or any(f.count or any(c.isdigit() for c in f.text) for f in features.figures))


def bare_checked(scores: np.ndarray, threshold: float,
                 pairs: Callable[[int], tuple[tuple[UnitFeatures, AbstractSet[str]], tuple[UnitFeatures, AbstractSet[str]]]],
                 rare_names: AbstractSet[str]) -> np.ndarray:
    """The scores of one article pair's unit pairs with each pair of two bare units in one wording (`template`) scored
    0, not one claim, where the pairs of two anchored units it accepted (scored ``threshold`` or more) tell of two
    events: there is one, and no accepted pair shares a rare anchor, a name few articles of the corpus give
    (``rare_names``, `candidates.rare_names`) or a name or figure among both units' rarest index keys (``pairs(k)``: the
    k-th pair's two units, each as its features and its rarest keys, `index.RareKeys.of_unit`). An article pair whose
    accepted pairs are all bare on one side at least (three reports' fragments of one quotation, "Baby, they don't")
    has nothing anchored to compare, and is left to the story gate. Like the other checks after the pair model, it can
    only take links away."""
    accepted = [int(k) for k in np.flatnonzero(scores >= threshold)]
    compared = [k for k in accepted if all(anchored(f) for f, _keys in pairs(k))]
    if not compared or any(_share_rare_anchor(*pairs(k), rare_names) for k in accepted):
        return scores
    checked = scores.copy()
    for k in accepted:
        (a, _a_keys), (b, _b_keys) = pairs(k)
        if template(a, b):
            checked[k] = 0.0
    return checked


def placed_checked(scores: np.ndarray, threshold: float,
                   pairs: Callable[[int], tuple[tuple[UnitFeatures, AbstractSet[str]], tuple[UnitFeatures, AbstractSet[str]]]],
                   rare_names: AbstractSet[str], apart: bool) -> np.ndarray:
    """The scores of one article pair's unit pairs, all 0, not one claim, where the two reports give their addresses
    in streets they do not share (``apart``, `streets.streets_apart`) and no pair the pair model accepted shares a rare
    name (`_share_rare_name`). A city's outlets tell each of its shootings in the same words ("Two people were
    killed"; "Six people were shot, one fatally, … in South Chicago early Saturday"), so such pairs are accepted
    across two incidents, and the address is what keeps the two apart. Reports of one incident also give streets
    apart at times (where a victim lived; another crossing of one corner: one pair in eight on the GVA crawl against
    nineteen in twenty of two incidents' sharing a sentence, `training/count_street_places.py`), and then mostly name
    someone both tell of (a victim, a spokeswoman), which keeps their pairs. Like the other checks after the pair
    model, it can only take links away."""
    accepted = [int(k) for k in np.flatnonzero(scores >= threshold)]
    if not apart or any(_share_rare_name(*pairs(k), rare_names) for k in accepted):
        return scores
    return np.zeros_like(scores)


def clock_checked(scores: np.ndarray, threshold: float,
                  pairs: Callable[[int], tuple[tuple[UnitFeatures, AbstractSet[str]], tuple[UnitFeatures, AbstractSet[str]]]],
                  rare_names: AbstractSet[str], sections: Callable[[int], tuple[Section, Section]] | None,
                  people: AbstractSet[str] = frozenset(),
                  days: Callable[[int], tuple[AbstractSet[str], AbstractSet[str]]] | None = None) -> np.ndarray:
    """The scores of one article pair's unit pairs with each pair told under two shootings' clock sections
    (``sections(k)``, `clock.sections_apart`: times an hour apart, or ages apart) scored `VETOED`, never one claim, unless its
    two units name someone rare both give: a surname among ``people``, those the two reports give an age (a victim,
    a suspect: `ages.StatedAge`), and rare as `_rare_among` reads it. A hospital, the medical examiner's
    office or a neighbourhood is named in every round-up of one city, and in a small corpus as rarely as a victim, so
    a name counts only as someone's. ``sections`` is None unless both reports are round-ups (`clock.is_roundup`): two
    round-ups of one city tell every shooting alike ("A man was killed", "He was later pronounced dead at the
    hospital, police said."), and undated in a corpus of several years with weekdays only, the time each shooting is
    told under is what keeps two nights apart. On the GVA crawl close sentences of two round-ups sit in sections apart
    693 times in 1,711 where the reports tell two incidents and 61 in 760 where they tell one
    (`training/count_clock_sections.py`). Two ledes (told before any time) giving tolls apart are cut alike
    (`clock.ledes_apart`), and so are two units whose days (``days(k)``: a section's weekdays, a lede's own) are
    apart (`clock.days_apart`), where two nights' times agree by chance or a lede gives no toll. A cut pair is
    vetoed, not scored 0, and so is one the pair model did not accept: at 0 a merge still joined it through a third
    sentence both read alike ("The girl was hit in the leg and taken to … Hospital" with two nights' "was shot in the
    ankle/leg and taken to …"): vetoed, round58dev's links across incidents fell 87 → 78, one incident's stayed 38.
    Like the other checks after the pair model, it can only take links away."""
    if sections is None:
        return scores
    checked = scores.copy()
    for k in np.flatnonzero(scores > VETOED):
        a, b = pairs(int(k))
        ours, theirs = sections(int(k))
        apart = (sections_apart(ours, theirs) or ledes_apart(ours, theirs, a[0].outcomes, b[0].outcomes)
                 or days is not None and days_apart(*days(int(k))))
        if apart and not _rare_among(set(a[0].names) & set(b[0].names) & people, a[1] & b[1], rare_names):
            checked[k] = VETOED
    return checked


def _share_rare_name(a: tuple[UnitFeatures, AbstractSet[str]], b: tuple[UnitFeatures, AbstractSet[str]],
                     rare_names: AbstractSet[str]) -> bool:
    """A name both units give outside the places they are set in, rare as `_rare_among` reads it (a victim's, a
    spokeswoman's). The city two incidents share is no sign of one, nor are the words of two units' addresses ("NW
    12th Avenue and 65th Street" / "Northwest 20th Avenue and Northwest 62nd Street" share "Avenue"): those are what
    the streets already compared."""
    if a[0].streets and b[0].streets:
        return False
    names = (set(a[0].names) & set(b[0].names)) - set(a[0].setting) - set(b[0].setting)
    return _rare_among(names, a[1] & b[1], rare_names)


def template(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Two bare units of the same content words ("No one was in custody." / "no one was in custody"; "No arrests have
    been made." / "No arrests were made."): wording an outlet writes of every event. Two bare units in other words
    ("The child later died at the hospital." / "The child died in the emergency room") are left to the pair model:
    a paraphrase is no template."""
    return not (anchored(a) or anchored(b)) and set(a.terms) == set(b.terms)


def _share_rare_anchor(a: tuple[UnitFeatures, AbstractSet[str]], b: tuple[UnitFeatures, AbstractSet[str]],
                       rare_names: AbstractSet[str]) -> bool:
    """A figure among both units' rarest keys, or a name both give that is rare (`_rare_among`)."""
    keys = a[1] & b[1]
    return any(k.startswith("m:") for k in keys) or _rare_among(set(a[0].names) & set(b[0].names), keys, rare_names)


def _rare_among(names: AbstractSet[str], keys: AbstractSet[str], rare_names: AbstractSet[str]) -> bool:
    """Whether one of ``names`` is rare: few articles give it, or it is among the two units' shared rarest ``keys``
    (rare by articles in a small corpus of many stories, by units in a story told by many reports)."""
    return bool(names & rare_names) or any("t:" + n in keys for n in names)
