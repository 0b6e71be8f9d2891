import re

import pytest

from viewer.analysis.denied_acts import denied_acts, says_act
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


def test_an_act_is_said_in_another_inflection_a_hyphened_word_or_a_synonym():
    nlp = english()
    assert says_act(("see",), nlp("The men were seen together at the gate."))
    assert says_act(("threaten",), nlp("He suffered life-threatening wounds."))
    assert not says_act(("make",), nlp("The driver was pronounced dead at Mercy Hospital."))
