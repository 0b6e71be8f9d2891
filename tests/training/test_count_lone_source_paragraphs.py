"""The GVA crawl counter reads what ended the paragraph before a statement and whether another report of the incident
gives that statement to a source."""
from __future__ import annotations

from training.count_lone_source_paragraphs import after, paragraphs, said_elsewhere

REPORT = ("Police said a man fired shots at a house on Elm Street.\n\n"
          "Three people were found wounded inside the house on Monday.\n\n"
          '"It was terrifying," a neighbour said.\n\n'
          "The victims were taken to Mercy Hospital.")


def test_paragraphs_are_cut_into_the_stages_sentences():
    assert paragraphs("One man was shot. He died.\n\nNo one was arrested.") == [
        ["One man was shot.", "He died."], ["No one was arrested."]]


def test_what_ended_the_paragraph_before_tells_a_lone_source_from_quoted_words_and_the_outlets_own():
    split = paragraphs(REPORT)
    assert after(split[0], split[1][0]) == "lone, a word shared"  # "house" in both
    assert after(split[2], split[3][0]) == "quoted"
    assert after(["The street was quiet.", "Police said the tenant left."], "The doors were locked.") == "said"
    assert after(["Police said the tenant left."], "The doors were locked.") == "lone, no word shared"
    assert after(["The street was quiet."], "The doors were locked.") == "own"


def test_another_reports_wording_of_the_statement_is_read_as_sourced_or_bare():
    statement = "Three people were found wounded inside the house on Monday."
    assert said_elsewhere(statement, ["Three people were found wounded inside the house, police said."]) == "sourced"
    assert said_elsewhere(statement, ["Three people were found wounded inside the house."]) == "bare"
    assert said_elsewhere(statement, ["The mayor visited the street."]) is None  # no report says it again
