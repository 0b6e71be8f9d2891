"""The crawl counter reads two verbs coordinated for one subject as a pair of acts, and nothing else."""
from __future__ import annotations

import pytest

from training.count_coordinated_acts import coordinated_acts, sentences_with_and
from viewer.analysis.nlp import english


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("Dale Hart was arrested and charged with assault on Friday.", [("arrest", "charge")]),
    ("Hart pleaded guilty and was sentenced to ten years.", [("plead", "sentence")]),
    # the second verb's own subject makes two clauses, not one subject's two acts
    ("Deputies arrested Hart on Friday and he was charged on Monday.", []),
    # a reporting verb reports; it is no act of the story
    ("The sheriff said and repeated that Hart fled.", []),
    ("Hart fled the scene on foot.", []),
])
def test_verbs_coordinated_for_one_subject_are_read_as_pairs_of_acts(sentence, pairs):
    assert list(coordinated_acts(english()(sentence))) == pairs


def test_only_sentences_holding_and_are_read():
    text = "Hart was arrested. He was charged and held.\nPolice and deputies came."
    assert list(sentences_with_and([text])) == ["He was charged and held.", "Police and deputies came."]
