"""training/count_incident_things.py: the nouns heading a subject phrase that carries the shooting, and the table kept."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_incident_things.py"
_SPEC = importlib.util.spec_from_file_location("count_incident_things", _PATH)
things = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(things)


def _nouns(text: str) -> list[str]:
    return [m.group(1).lower() for m in things._PHRASE.finditer(text)]


def test_the_noun_heading_a_subject_that_carries_the_shooting_is_counted():
    text = ("A Marlow boy, 7, was shot on Friday. The motive for the shooting remains unclear. The gun used in the "
            "shooting was stolen, police said.\nCops: Gun in accidental shooting of boy, 7, was legal")
    assert _nouns(text) == ["motive", "gun", "gun"]
    assert _nouns("The gun was stolen from a car. Police said the boy was shot in the leg.") == []


def test_only_weapons_and_reasons_seen_often_enough_are_kept():
    seen = Counter({"motive": 5, "victim": 9, "gun": 2, "rifle": 1, "cause": 4})
    assert things.table(seen, 2) == [["motive", "reason", 5], ["gun", "weapon", 2]]
