"""What the annotators chose for a report a plural pronoun or "its" makes: the description before it, the pronoun,
or another source, beside whether the analysis finds that description."""
from training.count_antecedents import classify
from viewer.analysis.nlp import english


def _annotated(text: str, cue: str, source: str) -> dict:
    at = text.index(cue)
    where = text.index(source) if source else 0
    return {"cue": [(at, at + len(cue))], "source": [(where, where + len(source))] if source else []}


def test_a_report_is_classed_by_the_source_annotated():
    text = "Latino Republicans have been unsparing in their criticism of the plan."
    doc = english()(text)
    found = classify(_annotated(text, "criticism", "Latino Republicans"), doc)
    assert found == ("description found", "the description")
    assert classify(_annotated(text, "criticism", "their"), doc) == ("description found", "the pronoun")


def test_no_pronoun_holds_the_cue():
    text = "The senator criticised the plan on Monday."
    assert classify(_annotated(text, "criticised", "The senator"), english()(text)) is None
