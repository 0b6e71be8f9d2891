"""Whether one unit tells a court hearing (an appearance in court, an arraignment) and the other only the arrest.

"A man accused of a double murder at a northeast Bakersfield house party in 2013 appeared in court Tuesday" and "Man
arrested in connection with 2013 house party murders" share the man, the party, the year and the murders, and read
alike; but the first tells a hearing, days after the arrest the second tells, and neither tells the other's stage. The
judges read such a link W, "another stage or action" (gvaZ14, session 66's blind draw). `stages.stage_beside_shooting`
parts a court stage only from a unit telling none, and `verdicts.verdict_beside_charge` only the end of a case from its
start; session 62 refused any two different court acts (R 4, P 18, W 3), mostly a charge told beside the arraignment
on it ("The 16-year-old was charged with assault …" / "The teen was arraigned … on charges of misdemeanor assault …",
P). This reads only the hearing against the custody: the arrest, booking or detention, charge or not, with no court word.

Read from stored features: the hearing unit's main acts hold "arraign", or "appear" with a court word among its terms
("appeared in juvenile court", "appeared before a judge"), undenied, and no custody act; the other's main acts hold a
custody act (`CUSTODY_ACTS`), undenied, and its words no court word nor one of the case's end ("guilty", "trial":
`verdicts` parts those).

Counted before it was built (session 67, stages67; `bench/veto_counts.py --veto hearing_beside_arrest`): on every
judged dev link the reading parts W 1 (the Bakersfield pair, made by main), R 0, P 0; a hearing beside any court act,
a charge among them, would part W 2, P 2 (the two arraignments on the charges). On the GVA crawl (914 incidents, two
reports each) 70 sentences tell a hearing, 18 of them parted from a sentence of the other report, in 18 report pairs;
33 sentence pairs are newly parted, and the 7 sharing two content terms, read by hand, are all a hearing beside the
same defendant's arrest or booking ("Cephas was arraigned on Thursday morning …" / "Ernest Cephas, 35, was arrested
early Thursday on two charges"; "Bravo would be arraigned at 3 p.m. Monday" / "Bravo was booked into the Lake County
Jail").
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.verdicts import VERDICT_WORDS
from viewer.analysis.claims.vocabulary import term

# The custody acts of a case's start, as main acts' verb keys: the court and custody acts `stage_acts.json` looked for
# that hold someone before any court, and "take in" ("was taken into custody").
CUSTODY_ACTS = frozenset({"arrest", "detain", "book", "apprehend", "take in"})
# The court words: what follows "appeared in/before" in the crawl's court appearances (`bench/court_appearances.py`).
COURT_WORDS = frozenset(term(w + end) for w in ("court", "courtroom", "hearing", "judge", "magistrate", "arraignment")
                        for end in ("", "s"))


def tells_hearing(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit is an arraignment or an appearance in court, undenied, and no main act a custody
    act too ("was arrested and arraigned Monday")."""
    acts = set(unit.acts)
    heard = "arraign" in acts or ("appear" in acts and bool(COURT_WORDS & set(unit.terms)))
    return heard and not unit.negations and not CUSTODY_ACTS & acts


def tells_custody(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit arrests, books or detains someone, undenied, and no word of it tells a court or
    the case's end."""
    terms = set(unit.terms)
    return (bool(CUSTODY_ACTS & set(unit.acts)) and not unit.negations and not COURT_WORDS & terms
            and not VERDICT_WORDS & terms)


def hearing_beside_arrest(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a hearing and the other only the custody before it (module docstring)."""
    return (tells_hearing(a) and tells_custody(b)) or (tells_hearing(b) and tells_custody(a))
