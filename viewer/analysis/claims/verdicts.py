"""Whether one unit tells the end of a case (a verdict, a plea of guilty, a sentence) and the other an arrest or charge.

"Man Found Guilty in Shooting Death of 3-Year-Old Girl" and "Police Arrest Man Accused in Shooting Death of 3-Year-Old
Girl" share the man, the girl and the shooting death, and read alike; but the first tells a verdict, months after the
arrest the second tells, and neither tells the other's stage. The judges read such a link W, "another stage or action"
(training/judged/README.md: the shared detail sits only in the object of another act). `stages.stage_beside_shooting`
parts a court stage only from a unit telling no court stage at all, so two court stages beside each other stayed
linked; session 62 measured any two different court acts (R 4, P 18, W 3: an arrest and a charge are told together
and apart by every report), this reads only the end of the case against its start.

Read from stored features: the verdict unit's main acts hold a verdict act ("convicted", "sentenced", "acquitted") or
"found" or "pleaded" with "guilty" among its words, and no act of the case's start; the other's main acts hold an act
of the start (every court or custody act `stages` counted on the crawl that is no verdict: "arrested", "charged",
"accused", "booked", "indicted", "arraigned", `stage_acts.json`) and its words no verdict word ("faces up to 20 years
if convicted", "ordered to stand trial": it tells the end too); neither unit denies anything ("pleaded not guilty" is
a plea at the arraignment, "has not been charged" no charge).

Counted before it was built (session 66, `bench/veto_counts.py --veto verdict_beside_charge`; docs/linking.md): on
every judged dev link the reading parts W 6 (all "another stage or action"), R 0, P 1 (links50bw's "Heinrich, who had
been charged with 25 counts …, pleaded guilty to one count" / "Heinrich has been charged with 25 counts", judged under
session 50's standard, before a detail shared only in a relative clause read W); on the GVA crawl (914 incidents, two
reports each) 165 sentences end a case, 92 of them parted from a sentence of the other report, in 35 report pairs;
all 70 newly parted sentence pairs sharing two content terms, read by hand, are a plea, verdict or sentence beside an
arrest, charge or indictment (55 the same defendant's, 7 a co-defendant's, 8 another case's).

Session 67 (stages67) reads the start in its words too (`START_WORDS`): "Clay County jail records show … Wayman … was
being held Thursday on capital murder and criminal trespass charges" tells the case's start through a record, not as its
main act, and stayed linked with "Wayman, 18, was sentenced to life in prison Thursday" (gvaZ14, W). Counted first
(`bench/veto_counts.py --veto verdict_beside_charge`, and on the crawl's 914 report pairs the verdict sentences beside a
sentence of the other report that no veto parted, by the court or custody word it holds): the words kept are those whose
close pairs read as a case's earlier stage; "court", "judge", "hearing", "prosecutor" (a source: "court records show",
"prosecutors said"), "suspect" and "jail" (a sentence's place) were left out. With them the veto parts on every judged dev
link W 1 more (the Wayman pair), R 0, P 0; on the crawl 113 verdict sentences are parted from a sentence of the other
report (92 before), in 42 report pairs (35), and the 35 more close sentence pairs newly parted (105 in all), all read by
hand, are 24 a verdict beside the same case's earlier stage (faces charges, a warrant issued, held on bond, taken into
custody, the indictment, a mistrial) and 11 beside a sentence using the word for something else (a custody battle,
"resisted arrest", another case's arrests, a son "accused" of the shooting): none one claim with the verdict.
"""
from __future__ import annotations

from functools import lru_cache

from viewer.analysis.claims import stages
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import term

VERDICT_ACTS = frozenset({"convict", "sentence", "acquit"})
_GUILTY_ACTS = frozenset({"find", "plead"})  # "was found guilty", "pleaded guilty": a verdict with "guilty" only
# A word of the case's end: a unit holding one tells that stage too, whatever its main act.
VERDICT_WORDS = frozenset(term(w) for w in ("guilty", "convict", "conviction", "sentence", "verdict", "trial",
                                             "acquit", "acquittal", "plea"))
# A word of the case's start, in any position ("was being held … on capital murder charges", "a warrant has been issued
# for", "was taken into custody", "is being held under a $6 million bond"): counted on the crawl (module docstring).
START_WORDS = frozenset(term(w + end) for w in ("charge", "arrest", "warrant", "custody", "bond", "bail", "indictment",
                                                "accuse", "accused", "count") for end in ("", "s"))


@lru_cache(maxsize=1)
def start_acts() -> frozenset[str]:
    """The court and custody acts of a case's start: every act `stages` counted on the crawl but the verdicts and the
    plea, which is either ("pleaded guilty" ends a case, "pleaded not guilty" is its arraignment)."""
    return stages.seen_acts() - VERDICT_ACTS - {"plead"}


def tells_verdict(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit, or its "after" clause (`stages.after_terms`: "is facing up to 40 years in prison
    after he was found guilty"), ends the case ("was convicted", "was sentenced", "found guilty", "pleaded guilty"),
    undenied, and no main act tells its start too ("was arrested and later convicted")."""
    acts = set(unit.acts)
    ends = (VERDICT_ACTS & acts or (_GUILTY_ACTS & acts and term("guilty") in unit.terms)
            or VERDICT_WORDS & set(unit.after))
    return bool(ends) and not unit.negations and not start_acts() & acts


def tells_case_start(unit: UnitFeatures) -> bool:
    """Whether a main act of the unit arrests, charges or accuses someone, or a word of it tells that start
    (`START_WORDS`: "was being held on … charges"), undenied, and no word of it tells the case's end."""
    terms = set(unit.terms)
    return (bool(start_acts() & set(unit.acts) or START_WORDS & terms) and not unit.negations
            and not VERDICT_WORDS & terms)


def verdict_beside_charge(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit ends a case and the other tells only its start (module docstring)."""
    return (tells_verdict(a) and tells_case_start(b)) or (tells_verdict(b) and tells_case_start(a))
