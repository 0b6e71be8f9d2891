"""An "it" that stands for a clause names no one (``attribution/expletives.py``)."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.expletives import clause_subject_verbs
from viewer.analysis.attribution.statements import find_attributions


def test_the_table_holds_verbs_of_the_frame_it_seems_that():
    assert {"seem", "appear", "happen"} <= clause_subject_verbs()
    assert not {"say", "add", "announce"} & clause_subject_verbs()


def _its(parsed, text):
    return [(a.speaker_name, a.speaker_kind) for a in find_attributions(parsed(text))
            if text[a.speaker.start:a.speaker.end].lower() == "it"]


BEFORE = "Exxon Mobil said on Monday that it would appeal the ruling. "


@pytest.mark.parametrize("sentence", [
    "Yet it was unclear whether Sanders was ready to follow that script.",
    "It is difficult to predict how the vote will go.",
    "It now seems inevitable that Mr. Rubio will direct his fire against Mr. Trump.",
    "It appears that the plan failed in the end.",
])
def test_an_it_standing_for_a_clause_is_not_the_body_named_before(parsed, sentence):
    """The reader still takes each for an attribution (PolNeAR's annotators mark some with no source: the writer's)."""
    assert [name for name, _ in _its(parsed, BEFORE + sentence)] == [""]


@pytest.mark.parametrize("sentence", [
    "It said the deal would close by June.",
    "It was confident that the deal would close by June.",
])
def test_an_it_that_speaks_or_holds_a_view_is_still_the_body(parsed, sentence):
    assert _its(parsed, BEFORE + sentence)[-1][0] == "Exxon Mobil"
