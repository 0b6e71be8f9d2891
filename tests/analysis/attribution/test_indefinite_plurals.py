"""Who speaks when a report interrupts another noun's clause: in "a … handgun police say was stolen" the police
report, and the handgun's words are no part of who speaks; "a few workers" is a group of workers."""
from __future__ import annotations

import pytest

from viewer.analysis.attribution.statements import find_attributions


@pytest.mark.parametrize("text, speaker", [
    ("The boy was shot with a .22 caliber semi-automatic rifle police say was stolen in Akron in 2001.", "police"),
    ("He was killed with a 9mm handgun detectives say was bought in Ohio.", "detectives"),
    ("The car was found near a gas station witnesses say was closed at the time.", "witnesses"),
    ("Officers are looking for the driver, a young man police said was wearing a red cap.", "police"),
    ("A Chicago police spokesman said the man was shot twice.", "A Chicago police spokesman"),
    ("A few workers said the store would open again on Monday.", "A few workers"),
])
def test_the_speaker_is_the_plural_an_interrupted_clause_leaves(parsed, text, speaker):
    document = parsed(text)
    assert [text[a.speaker.start:a.speaker.end] for a in find_attributions(document) if a.speaker] == [speaker]
