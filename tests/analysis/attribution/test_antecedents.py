"""A "they", "their" or "its" that names no one earlier, on small made-up articles: the report goes to the
description its own sentence gives the pronoun, when that comes first and agrees in number; its words stay the
pronoun."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.antecedents import subject_above
from viewer.analysis.attribution.statements import find_attributions
from viewer.analysis.model import unnamed

OPENING = "Town news\n\nThe council met on Monday. "


def _speakers(parsed, sentence: str, words: str) -> list[tuple[str, str]]:
    """(the speaker's words, the speaker as the panel shows it: its name, or "unnamed: …" of a description)."""
    text = f"{OPENING}{sentence}\n"
    return [(text[a.speaker.start:a.speaker.end], a.speaker_name or (a.speaker_role and unnamed(a.speaker_role)) or "")
            for a in find_attributions(parsed(text)) if words in a.content.text_of(text)]


@pytest.mark.parametrize("sentence, words, pronoun, name", [
    pytest.param("Latino Republicans have been unsparing in their criticism of the senator's plan.",
                 "the senator's plan", "their", "Latino Republicans", id="their, the subject of its clause"),
    pytest.param("The conservative magazine has been outspoken in its criticism of the plan.", "the plan", "its",
                 "unnamed: conservative magazine", id="its, a thing described"),
])
def test_a_pronoun_takes_the_description_before_it(parsed, sentence, words, pronoun, name):
    assert _speakers(parsed, sentence, words) == [(pronoun, name)]


@pytest.mark.parametrize("sentence, words", [
    pytest.param("The mayor met the protesters on Monday. They said the plan would cost jobs.", "cost jobs",
                 id="the description in the sentence before"),
    pytest.param("The senator was angry on Monday, and they said the plan would cost jobs.", "cost jobs",
                 id="a singular subject is no they"),
])
def test_a_pronoun_left_unnamed(parsed, sentence, words):
    assert [name for _, name in _speakers(parsed, sentence, words)] == [""]


def test_the_subject_of_the_clause_above(parsed):
    text = f"{OPENING}The union's members were angry on Monday, and they said the plan would cost jobs.\n"
    doc = parsed(text).doc
    they = next(t for t in doc if t.lower_ == "they")
    assert [t.text for t in subject_above(they)] == ["The", "union", "'s", "members"]
