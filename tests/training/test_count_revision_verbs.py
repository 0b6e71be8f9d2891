"""The revising verbs' count: a verb that sets a named figure to a number, not one whose figure changes by itself."""
import pytest

from training.count_revision_verbs import candidate_sentences, changing_verbs, revising_verbs
from viewer.analysis.nlp import english


@pytest.mark.parametrize("text, expected", [
    ("Police had originally said that seven people were shot, but amended that number to four.", ["amend"]),
    ("The number of injured was revised Saturday from eight to six.", ["revise"]),
    ("The death toll was raised to 14 on Sunday.", ["raise"]),
    ("That number has since risen to 37.", []),  # the figure changes by itself: no one sets it
    ("The party grew from 30 people to 100.", []),
    ("Police drove the suspect to the station.", []),
])
def test_a_verb_is_counted_where_it_sets_a_named_figure_to_a_number(text, expected):
    assert revising_verbs(english()(text)) == expected


def test_only_sentences_naming_a_figure_noun_and_a_to_are_parsed():
    text = "The toll was raised to five. Police went to the scene. The count stood at four."
    assert list(candidate_sentences([text])) == ["The toll was raised to five."]


@pytest.mark.parametrize("text, expected", [
    ("That number has since risen to 37.", ["rise"]),
    ("The death toll climbed to 12 on Sunday.", ["climb"]),
    ("The death toll was raised to 14 on Sunday.", []),  # someone set it: a revising verb, counted apart
    ("The party grew from 30 people to 100.", []),  # no noun naming a figure
])
def test_a_verb_is_counted_as_a_change_where_a_named_figure_goes_to_a_number_by_itself(text, expected):
    assert changing_verbs(english()(text)) == expected
