"""A discrepancy as a researcher reads it: each side's source named with its wording."""
from __future__ import annotations

import pytest

from viewer.analysis.model import Discrepancy, Mention
from viewer.corpus.store import Document
from viewer.provenance.discrepancy_words import count_mark, readable, source_name, with_kind

NAMES = {1: "BNR (d1)", 4: "Toledo mother charged in… (d4)"}
SIDES = [Mention(1, 0, 3, "abc"), Mention(4, 5, 9, "defg")]


@pytest.mark.parametrize("kind, explanation, expected", [
    ("number", "wounded: 'more than 100' vs '151' (incompatible)",
     "wounded — BNR (d1): “more than 100” vs Toledo mother charged in… (d4): “151”: they cannot both be true"),
    # a figure whose thing the analysis could not read
    ("number", "figure: '92,000' vs '590,000' (incompatible)",
     "a figure — BNR (d1): “92,000” vs Toledo mother charged in… (d4): “590,000”: they cannot both be true"),
    ("number", "people: '300' vs '280, not 300' (revised)",
     "people — BNR (d1): “300” vs Toledo mother charged in… (d4): “280, not 300”: corrected"),
    ("number", "killed: '33, later 37' vs '37' (updated)",
     "killed — BNR (d1): “33, later 37” vs Toledo mother charged in… (d4): “37”: one gives it anew later"),
    ("time", "time: '9:15 p.m.' vs '9:12 p.m.' (minutes apart, may be one moment)",
     "time — BNR (d1): “9:15 p.m.” vs Toledo mother charged in… (d4): “9:12 p.m.”: minutes apart, may be one moment"),
    ("time", "time: 'around 3:30 a.m.' vs 'around 3:50 a.m.'",
     "time — BNR (d1): “around 3:30 a.m.” vs Toledo mother charged in… (d4): “around 3:50 a.m.”"),
    ("name", "named '36th Naval Brigade' vs '36th Marine Brigade'",
     "named — BNR (d1): “36th Naval Brigade” vs Toledo mother charged in… (d4): “36th Marine Brigade”"),
    ("number", "age of Tom O'Neil: '32' vs '23'", "age of Tom O'Neil — BNR (d1): “32” vs Toledo mother charged in… (d4): “23”"),
    ("attribution", "stated as fact: 'He was taken to the hospital.' vs attributed: 'Officials said he was taken…'",
     "stated as fact in BNR (d1): “He was taken to the hospital.” vs attributed in Toledo mother charged in… (d4): "
     "“Officials said he was taken…”"),
    # the source the analysis read, named with the side that attributes
    ("attribution", "stated as fact: 'He was taken to the hospital.' vs attributed to El Paso County Sheriff’s Office: 'Officials said…'",
     "stated as fact in BNR (d1): “He was taken to the hospital.” vs attributed to El Paso County Sheriff’s Office in "
     "Toledo mother charged in… (d4): “Officials said…”"),
    ("polarity", "negated: 'not approve the budget' vs asserted: 'The council approved it.'",
     "negated in BNR (d1): “not approve the budget” vs asserted in Toledo mother charged in… (d4): “The council approved it.”"),
    # a wording that opens with its own quotation mark keeps it, never doubled ("““The officer…””")
    ("attribution", "stated as fact: 'He was taken to the hospital.' vs attributed (quoted): '“The officer fired,” police said.'",
     "stated as fact in BNR (d1): “He was taken to the hospital.” vs attributed (quoted) in Toledo mother charged in… (d4): "
     "“The officer fired,” police said."),
    # written by an older analysis or by hand: its words kept, the sources after them
    ("name", "d1 says “36th Naval Brigade”, d2 says “36th Marine Brigade”",
     "d1 says “36th Naval Brigade”, d2 says “36th Marine Brigade” (BNR (d1) vs Toledo mother charged in… (d4))"),
])
def test_every_kind_names_which_source_says_which(kind, explanation, expected):
    assert readable(Discrepancy(kind, explanation, SIDES), NAMES) == expected


def test_a_source_is_its_outlet_else_its_title_cut_short_else_its_number():
    def doc(outlet, title):
        return Document(id=7, title=title, outlet=outlet, author=None, published=None, language="en", url=None,
                        sha256="", source_path="", source_format="txt", imported_at="", near_duplicate_of=None)

    assert source_name(doc("KFVS", "Two men in custody")) == "KFVS (d7)"
    assert source_name(doc(None, "Two arrested in deadly nightclub shooting after a party")) == "Two arrested in deadly… (d7)"
    assert source_name(doc(None, None)) == "d7"


def test_the_count_mark():
    assert count_mark([]) == "" and count_mark([Discrepancy("number", "x", SIDES)] * 3) == "≠ 3"


def test_reports_give_the_kind_once():
    assert with_kind(Discrepancy("time", "time: '3:30 a.m.' vs '3:50 a.m.'", SIDES), NAMES).startswith("time — BNR (d1)")
    assert with_kind(Discrepancy("number", "wounded: '100' vs '151'", SIDES), NAMES).startswith("number: wounded — BNR (d1)")
