"""Whether one unit tells an act failed or refused and the other, denying nothing, another act: two stages of one story.

A step toward an act and the act's failure read alike: "Louisiana Senate backs transgender sports ban veto override"
and, a day on, "Louisiana lawmakers fail to override veto on transgender sports ban". Both name the veto, the ban and
the state; the pair model links them, and the judges read them W, "another stage or action": the Senate's vote
happened, and the failure is of the whole legislature a day later. What tells them apart is the failing unit's main
verb, a verb news writes for an act not done (`denials`: "failed to", "refused to", "declined to", the stems of
`negating_verbs.json`), beside a unit that denies nothing and states another act (a vote, a backing, a request).

A unit stating the failed act itself, undenied ("overrode the veto" beside "failed to override the veto"), is not
parted: that is one claim told two ways, and the polarity line is how the product shows it. Nor is a unit that denies
something too ("did not have the votes"), which may tell the failure in other words.

Counted before it was built (session 74, stage74; `bench/failed_steps.py`, docs/linking.md "An act failed or refused
beside another act done"): on every judged dev link it parts W 5 (the Louisiana story's, all "another stage or action"),
R 0, P 0; on the unjudged political news (basil, basilB, basilD, wcepA) 69 close sentence pairs of two reports of one
event and on the GVA crawl 10, all read by hand, none one claim for certain (two one stance told on two days:
"Akin rebuffed calls … to step aside" / "Akin … refused to step down"). Reading any main act of the other unit, done
or not, and any failing unit, it parted R 1 and P 2 more.
"""
from __future__ import annotations

from viewer.analysis.claims.denials import negating_verb_stems
from viewer.analysis.claims.features import UnitFeatures
from viewer.analysis.claims.intentions import told_done


def failed_acts(unit: UnitFeatures) -> set[str]:
    """The acts the unit tells as failed or refused, where that is all its main verbs tell: what its failing verb
    denies ("failed to override": override). A unit stating another main act beside the failure ("attacked Gaza …
    after airstrikes failed to curb …") tells more than the failure and is read as nothing here."""
    stems = negating_verb_stems()
    if not unit.acts or not all(act.startswith(stems) for act in unit.acts):
        return set()
    return {word for denied in (unit.denied or ()) for word in denied.split()}


def failed_beside_step(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells an act failed and the other, denying nothing, another act done (module docstring)."""
    return _failed_beside(a, b) or _failed_beside(b, a)


def _failed_beside(failing: UnitFeatures, other: UnitFeatures) -> bool:
    """The other unit's acts are told done (`intentions.told_done`: a past form, a perfect, a headline's bare present),
    none of them the failed act nor a word of the failing unit ("Cormier, who owned a chimney sweep business, declined
    to speak …" tells the owning too), and it denies nothing."""
    failed = failed_acts(failing)
    done = told_done(other)
    if not failed or not done or other.negations or any(other.denied or ()):
        return False
    return not (set(other.acts) & (failed | set((failing.word_forms or "").split())))
