"""bench/headline_predicates.py: the readings of a headline beside another claim that session 76 counted and refused."""
from viewer.analysis.claims.headlines import parsed_headline
from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


def _headline(line: str):
    doc = parsed_headline(line, "")
    return unit_features(doc, Span(0, len(line))), doc[:]


def _sentence(text: str):
    doc = english()(text)
    return unit_features(doc, Span(0, len(text))), doc[:]


def test_a_judgement_on_the_shared_fact_fires_every_reading(bench_script):
    predicates = bench_script("headline_predicates")
    head = _headline("The harbour's failure to inspect ferries is troubling")
    other = _sentence("The harbour authority failed to inspect 12 ferries last year, an audit found.")
    assert predicates.readings(head, other) == ["unstated", "unstated, subject", "judgement", "judgement, unstated"]


def test_a_headline_whose_act_the_other_states_fires_none(bench_script):
    predicates = bench_script("headline_predicates")
    head = _headline("Ferry sinks off Crete, killing 12 passengers")
    other = _sentence("A passenger ferry sank off the northern coast of Crete on Tuesday.")
    assert predicates.readings(head, other) == []


def test_two_acts_each_unstated_in_the_other_fire_both_ways(bench_script):
    predicates = bench_script("headline_predicates")
    head = _headline("Ferry captain left a note")
    other = _sentence("The ferry captain was arrested by the coast guard on Tuesday.")
    assert predicates.readings(head, other) == ["unstated", "unstated, subject", "unstated both ways"]


def test_a_hedged_other_unit_fires_other_hedged(bench_script):
    predicates = bench_script("headline_predicates")
    head = _headline("Court takes up ferry operator's appeal")
    other = _sentence("The court could take up the appeal of the ferry operator next year.")
    assert predicates.readings(head, other) == ["other hedged"]
