"""Whether one unit tells a court or judge acting and the other only a suit, no court in it: two stages of one case.

A civil case runs a course as a criminal one does: a party sues, the court rules. Two reports of one story often stand
at the two ends and share the parties and the claim ("FTC files renewed antitrust complaint against Facebook" / "Judge
dismisses FTC and state antitrust complaints against Facebook"; "They sued the NCAA and 11 conferences, claiming that
the rules restricting compensation violated antitrust laws" / "In unanimous ruling, Court agrees with athletes that
NCAA violated antitrust laws"). The judges read such a link W, "another stage or action";
`verdicts.verdict_beside_charge` reads only a criminal case's end and start.

The ruling unit has a court or a judge do one of its main acts (`court_acting`, stored as the unit is read: the head of
a main verb's subject, or of a passive's agent, is one of `COURTS`: "a federal judge on Monday threw out …", "the
court seemed inclined to rule …", "was dismissed by a judge"; not "Justice Anthony Kennedy said", whose head is the
man, nor "the Justice Department sued", a party). The suing unit holds a suit word (`SUIT_WORDS`: "lawsuit",
"complaint", "petition", "sued"), no court word anywhere ("filed the suit in federal court", "even Justice Ruth Bader
Ginsburg … expressed some concerns about the particulars of the suit" tell the court too, so the Justice Department's
suit is left to the pair model) and no court acting ("several justices voiced concerns about class-action suits").
The words are the nouns of the courts and of the suits the stage-class W read by hand (session 72) name; "jury" is
left out, as a jury's verdict is a criminal case's end, which `verdicts` reads.

Counted before it was built (session 73, stage73; docs/linking.md "A reaction beside its act, and a ruling beside its
suit"): on every judged dev link `bench/veto_counts.py --veto ruling_beside_suit` parts W 4 (all "another stage or
action", AllSides, two stories: NCAA 1, FTC 3), R 0, P 0.
"""
from __future__ import annotations

from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.vocabulary import term

COURTS = frozenset({"court", "judge", "justice", "circuit", "tribunal", "magistrate"})
COURT_WORDS = frozenset(term(w + end) for w in COURTS for end in ("", "s"))
SUIT_WORDS = frozenset(term(w + end) for w in ("lawsuit", "suit", "complaint", "petition") for end in ("", "s")) | {
    term("sue")}


def court_acting(tokens, verbs: list) -> bool:
    """Whether a court or judge does one of the unit's main acts (module docstring); ``verbs``: its main verbs
    (`acts.main_verbs`), ``tokens`` its span of the parse."""
    inside = range(tokens.start, tokens.end)
    for verb in verbs:
        for child in (c for c in verb.children if c.i in inside):
            doers = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "agent" else \
                [child] if child.dep_ == "nsubj" else []
            if any(d.lemma_.lower() in COURTS for d in doers):
                return True
    return False


def tells_suit_alone(unit: UnitFeatures) -> bool:
    """Whether the unit tells a suit and no court: a suit word, no court word in any position, no court acting."""
    terms = set(unit.terms)
    return bool(SUIT_WORDS & terms) and not COURT_WORDS & terms and not unit.court_acting


def ruling_beside_suit(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells a court or judge acting and the other a suit with no court (module docstring)."""
    return (a.court_acting and tells_suit_alone(b)) or (b.court_acting and tells_suit_alone(a))
