"""bench/background_acts.py: the act one unit states that the other carries only in its background, on made-up
sentences."""
from pathlib import Path

import pytest

from viewer.analysis.nlp import english


@pytest.fixture
def acts(bench_script):
    return bench_script("background_acts")


def _shape(acts, a: str, b: str) -> dict[str, str]:
    return acts.shape(english()(a)[:], english()(b)[:])


def test_an_identification_carries_the_killing_in_its_subject(acts):
    found = _shape(acts, "A man killed in a shooting Saturday has been identified.", "A man was killed in a shooting Saturday.")
    assert found["told"] == "nsubjpass+clause"
    assert "legal" not in found


def test_a_charge_in_the_shooting_death_is_a_legal_stage_beside_the_shooting(acts):
    found = _shape(acts, "Police charged a man in the shooting death of a boy.", "A boy was shot and killed on Friday.")
    assert found["told"] == "prep:in"
    assert "legal" in found and "legal_background" in found


def test_a_clause_of_time_is_set_apart_from_the_other_slots(acts):
    found = _shape(acts, "A boy is recovering in the hospital after he was shot on Friday.", "A boy was shot on Friday.")
    assert found["told"] == "advcl:after"
    assert "told_not_advcl" not in found


def test_a_rewording_of_one_act_fires_nothing(acts):
    assert _shape(acts, "Police arrested Mark Jones on Friday.", "Mark Jones was arrested by police on Friday.") == {}


def test_a_rule_counter_reads_the_crawl_with_its_bound_or_the_judged_links(acts, tmp_path, capsys):
    calls = []
    judged = lambda data, files, base, show: calls.append(("judged", data, base, show)) or ["judged"]
    crawl = lambda corpus, bound, show: calls.append(("crawl", corpus, bound, show)) or ["crawled"]
    acts.judged_or_crawl("A counter.", judged, crawl, [str(tmp_path), "--gva", "crawl", "--every", "3"], ("every", 1))
    acts.judged_or_crawl("A counter.", judged, crawl, [str(tmp_path), "--judged", str(tmp_path / "links.tsv"), "--show"])
    assert calls == [("crawl", Path("crawl"), 3, False), ("judged", tmp_path, None, True)]
    assert capsys.readouterr().out.split() == ["crawled", "judged"]
