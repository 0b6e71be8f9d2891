"""training/count_study_words.py: the method verbs from WordNet's verbs of studying, the finding verbs counted, and
the table kept."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_study_words.py"
_SPEC = importlib.util.spec_from_file_location("count_study_words", _PATH)
study_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(study_words)

# Two lines of WordNet's data.verb: a synset of studying and one of its hyponyms, which is not read.
_DATA = ("00644601 31 v 06 analyze 0 analyse 0 study 0 examine 0 canvass 0 canvas 0 001 ~ 00652918 v 0000 "
         "| consider in detail\n"
         "00652918 31 v 01 compare 0 000 | examine and note the similarities\n")


def test_the_method_verbs_are_the_seed_synsets_lemmas():
    assert study_words.wordnet_verbs(_DATA, ["00644601"]) == {
        w: "00644601" for w in ("analyse", "analyze", "canvas", "canvass", "examine", "study")}


def test_a_doers_verb_with_a_clausal_complement_is_counted_as_a_finding():
    from viewer.analysis.nlp import english
    seen, found = study_words.doer_verbs(["Researchers found that the risk doubled.",
                                          "Researchers analyzed hospital records of 20,000 patients."], english())
    assert (seen["find"], found["find"]) == (1, 1)
    assert (seen["analyze"], found["analyze"]) == (1, 0)


def test_a_verb_is_a_finding_verb_when_mostly_with_a_finding_and_seen_often():
    seen = Counter({"find": 40, "show": 27, "analyze": 2, "suggest": 2})
    found = Counter({"find": 32, "show": 9, "suggest": 2})
    table = study_words.table({"analyze": "00644601", "find": "x"}, seen, found, 3, 100, "NEWS")
    assert table["finding_verbs"] == [["find", 40, 32]]  # "show" too rarely with a finding, "suggest" too rarely seen
    assert table["method_verbs"] == [["analyze", "00644601"]]  # a finding verb is no method verb
