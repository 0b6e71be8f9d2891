"""training/count_findings.py: the verbs whose complement gives a manner of death, and the table kept."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from viewer.analysis.claims.acts import main_verbs
from viewer.analysis.nlp import english

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_findings.py"
_SPEC = importlib.util.spec_from_file_location("count_findings", _PATH)
findings = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(findings)


def _manners(text: str) -> list:
    return [findings.complement_manner(v) for v in main_verbs(english()(text)[:])]


def test_a_manner_given_as_the_verbs_complement_is_counted():
    assert _manners("His death was ruled a homicide.") == ["homicide"]
    assert _manners("The medical examiner ruled the girl's death a homicide.") == ["homicide"]


def test_a_manner_met_elsewhere_is_not():
    assert _manners("Police are investigating the death as a homicide.") == [None]
    assert _manners("Deputies were called to the home for a possible homicide.") == [None]


def test_a_verb_is_kept_when_its_complement_is_a_manner_often_and_mostly():
    ruling = Counter({"rule": 51, "call": 24, "treat": 3})
    beside = Counter({"rule": 72, "call": 61, "treat": 4})
    words = Counter({("rule", "homicide"): 40, ("rule", "accidental"): 11, ("call", "accident"): 24})
    found = findings.table(ruling, beside, words, 3004, 5, "python training/count_findings.py CORPUS")
    assert found["verbs"] == [["rule", 51, 72]]  # "call" meets a manner mostly elsewhere, "treat" too rarely
    assert found["manners"] == [["homicide", 40], ["accidental", 11]]
    assert json.loads(findings.laid_out(found))["verbs"] == [["rule", 51, 72]]
