"""A reporting frame whose report lies elsewhere (a clause cut from what it says, a quotation's frame left as a
sentence of its own, a broadcaster's byline) is no claim unit; a frame with its report, a denial of saying and a verb
of saying used as another verb stay units."""
from __future__ import annotations

import pytest

from viewer.analysis.claims.bare_reports import reports_nothing
from viewer.analysis.claims.units import found_units

STATION = (
    "Man shot outside Main Street gas station\n\n"
    "Two men were shot outside a gas station on Main Street on Friday night. "
    "“It was over in seconds.” The clerk said outside the store. "
    "Police have not identified the victims. Family members of Anthony Ray say. "
    "Channel 4's Maria Lopez reports.\n"
)
PAPER = (
    "Two wounded in Main Street shooting\n\n"
    "The clerk said two men ran toward the river after the shooting. "
    "Detectives could not say for sure what started the argument. "
    "All three suffered injuries that were not life-threatening, officials reported. "
    "Police told reporters that the gunman was armed with a rifle. "
    "The shooting has added to the neighborhood's pain.\n\n"
    "Second shooting reported at 4 a.m. on Elm Street.\n\n"
    "The shooting happened about 5:30 p.m. Thursday, deputies said. Thursday, said Madison County deputies.\n\n"
    "The boy's grandfather, Courtney Smith, told Local 10 News.\n"
)


def _wordings(parsed, text: str) -> list[str]:
    return [text[u.span.start:u.span.end] for u in found_units(parsed(text))]


@pytest.mark.parametrize("frame", [
    "The clerk said outside the store.",
    "Family members of Anthony Ray say.",
    "Channel 4's Maria Lopez reports.",
])
def test_a_frame_with_nothing_reported_is_no_unit(parsed, frame):
    assert frame not in _wordings(parsed, STATION)


def test_the_claims_around_the_frames_stay_units(parsed):
    wordings = _wordings(parsed, STATION)
    assert "Two men were shot outside a gas station on Main Street on Friday night." in wordings
    assert "Police have not identified the victims." in wordings


@pytest.mark.parametrize("sentence", [
    "The clerk said two men ran toward the river after the shooting.",  # the frame with its report
    "Detectives could not say for sure what started the argument.",  # a denial of saying states a withholding
    "All three suffered injuries that were not life-threatening, officials reported.",
    "Police told reporters that the gunman was armed with a rifle.",  # an audience and what it heard
    "The shooting has added to the neighborhood's pain.",  # "add" with nothing added is another verb
    "Second shooting reported at 4 a.m. on Elm Street.",  # a headline's passive states what was reported
    "Thursday, said Madison County deputies.",  # a piece of a sentence that tells when
    "The boy's grandfather, Courtney Smith, told Local 10 News.",  # who the speaker is to the boy
])
def test_a_frame_with_what_it_reports_stays_a_unit(parsed, sentence):
    assert sentence in _wordings(parsed, PAPER)


def test_a_denied_report_or_a_piece_telling_when_is_not_a_bare_frame(nlp):
    assert not reports_nothing(nlp("Detectives could not say for sure.")[:])
    assert not reports_nothing(nlp("during a fight between two groups of people, Chief Patrick Conry said.")[:])
    assert not reports_nothing(nlp("He said, 'At my mother's house.'")[:])  # a quotation in single marks
    assert reports_nothing(nlp("Detectives said in a statement.")[:])
