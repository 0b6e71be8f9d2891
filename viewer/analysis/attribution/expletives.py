"""An "it" that names no one: "It is unclear whether…", "it was reported that…", "It appears that…".

The "it" stands for the clause after its verb, so the reader must not give it the nearest organisation for a speaker
("It is a shame that both countries refrain…" had gone to Israel). Read from the parse, not from a list of phrases:
an "it" the parser marks as expletive; the subject of a passive verb with a clause of its own ("it was widely
reported that…", "it is assumed that…"); the subject of a verb with a predicate and a clause the parser hangs on the
verb itself, not on the predicate ("it is unclear whether…", "it's hard to know…", "it became clear that…", where
"it is confident that…" and "it is ready to sign…" hang the clause on the adjective and keep their speaker); and the
subject of a verb WordNet lists with the frame "It ----s that CLAUSE" with a clause and no object ("it seems…",
"it appears that…"; ``attribution/clause_subject_verbs.json``, ``training/count_clause_subject_verbs.py``). Counted
on PolNeAR train (``training/count_expletive_shapes.py``): of 445 such "it"s the annotators made one part of a source.
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.attribution.experiencers import stimulus_verbs
from viewer.resources import resources_dir

_CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})
_PREDICATES = frozenset({"acomp", "attr", "oprd"})


@lru_cache(maxsize=1)
def clause_subject_verbs() -> frozenset[str]:
    """Verbs whose subject may be an "it" standing for a clause (``training/count_clause_subject_verbs.py``)."""
    table = json.loads((resources_dir() / "attribution" / "clause_subject_verbs.json").read_text(encoding="utf-8"))
    return frozenset(table["verbs"])


def expletive(token) -> bool:
    """Whether ``token``, an "it", stands for a clause after its verb rather than for anyone."""
    return expletive_shape(token) is not None


def expletive_shape(token) -> str | None:
    """Which shape makes ``token`` an "it" standing for a clause (expl, passive, predicate, clause verb), or None."""
    if token.lower_ != "it":
        return None
    verb = token.head
    deps = {child.dep_ for child in verb.children}
    if token.dep_ == "expl":
        return "expl"
    if token.dep_ == "nsubjpass":  # "it was pleased that…" is a body's feeling (``experiencers``)
        return "passive" if "ccomp" in deps and verb.lemma_.lower() not in stimulus_verbs() else None
    if token.dep_ != "nsubj":
        return None
    if deps & _PREDICATES and deps & _CLAUSES:
        return "predicate"
    if verb.lemma_.lower() in clause_subject_verbs() and "ccomp" in deps and "dobj" not in deps:
        return "clause verb"
    return None
