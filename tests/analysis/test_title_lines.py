"""A title-cased first line gets the parse of the line in sentence case; the text never changes."""
from __future__ import annotations

from viewer.analysis.title_lines import title_line

TITLED = "Senator Lopez Praises Mayor Reed's Plan For New Bridge.\n\nSenator Maria Lopez praised the plan on Monday."


def test_only_a_title_cased_first_line_with_prose_below_is_read_again():
    assert title_line(TITLED) == (0, TITLED.index("\n"))
    assert title_line("Senator Lopez praises the mayor's plan for a bridge.\n\nShe spoke on Monday.") is None
    assert title_line("Senator Lopez Praises Mayor Reed's Plan") is None  # no prose below it
    assert title_line("Senator Lopez Praises Mayor Reed's Plan\n\nShe spoke on Monday.") is None  # a display line


def test_the_verb_of_a_title_cased_headline_is_read_as_a_verb(parsed):
    doc = parsed(TITLED).doc
    assert doc.text == TITLED
    verb = next(t for t in doc if t.text == "Praises")
    assert (verb.pos_, verb.lemma_) == ("VERB", "praise")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Lopez"]


def test_a_name_only_opening_the_body_s_sentences_keeps_its_capital(parsed):
    doc = parsed("Lena Ortiz Under Pressure Says Budget Will Pass.\n\nOrtiz said the vote would come in May.").doc
    assert next(t for t in doc if t.text == "Ortiz").lemma_ == "Ortiz"
    assert next(t for t in doc if t.text == "Says").pos_ == "VERB"
