"""Feelings a thing stirs in people: "Mrs. Clinton's position has angered some Democrats".

With a verb of feeling caused ("angered", "alarmed", "cheered", "unsettled"), the object is who
feels and the subject what the feeling is about. PolNeAR's annotators mark it as the object's stance
(source "some Democrats", content "Mrs. Clinton's position"); read as a report, the subject would speak
("Mrs. Clinton's position" as a speaker of "some Democrats"). The verbs are WordNet's
(``attribution/stimulus_verbs.json``, ``training/count_stimulus_verbs.py``).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache

from viewer.resources import resources_dir


@lru_cache(maxsize=1)
def stimulus_verbs() -> frozenset[str]:
    """Verbs whose subject stirs a feeling in their object (``training/count_stimulus_verbs.py``)."""
    table = json.loads((resources_dir() / "attribution" / "stimulus_verbs.json").read_text(encoding="utf-8"))
    return frozenset(table["verbs"])


def stirred(verb, subject, may_speak: Callable) -> tuple[bool, object | None]:
    """Whether the verb's subject is a thing stirring a feeling, and who feels it (the object, when it
    ``may_speak``, else None: "the fire shocked the neighborhood" reports nothing). A subject that may speak
    ("Trump has offended women", "the crowd cheered his words") or a pronoun ("That rankled many") is left
    as the verb's speaker."""
    if verb.lemma_.lower() not in stimulus_verbs() or subject.dep_ != "nsubj" or subject.pos_ == "PRON" \
            or may_speak(subject):
        return False, None
    felt = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return True, felt if felt is not None and may_speak(felt) else None
