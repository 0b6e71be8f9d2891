"""training/fit_own_voice.py reads, in a made-up PolNeAR article, the sentences the analysis could take for the
outlet's facts, labels each by the annotated content, reads the layout around each, and fits weights that tell the
two apart."""
from __future__ import annotations

import numpy as np

from tests.training.polnear_article import sentence_spans, span_of
from training.fit_own_voice import fit, probability, sentence_rows, threshold_for
from viewer.analysis.sourcing import VOICE_SIGNS, voice_signs

TEXT = ('A title line\n\nPolice said a man fired shots. He fled in a car.\n\nThe mayor visited the street.\n\n'
        '"We are safe," Smith said.\n\nSchools may open on Monday. Is the street safe?')
SENTENCES = ("A title line", "Police said a man fired shots.", "He fled in a car.", "The mayor visited the street.",
             '"We are safe," Smith said.', "Schools may open on Monday.", "Is the street safe?")


def _spans() -> list[list[int]]:
    return sentence_spans(TEXT, SENTENCES)


def _at(words: str) -> list[list[int]]:
    return span_of(TEXT, words)


ATTRIBUTIONS = [
    {"cue": _at("said a man"), "content": _at("a man fired shots") + _at("He fled in a car.")},
    {"cue": _at("Smith said"), "content": _at('"We are safe,"')},
]


def test_only_sentences_the_analysis_could_read_as_fact_are_labelled_by_the_annotated_content():
    rows = sentence_rows(TEXT, _spans(), ATTRIBUTIONS)
    # not the title, the sentences holding a cue, the quotation, nor the question
    assert [r["text"] for r in rows] == ["He fled in a car.", "The mayor visited the street.",
                                         "Schools may open on Monday."]
    assert [r["own"] for r in rows] == [False, True, True]
    # the next after a source named at its paragraph's head, after a paragraph of the outlet's own, after quoted words
    assert [r["kept_layout"] for r in rows] == [False, False, False]
    assert all(len(r["signs"]) == len(VOICE_SIGNS) for r in rows)


def test_the_fitted_weights_order_what_they_were_fitted_on_and_the_threshold_keeps_the_precision_asked():
    x = np.array([[1.0, 0.0]] * 20 + [[0.0, 1.0]] * 20 + [[1.0, 1.0]] * 4)
    y = np.array([0.0] * 18 + [1.0] * 2 + [1.0] * 20 + [1.0, 1.0, 0.0, 1.0])
    w = fit(x, y, l2=0.1)
    p = probability(w, x)
    assert p[20] > p[0]  # the second sign goes with own sentences, the first with sourced ones
    t = threshold_for(p, y.astype(bool), 0.95)
    assert y[p >= t].mean() >= 0.95 and t < 1.0


def test_the_signs_tell_where_the_source_stands():
    text = "Title\n\nPolice said a man set the fire. He fled in a car. Witnesses saw smoke.\n\n\"Run,\" he said.\n"
    signs = voice_signs(text, text.index("He fled"), "He fled in a car. ")
    assert signs["before_told"] == signs["before_opens_paragraph"] == 1.0
    assert signs["before_told_across"] == signs["next_told"] == signs["opens_paragraph"] == 0.0
    later = voice_signs(text, text.index("Witnesses"), "Witnesses saw smoke.\n")
    assert later["nearest_told_before"] == 0.5 and later["next_quoted"] == 1.0 and later["before_told"] == 0.0


def test_a_paragraph_after_a_lone_source_paragraph_is_read_across_the_break():
    text = "Title\n\nPolice said a man set the fire.\n\nThe bakery had opened in 1990.\n"
    signs = voice_signs(text, text.index("The bakery"), "The bakery had opened in 1990.\n")
    assert signs["before_told_across"] == signs["before_lone_paragraph"] == signs["opens_paragraph"] == 1.0
    assert signs["before_told"] == 0.0 and signs["paragraph_sentences"] == 1 / 6
