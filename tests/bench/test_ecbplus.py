"""The ECB+ set builder turns tokens back into the text an outlet printed."""
from bench.ecbplus import detokenize


def test_thousands_separators_are_rejoined():
    text = detokenize("It gave him 2 , 117 career points and 1 , 000 , 000 fans .".split())
    assert text == "It gave him 2,117 career points and 1,000,000 fans."


def test_a_date_or_a_height_before_a_figure_stays_two_figures():
    assert detokenize("On May 5 , 200 people marched .".split()) == "On May 5, 200 people marched."
    assert detokenize("He is 5 - foot - 8 , 135 pounds .".split()) == "He is 5-foot-8, 135 pounds."
    assert detokenize("Bell ( 5 - 11 , 220 ) ran .".split()) == "Bell (5-11, 220) ran."


def test_a_list_of_small_figures_is_not_joined():
    assert detokenize("Scores were 3 , 14 and 7 .".split()) == "Scores were 3, 14 and 7."
