"""`cues.dependency` reads a line break between a token and its head in the text between them: the same answer as
reading each token between them with the spaces after it."""
from __future__ import annotations

from viewer.analysis.attribution.cues import dependency
from viewer.analysis.nlp import english

ARTICLE = ("Two men shot in Chicago\nPolice said the men were hurt.\n\nThe suspect, who\nwas arrested, said nothing.\n"
           "The victims, who were not named,  were taken to a hospital.\n\n\n“We are looking for a car,” "
           "Sgt. Ann Roe said.\nAnyone with information is asked to call.")


def _token_by_token(token) -> str:
    low, high = sorted((token.i, token.head.i))
    return "ROOT" if any("\n" in t.text_with_ws for t in token.doc[low:high]) else token.dep_


def test_the_relation_is_read_as_token_by_token():
    doc = english()(ARTICLE)
    assert [dependency(t) for t in doc] == [_token_by_token(t) for t in doc]
    assert "ROOT" in {dependency(t) for t in doc if t.dep_ != "ROOT"}, "some token is tied across a line break"
