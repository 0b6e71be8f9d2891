"""The PolNeAR counter reads, for each sentence after one naming a source, whether the annotation carries that
account on into it and what the sentence before it was."""
from __future__ import annotations

from tests.training.polnear_article import sentence_spans, span_of
from training.count_carried_accounts import sentence_rows

TEXT = ('Police said a man fired shots. He fled in a car.\n\nThe mayor visited the street.\n\n'
        '"We are safe," Smith said.\n\nSchools open on Monday.')


def _sentences() -> list[list[int]]:
    return sentence_spans(TEXT, ("Police said a man fired shots.", "He fled in a car.", "The mayor visited the street.",
                                 '"We are safe," Smith said.', "Schools open on Monday."))


def _at(words: str) -> list[list[int]]:
    return span_of(TEXT, words)


ATTRIBUTIONS = [
    {"cue": _at("said a man"), "source_text": "Police",
     "content": _at("a man fired shots") + _at("He fled in a car.")},
    {"cue": _at("Smith said"), "source_text": "Smith", "content": _at('"We are safe,"')},
]


def test_an_account_carried_on_and_the_outlets_own_sentence_after_it_are_told_apart():
    rows = sentence_rows(TEXT, _sentences(), ATTRIBUTIONS, reach=6)
    assert rows[:2] == [
        {"quoted": False, "breaks": 0, "d": 1, "before": "cue", "placed": "opens", "label": "carried"},
        {"quoted": False, "breaks": 1, "d": 2, "before": "carried", "placed": "opens", "label": "own"},
    ]


def test_a_sentence_after_someones_quoted_words_is_counted_after_a_quote():
    rows = sentence_rows(TEXT, _sentences(), ATTRIBUTIONS, reach=6)
    assert rows[2] == {"quoted": True, "breaks": 1, "d": 1, "before": "cue", "placed": "lone", "label": "own"}
    assert len(rows) == 3
