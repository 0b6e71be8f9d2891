"""A unit publishing details, a statement or a call about the shooting is never one claim with a unit telling the
shooting; beside one telling the publication or the published item too, or no shooting, it can be."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.publications import information_nouns, publication_beside_act, published, publishing_verbs
from viewer.analysis.claims.vocabulary import term


@pytest.mark.parametrize("publication, other, apart", [
    ("Marlow police have released new details about an officer-involved shooting on Elm Street on Saturday.",
     "A Marlow police officer was injured in an officer-involved shooting on Elm Street on Saturday night.", True),
    ("The Marlow sheriff's office released the 911 call from the Elm Street shooting on Monday.", "A 10-year-old boy "
     "was shot on Elm Street in Marlow on Sunday.", True),
    # the other tells the publication or the published item too
    ("Marlow police released a statement on the shooting on Elm Street.", "In a statement, Marlow police said a man "
     "was shot on Elm Street.", False),
    ("Marlow police released new details about the shooting on Elm Street.", "Marlow police have not released any "
     "details of the shooting on Elm Street.", False),
    # the other tells no shooting
    ("Marlow police released new details about the shooting on Elm Street.", "Elm Street in Marlow was closed for "
     "hours on Saturday.", False),
    # the publication told after the shooting states the shooting too
    ("Marlow police released a statement after a man was shot on Elm Street.", "A man was shot on Elm Street in "
     "Marlow on Saturday.", False),
])
def test_a_publication_is_apart_from_the_shooting_it_tells_of(apart_both_ways, publication, other, apart):
    assert apart_both_ways(publication_beside_act, publication, other) == (apart, apart)


def test_what_is_published_is_read_from_the_main_act(sentence_unit):
    assert published(sentence_unit("The Marlow coroner released the cause of death on Monday.")) == {term("cause")}
    assert not published(sentence_unit("The Marlow coroner did not release the cause of death."))
    assert not published(sentence_unit("The victim was released from the Marlow hospital on Monday."))


def test_the_table_holds_what_was_counted():
    assert {"release", "reveal"} <= publishing_verbs()
    assert {term("statement"), term("detail"), term("information")} <= information_nouns()
    assert "make" not in publishing_verbs() and term("name") not in information_nouns()


_FIRST = ("Marlow police have released new details about an officer-involved shooting on Elm Street on Saturday. The "
          "officer is on leave.")
_SECOND = ("A Marlow police officer was injured in an officer-involved shooting on Elm Street on Saturday. The officer "
           "is on leave.")


def test_the_publication_and_the_shooting_are_not_linked(kept_apart_by):
    assert kept_apart_by("publication_beside_act", _FIRST, _SECOND, "released")
