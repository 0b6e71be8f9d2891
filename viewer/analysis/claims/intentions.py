"""Whether one unit tells an act as intended and the other tells the same act done: two stages of one act.

Political acts run a course: a bill is proposed, a vote is set, the chamber passes it, the governor says he intends to
sign it and signs it. Two reports of one story often stand at two points of that course, and their sentences read alike
("Florida Gov. Ron DeSantis announced on Friday that he intends to sign an executive order that will prevent Florida
schools from requiring students to mask" / "Florida Gov. Ron DeSantis … signed an executive order Friday that
prohibits schools in the state from requiring students to wear face masks"). The judges read such a link W, "another
stage or action" (the standard since session 49: "set to vote" / "voted" is not one claim).

The intended act is read from the unit's main verbs (`acts.main_verbs`): the clause of a verb of intention
(`intention_words.json`: "intends to sign", "is expected to be arraigned", "is set to vote"; not a state, "is
expected to be okay", which any "was" would meet), the intention itself not denied. The done act is a main act
told in a past form or a perfect, or a headline's bare present ("DeSantis signs bill"), with no auxiliary of what is
to come or may be ("will sign" beside "intends to sign" is one plan told twice: `bench/act_times.py` found an act to
come beside the act done mostly one claim, a preview of it). The veto needs the same act on both sides, and the
intending unit not to tell it done too, nor to write its verb a second time ("Dallas shooter who killed five cops
wanted to kill more" tells the killing in its relative clause).

Counted before it was built (session 69, stage69; `bench/intended_acts.py`, docs/linking.md "An act intended beside
the act done"). The gerund after "toward" ("House Democrats clear path toward passing …" / "House passes …") is not
read: on all the news here (the GVA crawl's 914 report pairs, every BASIL, WCEP and AllSides set open to the project,
ECB+ and GVC) it tells an act in 4 sentences and parts only the one judged link it was read for (session 70,
`bench/toward_acts.py`).
"""
from __future__ import annotations

import json
from pathlib import Path

from viewer.analysis.claims.acts import verb_act
from viewer.analysis.claims.features import UnitFeatures

_WORDS = json.loads(Path(__file__).with_name("intention_words.json").read_text(encoding="utf-8"))
INTENTION_VERBS = frozenset(_WORDS["verbs"])
# Auxiliaries of an act to come or one that may be: such a main act is not told done.
_UNDONE = frozenset({"will", "'ll", "shall", "wo", "would", "could", "may", "might", "should", "can", "ca", "must",
                     "to"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def intended_acts(tokens, verbs: list) -> list[str]:
    """The acts (`acts.verb_act` keys) the unit tells as intended (module docstring); ``verbs``: its main verbs."""
    found = [c for v in verbs if v.lemma_.lower() in INTENTION_VERBS and not _denied(v)
             for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return list(dict.fromkeys(verb_act(c) for c in found if not _told_again(c, tokens)))


def done_acts(verbs: list) -> list[str]:
    """The acts of the main verbs told done: a past form or a perfect, with no auxiliary of an act to come; and, kept
    apart with "present " before it, a bare present ("signs"), which tells the act done only in a headline."""
    out = []
    for verb in verbs:
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & _UNDONE:
            continue
        if verb.tag_ in ("VBD", "VBN") or auxiliaries & _PERFECT:
            out.append(verb_act(verb))
        elif verb.tag_ in ("VBZ", "VBP") and not auxiliaries:
            out.append("present " + verb_act(verb))
    return list(dict.fromkeys(out))


def intended_beside_done(a: UnitFeatures, b: UnitFeatures) -> bool:
    """Whether one unit tells an act as intended and the other the same act done (module docstring)."""
    return _intends_what_other_did(a, b) or _intends_what_other_did(b, a)


def _intends_what_other_did(a: UnitFeatures, b: UnitFeatures) -> bool:
    return bool(set(a.intended) & (told_done(b) - told_done(a))) and not a.negations


def told_done(unit: UnitFeatures) -> set[str]:
    """The acts the unit tells done: its past forms and perfects, and a headline's bare present ("DeSantis signs
    bill")."""
    return {act.removeprefix("present ") for act in unit.done if unit.headline or not act.startswith("present ")}


def _told_again(verb, tokens) -> bool:
    """Whether the unit writes the intended act's verb a second time, done in a clause of its own: "Dallas shooter who
    killed five cops wanted to kill more" tells the killing too."""
    return any(t.i != verb.i and t.pos_ == "VERB" and t.lemma_ == verb.lemma_ for t in tokens)


def _denied(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)

