"""An outlet's name on its own line under the headline is the document's outlet; a byline, a
section's label, a caption or a line of prose is not."""
import pytest

from viewer.corpus.boilerplate import find_boilerplate
from viewer.corpus.dating import gather, resolve
from viewer.corpus.metadata import text_metadata

PROSE = "Two men were hurt in a shooting on Sunday night, police said.\n\nBoth were taken to a hospital.\n"


def _outlet(text: str) -> str | None:
    return text_metadata(text, find_boilerplate(text)).get("outlet")


@pytest.mark.parametrize("line, outlet", [
    ("Pittsburgh Tribune-Review", "Pittsburgh Tribune-Review"),
    ("The Associated Press", "Associated Press"),
    ("ASSOCIATED PRESS", "ASSOCIATED PRESS"),
    ("By: The Associated Press", "Associated Press"),
    ("The Harbour Daily Herald", "Harbour Daily Herald"),
    ("WXYZ-TV", "WXYZ-TV"),
    ("Washington Post", "Washington Post"),  # a given name first, but a paper the prose names after "told the"
])
def test_the_name_under_the_headline_is_the_outlet(line, outlet):
    assert _outlet(f"Two hurt in Oakland shooting\n\n{line}\n\n{PROSE}") == outlet


def test_below_a_subheading_and_a_date_line_too():
    text = ("Man shoots 5 people at a party\n\nThe partygoers were all treated and released from hospitals\n\n"
            "July 6, 2015, 11:11 AM\n\nAssociated Press\n\n" + PROSE)
    assert _outlet(text) == "Associated Press"


@pytest.mark.parametrize("line", [
    "Emily Post",  # a person's byline whose surname ends papers' names
    "By Emily Post",
    "Chris Tarpening",
    "By JULIET LINDERMANAssociated Press",  # a reporter's byline run into the credit
    "Links In The News",  # a section's label
    "Houston Police Department",
    "Breaking: two hurt, the Tribune said.",
])
def test_a_byline_or_label_under_the_headline_is_no_outlet(line):
    assert _outlet(f"Two hurt in Oakland shooting\n\n{line}\n\n{PROSE}") is None


def test_a_credit_between_paragraphs_is_no_outlet():
    text = ("Two hurt in Oakland shooting\n\nTwo men were hurt, police said.\n\nWXYZ\n\n" + PROSE
            + "The shooting happened near a bus stop.\n\nNo arrests were made.\n\nPolice asked witnesses to call.\n")
    assert _outlet(text) is None


def test_the_dating_says_where_the_outlet_came_from():
    text = f"Two hurt in Oakland shooting\n\nPittsburgh Tribune-Review\n\n{PROSE}"
    marks = find_boilerplate(text)
    evidence = gather(text, marks, text_metadata(text, marks), declared=frozenset())
    named = [e for e in evidence if e.field == "outlet"]
    assert [(e.source, e.value, e.detail) for e in named] == [("text", "Pittsburgh Tribune-Review", "name under the headline")]
    assert text[named[0].start:named[0].end] == "Pittsburgh Tribune-Review"
    dating = resolve(evidence, "2026-12-02T08:00:00+00:00")
    assert (dating.outlet, dating.outlet_from) == ("Pittsburgh Tribune-Review", "text")
