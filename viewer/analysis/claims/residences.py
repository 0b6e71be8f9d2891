"""Whether one unit tells where someone lives, as its main act, and the other tells something else of the incident.

"Luke lived at the house on Amesti Road with his father and uncle, both of whom were stabbed just before 3 a.m.
Saturday" and "Two men were stabbed inside this house on the 800 block of Amesti Road just before 3 a.m. Saturday" share
the house, the road, the hour and the stabbing, and read alike; but the first states who lived there, carrying the
stabbing only in a clause of its object, and the second never says so. The judges read such links W, "another detail
of the incident". Counted before this was built (`bench/residence_links.py`, docs/linking.md "Where someone lives"): of
the judged dev links main made in session 65 it parts W 8 (gvaZ1, gvaZ4, gvaZ6, gvaZ7) and no R or P (without the
other unit's own act it parted P 2 too: "All four victims lived at the home and have been identified as …" / "The dead
are …"; "She was in school, she lived abroad, she did an internship" / "She was in school"); on the GVA crawl (914
incidents with two reports) 181 residence sentences, 95 of them facing an alike sentence of the other report it parts
(97 in that first form; of 30 of those read by hand, 27 tell a residence beside another detail, 2 are a caption's
"LIVE" read as the verb beside another line, and 1 is the first P above).

Read from the stored acts (`UnitFeatures.acts`, the main verbs and what a reporting verb reports): a unit states a
residence when one of its acts is a verb of living somewhere (`RESIDING`). The veto: the other unit states no
residence and holds no word of one ("Walker, who lived nearby …, was shot" tells it too, in a clause; "a Hawthorne
resident"), and it states an act of its own that the residence unit does not ("All four victims lived at the home and
have been identified as …" beside "Police identified the victims as …" states the other's claim as well; beside "The
dead are …" or "She was in school", which state no act, what else it states cannot be told apart).
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import term

RESIDING = frozenset({"live", "reside"})  # act keys (lemmas) of verbs that tell where someone lives
_RESIDENCE_TERMS = frozenset(term(word) for word in (*RESIDING, "resident"))  # words that tell it anywhere


def states_residence(unit: UnitFeatures) -> bool:
    """Whether one of the unit's main acts tells where someone lives ("the teen lives at the home where …"), denied
    or not, with its particle or not ("live in")."""
    return any(act.removeprefix("not ").split(" ")[0] in RESIDING for act in unit.acts)


def residence_beside_other(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells where someone lives and the other tells another detail (module docstring)."""
    return _one_way(a, b) or _one_way(b, a)


def _one_way(home: UnitFeatures, other: UnitFeatures) -> bool:
    """`residence_beside_other` with ``home`` the unit telling the residence."""
    if not states_residence(home) or not other.acts or _RESIDENCE_TERMS & set(other.terms):
        return False
    return not set(home.acts) & set(other.acts)
