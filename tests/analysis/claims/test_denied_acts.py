import re

import pytest

from viewer.analysis.claims.denied_acts import denied_acts, packed_forms, unit_denials, word_forms
from viewer.analysis.nlp import english


def _acts(sentence: str, cue: str) -> tuple[str, ...]:
    hit = re.search(rf"(?<![\w'’]){re.escape(cue)}(?![\w'’])", sentence)
    return denied_acts(english()(sentence), hit.start(), hit.end())


@pytest.mark.parametrize("sentence, cue, acts", [
    ("The clerk did not lock the cash box.", "not", ("lock",)),
    ("The driver didn't make it and was pronounced dead.", "didn't", ("make",)),
    ("The guard's wounds were not serious.", "not", ("serious",)),
    ("It is not a hoax, the agent said.", "not", ("hoax",)),
    ("Officials say none of the injuries are considered serious.", "none", ("consider",)),
    ("No one was hurt in the blast.", "No", ("hurt",)),
    ("The tenant failed to appear in court.", "failed", ("appear",)),
    ("Jackson is not Muslim nor a member of the group.", "not", ("muslim", "member")),
])
def test_the_act_a_denial_denies_is_read_from_the_parse(sentence, cue, acts):
    assert _acts(sentence, cue) == acts


def test_a_unit_reads_in_its_documents_parse_the_acts_and_words_its_own_parse_gives():
    """What a unit keeps at analysis (`unit_denials`, `packed_forms`), read in its document's parse cut out as its own,
    is what the polarity reader read in a parse of the unit alone."""
    nlp = english()
    unit = "Jackson is not Muslim nor a member of the group, and he didn't make it to the mosque."
    text = f"Police gave no motive on Monday. {unit}"
    start = text.index(unit)
    tokens = nlp(text).char_span(start, len(text))
    alone = nlp(unit)
    assert unit_denials(tokens, unit, start) == ["muslim member", "muslim member", "make"]  # "not", "nor", "n't"
    assert unit_denials(tokens, unit, start) == [" ".join(denied_acts(alone, h.start(), h.end())) for h in (
        re.search(r"\bnot\b", unit), re.search(r"\bnor\b", unit), re.search(r"n't", unit))]
    assert packed_forms(tokens).split() == sorted(word_forms(alone))
    assert "make" in packed_forms(tokens).split() and "," not in packed_forms(tokens).split()


def test_a_unit_without_a_denial_reads_none():
    tokens = english()("The clerk locked the cash box.")[:]
    assert unit_denials(tokens, tokens.text, 0) == []
