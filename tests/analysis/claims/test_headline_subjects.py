"""A headline's subject the parser hangs on its finite root verb as a compound is made the verb's subject (first lines
of the dev sets and the GVA crawl, session 81); lines whose verb has a subject, or whose root is no finite verb, keep
their parse, and questions stay no claim."""
from __future__ import annotations

import pytest

from viewer.analysis.claims import units
from viewer.analysis.claims.headline_subjects import restore_subject
from viewer.analysis.claims.headlines import parsed_headline, states_event
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span


@pytest.mark.parametrize("line, verb, subject", [
    ("Supreme Court rules against permanent residency for some immigrants", "rules", "Court"),
    ("FDA grants full approval to Covid-19 vaccine developed by Pfizer, BioNTech", "grants", "FDA"),
    ("Texas governor signs extreme six-week abortion ban into law", "signs", "governor"),
])
def test_the_compound_before_the_verb_becomes_its_subject_and_the_line_states_an_event(line, verb, subject):
    doc = parsed_headline(line, "")
    read = {t.text: t for t in doc}
    assert read[subject].dep_ == "nsubj" and read[subject].head.text == verb
    assert all(t.head.i != read[verb].i or t.dep_ != "compound" for t in doc if t.i < read[subject].i)
    assert states_event(doc[:])
    assert units._headline_units(Span(0, len(line)), line + "\n\nThe court ruled on Monday.")


def test_the_unrepaired_parse_has_the_compound_so_the_repair_is_what_makes_the_unit():
    doc = english()("Supreme Court rules against permanent residency for some immigrants")
    assert not states_event(doc[:])
    assert states_event(restore_subject(doc)[:])


@pytest.mark.parametrize("line", [
    "Gunman kills three at a Kensington home",
    "Capitol fencing starts coming down after rally",
    "Joe Manchin's selfishness",
])
def test_a_line_without_the_shape_keeps_its_parse(line):
    nlp = english()
    doc = nlp(line)
    arcs = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in restore_subject(doc)] == arcs
